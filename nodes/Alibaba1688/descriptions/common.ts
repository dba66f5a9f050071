import type { INodeProperties } from 'n8n-workflow';

/** 1688's list APIs serve at most 50 rows a page. */
export const MAX_PAGE_SIZE = 50;

export const orderIdField: INodeProperties = {
	displayName: 'Order ID (订单号)',
	name: 'orderId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '3298765432109876543',
	description:
		'The 1688 order ID, e.g. from Get Many (orderId) or the raw idOfStr. Text, so all 19 digits are kept.',
};

export const returnAllOrLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		default: 50,
		typeOptions: { minValue: 1 },
		displayOptions: { show: { returnAll: [false] } },
		description: 'Max number of results to return',
	},
];

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return a flat summary (IDs, status, ISO dates, amounts in yuan, items) instead of the raw 1688 data',
};

/** The "Options" collection every operation with optional settings has. */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
	};
}
