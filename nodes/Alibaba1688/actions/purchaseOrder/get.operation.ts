import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderIdField, simplifyField } from '../../descriptions/common';
import { optionsCollection } from '../../../shared/descriptions/operation-fields';
import { readOrderId } from '../parameters';
import { simplifyOrder } from '../../helpers/simplify-order';
import { alibaba1688ApiRequest } from '../../transport';
import { objectAt } from '../../../shared/helpers/reply-objects';

const properties: INodeProperties[] = [
	orderIdField,
	simplifyField,
	optionsCollection([
		{
			displayName: 'Include Fields (附加信息)',
			name: 'includeFields',
			type: 'multiOptions',
			options: [
				{ name: 'Guarantee Terms (保障条款)', value: 'GuaranteesTerms' },
				{ name: 'Native Logistics (物流信息)', value: 'NativeLogistics' },
				{ name: 'Rate Detail (评价)', value: 'RateDetail' },
				{ name: 'Order Invoice (发票)', value: 'OrderInvoice' },
			],
			default: [],
			description: 'Extra parts of the order to include in the raw data',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const options = this.getNodeParameter('options', index, {}) as { includeFields?: string[] };
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.get.buyerView',
		params: {
			webSite: '1688',
			orderId: readOrderId.call(this, index),
			includeFields: options.includeFields?.length ? options.includeFields.join(',') : undefined,
		},
		retry: 'safe',
	});
	const order = objectAt(body.result) ?? {};
	const simplify = this.getNodeParameter('simplify', index, true) as boolean;
	return [{ json: simplify ? simplifyOrder(order) : order, pairedItem: { item: index } }];
}
