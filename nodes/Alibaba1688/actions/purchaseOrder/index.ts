import type { INodeProperties } from 'n8n-workflow';

import * as cancel from './cancel.operation';
import * as confirmReceipt from './confirmReceipt.operation';
import * as create from './create.operation';
import * as createCrossBorder from './createCrossBorder.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getPaymentUrl from './getPaymentUrl.operation';
import * as payWithoutPassword from './payWithoutPassword.operation';
import * as preview from './preview.operation';

export {
	cancel,
	confirmReceipt,
	create,
	createCrossBorder,
	get,
	getMany,
	getPaymentUrl,
	payWithoutPassword,
	preview,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['purchaseOrder'] } },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				description: 'Cancel an unpaid purchase order (取消订单). Sent once, never retried.',
				action: 'Cancel a purchase order',
			},
			{
				name: 'Confirm Receipt',
				value: 'confirmReceipt',
				description:
					'Confirm that the goods of a shipped order arrived (确认收货); releases the payment to the seller. Sent once, never retried.',
				action: 'Confirm receipt of a purchase order',
			},
			{
				name: 'Create',
				value: 'create',
				description:
					'Place a purchase order for offers and quantities (快速下单). Sent once, never retried.',
				action: 'Create a purchase order',
			},
			{
				name: 'Create Cross-Border Order',
				value: 'createCrossBorder',
				description:
					'Place a cross-border purchase order (跨境下单, 跨境寻源通), up to 50 SKUs of one supplier. Carries an External Order ID, so a lost reply never places a second order.',
				action: 'Create a cross border purchase order',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one purchase order with items, amounts and logistics (订单详情)',
				action: 'Get a purchase order',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description:
					"List the buyer's purchase orders, filtered by status and created or modified time (订单列表)",
				action: 'Get many purchase orders',
			},
			{
				name: 'Get Payment URL',
				value: 'getPaymentUrl',
				description: 'Get an Alipay link that pays one or more unpaid orders (支付链接)',
				action: 'Get a payment URL',
			},
			{
				name: 'Pay Without Password',
				value: 'payWithoutPassword',
				description:
					"Pay an unpaid order at once from the buyer's signed Alipay or 诚E赊 withholding agreement (免密支付)",
				action: 'Pay a purchase order without password',
			},
			{
				name: 'Preview',
				value: 'preview',
				description: 'Price an order before placing it: goods, freight and total (订单预览)',
				action: 'Preview a purchase order',
			},
		],
		default: 'getMany',
	},
	...getMany.description,
	...get.description,
	...cancel.description,
	...preview.description,
	...create.description,
	...createCrossBorder.description,
	...getPaymentUrl.description,
	...payWithoutPassword.description,
	...confirmReceipt.description,
];
