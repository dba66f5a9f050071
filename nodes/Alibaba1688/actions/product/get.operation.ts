import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { productIdField } from '../../descriptions/product';
import { readProductId } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';
import { objectAt } from '../../../shared/helpers/reply-objects';

const properties: INodeProperties[] = [
	productIdField,
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

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.product',
		apiName: 'alibaba.product.get',
		params: {
			productID: readProductId.call(this, index),
			webSite: this.getNodeParameter('webSite', index) as string,
		},
		retry: 'safe',
	});
	const { productInfo, ...rest } = body;
	return [{ json: { ...objectAt(productInfo), ...rest }, pairedItem: { item: index } }];
}
