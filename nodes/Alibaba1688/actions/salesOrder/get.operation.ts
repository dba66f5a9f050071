import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderIdFields, simplifyField } from '../../descriptions/common';
import { orderIncludeFields } from '../../descriptions/order-filters';
import { optionsCollection } from '../../../shared/descriptions/operation-fields';
import { readOrderId } from '../parameters';
import { simplifySalesOrder } from '../../helpers/simplify-order';
import { fetchSellerOrder } from '../../transport/seller-orders';

const properties: INodeProperties[] = [
	...orderIdFields('seller', 'The sales order, e.g. the orderId of Sales Order → Get Many'),
	simplifyField,
	optionsCollection([orderIncludeFields('seller')]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['salesOrder'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const options = this.getNodeParameter('options', index, {}) as { includeFields?: string[] };
	const order = await fetchSellerOrder.call(
		this,
		readOrderId.call(this, index),
		options.includeFields,
	);
	const simplify = this.getNodeParameter('simplify', index, true) as boolean;
	return [{ json: simplify ? simplifySalesOrder(order) : order, pairedItem: { item: index } }];
}
