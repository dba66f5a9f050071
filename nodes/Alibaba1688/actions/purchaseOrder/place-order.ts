// Placing an order, shared by Create (alibaba.trade.fastCreateOrder) and Create Cross-Border Order
// (alibaba.trade.createCrossOrder): both take the same addressParam, cargoParamList, flow,
// invoiceParam and outOrderId and answer result{orderId, totalSuccessAmount, postFee} in fen
// (the API pages and the Java SDK's result classes; createCrossOrder may also split the cart into
// result.orderList[], and two of its page samples are not wrapped in result at all).
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { readOrderInput } from '../parameters';
import { fenToYuan, yuanToFen } from '../../../shared/helpers/money';
import { alibaba1688ApiRequest } from '../../transport';
import { findOrdersByOutOrderId, findPlacedOrders } from '../../transport/buyer-orders';
import { valueText } from '../../../shared/helpers/text';
import { objectAt, objectsAt } from '../../../shared/helpers/reply-objects';

export type OrderApi = 'alibaba.trade.fastCreateOrder' | 'alibaba.trade.createCrossOrder';

/**
 * An order found by its outOrderId, in the shape of the create reply (amounts in fen), so a
 * recovered create gives the same fields as one whose reply arrived.
 */
function replyFromFoundOrders(orders: IDataObject[]): IDataObject | undefined {
	if (orders.length === 0) return undefined;
	const ids = orders.map((order) => {
		const base = objectAt(order.baseInfo) ?? {};
		return valueText(base.idOfStr ?? base.id);
	});
	const sum = (field: string) =>
		orders.reduce((total, order) => total + (yuanToFen(objectAt(order.baseInfo)?.[field]) ?? 0), 0);
	return {
		success: true,
		result: {
			orderId: ids[0],
			...(ids.length > 1 ? { orderIds: ids } : {}),
			totalSuccessAmount: sum('totalAmount'),
			postFee: sum('shippingFee'),
		},
		foundByOutOrderId: true,
	};
}

/** The order ids a create reply names: result.orderId, or each of a split cart's orderList. */
function orderIdsOf(result: IDataObject): string[] {
	const listed = objectsAt(result.orderList)
		.map((order) => valueText(order.orderId))
		.filter((id) => id !== '');
	if (listed.length > 0) return listed;
	if (Array.isArray(result.orderIds)) return result.orderIds.map((id) => valueText(id));
	const one = valueText(result.orderId);
	return one === '' ? [] : [one];
}

/**
 * Sends the order once: if the reply is lost, 1688 is asked for an order carrying its outOrderId,
 * and the order is sent again only when there is none.
 */
export async function placeOrder(
	this: IExecuteFunctions,
	index: number,
	apiName: OrderApi,
	extra: IDataObject = {},
): Promise<INodeExecutionData[]> {
	const message = this.getNodeParameter('message', index, '') as string;
	const tradeType = String(this.getNodeParameter('tradeType', index, '') ?? '').trim();
	const order = readOrderInput.call(this, index);
	const placed = {
		outOrderId: order.outOrderId as string,
		sentAt: Date.now(),
		offerIds: [...String(order.cargoParamList).matchAll(/"offerId":(\d+)/g)].map((m) => m[1]),
	};
	const send = async () =>
		await alibaba1688ApiRequest.call(this, {
			namespace: 'com.alibaba.trade',
			apiName,
			params: {
				...order,
				...extra,
				message: message || undefined,
				tradeType: tradeType || undefined,
			},
			retry: 'never',
			verifyWrite: async () => replyFromFoundOrders(await findPlacedOrders.call(this, placed)),
		});
	const earlier = (this.getNodeParameter('skipIfPlaced', index, false) as boolean)
		? replyFromFoundOrders(
				await findOrdersByOutOrderId.call(this, placed.outOrderId, placed.offerIds),
			)
		: undefined;
	const body = earlier
		? { ...earlier, foundByOutOrderId: false, alreadyPlaced: true }
		: await send();
	// "支付宝方式下单" and "账期支付下单" samples of createCrossOrder are flat: no result wrapper
	const result = objectAt(body.result) ?? body;
	const orderIds = orderIdsOf(result);
	return [
		{
			json: {
				...result,
				orderId: orderIds[0] ?? null,
				...(orderIds.length > 1 ? { orderIds } : {}),
				outOrderId: placed.outOrderId,
				totalSuccessAmountYuan: fenToYuan(result.totalSuccessAmount),
				postFeeYuan: fenToYuan(result.postFee),
				...(body.foundByOutOrderId === true ? { foundByOutOrderId: true } : {}),
				...(body.alreadyPlaced === true ? { alreadyPlaced: true } : {}),
			},
			pairedItem: { item: index },
		},
	];
}
