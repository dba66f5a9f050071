import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as updateStock from './updateStock.operation';

export { get, getMany, updateStock };

export const description: INodeProperties[] = [
	{
		displayName:
			"My Product is the supplier's side: the products the authorized 1688 account sells. The app needs the product management APIs (商品管理) granted; the cross-border sourcing solution does not include them.",
		name: 'myProductNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['myProduct'] } },
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['myProduct'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description:
					'Get one of your products with its SKUs, prices and stock (商品详情, alibaba.product.get)',
				action: 'Get one of my products',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: 'List your products, by status, keyword or change time (商品列表)',
				action: 'Get many of my products',
			},
			{
				name: 'Update Stock',
				value: 'updateStock',
				description: "Set or change the stock of a product's SKUs (修改库存)",
				action: 'Update the stock of my product',
			},
		],
		default: 'getMany',
	},
	...getMany.description,
	...get.description,
	...updateStock.description,
];
