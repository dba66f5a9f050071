import type { IDataObject } from 'n8n-workflow';

import type { RequestContext } from '../../shared/transport/context';
import type { PagedList } from '../../shared/transport/paginate';
import { numberAt, objectAt, objectsAt } from '../../shared/helpers/reply-objects';
import { valueText } from '../../shared/helpers/text';
import type { MogujieCall } from './index';
import { MAX_PAGE_SIZE, mogujieApiRequest } from './index';

/**
 * The shop's orders (`xiaodian.trade.sold.get`) matching `query` (time range, status, order), as a
 * paged list. `Params` (capital P) holds the whole query, page included, as one JSON string.
 */
export function soldOrdersList(query: IDataObject): PagedList<MogujieCall> {
	return {
		request: (page, pageSize) => ({
			method: 'xiaodian.trade.sold.get',
			params: { Params: JSON.stringify({ ...query, page, pageSize }) },
			retry: 'safe',
		}),
		items: (data) => objectsAt(data.openApiOrderDetailResDtos),
		total: (data) => numberAt(data.totalNum),
		hasNext: (data) => (typeof data.hasNext === 'boolean' ? data.hasNext : undefined),
		idOf: (order) => (order.shopOrderId === undefined ? undefined : valueText(order.shopOrderId)),
		maxPageSize: MAX_PAGE_SIZE,
	};
}

const PICK_PAGE_SIZE = 20;

/** One page of the shop's orders, newest first, and whether more follow (the editor's From List). */
export async function fetchSoldOrderPage(
	this: RequestContext,
	page: number,
): Promise<{ orders: IDataObject[]; more: boolean }> {
	const list = soldOrdersList({ orderBy: 'DESC' });
	const data = ((await mogujieApiRequest.call(this, list.request(page, PICK_PAGE_SIZE))) ??
		{}) as IDataObject;
	const orders = list.items(data);
	const hasNext = list.hasNext?.(data);
	const total = list.total(data);
	return {
		orders,
		more:
			hasNext ??
			(total === undefined ? orders.length === PICK_PAGE_SIZE : page * PICK_PAGE_SIZE < total),
	};
}

/** One of the shop's orders (xiaodian.trade.get), a read. */
export async function fetchShopOrder(
	this: RequestContext,
	shopOrderId: string,
): Promise<IDataObject | undefined> {
	return objectAt(
		await mogujieApiRequest.call(this, {
			method: 'xiaodian.trade.get',
			params: { openApiOrderDetailReqDto: JSON.stringify({ shopOrderId }) },
			retry: 'safe',
		}),
	);
}
