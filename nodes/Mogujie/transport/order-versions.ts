import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { FetchOrderVersions, OrderVersion } from '../../shared/helpers/order-changes';
import { orderVersion } from '../../shared/helpers/order-changes';
import { mogujieApiPages } from './index';
import { soldOrdersList } from './sold-orders';
import { formatMogujieDate, parseMogujieDate } from '../helpers/dates';
import { valueText } from '../../shared/helpers/text';
import { refundStateOf } from '../helpers/order-status';

function toVersion(order: IDataObject): OrderVersion | undefined {
	return orderVersion(order, {
		id: valueText(order.shopOrderId),
		createdAt: parseMogujieDate(order.createdStr),
		modifiedAt: parseMogujieDate(order.updatedStr),
		status: valueText(order.orderStatus),
		// a refund on the item orders is a change the trigger reports, and a state it can filter on
		extraStatus: refundStateOf(order),
	});
}

/** The shop's orders updated in the range (or the newest, without a range), every page. */
export const fetchShopOrderVersions: FetchOrderVersions<IPollFunctions> = async function (
	this: IPollFunctions,
	range,
	limit,
) {
	const query: IDataObject = range
		? {
				startUpdated: formatMogujieDate(range.start),
				endUpdated: formatMogujieDate(range.end),
				orderBy: 'DESC',
			}
		: { orderBy: 'DESC' };
	const orders = await mogujieApiPages.call(this, soldOrdersList(query), { limit });
	return orders.map(toVersion).filter((v): v is OrderVersion => v !== undefined);
};
