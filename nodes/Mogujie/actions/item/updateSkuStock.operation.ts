import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readOpaqueId } from '../parameters';
import { mogujieApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'SKU ID',
		name: 'skuId',
		type: 'string',
		default: '',
		required: true,
		description: 'The SKU to update: its skuId from Item → Get (skus[].skuId), letters and digits',
	},
	{
		displayName: 'Stock (库存)',
		name: 'stock',
		type: 'number',
		default: 0,
		required: true,
		typeOptions: { minValue: 0, numberPrecision: 0 },
		description:
			'The new stock, a whole number of units of 0 or more (absolute, not a change). Sent once, never retried automatically.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['item'], operation: ['updateSkuStock'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const skuId = readOpaqueId.call(this, index, 'skuId', 'SKU ID');
	const stock = Number(this.getNodeParameter('stock', index));
	if (!Number.isInteger(stock) || stock < 0) {
		throw new NodeOperationError(
			this.getNode(),
			`Stock must be a whole number of 0 or more, not ${String(stock)}`,
			{
				itemIndex: index,
			},
		);
	}
	const result = await mogujieApiRequest.call(this, {
		method: 'xiaodian.item.skustock.update',
		params: { skuId, stock },
		retry: 'never',
	});
	return [
		{ json: { skuId, stock, updated: true, result: result ?? null }, pairedItem: { item: index } },
	];
}
