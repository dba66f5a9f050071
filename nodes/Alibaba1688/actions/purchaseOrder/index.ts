import type { INodeProperties } from 'n8n-workflow';

import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getPaymentUrl from './getPaymentUrl.operation';
import * as preview from './preview.operation';

export { cancel, create, get, getMany, getPaymentUrl, preview };

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
				name: 'Create',
				value: 'create',
				description:
					'Place a purchase order for offers and quantities (快速下单). Sent once, never retried.',
				action: 'Create a purchase order',
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
	...getPaymentUrl.description,
];
