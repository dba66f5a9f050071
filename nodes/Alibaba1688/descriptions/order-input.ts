import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

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

/** The `addressParam`, `cargoParamList` and `flow` parameters, as JSON the way 1688 expects. */
export function readOrderInput(this: IExecuteFunctions, index: number): IDataObject {
	const address = Object.fromEntries(
		Object.entries(this.getNodeParameter('address', index, {}) as IDataObject).filter(
			([, v]) => v !== '',
		),
	);
	const cargo = ((this.getNodeParameter('cargo', index, {}) as IDataObject).items ??
		[]) as IDataObject[];
	if (Object.keys(address).length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'Add a delivery address: an address ID, or the receiver and a full address',
			{ itemIndex: index },
		);
	}
	if (cargo.length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'Add at least one product (offer ID and quantity)',
			{ itemIndex: index },
		);
	}
	// offerId is a Long on 1688's side: sent as a bare number with its exact digits.
	const cargoJson = `[${cargo
		.map((item) => {
			const offerId = String(item.offerId ?? '').trim();
			if (!/^\d+$/.test(offerId)) {
				throw new NodeOperationError(this.getNode(), `"${offerId}" is not a 1688 offer ID`, {
					itemIndex: index,
				});
			}
			const spec = item.specId ? `,"specId":${JSON.stringify(String(item.specId).trim())}` : '';
			return `{"offerId":${offerId}${spec},"quantity":${Number(item.quantity ?? 1)}}`;
		})
		.join(',')}]`;
	return {
		addressParam: JSON.stringify(address),
		cargoParamList: cargoJson,
		flow: this.getNodeParameter('flow', index, 'general') as string,
	};
}
