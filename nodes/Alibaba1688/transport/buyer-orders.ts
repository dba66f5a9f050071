import type { IDataObject } from 'n8n-workflow';

import { createRequestLimiter } from '../../shared/transport/request-limiter';
import type { RequestContext } from '../../shared/transport/context';
import { numberAt, objectsAt } from '../../shared/helpers/reply-objects';
import { alibaba1688ApiPages, alibaba1688ApiRequest, MAX_PAGE_SIZE } from './index';

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
				// needBuyerAddressAndPhone: the list's receiver then has the street and the mobile
				// (its API page: "是否需要查询买家的详细地址信息和电话"); without it, only the area.
				params: { ...filters, needBuyerAddressAndPhone: true, page, pageSize },
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

/**
 * The buyer's orders that carry `outOrderId`, through getBuyerOrderList's outOrderId filter (its
 * API page: "外部订单号，可用于控制幂等"). Only orders whose baseInfo.outOrderId is that id count, so
 * a gateway that ignored the filter and listed other orders finds nothing rather than a wrong order.
 */
export async function findBuyerOrdersByOutOrderId(
	this: RequestContext,
	outOrderId: string,
): Promise<IDataObject[]> {
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.getBuyerOrderList',
		params: { outOrderId, page: 1, pageSize: 20 },
		retry: 'safe',
	});
	return objectsAt(body.result).filter((order) => {
		const base = order.baseInfo as IDataObject | undefined;
		return base?.outOrderId !== undefined && String(base.outOrderId) === outOrderId;
	});
}
