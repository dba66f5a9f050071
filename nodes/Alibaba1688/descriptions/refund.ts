import type { INodeProperties } from 'n8n-workflow';

/**
 * The goods status a refund is asked in, by the values of alibaba.trade.getRefundReasonList and
 * alibaba.trade.createRefund (their API pages, Natawat-d/1688_Platform@69a4fe38). 售中: before
 * the trade completed; 售后: after (normally after confirming receipt).
 */
export const GOODS_STATUS_OPTIONS = [
	{
		name: 'Before Completion, Not Shipped (售中等待卖家发货)',
		value: 'refundWaitSellerSend',
	},
	{
		name: 'Before Completion, Shipped, Not Received (售中等待买家收货)',
		value: 'refundWaitBuyerReceive',
	},
	{
		name: 'Before Completion, Received (售中已收货)',
		value: 'refundBuyerReceived',
	},
	{
		name: 'After Completion, Not Received (售后未收货)',
		value: 'aftersaleBuyerNotReceived',
	},
	{
		name: 'After Completion, Received (售后已收货)',
		value: 'aftersaleBuyerReceived',
	},
];

export const goodsStatusField: INodeProperties = {
	displayName: 'Goods Status (货物状态)',
	name: 'goodsStatus',
	type: 'options',
	options: GOODS_STATUS_OPTIONS,
	default: 'refundWaitSellerSend',
	description:
		'Where the goods are, which decides the reasons 1688 offers and whether a return is possible. Before the trade completed: refundWaitSellerSend (not shipped), refundWaitBuyerReceive (shipped, not received), refundBuyerReceived (received). After it: aftersaleBuyerNotReceived, aftersaleBuyerReceived.',
};

export const refundIdField: INodeProperties = {
	displayName: 'Refund ID (退款单号)',
	name: 'refundId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'TQ34931008034741532',
	description:
		'The refund ID that Refund → Create returned: TQ and digits, e.g. TQ34931008034741532 (bare digits get the TQ added)',
};

/** The refund statuses of OpOrderRefundModel.status (queryOrderRefundList's refundStatusSet). */
export const REFUND_STATUS_OPTIONS = [
	{ name: 'Closed (退款关闭)', value: 'refundclose' },
	{ name: 'Refunded (退款成功)', value: 'refundsuccess' },
	{ name: 'Return Shipped, Waiting for Seller (等待卖家确认收货)', value: 'waitsellerreceive' },
	{ name: 'Waiting for Buyer Changes (待买家修改)', value: 'waitbuyermodify' },
	{ name: 'Waiting for Return Shipment (等待买家退货)', value: 'waitbuyersend' },
	{ name: 'Waiting for Seller (等待卖家同意)', value: 'waitselleragree' },
];
