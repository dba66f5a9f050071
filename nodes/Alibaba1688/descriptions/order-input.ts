import type { INodeProperties } from 'n8n-workflow';

/**
 * The parts of a postal address, by 1688's names: the delivery address (addressParam) and the
 * invoice's address (invoiceParam) have the same ones. `recipient` names the person in Chinese.
 */
function addressParts(recipient: string): INodeProperties[] {
	return [
		{
			displayName: 'City (市)',
			name: 'cityText',
			type: 'string',
			default: '',
			placeholder: '杭州市',
			description: 'The city in Chinese, as 1688 writes it, e.g. 杭州市',
		},
		{
			displayName: 'District (区)',
			name: 'areaText',
			type: 'string',
			default: '',
			placeholder: '滨江区',
			description: 'The district or county in Chinese, e.g. 滨江区',
		},
		{
			displayName: `Full Name (${recipient})`,
			name: 'fullName',
			type: 'string',
			default: '',
			description: "The person's full name",
		},
		{
			displayName: 'Mobile (手机)',
			name: 'mobile',
			type: 'string',
			default: '',
			description: 'An 11-digit mainland China mobile number, e.g. 13800138000',
		},
		{
			displayName: 'Phone (电话)',
			name: 'phone',
			type: 'string',
			default: '',
			description: 'A fixed-line number, digits and dashes only (1688: "只能填电话号码")',
		},
		{
			displayName: 'Post Code (邮编)',
			name: 'postCode',
			type: 'string',
			default: '',
			description: 'The 6-digit postal code, e.g. 310052',
		},
		{
			displayName: 'Province (省)',
			name: 'provinceText',
			type: 'string',
			default: '',
			placeholder: '浙江省',
			description: 'The province in Chinese, e.g. 浙江省',
		},
		{
			displayName: 'Street Address (详细地址)',
			name: 'address',
			type: 'string',
			default: '',
			description: 'The street, number and building, without province, city and district',
		},
		{
			displayName: 'Town (镇/街道)',
			name: 'townText',
			type: 'string',
			default: '',
			description: 'The town or subdistrict in Chinese, e.g. 长河街道',
		},
	];
}

/** Fields in the order the editor lists them: alphabetical. */
const byName = (fields: INodeProperties[]) =>
	[...fields].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));

/** Address and products of a new purchase order, shared by Preview Order and Create Order. */
export const orderInputFields: INodeProperties[] = [
	{
		displayName: 'Delivery Address (收货地址)',
		name: 'address',
		type: 'collection',
		placeholder: 'Add Address Field',
		default: {},
		required: true,
		description: 'Where the goods go. Give a saved address ID, or the receiver and a full address.',
		options: byName([
			{
				displayName: 'Address ID (收货地址 ID)',
				name: 'addressId',
				type: 'string',
				default: '',
				description:
					'The ID (digits) of a saved address of the buyer account: addressId in Address → Get Many',
			},
			{
				displayName: 'District Code (地区码)',
				name: 'districtCode',
				type: 'string',
				default: '',
				description:
					"The 6-digit division code of the district, e.g. 330108 (Address → Get Many's districtCode)",
			},
			...addressParts('收货人'),
		]),
	},
	{
		displayName: 'Products (商品)',
		name: 'cargo',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Product',
		default: {},
		required: true,
		options: [
			{
				displayName: 'Product',
				name: 'items',
				values: [
					{
						displayName: 'Offer ID (商品 ID)',
						name: 'offerId',
						type: 'string',
						default: '',
						required: true,
						description:
							'The product ID of the offer (digits), or its page address detail.1688.com/offer/{ID}.html',
					},
					{
						displayName: 'Spec ID (规格 ID)',
						name: 'specId',
						type: 'string',
						default: '',
						description:
							"The SKU's specId, 32 letters and digits as Get Offer lists it; leave empty for products without SKUs",
					},
					{
						displayName: 'Quantity (数量)',
						name: 'quantity',
						type: 'number',
						default: 1,
						typeOptions: { minValue: 1 },
						description: 'How many units of this offer or SKU to buy, a whole number of 1 or more',
					},
				],
			},
		],
	},
];

/**
 * The ordering flows. fastCreateOrder's API page lists general, fenxiao, saleproxy, paired,
 * boutiquefenxiao and boutiquepifa; the preview page adds repurchase and an empty flow, for which
 * 1688 compares the flows and answers the best one in flowFlag.
 */
const FLOWS = [
	{ name: 'Boutique Distribution (精选货源分销价)', value: 'boutiquefenxiao' },
	{ name: 'Boutique Wholesale (精选货源批发价)', value: 'boutiquepifa' },
	{ name: 'Distribution (分销)', value: 'fenxiao' },
	{ name: 'General (普通大市场)', value: 'general' },
	{ name: 'Group Buying (火拼)', value: 'paired' },
	{ name: 'Sale Proxy (代销)', value: 'saleproxy' },
];

export const createFlowField: INodeProperties = {
	displayName: 'Flow (下单流程)',
	name: 'flow',
	type: 'options',
	options: FLOWS,
	default: 'general',
	description:
		"The 1688 ordering flow the offers belong to: general, fenxiao, saleproxy, paired, boutiquefenxiao or boutiquepifa. Preview Order's flowFlag names the best one.",
};

