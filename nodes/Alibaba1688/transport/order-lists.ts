// The two order lists of com.alibaba.trade: the buyer's (alibaba.trade.getBuyerOrderList-1) and
// the seller's (alibaba.trade.getSellerOrderList-1). Both API pages take the same filters and
// answer `{ result: TradeInfo[], totalRecord }`; the seller's page caps a page at 20 orders
// ("查询的每页的数量(最高20)", research15/seller-orders.md §1).
import type { IDataObject } from 'n8n-workflow';

import type { OrderView } from '../helpers/order-view';
import { createRequestLimiter } from '../../shared/transport/request-limiter';
import type { RequestContext } from '../../shared/transport/context';
import { numberAt, objectsAt } from '../../shared/helpers/reply-objects';
import { alibaba1688ApiPages, alibaba1688ApiRequest, MAX_PAGE_SIZE } from './index';

/** An order's exact id: `idOfStr`, since the numeric `id` loses digits in JSON readers. */
export function listedOrderId(order: IDataObject): string | undefined {
	const base = order.baseInfo as IDataObject | undefined;
	const id = base?.idOfStr ?? base?.id;
	return id === undefined || id === null ? undefined : String(id);
}

const LISTS: Record<OrderView, { apiName: string; maxPageSize: number; always: IDataObject }> = {
	buyer: {
		apiName: 'alibaba.trade.getBuyerOrderList',
		maxPageSize: MAX_PAGE_SIZE,
		// the list's receiver then has the street and the mobile (its API page:
		// "是否需要查询买家的详细地址信息和电话"); without it, only the area
		always: { needBuyerAddressAndPhone: true },
	},
	seller: {
		apiName: 'alibaba.trade.getSellerOrderList',
		maxPageSize: 20,
		// needCheckSend fills productItems[].canSendGoods: the page calls it "对于打单发货场景必须要填，非常重要"
		always: { needBuyerAddressAndPhone: true, needCheckSend: true },
	},
};

/**
 * The orders of `view` matching `filters`, every page up to `limit`, at most `maxConcurrentRequests`
 * pages at once (default: the shared default).
 */
export async function fetchOrderList(
	this: RequestContext,
	view: OrderView,
	filters: IDataObject,
	limit?: number,
	maxConcurrentRequests?: number,
): Promise<IDataObject[]> {
	const list = LISTS[view];
	return await alibaba1688ApiPages.call(
		this,
		{
			request: (page, pageSize) => ({
				namespace: 'com.alibaba.trade',
				apiName: list.apiName,
				params: { ...filters, ...list.always, page, pageSize },
				retry: 'safe',
			}),
			items: (body) => objectsAt(body.result),
			total: (body) => numberAt(body.totalRecord),
			idOf: listedOrderId,
			maxPageSize: list.maxPageSize,
		},
		{ limit, limiter: createRequestLimiter(maxConcurrentRequests) },
	);
}

/**
 * One page of the orders of `view` matching `filters`, newest first, and whether more follow: what
 * the editor's From List shows, a page at a time.
 */
export async function fetchOrderListPage(
	this: RequestContext,
	view: OrderView,
	filters: IDataObject,
	page: number,
): Promise<{ orders: IDataObject[]; more: boolean }> {
	const list = LISTS[view];
	const pageSize = Math.min(20, list.maxPageSize);
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: list.apiName,
		params: { ...filters, page, pageSize },
		retry: 'safe',
	});
	const orders = objectsAt(body.result);
	const total = numberAt(body.totalRecord);
	return {
		orders,
		more: total === undefined ? orders.length === pageSize : page * pageSize < total,
	};
}
