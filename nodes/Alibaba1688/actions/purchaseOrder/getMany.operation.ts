import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyField } from '../../descriptions/common';
import { orderListFilters } from '../../descriptions/order-filters';
import {
	maxConcurrentRequestsField,
	optionsCollection,
	returnAllOrLimit,
} from '../../../shared/descriptions/operation-fields';
import { readLimit } from '../../../shared/actions/limit';
import { concurrencyOption } from '../../../shared/helpers/concurrency';
import { readOrderListFilters } from '../parameters';
import { simplifyOrder } from '../../helpers/simplify-order';
import { fetchBuyerOrders } from '../../transport/buyer-orders';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	orderListFilters('buyer'),
	simplifyField,
	optionsCollection([maxConcurrentRequestsField('1688')]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['getMany'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, index);
	const simplify = this.getNodeParameter('simplify', index, true) as boolean;
	const filters = readOrderListFilters.call(this, index);
	const options = this.getNodeParameter('options', index, {}) as IDataObject;
	const orders = await fetchBuyerOrders.call(
		this,
		filters,
		limit,
		concurrencyOption(options.maxConcurrentRequests),
	);
	return orders.map((order) => ({
		json: simplify ? simplifyOrder(order, 'list') : order,
		pairedItem: { item: index },
	}));
}
