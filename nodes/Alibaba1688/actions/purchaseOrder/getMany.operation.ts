import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyField } from '../../descriptions/common';
import { ORDER_STATUS_OPTIONS } from '../../descriptions/order-statuses';
import {
	maxConcurrentRequestsField,
	optionsCollection,
	returnAllOrLimit,
} from '../../../shared/descriptions/operation-fields';
import { readLimit } from '../../../shared/actions/limit';
import { concurrencyOption } from '../../../shared/helpers/concurrency';
import { readListFilters } from '../parameters';
import { simplifyOrder } from '../../helpers/simplify-order';
import { fetchBuyerOrders } from '../../transport/buyer-orders';

const DATE_FILTERS = ['createStartTime', 'createEndTime', 'modifyStartTime', 'modifyEndTime'];

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
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
				description:
					"Only orders created at or after this time (sent in 1688's format, Beijing time)",
			},
			{
				displayName: 'Created Before (创建时间止)',
				name: 'createEndTime',
				type: 'dateTime',
				default: '',
				description: 'Only orders created before this time',
			},
			{
				displayName: 'External Order ID (外部订单号)',
				name: 'outOrderId',
				type: 'string',
				default: '',
				placeholder: 'shopify-5678901234-1001',
				description:
					"Only the order placed with this External Order ID (Create's outOrderId): 1688's list page calls the filter a way to keep orders from being placed twice (可用于控制幂等)",
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
				description:
					'Only orders changed at or after this time: use it to sync changes since the last run',
			},
			{
				displayName: 'Modified Before (修改时间止)',
				name: 'modifyEndTime',
				type: 'dateTime',
				default: '',
				description: 'Only orders changed before this time',
			},
			{
				displayName: 'Order Status (订单状态)',
				name: 'orderStatus',
				type: 'options',
				options: ORDER_STATUS_OPTIONS,
				default: 'waitsellersend',
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
			},
			{
				displayName: 'Seller Member ID (卖家会员 ID)',
				name: 'sellerMemberId',
				type: 'string',
				default: '',
				placeholder: 'b2b-1100000000000',
			},
			{
				displayName: 'Trade Type (交易方式)',
				name: 'tradeType',
				type: 'string',
				default: '',
				description: 'The 1688 trade type code, e.g. 50060 (交易4.0 assured transaction)',
			},
		],
	},
	simplifyField,
	optionsCollection([maxConcurrentRequestsField('1688')]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['getMany'] } },
	properties,
);

/** bizTypes is a String[] on 1688's side: the comma-separated codes as a JSON array. */
const listParameters = (context: IExecuteFunctions, index: number) =>
	readListFilters.call(context, index, DATE_FILTERS, {
		outOrderId: (value) => String(value).trim() || undefined,
		bizTypes: (value) =>
			JSON.stringify(
				String(value)
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean),
			),
	});

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, index);
	const simplify = this.getNodeParameter('simplify', index, true) as boolean;
	const filters = listParameters(this, index);
	const options = this.getNodeParameter('options', index, {}) as IDataObject;
	const orders = await fetchBuyerOrders.call(
		this,
		filters,
		limit,
		concurrencyOption(options.maxConcurrentRequests),
	);
	return orders.map((order) => ({
		json: simplify ? simplifyOrder(order, 'list') : order,
		pairedItem: { item: index },
	}));
}
