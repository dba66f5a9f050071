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
		"The order's lines concerned, by their IDs (digits; subItemId in Purchase Order → Get's simplified items), separated by commas; leave empty for every line",
};

/**
 * Node version 1.2 made the order and product id fields resource locators (From List, By URL, By
 * ID); nodes saved by 1 and 1.1 keep their text fields, which read as they always did.
 */
export const TEXT_ID_VERSIONS = { '@version': [{ _cnd: { lt: 1.2 } }] };
export const LOCATOR_VERSIONS = { '@version': [{ _cnd: { gte: 1.2 } }] };

/**
 * Node version 1.3 gave the offer operations (Product → Search, Search by Image, Get Offer) a
 * Simplify, on by default; nodes saved by older versions keep the raw offers they always returned.
 */
export const SIMPLIFY_OFFER_VERSIONS = { '@version': [{ _cnd: { gte: 1.3 } }] };

/** By ID's check in the editor: the digits of a 1688 id (the node checks again when it runs). */
export const ID_DIGITS_REGEX = '^\\s*\\d{1,20}\\s*$';

/** By URL's check in the editor: the order pages of helpers/order-ids.ts, with the id's parameter. */
const ORDER_URL_REGEX =
	'^\\s*(?:https?://)?(?:trade\\.1688\\.com|air\\.1688\\.com|trade2\\.m\\.1688\\.com)/\\S*[?&](?:orderId|order_id)=\\d{1,20}';

const ORDER_LISTS = {
	buyer: { method: 'searchPurchaseOrders', placeholder: 'Select a purchase order...' },
	seller: { method: 'searchSalesOrders', placeholder: 'Select a sales order...' },
} as const;

/**
 * The `orderId` parameter of an operation on one order: a text field up to version 1.1, and from
 * 1.2 a resource locator whose list is the buyer's purchase orders or the seller's sales orders.
 * `description` says which order the operation wants; each field adds the forms it takes.
 */
export function orderIdFields(list: 'buyer' | 'seller', description?: string): INodeProperties[] {
	return [
		{
			...orderIdField,
			...(description
				? { description: `${description}. Its ID as text, up to 19 digits, so none is lost.` }
				: {}),
			displayOptions: { show: TEXT_ID_VERSIONS },
		},
		{
			displayName: 'Order (订单)',
			name: 'orderId',
			type: 'resourceLocator',
			default: { mode: 'list', value: '' },
			required: true,
			description: description
				? `${description}. Pick it from the list, paste the address (URL) of its 1688 order page, or give its ID (up to 19 digits).`
				: list === 'buyer'
					? 'The purchase order: pick one of your recent orders, paste the address (URL) of its 1688 order page, or give its ID (up to 19 digits)'
					: 'The sales order: pick one of your recent sales, paste the address (URL) of its 1688 order page, or give its ID (up to 19 digits)',
			displayOptions: { show: LOCATOR_VERSIONS },
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					placeholder: ORDER_LISTS[list].placeholder,
					typeOptions: {
						searchListMethod: ORDER_LISTS[list].method,
						searchable: true,
					},
				},
				{
					displayName: 'By URL',
					name: 'url',
					type: 'string',
					placeholder:
						'https://trade.1688.com/order/new_step_order_detail.htm?orderId=3298765432109876543',
					validation: [
						{
							type: 'regex',
							properties: {
								regex: ORDER_URL_REGEX,
								errorMessage:
									'Paste the address of a 1688 order page, e.g. trade.1688.com/order/new_step_order_detail.htm?orderId=…',
							},
						},
					],
				},
				{
					displayName: 'By ID',
					name: 'id',
					type: 'string',
					placeholder: '3298765432109876543',
					validation: [
						{
							type: 'regex',
							properties: {
								regex: ID_DIGITS_REGEX,
								errorMessage: 'A 1688 order ID is a number of up to 19 digits',
							},
						},
					],
				},
			],
		},
	];
}
