import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readOrderIdList } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';
import { valueText } from '../../../shared/helpers/text';

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
		description:
			'One or more unpaid orders (status waitbuyerpay) to pay together, up to 100, by their IDs (up to 19 digits each) separated by commas',
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
	// the same order twice is one order to pay, and must not count twice against the limit
	const orderIds = [...new Set(readOrderIdList.call(this, index, 'orderIds'))];
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
	// "是否成功，可能部分成功，需要结合payFailureOrderList查看" (the API page): the link may leave
	// some orders out, and says so only in payFailureOrderList.
	const failedOrderIds = (Array.isArray(body.payFailureOrderList) ? body.payFailureOrderList : [])
		.map((id) => valueText(id))
		.filter((id) => id !== '');
	const failed = new Set(failedOrderIds);
	return [
		{
			json: {
				orderIds,
				payUrl: body.payUrl ?? null,
				...body,
				paidOrderIds: orderIds.filter((id) => !failed.has(id)),
				failedOrderIds,
				...(failedOrderIds.length > 0
					? {
							notice: `1688 left ${failedOrderIds.length} of ${orderIds.length} orders out of this payment link (payFailureOrderList): pay them separately after checking that each is still waiting for payment (Get on each order).`,
						}
					: {}),
			},
			pairedItem: { item: index },
		},
	];
}
