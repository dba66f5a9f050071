import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	createFlowField,
	invoiceField,
	orderInputFields,
	outOrderIdField,
	tradeTypeField,
} from '../../descriptions/order-input';
import { readOrderInput } from '../parameters';
import { fenToYuan, yuanToFen } from '../../../shared/helpers/money';
import { alibaba1688ApiRequest } from '../../transport';
import { findPlacedOrders } from '../../transport/buyer-orders';
import { valueText } from '../../../shared/helpers/text';
import { objectAt } from '../../../shared/helpers/reply-objects';

const properties: INodeProperties[] = [
	{
		displayName:
			'Places a real purchase order (alibaba.trade.fastCreateOrder). It carries an External Order ID: if the reply is lost on the way, 1688 is asked for an order with that ID, and the order is sent again only if there is none. Amounts in the result are in fen (分); each also comes converted to yuan.',
		name: 'createNotice',
		type: 'notice',
		default: '',
	},
	...orderInputFields,
	createFlowField,
	{
		displayName: 'Message to Seller (买家留言)',
		name: 'message',
		type: 'string',
		default: '',
		typeOptions: { rows: 2 },
	},
	outOrderIdField,
	tradeTypeField,
	invoiceField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['create'] } },
	properties,
);

/**
 * An order found by its outOrderId, in the shape of fastCreateOrder's reply (amounts in fen), so a
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

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const message = this.getNodeParameter('message', index, '') as string;
	const tradeType = String(this.getNodeParameter('tradeType', index, '') ?? '').trim();
	const order = readOrderInput.call(this, index);
	const placed = {
		outOrderId: order.outOrderId as string,
		sentAt: Date.now(),
		offerIds: [...String(order.cargoParamList).matchAll(/"offerId":(\d+)/g)].map((m) => m[1]),
	};
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.fastCreateOrder',
		params: { ...order, message: message || undefined, tradeType: tradeType || undefined },
		retry: 'never',
		verifyWrite: async () => replyFromFoundOrders(await findPlacedOrders.call(this, placed)),
	});
	const result = objectAt(body.result) ?? {};
	return [
		{
			json: {
				...result,
				orderId: result.orderId === undefined ? null : valueText(result.orderId),
				outOrderId: placed.outOrderId,
				totalSuccessAmountYuan: fenToYuan(result.totalSuccessAmount),
				postFeeYuan: fenToYuan(result.postFee),
				...(body.foundByOutOrderId === true ? { foundByOutOrderId: true } : {}),
			},
			pairedItem: { item: index },
		},
	];
}