export const previewFlowField: INodeProperties = {
	...createFlowField,
	options: [
		{ name: 'Best (1688 Compares the Flows)', value: '' },
		...FLOWS,
		{ name: 'Repurchase Contract (复购合约)', value: 'repurchase' },
	],
	description:
		'The 1688 ordering flow to price: general, fenxiao, saleproxy, paired, boutiquefenxiao, boutiquepifa, repurchase, or empty for the best, which 1688 names in flowFlag (a repurchase contract is never compared).',
};

export const outOrderIdField: INodeProperties = {
	displayName: 'External Order ID (外部订单号 outOrderId)',
	name: 'outOrderId',
	type: 'string',
	default: '',
	placeholder: 'e.g. {{ $json.order_number }}',
	description:
		'Your own ID for this order, any text, kept on the 1688 order (outOrderId). If the reply to a create is lost on the way, 1688 is asked for the order by this ID, and the order is sent again only if there is none, so a lost reply never places it twice. Empty: an ID made of this workflow, the execution, this node, its run and the item index. Set your storefront order number here to find the 1688 order by it later (Custom API Call to getBuyerOrderList with outOrderId).',
};

/**
 * tradeType values from the Java SDK's AlibabaTradeFastCreateOrderParam. Preview Order's
 * tradeModelList[].tradeType gives the ones an order can use (e.g. nzassure), so any other value is
 * accepted by expression.
 */
export const tradeTypeField: INodeProperties = {
	displayName: 'Trade Type (交易方式) Name or ID',
	name: 'tradeType',
	type: 'options',
	options: [
		{ name: '1688 Chooses (默认)', value: '' },
		{ name: 'Account Period (账期)', value: 'period' },
		{ name: 'Alipay Guarantee (支付宝担保)', value: 'alipay' },
		{ name: 'Bank Transfer (银行转账)', value: 'bank' },
		{ name: 'Chengyishe Credit (诚E赊)', value: 'creditBuy' },
		{ name: 'Enterprise Quotation Guarantee (询报价担保)', value: 'assure' },
		{ name: 'Guarantee Trade (交易4.0 担保交易)', value: 'fxassure' },
		{ name: 'Staged 3/7 (37staged)', value: '37staged' },
		{ name: 'Staged 6/3/1 (631staged)', value: '631staged' },
	],
	default: '',
	description:
		'How the order is paid: period, alipay, bank, creditBuy, assure, fxassure, 37staged, 631staged, or empty to let 1688 choose. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>, e.g. a tradeType from the tradeModelList of Preview Order, which names the ones this order can use.',
};

export const invoiceField: INodeProperties = {
	displayName: 'Invoice (发票)',
	name: 'invoice',
	type: 'collection',
	placeholder: 'Add Invoice Field',
	default: {},
	description: 'Ask the seller for an invoice (invoiceParam); leave empty for none',
	options: byName([
		{
			displayName: 'Bank and Account (开户行及账号)',
			name: 'bankAndAccount',
			type: 'string',
			default: '',
			description: 'The bank and account number printed on a VAT special invoice',
		},
		{
			displayName: 'Company Name (发票抬头)',
			name: 'companyName',
			type: 'string',
			default: '',
			description: 'Who the invoice is made out to',
		},
		{
			displayName: 'Invoice Type (发票类型)',
			name: 'invoiceType',
			type: 'options',
			options: [
				{ name: 'Normal (普通发票)', value: 0 },
				{ name: 'VAT Special (增值税专用发票)', value: 1 },
			],
			default: 0,
			description: 'The kind of invoice: 0 for a normal invoice, 1 for a VAT special invoice',
		},
		{
			displayName: 'Local Invoice ID (发票 ID)',
			name: 'localInvoiceId',
			type: 'string',
			default: '',
			description: 'The ID of a saved invoice of the buyer account, as text',
		},
		{
			displayName: 'Taxpayer ID (纳税人识别号)',
			name: 'taxpayerIdentifier',
			type: 'string',
			default: '',
			description: "The company's unified social credit code (18 characters)",
		},
		...addressParts('收票人'),
	]),
};

/**
 * The fields of an operation that places an order (Create, Create Cross-Border Order): a notice
 * saying what it sends, then the order's address, products, flow, message, External Order ID,
 * trade type and invoice.
 */
export function placeOrderFields(notice: { name: string; text: string }): INodeProperties[] {
	return [
		{ displayName: notice.text, name: notice.name, type: 'notice', default: '' },
		...orderInputFields,
		createFlowField,
		{
			displayName: 'Message to Seller (买家留言)',
			name: 'message',
			type: 'string',
			default: '',
			typeOptions: { rows: 2 },
			description: 'A note the seller sees with the order, up to 500 characters',
		},
		outOrderIdField,
		{
			displayName: 'Skip If Already Placed (已下单则跳过)',
			name: 'skipIfPlaced',
			type: 'boolean',
			default: false,
			description:
				'Whether to look for an order placed earlier with the same External Order ID first and return it (alreadyPlaced: true) instead of ordering again, e.g. when a storefront delivers its webhook twice. Needs your own External Order ID, such as the storefront order number.',
		},
		tradeTypeField,
		invoiceField,
	];
}
