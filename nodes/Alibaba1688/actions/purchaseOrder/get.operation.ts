import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderIdFields, simplifyField } from '../../descriptions/common';
import { orderIncludeFields } from '../../descriptions/order-filters';
import { optionsCollection } from '../../../shared/descriptions/operation-fields';
import { readOrderId } from '../parameters';
import { simplifyOrder } from '../../helpers/simplify-order';
import { alibaba1688ApiRequest } from '../../transport';
import { objectAt } from '../../../shared/helpers/reply-objects';

const properties: INodeProperties[] = [
	...orderIdFields('buyer'),
	simplifyField,
	optionsCollection([orderIncludeFields('buyer')]),
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
