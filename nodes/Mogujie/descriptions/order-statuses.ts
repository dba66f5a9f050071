import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * The shop order statuses (orderStatus of xiaodian.trade.sold.get), for filters and the trigger,
 * plus the three refund states that show in the item orders' refundStatus (helpers/order-status.ts).
 */
export const ORDER_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Cancelled (已取消)', value: 'ORDER_CANCELLED' },
	{ name: 'Closed (已关闭)', value: 'ORDER_CLOSED' },
	{ name: 'Completed (已完成)', value: 'ORDER_COMPLETED' },
	{ name: 'Created, Unpaid (待付款)', value: 'ORDER_CREATED' },
	{ name: 'Paid, to Ship (待发货)', value: 'ORDER_PAID' },
	{ name: 'Received (已收货)', value: 'ORDER_RECEIVED' },
	{ name: 'Refund Completed (退款完成)', value: 'REFUND_COMPLETED' },
	{ name: 'Refund or Return Agreed (同意退款/退货)', value: 'REFUND_OR_RETURN_DEAL_AGREED' },
	{ name: 'Refund Requested (退款中)', value: 'REFUND_REQUESTED' },
	{ name: 'Shipped (已发货)', value: 'ORDER_SHIPPED' },
];
