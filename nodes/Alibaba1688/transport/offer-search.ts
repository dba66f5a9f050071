// The cross-border offer searches (by keyword and by image) answer in one page shape,
// result.result = {totalRecords, totalPage, pageSize, currentPage, data[]} (the two API pages,
// Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/…keywordQuery-1.md and …imageQuery-1.md),
// so both are paged here.
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { createRequestLimiter } from '../../shared/transport/request-limiter';
import { numberAt, objectsAt } from '../../shared/helpers/reply-objects';
import { valueText } from '../../shared/helpers/text';
import { alibaba1688ApiPages, MAX_PAGE_SIZE } from './index';

export const CROSS_BORDER_NAMESPACE = 'com.alibaba.fenxiao.crossborder';

export type OfferSearchApi = 'product.search.keywordQuery' | 'product.search.imageQuery';

const pageOf = (body: IDataObject) =>
	((body.result as IDataObject | undefined)?.result ?? {}) as IDataObject;

/** Every offer a search finds, up to `limit`, each page a signed read of `offerQueryParam`. */
export async function searchOffers(
	this: IExecuteFunctions,
	apiName: OfferSearchApi,
	query: IDataObject,
	limit: number | undefined,
	concurrency: number,
): Promise<IDataObject[]> {
	return await alibaba1688ApiPages.call(
		this,
		{
			request: (beginPage, pageSize) => ({
				namespace: CROSS_BORDER_NAMESPACE,
				apiName,
				params: { offerQueryParam: { ...query, beginPage, pageSize } },
				retry: 'safe',
			}),
			items: (body) => objectsAt(pageOf(body).data),
			total: (body) => numberAt(pageOf(body).totalRecords),
			idOf: (offer) => (offer.offerId === undefined ? undefined : valueText(offer.offerId)),
			maxPageSize: MAX_PAGE_SIZE,
		},
		{ limit, limiter: createRequestLimiter(concurrency) },
	);
}
