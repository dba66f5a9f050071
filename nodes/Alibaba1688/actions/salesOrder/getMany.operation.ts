// alibaba.trade.getSellerOrderList-1 (com.alibaba.trade): 订单列表查看(卖家视角). Source: its API page
// (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/com.alibaba.trade.alibaba.trade.getSellerOrderList-1.md)
// and the PHP SDK's AlibabaTradeGetSellerOrderListParam; research15/seller-orders.md §1.
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
import { simplifySalesOrder } from '../../helpers/simplify-order';
import { fetchOrderList } from '../../transport/order-lists';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	orderListFilters('seller'),
	simplifyField,
	optionsCollection([maxConcurrentRequestsField('1688')]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['salesOrder'], operation: ['getMany'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, index);
	const simplify = this.getNodeParameter('simplify', index, true) as boolean;
	const options = this.getNodeParameter('options', index, {}) as IDataObject;
	const orders = await fetchOrderList.call(
		this,
		'seller',
		readOrderListFilters.call(this, index),
		limit,
		concurrencyOption(options.maxConcurrentRequests),
	);
	return orders.map((order) => ({
		json: simplify ? simplifySalesOrder(order, 'list') : order,
		pairedItem: { item: index },
	}));
}
