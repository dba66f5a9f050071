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
