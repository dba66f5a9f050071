import type { IDataObject } from 'n8n-workflow';

import type { RequestContext } from '../../shared/transport/context';
import { objectAt, objectsAt } from '../../shared/helpers/reply-objects';
import { valueText } from '../../shared/helpers/text';
import { parseGatewayDate } from '../helpers/dates';
import { alibaba1688ApiRequest } from './index';
import { listedOrderId } from './order-lists';

/** What is known of an order this run placed, to recognize it in the list. */
export interface PlacedOrder {
	outOrderId: string;
	/** Epoch ms of the first attempt to place it. */
	sentAt: number;
	/** The offers it was placed for. */
	offerIds: string[];
}

/** Clocks differ: an order 1688 stamped this much before our first attempt may still be ours. */
const CLOCK_SKEW_MS = 10 * 60_000;

/**
 * Whether a listed order is the one placed. The list's API page documents `outOrderId` as a filter
 * ("外部订单号，可用于控制幂等") but not as a field of its orders (buyerView's page has it), so an
 * order without the field counts only if it was created since the first attempt, for those offers;
 * a gateway that ignored the filter then lists nothing that passes for ours.
 */
function isPlacedOrder(order: IDataObject, placed: PlacedOrder): boolean {
	const base = (order.baseInfo ?? {}) as IDataObject;
	if (base.outOrderId !== undefined && base.outOrderId !== null) {
		return valueText(base.outOrderId) === placed.outOrderId;
	}
	const createdAt = parseGatewayDate(base.createTime);
	if (createdAt === undefined || createdAt < placed.sentAt - CLOCK_SKEW_MS) return false;
	return holdsOffers(order, placed.offerIds);
}

/** Whether a listed order holds every one of these offers. */
function holdsOffers(order: IDataObject, offerIds: string[]): boolean {
	const offers = new Set(objectsAt(order.productItems).map((item) => valueText(item.productID)));
	return offerIds.every((id) => offers.has(id));
}

/** The first page of the buyer's orders filtered by an External Order ID (a read). */
async function listByOutOrderId(this: RequestContext, outOrderId: string): Promise<IDataObject[]> {
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.getBuyerOrderList',
		params: { outOrderId, page: 1, pageSize: 20 },
		retry: 'safe',
	});
	return objectsAt(body.result);
}

/** The buyer's orders that are the one placed with `placed.outOrderId` (see isPlacedOrder). */
export async function findPlacedOrders(
	this: RequestContext,
	placed: PlacedOrder,
): Promise<IDataObject[]> {
	const listed = await listByOutOrderId.call(this, placed.outOrderId);
	return listed.filter((order) => isPlacedOrder(order, placed));
}

/**
 * The buyer's orders placed earlier with this External Order ID, at any time: the list filtered by
 * it, each order confirmed by its own outOrderId, read from the detail (buyerView's page prints it)
 * where the list leaves it out. An order the detail does not confirm is not counted.
 */
export async function findOrdersByOutOrderId(
	this: RequestContext,
	outOrderId: string,
	offerIds: string[],
): Promise<IDataObject[]> {
	const found: IDataObject[] = [];
	for (const order of await listByOutOrderId.call(this, outOrderId)) {
		const base = (order.baseInfo ?? {}) as IDataObject;
		if (base.outOrderId !== undefined && base.outOrderId !== null) {
			if (valueText(base.outOrderId) === outOrderId) found.push(order);
			continue;
		}
		const id = listedOrderId(order);
		if (id === undefined || !holdsOffers(order, offerIds)) continue;
		const detail = await fetchBuyerOrder.call(this, id);
		if (valueText((detail.baseInfo as IDataObject | undefined)?.outOrderId) === outOrderId) {
			found.push(order);
		}
	}
	return found;
}

/** One purchase order as the buyer sees it (alibaba.trade.get.buyerView's result), a read. */
export async function fetchBuyerOrder(this: RequestContext, id: string): Promise<IDataObject> {
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.get.buyerView',
		params: { webSite: '1688', orderId: id },
		retry: 'safe',
	});
	return objectAt(body.result) ?? {};
}
