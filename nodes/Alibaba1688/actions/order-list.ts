// Get Many of purchase orders and of sales orders: the same filters, paging and Simplify over the
// buyer's and the seller's order list (transport/order-lists.ts).
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { simplifyField } from '../descriptions/common';
import { orderListFilters } from '../descriptions/order-filters';
import {
	maxConcurrentRequestsField,
	optionsCollection,
	returnAllOrLimit,
} from '../../shared/descriptions/operation-fields';
import { readLimit } from '../../shared/actions/limit';
import { concurrencyOption } from '../../shared/helpers/concurrency';
import type { OrderView } from '../helpers/order-view';
import { simplifyOrder, simplifySalesOrder } from '../helpers/simplify-order';
import { fetchOrderList } from '../transport/order-lists';
import { readOrderListFilters } from './parameters';

export const orderListProperties = (view: OrderView): INodeProperties[] => [
	...returnAllOrLimit,
	orderListFilters(view),
	simplifyField,
	optionsCollection([maxConcurrentRequestsField('1688')]),
];

export async function listOrders(
	this: IExecuteFunctions,
	index: number,
	view: OrderView,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, index);
	const simplify = this.getNodeParameter('simplify', index, true) as boolean;
	const options = this.getNodeParameter('options', index, {}) as IDataObject;
	const orders = await fetchOrderList.call(
		this,
		view,
		readOrderListFilters.call(this, index),
		limit,
		concurrencyOption(options.maxConcurrentRequests),
	);
	const simplified = view === 'buyer' ? simplifyOrder : simplifySalesOrder;
	return orders.map((order) => ({
		json: simplify ? simplified(order, 'list') : order,
		pairedItem: { item: index },
	}));
}
