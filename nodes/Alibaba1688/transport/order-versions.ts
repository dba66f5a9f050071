import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { FetchOrderVersions, OrderVersion } from '../../shared/helpers/order-changes';
import { orderVersion } from '../../shared/helpers/order-changes';
import { valueText } from '../../shared/helpers/text';
import { formatGatewayDate, parseGatewayDate } from '../helpers/dates';
import { fetchBuyerOrders } from './buyer-orders';

function toVersion(order: IDataObject): OrderVersion | undefined {
	const base = (order.baseInfo ?? {}) as IDataObject;
	return orderVersion(order, {
		id: valueText(base.idOfStr ?? base.id),
		createdAt: parseGatewayDate(base.createTime),
		modifiedAt: parseGatewayDate(base.modifyTime),
		status: valueText(base.status),
	});
}

/** The buyer's purchase orders modified in the range (1688's modify time), every page. */
export const fetchPurchaseOrderVersions: FetchOrderVersions<IPollFunctions> = async function (
	this: IPollFunctions,
	range,
	limit,
) {
	const filters = range
		? {
				modifyStartTime: formatGatewayDate(range.start),
				modifyEndTime: formatGatewayDate(range.end),
			}
		: {};
	const orders = await fetchBuyerOrders.call(this, filters, limit);
	return orders.map(toVersion).filter((v): v is OrderVersion => v !== undefined);
};
