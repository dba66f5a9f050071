import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { placeOrderFields } from '../../descriptions/order-input';
import { placeOrder } from './place-order';

const properties: INodeProperties[] = placeOrderFields({
	name: 'createNotice',
	text: 'Places a real purchase order (alibaba.trade.fastCreateOrder). It carries an External Order ID: if the reply is lost on the way, 1688 is asked for an order with that ID, and the order is sent again only if there is none. Amounts in the result are in fen (分); each also comes converted to yuan.',
});

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	return await placeOrder.call(this, index, 'alibaba.trade.fastCreateOrder');
}
