import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { fetchAllPages, numberAt } from '../../shared/paginate';
import { objectsAt } from '../../shared/reply-objects';
import type { OrderVersion } from '../../shared/order-changes';
import { MAX_PAGE_SIZE } from '../descriptions/common';
import type { MogujieCall } from '../transport';
import { mogujieApiRequest } from '../transport';
import { formatMogujieDate, parseMogujieDate } from './dates';
import { valueText } from '../../shared/text';

function toVersion(order: IDataObject): OrderVersion | undefined {
	const id = valueText(order.shopOrderId);
	const createdAt = parseMogujieDate(order.createdStr);
	const modifiedAt = parseMogujieDate(order.updatedStr) ?? createdAt;
	if (!id || createdAt === undefined || modifiedAt === undefined) return undefined;
	return { id, createdAt, modifiedAt, status: valueText(order.orderStatus), order };
}

/** The shop's orders updated in [start, end] (or the newest, without a range), every page. */
export async function fetchOrderVersions(
	this: IPollFunctions,
	range: { start: number; end: number } | undefined,
	limit?: number,
): Promise<OrderVersion[]> {
	const query: IDataObject = range
		? {
				startUpdated: formatMogujieDate(range.start),
				endUpdated: formatMogujieDate(range.end),
				orderBy: 'DESC',
			}
		: { orderBy: 'DESC' };
	const orders = await fetchAllPages(
		async (call: MogujieCall, onRetry) =>
			((await mogujieApiRequest.call(this, call, onRetry)) ?? {}) as IDataObject,
		{
			request: (page, pageSize): MogujieCall => ({
				method: 'xiaodian.trade.sold.get',
				params: { Params: JSON.stringify({ ...query, page, pageSize }) },
				retry: 'safe',
			}),
			items: (data) => objectsAt(data.openApiOrderDetailResDtos),
			total: (data) => numberAt(data.totalNum),
			hasNext: (data) => (typeof data.hasNext === 'boolean' ? data.hasNext : undefined),
			idOf: (order) => (order.shopOrderId === undefined ? undefined : valueText(order.shopOrderId)),
			maxPageSize: MAX_PAGE_SIZE,
		},
		{ limit },
	);
	return orders.map(toVersion).filter((v): v is OrderVersion => v !== undefined);
}
