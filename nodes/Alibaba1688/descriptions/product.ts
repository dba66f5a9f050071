import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

export const productIdField: INodeProperties = {
	displayName: 'Product ID (商品 ID)',
	name: 'productId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '620201390233',
	description:
		'The 1688 product (offer) ID, the number in the product page address detail.1688.com/offer/{ID}.html',
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

/** Product ids are Longs; kept as digit text so none is rounded. */
export function readProductId(this: IExecuteFunctions, index: number, name = 'productId'): string {
	const raw = this.getNodeParameter(name, index) as unknown;
	const id = typeof raw === 'number' ? String(raw) : String(raw ?? '').trim();
	if (!/^\d{1,20}$/.test(id)) {
		throw new NodeOperationError(this.getNode(), `"${id}" is not a 1688 product ID`, {
			itemIndex: index,
			description: 'A product ID is the number in detail.1688.com/offer/{ID}.html.',
		});
	}
	return id;
}
