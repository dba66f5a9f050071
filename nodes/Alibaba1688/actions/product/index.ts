import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getDetail from './getDetail.operation';
import * as search from './search.operation';
import * as searchByImage from './searchByImage.operation';

export { get, getDetail, search, searchByImage };

const OPERATIONS = [
	{
		name: 'Get Offer',
		value: 'getDetail',
		description:
			"Get another seller's offer with its SKUs and prices, as a buyer reads it (商品详情): by the sourcing detail (跨境寻源通) or from your cross-border listings (铺货)",
		action: 'Get an offer',
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
];

/** Version 1 listed the seller's own product here; it moved to My Product → Get in 1.1. */
const MOVED_OPERATION = {
	name: 'Get Own Product (Moved to My Product)',
	value: 'get',
	description:
		'Get one of your own products as its seller (alibaba.product.get); newer nodes have it under My Product → Get',
	action: 'Get an own product',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'], '@version': [1] } },
		options: [...OPERATIONS, MOVED_OPERATION],
		default: 'search',
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'], '@version': [{ _cnd: { gte: 1.1 } }] } },
		options: OPERATIONS,
		default: 'search',
	},
	...search.description,
	...searchByImage.description,
	...get.description,
	...getDetail.description,
];
