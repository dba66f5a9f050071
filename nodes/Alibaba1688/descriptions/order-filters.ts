import type { INodeProperties } from 'n8n-workflow';

import { dateDescription } from '../../shared/descriptions/formats';
import type { OrderView } from '../helpers/order-view';
import { ORDER_STATUS_OPTIONS } from './order-statuses';

/** The filters whose values are dates, sent in 1688's date format. */
export const ORDER_DATE_FILTERS = [
	'createStartTime',
	'createEndTime',
	'modifyStartTime',
	'modifyEndTime',
] as const;

const SHARED_FILTERS: INodeProperties[] = [
	{
		displayName: 'Business Types (业务类型)',
		name: 'bizTypes',
		type: 'string',
		default: '',
		placeholder: 'cn,ws',
		description: 'Comma-separated 1688 business type codes, e.g. cn (普通订单), ws, yp, fs',
	},
	{
		displayName: 'Created After (创建时间起)',
		name: 'createStartTime',
		type: 'dateTime',
		default: '',
		description: dateDescription('Only orders created at or after this time'),
	},
	{
		displayName: 'Created Before (创建时间止)',
		name: 'createEndTime',
		type: 'dateTime',
		default: '',
		description: dateDescription('Only orders created before this time'),
	},
	{
		displayName: 'Historical Orders (是否历史订单)',
		name: 'isHis',
		type: 'boolean',
		default: false,
		description: "Whether to search 1688's archive of older orders instead of recent ones",
	},
	{
		displayName: 'Include Buyer Address and Phone (返回收货人地址电话)',
		name: 'needBuyerAddressAndPhone',
		type: 'boolean',
		default: false,
		description: "Whether to include the receiver's address and phone",
	},
	{
		displayName: 'Include Memos (返回备注)',
		name: 'needMemoInfo',
		type: 'boolean',
		default: false,
		description: 'Whether to include buyer and seller memos',
	},
	{
		displayName: 'Modified After (修改时间起)',
		name: 'modifyStartTime',
		type: 'dateTime',
		default: '',
		description: dateDescription(
			'Only orders changed at or after this time: use it to sync changes since the last run',
		),
	},
	{
		displayName: 'Modified Before (修改时间止)',
		name: 'modifyEndTime',
		type: 'dateTime',
		default: '',
		description: dateDescription('Only orders changed before this time'),
	},
	{
		displayName: 'Order Status (订单状态)',
		name: 'orderStatus',
		type: 'options',
		options: ORDER_STATUS_OPTIONS,
		default: 'waitsellersend',
		description:
			'Only orders in this status: waitbuyerpay (waiting for payment), waitsellersend (paid, waiting for shipment), waitbuyerreceive (shipped), success (completed) or cancel (cancelled)',
	},
	{
		displayName: 'Product Name (商品名称)',
		name: 'productName',
		type: 'string',
		default: '',
		description: 'Only orders with an item whose name contains this text',
	},
	{
		displayName: 'Refund Status (退款状态)',
		name: 'refundStatus',
		type: 'options',
		options: [
			{ name: 'Refund Closed (退款关闭)', value: 'refundclose' },
			{ name: 'Refunded (退款成功)', value: 'refundsuccess' },
			{ name: 'Return Shipped (等待卖家确认收货)', value: 'waitsellerreceive' },
			{ name: 'Waiting for Buyer Changes (待买家修改)', value: 'waitbuyermodify' },
			{ name: 'Waiting for Return (等待买家退货)', value: 'waitbuyersend' },
			{ name: 'Waiting for Seller (等待卖家同意)', value: 'waitselleragree' },
		],
		default: 'waitselleragree',
		description:
			'Only orders with a refund in this status: waitselleragree (waiting for the seller), waitbuyermodify (the buyer must change it), waitbuyersend (waiting for the return), waitsellerreceive (return shipped), refundsuccess (refunded) or refundclose (closed)',
	},
	{
		displayName: 'Trade Type (交易方式)',
		name: 'tradeType',
		type: 'string',
		default: '',
		description: 'The 1688 trade type code, e.g. 50060 (交易4.0 assured transaction)',
	},
];

/** Filters only getBuyerOrderList takes (its API page). */
const BUYER_FILTERS: INodeProperties[] = [
	{
		displayName: 'External Order ID (外部订单号)',
		name: 'outOrderId',
		type: 'string',
		default: '',
		placeholder: 'shopify-5678901234-1001',
		description:
			"Only the order placed with this External Order ID, the text Create sent as outOrderId. 1688's list page calls the filter a way to keep orders from being placed twice (可用于控制幂等).",
	},
	{
		displayName: 'Seller Member ID (卖家会员 ID)',
		name: 'sellerMemberId',
		type: 'string',
		default: '',
		placeholder: 'b2b-1100000000000',
		description:
			"Only orders from this seller: the seller's member ID, letters and digits such as b2b-1100000000000 (sellerMemberId of an order)",
	},
];

/**
 * Filters only getSellerOrderList takes: its API page (alibaba.trade.getSellerOrderList-1,
 * research15/seller-orders.md §1) names the buyer by memberId or loginId (either may be the
 * app's buyerOpenUid).
 */
const SELLER_FILTERS: INodeProperties[] = [
	{
		displayName: 'Buyer Login ID (买家登录名)',
		name: 'buyerLoginId',
		type: 'string',
		default: '',
		description:
			"Only this buyer's orders: the buyer's 1688 login name as text (or the buyerOpenUid)",
	},
	{
		displayName: 'Buyer Member ID (买家会员 ID)',
		name: 'buyerMemberId',
		type: 'string',
		default: '',
		placeholder: 'b2b-2218868801',
		description:
			"Only this buyer's orders: the buyer's member ID, letters and digits such as b2b-2218868801 (or the buyerOpenUid)",
	},
];

/** The Filters collection of an order list, in the editor's alphabetical order. */
export function orderListFilters(view: OrderView): INodeProperties {
	const options = [...SHARED_FILTERS, ...(view === 'buyer' ? BUYER_FILTERS : SELLER_FILTERS)];
	options.sort((a, b) => a.displayName.localeCompare(b.displayName));
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}

/**
 * The parts an order's detail may include (includeFields of get.buyerView and get.sellerView);
 * CanSendCheck (子订单是否可以发货) is the seller's only.
 */
export function orderIncludeFields(view: OrderView): INodeProperties {
	const options = [
		{ name: 'Guarantee Terms (保障条款)', value: 'GuaranteesTerms' },
		{ name: 'Native Logistics (物流信息)', value: 'NativeLogistics' },
		{ name: 'Order Invoice (发票)', value: 'OrderInvoice' },
		{ name: 'Rate Detail (评价)', value: 'RateDetail' },
	];
	if (view === 'seller') options.push({ name: 'Shipping Check (发货校验)', value: 'CanSendCheck' });
	return {
		displayName: 'Include Fields (附加信息)',
		name: 'includeFields',
		type: 'multiOptions',
		options,
		default: [],
		description:
			view === 'seller'
				? "The parts of the order 1688 includes: GuaranteesTerms, NativeLogistics, OrderInvoice, RateDetail, CanSendCheck (whether each line can ship). None chosen means 1688's default, all but RateDetail."
				: 'Extra parts of the order to include in the raw data: GuaranteesTerms, NativeLogistics, OrderInvoice, RateDetail',
	};
}
