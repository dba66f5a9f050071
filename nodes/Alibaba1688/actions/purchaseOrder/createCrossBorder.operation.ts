// alibaba.trade.createCrossOrder (com.alibaba.trade, version 1): "跨境专用订单创建。创建订单最多允许50个
// SKU，且必须为同一个供应商的商品" (the API page, Natawat-d/1688_Platform@69a4fe38
// 1688-api-docs/zh/com.alibaba.trade.alibaba.trade.createCrossOrder-1.md; the Java, C# and Python
// SDKs' AlibabaTradeCreateCrossOrderParam). Its own parameters are the Additional Fields below.
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { placeOrderFields } from '../../descriptions/order-input';
import { placeOrder } from './place-order';

/** The page: at most 50 SKUs in one order; more must be split by the caller. */
const MAX_SKUS = 50;

const properties: INodeProperties[] = [
	...placeOrderFields({
		name: 'createCrossNotice',
		text: 'Places a real cross-border purchase order (alibaba.trade.createCrossOrder, 跨境寻源通): at most 50 SKUs, all from one supplier. It carries an External Order ID: if the reply is lost on the way, 1688 is asked for an order with that ID, and the order is sent again only if there is none. Amounts in the result are in fen (分); each also comes converted to yuan.',
	}),
	{
		displayName: 'Additional Fields',
		name: 'crossOptions',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Anonymous Buyer (匿名下单)',
				name: 'anonymousBuyer',
				type: 'boolean',
				default: false,
				description: 'Whether to hide the buyer account from the supplier',
			},
			{
				displayName: 'Business Type (业务码)',
				name: 'isvBizType',
				type: 'options',
				options: [
					{ name: 'Cross-Border (跨境业务)', value: 'cross' },
					{ name: 'Cross-Border Purchasing Agent (跨境代购)', value: 'cross_daigou' },
					{ name: 'Overseas Distribution (海外分销)', value: 'cross_distribution' },
				],
				default: 'cross',
				description:
					"1688's business code for the order: cross, cross_daigou (purchasing agent) or cross_distribution (overseas distribution). The page says it does not change the order.",
			},
			{
				displayName: 'Downstream Platform (回流平台)',
				name: 'fenxiaoChannel',
				type: 'string',
				default: '',
				placeholder: 'kuajing',
				description:
					"Where the order was sold, in 1688's codes, e.g. kuajing, douyin, pinduoduo, weixin, other",
			},
			{
				displayName: 'Dropshipping (转运订单)',
				name: 'dropshipping',
				type: 'boolean',
				default: false,
				description:
					'Whether the order goes to a forwarding warehouse (转运) rather than the end customer',
			},
			{
				displayName: 'Preselected Payment Channel (预选支付渠道)',
				name: 'preSelectPayChannel',
				type: 'string',
				default: '',
				placeholder: 'alipay',
				description: 'The channel the order will be paid with, e.g. alipay',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['createCrossBorder'] } },
	properties,
);

/** The Additional Fields as createCrossOrder's parameters (its y/n strings where the page has them). */
function crossParameters(options: IDataObject): IDataObject {
	const params: IDataObject = {};
	if (options.isvBizType) params.isvBizType = options.isvBizType;
	if (options.anonymousBuyer === true) params.anonymousBuyer = true;
	if (options.dropshipping === true) params.dropshipping = 'y';
	const channel = String(options.fenxiaoChannel ?? '').trim();
	if (channel) params.fenxiaoChannel = channel;
	const pay = String(options.preSelectPayChannel ?? '').trim();
	if (pay) params.preSelectPayChannel = pay;
	return params;
}

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const cargo = ((this.getNodeParameter('cargo', index, {}) as IDataObject).items ??
		[]) as unknown[];
	if (cargo.length > MAX_SKUS) {
		throw new NodeOperationError(
			this.getNode(),
			`A cross-border order holds at most ${MAX_SKUS} SKUs; this one has ${cargo.length}`,
			{
				itemIndex: index,
				description:
					'1688 asks to split larger carts ("请自行拆单后提交"): send the products in batches of 50, e.g. with a Loop Over Items node.',
			},
		);
	}
	const options = this.getNodeParameter('crossOptions', index, {}) as IDataObject;
	return await placeOrder.call(
		this,
		index,
		'alibaba.trade.createCrossOrder',
		crossParameters(options),
	);
}
