import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as ship from './ship.operation';

export { get, getMany, ship };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['order'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get one order with its items, buyer and receiver (订单详情)',
				action: 'Get an order',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: "List the shop's orders by status and created or updated time (订单列表)",
				action: 'Get many orders',
			},
			{
				name: 'Ship',
				value: 'ship',
				description:
					'Mark a paid order as shipped with courier and tracking number (发货). Sent once, never retried.',
				action: 'Ship an order',
			},
		],
		default: 'getMany',
	},
	...getMany.description,
	...get.description,
	...ship.description,
];
