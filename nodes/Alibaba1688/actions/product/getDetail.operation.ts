import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { countryField, productIdField } from '../../descriptions/product';
import { readProductId } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';
import { objectAt } from '../../../shared/helpers/reply-objects';

const properties: INodeProperties[] = [
	{
		displayName:
			"Reads any seller's offer through product.search.queryProductDetail. The app needs 1688's 跨境大客户寻源通 (cross-border sourcing) solution, which 1688's business team grants on request.",
		name: 'detailNotice',
		type: 'notice',
		default: '',
	},
	productIdField,
	countryField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['getDetail'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const offerId = readProductId.call(this, index);
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.fenxiao.crossborder',
		apiName: 'product.search.queryProductDetail',
		// offerId is a Long: its digits go into the JSON as a bare number.
		params: {
			offerDetailParam: `{"offerId":${offerId},"country":${JSON.stringify(this.getNodeParameter('country', index))}}`,
		},
		retry: 'safe',
	});
	const detail = objectAt(objectAt(body.result)?.result) ?? {};
	return [{ json: detail, pairedItem: { item: index } }];
}
