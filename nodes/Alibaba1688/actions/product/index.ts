import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getDetail from './getDetail.operation';
import * as search from './search.operation';
import * as searchByImage from './searchByImage.operation';

export { get, getDetail, search, searchByImage };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{
				name: 'Get Offer',
				value: 'getDetail',
				description:
					"Get another seller's offer with its SKUs and prices, as a buyer reads it (商品详情): by the sourcing detail (跨境寻源通) or from your cross-border listings (铺货)",
				action: 'Get an offer',
			},
			{
				name: 'Get Own Product',
				value: 'get',
				description:
					'Get one of your own products as its seller, with SKUs, prices and attributes (商品详情, alibaba.product.get)',
				action: 'Get an own product',
			},
			{
				name: 'Search by Keyword',
				value: 'search',
				description:
					'Search 1688 products by keyword through the cross-border sourcing API (关键词搜索)',
				action: 'Search products by keyword',
			},
			{
				name: 'Search by Image',
				value: 'searchByImage',
				description:
					'Find offers that look like a picture, from a binary file or an image address (以图搜货, 跨境寻源通)',
				action: 'Search products by image',
			},
		],
		default: 'search',
	},
	...search.description,
	...searchByImage.description,
	...get.description,
	...getDetail.description,
];
