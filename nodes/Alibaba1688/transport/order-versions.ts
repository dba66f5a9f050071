import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { OrderVersion } from '../../shared/helpers/order-changes';
import { fetchBuyerOrders } from './buyer-orders';
import { formatGatewayDate, parseGatewayDate } from '../helpers/dates';
import { valueText } from '../../shared/helpers/text';

function toVersion(order: IDataObject): OrderVersion | undefined {
	const base = (order.baseInfo ?? {}) as IDataObject;
	const id = valueText(base.idOfStr ?? base.id);
	const createdAt = parseGatewayDate(base.createTime);
	const modifiedAt = parseGatewayDate(base.modifyTime) ?? createdAt;
	if (!id || createdAt === undefined || modifiedAt === undefined) return undefined;
	return { id, createdAt, modifiedAt, status: valueText(base.status), order };
}

/** The buyer's purchase orders changed in [start, end] (1688 modify time), every page. */
export async function fetchOrderVersions(
	this: IPollFunctions,
	filters: IDataObject,
	limit?: number,
): Promise<OrderVersion[]> {
	const orders = await fetchBuyerOrders.call(this, filters, limit);
	return orders.map(toVersion).filter((v): v is OrderVersion => v !== undefined);
}

export function modifiedBetween(start: number, end: number): IDataObject {
	return { modifyStartTime: formatGatewayDate(start), modifyEndTime: formatGatewayDate(end) };
}
