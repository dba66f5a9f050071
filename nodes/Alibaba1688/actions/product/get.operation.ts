// Product → Get Own Product, as version 1 of the node offers it: it moved to My Product → Get
// (version 1.1), and saved workflows keep it, with the raw reply they always had.
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ownProductFields } from '../../descriptions/product';
import { readOwnProduct } from '../myProduct/get.operation';

const properties: INodeProperties[] = [
	{
		displayName:
			'This operation moved to My Product → Get, which also simplifies the product. Saved workflows keep working here.',
		name: 'movedNotice',
		type: 'notice',
		default: '',
	},
	...ownProductFields,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	return [{ json: await readOwnProduct.call(this, index), pairedItem: { item: index } }];
}
