// alibaba.order.memoAdd-1 (com.alibaba.trade): 修改订单备忘. Source: its API page
// (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/com.alibaba.trade.alibaba.order.memoAdd-1.md)
// and the Java SDK's AlibabaOrderMemoAddParam; research15/seller-orders.md §4. With the seller's
// token it sets the seller's memo (卖家备忘) and flag, replacing the previous ones ("备注内容将覆盖前一次
// 调用"). Its "订单不存在" example answers success:true beside errorCode 400_4: the transport treats
// any errorCode as the failure it is.
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { orderIdFields } from '../../descriptions/common';
import { valueText } from '../../../shared/helpers/text';
import { readOrderId } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	...orderIdFields('seller', 'The sales order to note, e.g. the orderId of Sales Order → Get Many'),
	{
		displayName: 'Memo (备忘)',
		name: 'memo',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		required: true,
		description:
			'The text of your memo; it replaces the memo the order had. Only you (the seller) see it.',
	},
	{
		displayName: 'Flag (旗帜)',
		name: 'remarkIcon',
		type: 'options',
		options: [
			{ name: 'Red (红)', value: '1' },
			{ name: 'Blue (蓝)', value: '2' },
			{ name: 'Green (绿)', value: '3' },
			{ name: 'Yellow (黄)', value: '4' },
		],
		default: '1',
		description:
			'The colour of the flag the order shows in your 1688 order list (remarkIcon): 1 red, 2 blue, 3 green or 4 yellow',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['salesOrder'], operation: ['addMemo'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const orderId = readOrderId.call(this, index);
	const memo = valueText(this.getNodeParameter('memo', index, '')).trim();
	const remarkIcon = valueText(this.getNodeParameter('remarkIcon', index, '1'));
	if (memo === '') {
		throw new NodeOperationError(this.getNode(), 'Give the memo text', { itemIndex: index });
	}
	if (!['1', '2', '3', '4'].includes(remarkIcon)) {
		throw new NodeOperationError(this.getNode(), `"${remarkIcon}" is not a 1688 memo flag`, {
			itemIndex: index,
			description: 'The flag is 1 (red), 2 (blue), 3 (green) or 4 (yellow).',
		});
	}
	// sent once: the memo replaces the last one, but a retry could overwrite a newer memo
	await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.order.memoAdd',
		params: { orderId, memo, remarkIcon },
		retry: 'never',
	});
	return [{ json: { orderId, memo, remarkIcon, success: true }, pairedItem: { item: index } }];
}
