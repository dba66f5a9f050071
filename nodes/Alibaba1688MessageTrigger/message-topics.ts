import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * 1688 push topics (type = topicGroup_topicName); the COMFIRM typo is on the wire. The refund
 * topics carry refundId and refundAction beside the order (their message pages; the fixtures
 * push.ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES / …_REFUND_AFTER_SALES): 售中 is before the
 * trade completed, 售后 after.
 */
export const MESSAGE_TOPICS: INodePropertyOptions[] = [
	{ name: 'Logistics: Mail Number Changed (运单号修改)', value: 'LOGISTICS_MAIL_NO_CHANGE' },
	{ name: 'Logistics: Trace Updated (物流轨迹)', value: 'LOGISTICS_BUYER_VIEW_TRACE' },
	{ name: 'Order: Batch Paid (批量支付)', value: 'ORDER_BATCH_PAY' },
	{ name: 'Order: Closed by Buyer (买家关闭)', value: 'ORDER_BUYER_VIEW_ORDER_BUYER_CLOSE' },
	{ name: 'Order: Closed by Operations (运营关闭)', value: 'ORDER_BUYER_VIEW_ORDER_BOPS_CLOSE' },
	{ name: 'Order: Closed by Seller (卖家关闭)', value: 'ORDER_BUYER_VIEW_ORDER_SELLER_CLOSE' },
	{ name: 'Order: Completed (交易成功)', value: 'ORDER_BUYER_VIEW_ORDER_SUCCESS' },
	{ name: 'Order: Created (创建订单)', value: 'ORDER_BUYER_VIEW_BUYER_MAKE' },
	{
		name: 'Order: Goods Received (确认收货)',
		value: 'ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS',
	},
	{ name: 'Order: Paid (付款)', value: 'ORDER_BUYER_VIEW_ORDER_PAY' },
	{ name: 'Order: Partly Shipped (部分发货)', value: 'ORDER_BUYER_VIEW_PART_PART_SENDGOODS' },
	{ name: 'Order: Price Changed (改价)', value: 'ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY' },
	{ name: 'Order: Shipped (发货)', value: 'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS' },
	{ name: 'Order: Step Paid (分阶段付款)', value: 'ORDER_BUYER_VIEW_ORDER_STEP_PAY' },
	{ name: 'Product: Inventory Changed (库存变更)', value: 'PRODUCT_PRODUCT_INVENTORY_CHANGE' },
	{
		name: 'Product: Relation Product Changed (关注商品变更)',
		value: 'PRODUCT_RELATION_VIEW_PRODUCT_CHANGE',
	},
	{
		name: 'Refund: After Completion (售后退款)',
		value: 'ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES',
		description: 'A refund of a completed order was asked, agreed, refused, returned or paid',
	},
	{
		name: 'Refund: Before Completion (售中退款)',
		value: 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES',
		description: 'A refund before the trade completed was asked, agreed, refused, returned or paid',
	},
];
