import type { INodePropertyOptions } from 'n8n-workflow';

/** The shop order statuses (orderStatus of xiaodian.trade.sold.get), for filters and the trigger. */
export const ORDER_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Cancelled (已取消)', value: 'ORDER_CANCELLED' },
	{ name: 'Closed (已关闭)', value: 'ORDER_CLOSED' },
	{ name: 'Completed (已完成)', value: 'ORDER_COMPLETED' },
	{ name: 'Created, Unpaid (待付款)', value: 'ORDER_CREATED' },
	{ name: 'Paid, to Ship (待发货)', value: 'ORDER_PAID' },
	{ name: 'Received (已收货)', value: 'ORDER_RECEIVED' },
	{ name: 'Shipped (已发货)', value: 'ORDER_SHIPPED' },
];
