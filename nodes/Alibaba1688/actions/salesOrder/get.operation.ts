import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderIdField, simplifyField } from '../../descriptions/common';
import { optionsCollection } from '../../../shared/descriptions/operation-fields';
import { readOrderId } from '../parameters';
import { simplifySalesOrder } from '../../helpers/simplify-order';
import { fetchSellerOrder } from '../../transport/seller-orders';

const properties: INodeProperties[] = [
	{
		...orderIdField,
		description:
			'The 1688 sales order ID, e.g. the orderId of Sales Order → Get Many. Text, so all 19 digits are kept.',
	},
	simplifyField,
	optionsCollection([
		{
			displayName: 'Include Fields (附加信息)',
			name: 'includeFields',
			type: 'multiOptions',
			options: [
				{ name: 'Guarantee Terms (保障条款)', value: 'GuaranteesTerms' },
				{ name: 'Native Logistics (物流信息)', value: 'NativeLogistics' },
				{ name: 'Order Invoice (发票)', value: 'OrderInvoice' },
				{ name: 'Rate Detail (评价)', value: 'RateDetail' },
				{ name: 'Shipping Check (发货校验)', value: 'CanSendCheck' },
			],
			default: [],
			description:
				"The parts of the order 1688 includes; none chosen means 1688's default (all but Rate Detail)",
		},
	]),
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
