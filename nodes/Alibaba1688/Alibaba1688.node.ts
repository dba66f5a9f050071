import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as account from './actions/account';
import * as address from './actions/address';
import * as category from './actions/category';
import * as customApiCall from './actions/customApiCall';
import * as logistics from './actions/logistics';
import * as myProduct from './actions/myProduct';
import * as product from './actions/product';
import * as purchaseOrder from './actions/purchaseOrder';
import * as refund from './actions/refund';
import * as salesOrder from './actions/salesOrder';
import { router } from './actions/router';
import { listSearch, loadOptions } from './methods';
import { resourceOperationSubtitle } from '../shared/descriptions/subtitle';

const properties: INodeTypeDescription['properties'] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Account', value: 'account', description: 'The authorized 1688 account (账号)' },
			{
				name: 'Address',
				value: 'address',
				description: "The buyer's saved receiving addresses (收货地址)",
			},
			{
				// n8n's editor lists its own "Custom API Call" (an HTTP Request with this credential)
				// beside this one: the name tells them apart
				name: 'Call API by Name (按接口名调用)',
				value: 'customApiCall',
				description:
					'Sign and send any 1688 open-platform API, given its namespace and name (e.g. com.alibaba.trade, alibaba.trade.getBuyerOrderList)',
			},
			{ name: 'Category', value: 'category', description: 'Product categories (类目)' },
			{
				// the lint's singular rule refuses a bare "Logistics"; "Logistic" misreads
				name: 'Logistics (物流)',
				value: 'logistics',
				description: 'Shipments and tracking of purchase orders',
			},
			{
				name: 'My Product',
				value: 'myProduct',
				description: "The supplier's own products and their stock (我的商品)",
			},
			{
				name: 'Product',
				value: 'product',
				description: "Other sellers' offers: search and details, as a buyer (商品)",
			},
			{
				name: 'Purchase Order',
				value: 'purchaseOrder',
				description: "The buyer's purchase orders (采购订单)",
			},
			{
				name: 'Refund',
				value: 'refund',
				description: "The buyer's refunds and returns (退款退货)",
			},
			{
				name: 'Sales Order',
				value: 'salesOrder',
				description: "The supplier's orders from buyers: list, ship, memo (销售订单)",
			},
		],
		default: 'purchaseOrder',
	},
	...purchaseOrder.description,
	...refund.description,
	...salesOrder.description,
	...address.description,
	...logistics.description,
	...product.description,
	...myProduct.description,
	...category.description,
	...account.description,
	...customApiCall.description,
];

export class Alibaba1688 implements INodeType {
	description: INodeTypeDescription = {
		displayName: '1688',
		name: 'alibaba1688',
		icon: { light: 'file:../../icons/1688.svg', dark: 'file:../../icons/1688.dark.svg' },
		group: ['transform'],
		// 1.1: the seller's own product moved from Product to My Product (Product → Get stays in 1)
		// 1.2: order and product ids are resource locators (From List, By URL, By ID)
		// 1.3: Product → Search, Search by Image and Get Offer simplify their offers (Simplify, on)
		version: [1, 1.1, 1.2, 1.3],
		defaultVersion: 1.3,
		// "Get Many: Purchase Order", in the dropdowns' words
		subtitle: resourceOperationSubtitle(properties, { 'customApiCall.call': 'Call API by Name' }),
		description:
			'Work with 1688 (Alibaba wholesale): purchase orders and sourcing for buyers, sales orders, shipping and stock for suppliers, and any 1688 open-platform API',
		defaults: { name: '1688' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'alibaba1688OAuth2Api', required: true }],
		properties,
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
