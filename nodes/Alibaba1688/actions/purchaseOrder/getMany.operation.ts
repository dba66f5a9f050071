// alibaba.trade.getBuyerOrderList-1 (com.alibaba.trade): the buyer's purchase orders.
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { listOrders, orderListProperties } from '../order-list';

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['getMany'] } },
	orderListProperties('buyer'),
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	return await listOrders.call(this, index, 'buyer');
}
