import type { INodeProperties } from 'n8n-workflow';

import {
	ID_DIGITS_REGEX,
	LOCATOR_VERSIONS,
	SIMPLIFY_OFFER_VERSIONS,
	TEXT_ID_VERSIONS,
	simplifyField,
} from './common';

export const productIdField: INodeProperties = {
	displayName: 'Product ID (商品 ID)',
	name: 'productId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '620201390233',
	description:
		'The 1688 product (offer) ID, the digits in the product page address detail.1688.com/offer/{ID}.html, or that address itself',
};

/** By URL's check in the editor: the offer pages of helpers/offer-ids.ts. */
const OFFER_URL_REGEX =
	'^\\s*(?:https?://)?(?:(?:detail|m|offer\\.m)\\.1688\\.com/offer/\\d{1,20}\\.html|(?:www\\.)?1688\\.com/offerdetail/\\d{1,20}\\.html?|detail\\.m\\.1688\\.com/page/index\\.html\\?\\S*offerId=\\d{1,20})';

/**
 * The `productId` parameter: a text field up to version 1.1, and from 1.2 a resource locator. Only
 * the seller's own products can be listed (alibaba.product.list.get): `ownList` adds From List.
 */
export function productIdFields(ownList: boolean, description?: string): INodeProperties[] {
	return [
		{
			...productIdField,
			...(description ? { description } : {}),
			displayOptions: { show: TEXT_ID_VERSIONS },
		},
		{
			displayName: 'Product (商品)',
			name: 'productId',
			type: 'resourceLocator',
			default: { mode: ownList ? 'list' : 'url', value: '' },
			required: true,
			description:
				description ??
				(ownList
					? 'One of your products: pick it from your product list, paste the address (URL) of its page, or give its ID (digits)'
					: 'The offer: paste the address (URL) of its page, detail.1688.com/offer/{ID}.html, or give its ID (digits)'),
			displayOptions: { show: LOCATOR_VERSIONS },
			modes: [
				...(ownList
					? [
							{
								displayName: 'From List',
								name: 'list',
								type: 'list' as const,
								placeholder: 'Select a product...',
								typeOptions: { searchListMethod: 'searchMyProducts', searchable: true },
							},
						]
					: []),
				{
					displayName: 'By URL',
					name: 'url',
					type: 'string',
					placeholder: 'https://detail.1688.com/offer/620201390233.html',
					validation: [
						{
							type: 'regex',
							properties: {
								regex: OFFER_URL_REGEX,
								errorMessage:
									'Paste the address of a 1688 offer page, e.g. https://detail.1688.com/offer/620201390233.html',
							},
						},
					],
				},
				{
					displayName: 'By ID',
					name: 'id',
					type: 'string',
					placeholder: '620201390233',
					validation: [
						{
							type: 'regex',
							properties: {
								regex: ID_DIGITS_REGEX,
								errorMessage: 'A 1688 product ID is a number, e.g. 620201390233',
							},
						},
					],
				},
			],
		},
	];
}

const ownProductNotice: INodeProperties = {
	displayName:
		"1688 serves this only for products of the account that authorized the credential (alibaba.product.get: 只能查询自己所有的产品), so it is for suppliers; the app needs alibaba.product.get granted, which the cross-border sourcing solution does not include. To read another seller's offer, use Get Offer.",
	name: 'ownProductNotice',
	type: 'notice',
	default: '',
};

/** Which own product Get reads (alibaba.product.get's scene and webSite). */
const ownProductScope: INodeProperties[] = [
	{
		displayName: 'Scene (业务场景)',
		name: 'scene',
		type: 'options',
		options: [
			{ name: '1688 Market (1688市场)', value: '1688' },
			{ name: 'Retail Link (零售通)', value: 'lst' },
		],
		default: '1688',
		description:
			'The business the product is sold in, which 1688 requires (scene): 1688 for the 1688 market, lst for Retail Link (零售通)',
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
		description: 'The site the product is listed on: 1688, or alibaba for Alibaba.com',
	},
];

/** Version 1's Product → Get Own Product: the product ID stays a text field there. */
export const ownProductFields: INodeProperties[] = [
	ownProductNotice,
	productIdField,
	...ownProductScope,
];

/** My Product → Get: the product ID is a text field up to 1.1, a resource locator from 1.2. */
export const myProductFields: INodeProperties[] = [
	ownProductNotice,
	...productIdFields(true),
	...ownProductScope,
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
	description:
		'The language of the translated subject and attributes the cross-border APIs add: en, ja, ko, ru, es or vi',
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
			'Only products in this category, by its ID (digits; deeper categories: see Category → Get). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Min Price, Yuan (最低价)',
		name: 'priceStart',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		description:
			'Only offers whose wholesale price is at least this many yuan (元); 0 sets no minimum',
	},
	{
		displayName: 'Max Price, Yuan (最高价)',
		name: 'priceEnd',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		description:
			'Only offers whose wholesale price is at most this many yuan (元); 0 sets no maximum',
	},
];

/**
 * Simplify of an offer operation, shown from node version 1.3. Older nodes have none and read
 * `simplify` as false, so their saved workflows keep the raw offers.
 */
export function offerSimplifyField(description: string): INodeProperties {
	return { ...simplifyField, description, displayOptions: { show: SIMPLIFY_OFFER_VERSIONS } };
}
