import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderIdFields } from '../../descriptions/common';
import { readOrderId } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	...orderIdFields('buyer'),
	{
		displayName: 'Cancel Reason (取消原因)',
		name: 'cancelReason',
		type: 'options',
		options: [
			{ name: 'Buyer Cancels (买家取消)', value: 'buyerCancel' },
			{ name: 'Seller Out of Stock (卖家缺货)', value: 'sellerGoodsLack' },
			{ name: 'Other (其他)', value: 'other' },
		],
		default: 'buyerCancel',
		description:
			'Why the order is cancelled: buyerCancel (the buyer cancels), sellerGoodsLack (the seller is out of stock) or other',
	},
	{
		displayName: 'Remark (备注)',
		name: 'remark',
		type: 'string',
		default: '',
		description: 'An optional note on the cancellation, as text',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['cancel'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const orderId = readOrderId.call(this, index);
	const remark = this.getNodeParameter('remark', index, '') as string;
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.cancel',
		params: {
			webSite: '1688',
			tradeID: orderId,
			cancelReason: this.getNodeParameter('cancelReason', index) as string,
			remark: remark || undefined,
		},
		retry: 'never',
	});
	return [{ json: { orderId, cancelled: true, ...body }, pairedItem: { item: index } }];
}
