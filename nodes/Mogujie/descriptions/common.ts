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
	description: 'The shop order ID (shopOrderId), e.g. from Get Many',
};
