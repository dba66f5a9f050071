import type { INodeProperties } from 'n8n-workflow';

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
		options: [
			{
				displayName: 'Address ID (收货地址 ID)',
				name: 'addressId',
				type: 'string',
				default: '',
				description: 'A saved address of the buyer account',
			},
			{
				displayName: 'City (市)',
				name: 'cityText',
				type: 'string',
				default: '',
				placeholder: '杭州市',
			},
			{
				displayName: 'District (区)',
				name: 'areaText',
				type: 'string',
				default: '',
				placeholder: '滨江区',
			},
			{ displayName: 'District Code (地区码)', name: 'districtCode', type: 'string', default: '' },
			{ displayName: 'Full Name (收货人)', name: 'fullName', type: 'string', default: '' },
			{ displayName: 'Mobile (手机)', name: 'mobile', type: 'string', default: '' },
			{ displayName: 'Phone (电话)', name: 'phone', type: 'string', default: '' },
			{ displayName: 'Post Code (邮编)', name: 'postCode', type: 'string', default: '' },
			{
				displayName: 'Province (省)',
				name: 'provinceText',
				type: 'string',
				default: '',
				placeholder: '浙江省',
			},
			{ displayName: 'Street Address (详细地址)', name: 'address', type: 'string', default: '' },
			{ displayName: 'Town (镇/街道)', name: 'townText', type: 'string', default: '' },
		],
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
						description: 'The productID of the offer',
					},
					{
						displayName: 'Spec ID (规格 ID)',
						name: 'specId',
						type: 'string',
						default: '',
						description: "The SKU's specId; leave empty for products without SKUs",
					},
					{
						displayName: 'Quantity (数量)',
						name: 'quantity',
						type: 'number',
						default: 1,
						typeOptions: { minValue: 1 },
					},
				],
			},
		],
	},
	{
		displayName: 'Flow (下单流程)',
		name: 'flow',
		type: 'options',
		options: [
			{ name: 'General (普通)', value: 'general' },
			{ name: 'Fenxiao (分销)', value: 'fenxiao' },
			{ name: 'Sale Proxy (代销)', value: 'saleproxy' },
		],
		default: 'general',
		description: 'The 1688 ordering flow the offers belong to',
	},
];
