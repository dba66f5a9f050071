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
import { listSearch } from './methods';
import { resourceOperationSubtitle } from '../shared/descriptions/subtitle';

const properties: INodeTypeDescription['properties'] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				// n8n's editor lists its own "Custom API Call" (an HTTP Request with this credential)
				// beside this one: the name tells them apart
				name: 'Call API by Name (按接口名调用)',
				value: 'customApiCall',
				description:
					'Sign and send any Mogujie xiaodian API method, given its name (e.g. xiaodian.trade.sold.get)',
			},
			{ name: 'Category', value: 'category', description: 'Item categories (类目)' },
			{ name: 'Item', value: 'item', description: "The shop's items, SKUs and stock (商品)" },
			{ name: 'Order', value: 'order', description: "The shop's orders (订单)" },
		],
		default: 'order',
	},
	...order.description,
	...item.description,
	...category.description,
	...customApiCall.description,
];

export class Mogujie implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mogujie',
		name: 'mogujie',
		icon: { light: 'file:../../icons/mogujie.svg', dark: 'file:../../icons/mogujie.dark.svg' },
		group: ['transform'],
		// 1.1: the order ID is a resource locator (From List, By ID)
		version: [1, 1.1],
		defaultVersion: 1.1,
		// "Get Many: Order", in the dropdowns' words
		subtitle: resourceOperationSubtitle(properties, { 'customApiCall.call': 'Call API by Name' }),
		description:
			'Pull, ship and manage the orders, items and stock of a Mogujie (蘑菇街) xiaodian shop',
		defaults: { name: 'Mogujie' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mogujieOAuth2Api', required: true }],
		properties,
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
