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
