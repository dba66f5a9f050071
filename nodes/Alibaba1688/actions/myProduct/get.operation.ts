// alibaba.product.get-1 (com.alibaba.product): one of the seller's own products. Sources: the
// Python SDK's copy of its page ("只能查询自己所有的产品") and the PHP SDK's AlibabaProductGetParam
// (productID, webSite, scene) and AlibabaProductGetResult; research15/seller-products.md §2.
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyField } from '../../descriptions/common';
import { myProductFields } from '../../descriptions/product';
import { objectAt } from '../../../shared/helpers/reply-objects';
import { readProductId } from '../parameters';
import { simplifyProduct } from '../../helpers/simplify-product';
import { fetchOwnProduct } from '../../transport/own-products';

const properties: INodeProperties[] = [
	...myProductFields,
	{
		...simplifyField,
		description:
			'Whether to return a flat summary (IDs as text, status, stock, prices in yuan, each SKU with its specId and stock) instead of the raw 1688 data',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['myProduct'], operation: ['get'] } },
	properties,
);

/** The product's info with the reply's dates beside it, as 1688 prints them. */
export async function readOwnProduct(this: IExecuteFunctions, index: number): Promise<IDataObject> {
	const body = await fetchOwnProduct.call(
		this,
		readProductId.call(this, index),
		this.getNodeParameter('webSite', index, '1688') as string,
		// required by the API; saved workflows from before it was offered get 1688's market
		this.getNodeParameter('scene', index, '1688') as string,
	);
	const { productInfo, ...rest } = body;
	return { ...objectAt(productInfo), ...rest };
}

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const product = await readOwnProduct.call(this, index);
	const simplify = this.getNodeParameter('simplify', index, true) as boolean;
	return [{ json: simplify ? simplifyProduct(product) : product, pairedItem: { item: index } }];
}
