import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { fetchAllPages } from '../../shared/transport/paginate';
import type { OrderVersion } from '../../shared/helpers/order-changes';
import type { MogujieCall } from './index';
import { mogujieApiRequest } from './index';
import { soldOrdersList } from './sold-orders';
import { formatMogujieDate, parseMogujieDate } from '../helpers/dates';
import { valueText } from '../../shared/helpers/text';

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
		soldOrdersList(query),
		{ limit },
	);
	return orders.map(toVersion).filter((v): v is OrderVersion => v !== undefined);
}
