import type { INodeProperties } from 'n8n-workflow';

export const productIdField: INodeProperties = {
	displayName: 'Product ID (商品 ID)',
	name: 'productId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '620201390233',
	description:
		'The 1688 product (offer) ID, the number in the product page address detail.1688.com/offer/{ID}.html, or that address itself',
};

/** Which own product Get reads (alibaba.product.get's productID, scene and webSite). */
export const ownProductFields: INodeProperties[] = [
	{
		displayName:
			"1688 serves this only for products of the account that authorized the credential (alibaba.product.get: 只能查询自己所有的产品), so it is for suppliers; the app needs alibaba.product.get granted, which the cross-border sourcing solution does not include. To read another seller's offer, use Get Offer.",
		name: 'ownProductNotice',
		type: 'notice',
		default: '',
	},
	productIdField,
	{
		displayName: 'Scene (业务场景)',
		name: 'scene',
		type: 'options',
		options: [
			{ name: '1688 Market (1688市场)', value: '1688' },
			{ name: 'Retail Link (零售通)', value: 'lst' },
		],
		default: '1688',
		description: 'The business the product is sold in; 1688 requires it (scene)',
	},
	{
		displayName: 'Website (站点)',
		name: 'webSite',
		type: 'options',
		options: [
			{ name: '1688', value: '1688' },
			{ name: 'Alibaba.com', value: 'alibaba' },
		],
		default: '1688',
	},
];

export const countryField: INodeProperties = {
	displayName: 'Language (翻译语言)',
	name: 'country',
	type: 'options',
	options: [
		{ name: 'English', value: 'en' },
		{ name: 'Japanese', value: 'ja' },
		{ name: 'Korean', value: 'ko' },
		{ name: 'Russian', value: 'ru' },
		{ name: 'Spanish', value: 'es' },
		{ name: 'Vietnamese', value: 'vi' },
	],
	default: 'en',
	description: 'The language of the translated subject and attributes the cross-border APIs add',
};

/** The filters both offer searches (keyword and image) take, in their Options. */
export const offerSearchOptions: INodeProperties[] = [
	{ ...countryField },
	{
		displayName: '类目 (Category) Name or ID',
		name: 'categoryId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTopCategories' },
		default: '',
		description:
			'Only products in this category (deeper categories: see Category → Get). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Min Price, Yuan (最低价)',
		name: 'priceStart',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		description: 'Only offers whose wholesale price is at least this many yuan (元)',
	},
	{
		displayName: 'Max Price, Yuan (最高价)',
		name: 'priceEnd',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		description: 'Only offers whose wholesale price is at most this many yuan (元)',
	},
];
