import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as updateSkuStock from './updateSkuStock.operation';

export { get, getMany, updateSkuStock };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['item'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get an item with its SKUs, prices and stock (商品详情)',
				action: 'Get an item',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: "List the shop's items on sale or off shelf (商品列表)",
				action: 'Get many items',
			},
			{
				name: 'Update SKU Stock',
				value: 'updateSkuStock',
				description: 'Set the stock of one SKU (更新库存). Sent once, never retried.',
				action: 'Update the stock of a SKU',
			},
		],
		default: 'getMany',
	},
	...getMany.description,
	...get.description,
	...updateSkuStock.description,
];
