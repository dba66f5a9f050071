import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getDetail from './getDetail.operation';
import * as search from './search.operation';

export { get, getDetail, search };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get a product with its SKUs, prices and attributes (商品详情)',
				action: 'Get a product',
			},
			{
				name: 'Get Detail (Cross-Border)',
				value: 'getDetail',
				description:
					'Get a product through the cross-border sourcing API, with translated subject and SKUs (跨境商品详情)',
				action: 'Get cross border product detail',
			},
			{
				name: 'Search by Keyword',
				value: 'search',
				description:
					'Search 1688 products by keyword through the cross-border sourcing API (关键词搜索)',
				action: 'Search products by keyword',
			},
		],
		default: 'search',
	},
	...search.description,
	...get.description,
	...getDetail.description,
];
