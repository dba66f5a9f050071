import type { IDataObject } from 'n8n-workflow';

import type { RequestContext } from '../../shared/send-signed';
import { MAX_PAGE_SIZE } from '../descriptions/common';
import { arrayAt, fetchAllPages, numberAt } from './paginate';

/** The buyer's purchase orders (`alibaba.trade.getBuyerOrderList`) matching `filters`, every page up to `limit`. */
export async function fetchBuyerOrders(
	this: RequestContext,
	filters: IDataObject,
	limit?: number,
): Promise<IDataObject[]> {
	return await fetchAllPages.call(
		this,
		{
			request: (page, pageSize) => ({
				namespace: 'com.alibaba.trade',
				apiName: 'alibaba.trade.getBuyerOrderList',
				params: { ...filters, page, pageSize },
				retry: 'safe',
			}),
			items: (body) => arrayAt(body.result),
			total: (body) => numberAt(body.totalRecord),
			maxPageSize: MAX_PAGE_SIZE,
		},
		limit,
	);
}
