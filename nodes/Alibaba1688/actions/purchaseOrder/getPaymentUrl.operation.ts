import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readOrderIdList } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';

/** alibaba.alipay.url.get accepts at most 100 orders. */
const MAX_ORDERS = 100;

const properties: INodeProperties[] = [
	{
		displayName: 'Order IDs (订单号)',
		name: 'orderIds',
		type: 'string',
		default: '',
		required: true,
		placeholder: '3298765432109876543, 3298765432109876544',
		description: 'One or more unpaid orders to pay together (up to 100), separated by commas',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['getPaymentUrl'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const orderIds = readOrderIdList.call(this, index, 'orderIds');
	if (orderIds.length > MAX_ORDERS) {
		throw new NodeOperationError(
			this.getNode(),
			`1688 makes one payment link for at most ${MAX_ORDERS} orders; got ${orderIds.length}`,
			{
				itemIndex: index,
			},
		);
	}
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.alipay.url.get',
		// A Long[] on 1688's side: bare numbers with their exact digits.
		params: { orderIdList: `[${orderIds.join(',')}]` },
		retry: 'safe',
	});
	return [
		{ json: { orderIds, payUrl: body.payUrl ?? null, ...body }, pairedItem: { item: index } },
	];
}
