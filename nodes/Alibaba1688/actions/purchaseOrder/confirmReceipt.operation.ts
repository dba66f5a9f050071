// trade.receivegoods.confirm (com.alibaba.trade, version 1; no "alibaba." prefix): 买家确认收货.
// Source: the API page (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/
// com.alibaba.trade.trade.receivegoods.confirm-1.md) and the Java SDK's TradeReceivegoodsConfirmParam:
// orderId (Long) and orderEntryIds (Long[], both required); reply result{success, errorInfo, errorCode}.
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderEntryIdsField, orderIdFields } from '../../descriptions/common';
import { objectAt } from '../../../shared/helpers/reply-objects';
import { longList, readOrderLines } from '../order-lines';
import { readOrderId } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName:
			'Confirming receipt releases the payment to the seller and cannot be undone. Sent once, never retried.',
		name: 'confirmNotice',
		type: 'notice',
		default: '',
	},
	...orderIdFields('buyer', 'A shipped order (e.g. status waitbuyerreceive) whose goods arrived'),
	{
		...orderEntryIdsField,
		description:
			"The lines received, by their IDs (digits; subItemId in Get's simplified items), separated by commas; leave empty to confirm every line",
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['confirmReceipt'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const orderId = readOrderId.call(this, index);
	const entryIds = await readOrderLines.call(this, index, orderId);
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'trade.receivegoods.confirm',
		params: { orderId, orderEntryIds: longList(entryIds) },
		retry: 'never',
	});
	const result = objectAt(body.result) ?? body;
	return [
		{
			json: { orderId, orderEntryIds: entryIds, confirmed: true, ...result },
			pairedItem: { item: index },
		},
	];
}
