import type { INodeProperties } from 'n8n-workflow';

import * as getMany from './getMany.operation';

export { getMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['address'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getMany',
				description:
					"List the buyer account's saved receiving addresses (收货地址); their addressId goes into Preview and Create",
				action: 'Get many addresses',
			},
		],
		default: 'getMany',
	},
	...getMany.description,
];
