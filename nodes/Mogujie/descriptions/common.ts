import type { INodeProperties } from 'n8n-workflow';

export const yuanField: INodeProperties = {
	displayName: 'Add Yuan Amounts',
	name: 'addYuan',
	type: 'boolean',
	default: true,
	description:
		'Whether to add a …Yuan field beside each amount. Mogujie gives order amounts in fen (分, 1/100 yuan), e.g. shopOrderPrice 12990 = 129.90 yuan; item prices are already in yuan, and priceYuan repeats them.',
};

export const orderIdField: INodeProperties = {
	displayName: 'Order ID (订单号)',
	name: 'orderId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '93182337647084',
	description: 'The shop order ID (shopOrderId, digits), e.g. from Get Many',
};

/**
 * Node version 1.1 made the order ID a resource locator (From List, By ID); nodes saved by version
 * 1 keep the text field, which reads as it always did.
 */
export const TEXT_ID_VERSIONS = { '@version': [1] };
export const LOCATOR_VERSIONS = { '@version': [{ _cnd: { gte: 1.1 } }] };

/** The `orderId` parameter: text in version 1, a resource locator from 1.1. */
export const orderIdFields: INodeProperties[] = [
	{ ...orderIdField, displayOptions: { show: TEXT_ID_VERSIONS } },
	{
		displayName: 'Order (订单)',
		name: 'orderId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description:
			"The shop order: pick one of the shop's recent orders, or give its ID (shopOrderId, digits)",
		displayOptions: { show: LOCATOR_VERSIONS },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select an order...',
				typeOptions: { searchListMethod: 'searchOrders', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '93182337647084',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*\\d{1,20}\\s*$',
							errorMessage: 'A Mogujie order ID (shopOrderId) is a number, e.g. 93182337647084',
						},
					},
				],
			},
		],
	},
];
