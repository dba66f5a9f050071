import type { IDataObject } from 'n8n-workflow';

import { createRequestLimiter } from '../../shared/transport/request-limiter';
import type { RequestContext } from '../../shared/transport/context';
import { numberAt, objectsAt } from '../../shared/helpers/reply-objects';
import { alibaba1688ApiPages, MAX_PAGE_SIZE } from './index';

const orderId = (order: IDataObject): string | undefined => {
	const base = order.baseInfo as IDataObject | undefined;
	const id = base?.idOfStr ?? base?.id;
	return id === undefined || id === null ? undefined : String(id);
};

/**
 * The buyer's purchase orders (`alibaba.trade.getBuyerOrderList`) matching `filters`, every page
 * up to `limit`, at most `maxConcurrentRequests` pages at once (default: the shared default).
 */
export async function fetchBuyerOrders(
	this: RequestContext,
	filters: IDataObject,
	limit?: number,
	maxConcurrentRequests?: number,
): Promise<IDataObject[]> {
	return await alibaba1688ApiPages.call(
		this,
		{
			request: (page, pageSize) => ({
				namespace: 'com.alibaba.trade',
				apiName: 'alibaba.trade.getBuyerOrderList',
				params: { ...filters, page, pageSize },
				retry: 'safe',
			}),
			items: (body) => objectsAt(body.result),
			total: (body) => numberAt(body.totalRecord),
			idOf: orderId,
			maxPageSize: MAX_PAGE_SIZE,
		},
		{ limit, limiter: createRequestLimiter(maxConcurrentRequests) },
	);
}
