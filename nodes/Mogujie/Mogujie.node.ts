import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as category from './actions/category';
import * as customApiCall from './actions/customApiCall';
import * as item from './actions/item';
import * as order from './actions/order';
import { router } from './actions/router';

export class Mogujie implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mogujie',
		name: 'mogujie',
		icon: { light: 'file:../../icons/mogujie.svg', dark: 'file:../../icons/mogujie.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			'Pull, ship and manage the orders, items and stock of a Mogujie (蘑菇街) xiaodian shop',
		defaults: { name: 'Mogujie' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mogujieOAuth2Api', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Category', value: 'category', description: 'Item categories (类目)' },
					{
						name: 'Custom API Call',
						value: 'customApiCall',
						description:
							'Any Mogujie xiaodian API method, signed with the credential (自定义接口调用)',
					},
					{ name: 'Item', value: 'item', description: "The shop's items, SKUs and stock (商品)" },
					{ name: 'Order', value: 'order', description: "The shop's orders (订单)" },
				],
				default: 'order',
			},
			...order.description,
			...item.description,
			...category.description,
			...customApiCall.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
