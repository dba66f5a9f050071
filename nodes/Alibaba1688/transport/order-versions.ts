import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { FetchOrderVersions, OrderVersion } from '../../shared/helpers/order-changes';
import { orderVersion } from '../../shared/helpers/order-changes';
import { valueText } from '../../shared/helpers/text';
import { formatGatewayDate, parseGatewayDate } from '../helpers/dates';
import type { OrderView } from '../helpers/order-view';
import { fetchOrderList } from './order-lists';

function toVersion(order: IDataObject): OrderVersion | undefined {
	const base = (order.baseInfo ?? {}) as IDataObject;
	return orderVersion(order, {
		id: valueText(base.idOfStr ?? base.id),
		createdAt: parseGatewayDate(base.createTime),
		modifiedAt: parseGatewayDate(base.modifyTime),
		status: valueText(base.status),
	});
}

/**
 * The orders of `view` (the buyer's purchase orders or the seller's sales orders) modified in the
 * range (1688's modify time), every page.
 */
export function orderVersionsOf(view: OrderView): FetchOrderVersions<IPollFunctions> {
	return async function (this: IPollFunctions, range, limit) {
		const filters = range
			? {
					modifyStartTime: formatGatewayDate(range.start),
					modifyEndTime: formatGatewayDate(range.end),
				}
			: {};
		const orders = await fetchOrderList.call(this, view, filters, limit);
		return orders.map(toVersion).filter((v): v is OrderVersion => v !== undefined);
	};
}

/** The buyer's purchase orders modified in the range (1688's modify time), every page. */
export const fetchPurchaseOrderVersions = orderVersionsOf('buyer');
