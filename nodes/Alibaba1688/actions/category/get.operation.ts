import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fetchCategories } from '../../transport/categories';

const properties: INodeProperties[] = [
	{
		displayName: 'Category ID (类目 ID)',
		name: 'categoryId',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 0 },
		description:
			'The ID (digits) of the category to get, with its child categories; 0 gets the top-level categories',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['category'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const categories = await fetchCategories.call(
		this,
		this.getNodeParameter('categoryId', index) as number,
	);
	return categories.map((category) => ({ json: category, pairedItem: { item: index } }));
}
