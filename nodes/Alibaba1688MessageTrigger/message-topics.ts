import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * 1688 push topics (type = topicGroup_topicName); the COMFIRM typo is on the wire. The refund
 * topics carry refundId and refundAction beside the order (their message pages; the fixtures
 * push.ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES / …_REFUND_AFTER_SALES): 售中 is before the
 * trade completed, 售后 after.
 *
 * The seller's view of an order has no BUYER_VIEW_ infix (卖家视角). Only ORDER_ORDER_PRICE_MODIFY has
 * a stored message page (test/fixtures/real/1688/push.ORDER_ORDER_PRICE_MODIFY.doc-data.txt); the
 * others are the names 1688 clients subscribe to: bububa/go1688 message/const.go (ORDER_PAY,
 * ORDER_ANNOUNCE_SENDGOODS) and a C# SDK's message enum (the rest), research15/seller-orders.md §6.
 * 1688 lists no seller's-view product topic: the product topics are the related user's view
 * (关系用户视角), sent for offers the account follows.
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
	{
		name: 'Product: Inventory Changed (库存变更)',
		value: 'PRODUCT_PRODUCT_INVENTORY_CHANGE',
		description:
			"A followed offer's stock changed (关系用户视角): 1688 sends it for offers the account follows, not for a supplier's own products",
	},
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
	{ name: 'Sales Order: Closed by Buyer (买家关闭, 卖家视角)', value: 'ORDER_ORDER_BUYER_CLOSE' },
	{
		name: 'Sales Order: Closed by Operations (运营关闭, 卖家视角)',
		value: 'ORDER_ORDER_BOPS_CLOSE',
	},
	{ name: 'Sales Order: Closed by Seller (卖家关闭, 卖家视角)', value: 'ORDER_ORDER_SELLER_CLOSE' },
	{ name: 'Sales Order: Completed (交易成功, 卖家视角)', value: 'ORDER_ORDER_SUCCESS' },
	{
		name: 'Sales Order: Created (买家下单, 卖家视角)',
		value: 'ORDER_BUYER_MAKE',
		description: 'A buyer placed an order with you; it waits for payment',
	},
	{
		name: 'Sales Order: Goods Received (确认收货, 卖家视角)',
		value: 'ORDER_ORDER_COMFIRM_RECEIVEGOODS',
	},
	{ name: 'Sales Order: Memo Changed (备注修改, 卖家视角)', value: 'ORDER_MODIFY_MEMO' },
	{
		name: 'Sales Order: Paid (付款, 卖家视角)',
		value: 'ORDER_PAY',
		description: 'A buyer paid an order: it is ready to ship',
	},
	{ name: 'Sales Order: Partly Shipped (部分发货, 卖家视角)', value: 'ORDER_PART_PART_SENDGOODS' },
	{ name: 'Sales Order: Price Changed (改价, 卖家视角)', value: 'ORDER_ORDER_PRICE_MODIFY' },
	{
		name: 'Sales Order: Refund After Completion (售后退款, 卖家视角)',
		value: 'ORDER_ORDER_REFUND_AFTER_SALES',
	},
	{
		name: 'Sales Order: Refund Before Completion (售中退款, 卖家视角)',
		value: 'ORDER_ORDER_BUYER_REFUND_IN_SALES',
	},
	{ name: 'Sales Order: Shipped (发货, 卖家视角)', value: 'ORDER_ANNOUNCE_SENDGOODS' },
	{ name: 'Sales Order: Step Paid (分阶段付款, 卖家视角)', value: 'ORDER_ORDER_STEP_PAY' },
];
