import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderInputFields } from '../../descriptions/order-input';
import { readOrderInput } from '../parameters';
import { fenToYuan } from '../../../shared/helpers/money';
import { alibaba1688ApiRequest } from '../../transport';
import { valueText } from '../../../shared/helpers/text';
import { objectAt } from '../../../shared/helpers/reply-objects';

const properties: INodeProperties[] = [
	{
		displayName:
			'Places a real purchase order (alibaba.trade.fastCreateOrder). It is sent once and never retried automatically. Amounts in the result are in fen (分); each also comes converted to yuan.',
		name: 'createNotice',
		type: 'notice',
		default: '',
	},
	...orderInputFields,
	{
		displayName: 'Message to Seller (买家留言)',
		name: 'message',
		type: 'string',
		default: '',
		typeOptions: { rows: 2 },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const message = this.getNodeParameter('message', index, '') as string;
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.fastCreateOrder',
		params: { ...readOrderInput.call(this, index), message: message || undefined },
		retry: 'never',
	});
	const result = objectAt(body.result) ?? {};
	return [
		{
			json: {
				...result,
				orderId: result.orderId === undefined ? null : valueText(result.orderId),
				totalSuccessAmountYuan: fenToYuan(result.totalSuccessAmount),
				postFeeYuan: fenToYuan(result.postFee),
			},
			pairedItem: { item: index },
		},
	];
}
