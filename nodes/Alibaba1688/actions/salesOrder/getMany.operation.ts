// alibaba.trade.getSellerOrderList-1 (com.alibaba.trade): 订单列表查看(卖家视角). Source: its API page
// (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/com.alibaba.trade.alibaba.trade.getSellerOrderList-1.md)
// and the PHP SDK's AlibabaTradeGetSellerOrderListParam; research15/seller-orders.md §1.
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { listOrders, orderListProperties } from '../order-list';

export const description = updateDisplayOptions(
	{ show: { resource: ['salesOrder'], operation: ['getMany'] } },
	orderListProperties('seller'),
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	return await listOrders.call(this, index, 'seller');
}
