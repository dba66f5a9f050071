import type { INodeProperties } from 'n8n-workflow';

import * as addMemo from './addMemo.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as ship from './ship.operation';

export { addMemo, get, getMany, ship };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['salesOrder'] } },
		options: [
			{
				name: 'Add Memo',
				value: 'addMemo',
				description: "Set the seller's memo and flag on an order (卖家备忘, alibaba.order.memoAdd)",
				action: 'Add a memo to a sales order',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one order you sold, with its lines and shipments (订单详情, 卖家视角)',
				action: 'Get a sales order',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: 'List the orders buyers placed with you (订单列表, 卖家视角)',
				action: 'Get many sales orders',
			},
			{
				name: 'Ship',
				value: 'ship',
				description:
					'Ship an order, or some of its lines, with your own carrier and a tracking number (自己联系物流发货)',
				action: 'Ship a sales order',
			},
		],
		default: 'getMany',
	},
	...getMany.description,
	...get.description,
	...ship.description,
	...addMemo.description,
];
