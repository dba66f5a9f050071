import type { INodeProperties } from 'n8n-workflow';

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

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return a flat summary (IDs, status, ISO dates, amounts in yuan, items) instead of the raw 1688 data',
};

export const orderEntryIdsField: INodeProperties = {
	displayName: 'Order Line IDs (子订单号)',
	name: 'orderEntryIds',
	type: 'string',
	default: '',
	placeholder: '3298765432109876544, 3298765432109876545',
	description:
		"The order's lines concerned (subItemId in Purchase Order → Get's simplified items), separated by commas; leave empty for every line",
};
