import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { productIdField } from '../../descriptions/product';
import { readProductId } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';
import { objectAt } from '../../../shared/helpers/reply-objects';

const properties: INodeProperties[] = [
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
			// required by the API; saved workflows from before it was offered get 1688's market
			scene: this.getNodeParameter('scene', index, '1688') as string,
		},
		retry: 'safe',
	});
	const { productInfo, ...rest } = body;
	return [{ json: { ...objectAt(productInfo), ...rest }, pairedItem: { item: index } }];
}
