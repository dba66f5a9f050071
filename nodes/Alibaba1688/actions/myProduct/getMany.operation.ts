// alibaba.product.list.get-1 (com.alibaba.product): 卖家根据条件分页查询商品列表信息. Sources: the PHP
// SDK's AlibabaProductListGetParam (the filters below) and the Python SDK's copy of its page
// ("目前无法查询简易商品。如需遍历所有商品是只能使用ID排序"); research15/seller-products.md §1.
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyField } from '../../descriptions/common';
import { dateDescription } from '../../../shared/descriptions/formats';
import { optionsCollection, returnAllOrLimit } from '../../../shared/descriptions/operation-fields';
import { readLimit } from '../../../shared/actions/limit';
import { valueText } from '../../../shared/helpers/text';
import { parseOfferId } from '../../helpers/offer-ids';
import { readListFilters } from '../parameters';
import { simplifyProduct } from '../../helpers/simplify-product';
import { fetchOwnProducts } from '../../transport/own-products';

const DATE_FILTERS = ['startModifyTime', 'endModifyTime'];

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
				displayName: 'Cargo Number (货号)',
				name: 'cargoNumber',
				type: 'string',
				default: '',
				description: 'Only the product with this cargo number, your own article code',
			},
			{
				displayName: 'Category ID (类目 ID)',
				name: 'categoryId',
				type: 'number',
				default: 0,
				description: 'Only products of this 1688 category, by its ID (digits), e.g. 1031728',
			},
			{
				displayName: 'Keyword (关键词)',
				name: 'subjectKey',
				type: 'string',
				default: '',
				description: 'Only products whose title contains this text',
			},
			{
				displayName: 'Modified After (修改时间起)',
				name: 'startModifyTime',
				type: 'dateTime',
				default: '',
				description: dateDescription('Only products changed at or after this time'),
			},
			{
				displayName: 'Modified Before (修改时间止)',
				name: 'endModifyTime',
				type: 'dateTime',
				default: '',
				description: dateDescription('Only products changed before this time'),
			},
			{
				displayName: 'Product IDs (商品 ID)',
				name: 'productIds',
				type: 'string',
				default: '',
				placeholder: '620201390233, 620201390234',
				description:
					'Only these products, by ID (digits) or offer page address, separated by commas',
			},
			{
				displayName: 'Statuses (商品状态)',
				name: 'statusList',
				type: 'multiOptions',
				options: [
					{ name: 'Deleted (删除)', value: 'deleted' },
					{ name: 'Expired (过期)', value: 'expired' },
					{ name: 'Member Expired (会员撤销)', value: 'member expired' },
					{ name: 'Modified (修改)', value: 'modified' },
					{ name: 'New (新发)', value: 'new' },
					{ name: 'Published (上架)', value: 'published' },
					{ name: 'To Be Deleted (TBD)', value: 'TBD' },
				],
				default: ['published'],
				description:
					'Only products in one of these statuses: published (on sale), new, modified, expired, member expired, TBD (to be deleted) or deleted',
			},
		],
	},
	simplifyField,
	optionsCollection([
		{
			displayName: 'Sort By (排序)',
			name: 'orderByCondition',
			type: 'options',
			options: [
				{ name: 'Created (创建时间)', value: 'CREATE_DATE' },
				{ name: 'Expiry (过期时间)', value: 'EXPIRE_DATE' },
				{ name: 'ID (商品 ID)', value: 'ID' },
				{ name: 'Modified (修改时间)', value: 'MODIFY_DATE' },
				{ name: 'Price (价格)', value: 'PRICE' },
				{ name: 'Published (发布时间)', value: 'POST_DATE' },
				{ name: 'Sales (销量)', value: 'SALE_QUANTITY' },
			],
			default: 'ID',
			description:
				'The order 1688 lists products in: ID, CREATE_DATE, MODIFY_DATE, POST_DATE, EXPIRE_DATE, PRICE or SALE_QUANTITY. Its page says only the ID order walks every product, so Return All with another order may miss or repeat some.',
		},
		{
			displayName: 'Sort Direction',
			name: 'orderByType',
			type: 'options',
			options: [
				{ name: 'Ascending', value: 'ASC' },
				{ name: 'Descending', value: 'DESC' },
			],
			default: 'ASC',
			description: 'ASC for ascending, DESC for descending',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['myProduct'], operation: ['getMany'] } },
	properties,
);

/** Comma-separated product IDs (or offer addresses) as the Long[] 1688 takes: bare digits. */
function productIdList(value: unknown): string | undefined {
	const ids = String(value)
		.split(/[\s,;]+/)
		.filter(Boolean)
		.map((part) => {
			const id = parseOfferId(part);
			if (id === undefined) throw new Error(`"${part}" in Product IDs is not a 1688 product ID`);
			return id;
		});
	return ids.length ? `[${ids.join(',')}]` : undefined;
}

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, index);
	const filters = readListFilters.call(this, index, DATE_FILTERS, {
		statusList: (value) =>
			Array.isArray(value) && value.length > 0 ? JSON.stringify(value.map(valueText)) : undefined,
		productIds: productIdList,
		categoryId: (value) => (Number(value) > 0 ? Number(value) : undefined),
	});
	const options = this.getNodeParameter('options', index, {}) as IDataObject;
	const products = await fetchOwnProducts.call(
		this,
		{
			...filters,
			orderByCondition: valueText(options.orderByCondition) || 'ID',
			orderByType: valueText(options.orderByType) || 'ASC',
		},
		limit,
	);
	const simplify = this.getNodeParameter('simplify', index, true) as boolean;
	return products.map((product) => ({
		json: simplify ? simplifyProduct(product) : product,
		pairedItem: { item: index },
	}));
}
