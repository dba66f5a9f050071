import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';

export { get };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['category'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description:
					'Get a product category and its child categories (类目); needs no user authorization',
				action: 'Get a category',
			},
		],
		default: 'get',
	},
	...get.description,
];
