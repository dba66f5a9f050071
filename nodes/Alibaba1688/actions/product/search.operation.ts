import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	maxConcurrentRequestsField,
	optionsCollection,
	returnAllOrLimit,
} from '../../../shared/descriptions/operation-fields';
import { readLimit } from '../../../shared/actions/limit';
import { concurrencyOption } from '../../../shared/helpers/concurrency';
import { createRequestLimiter } from '../../../shared/transport/request-limiter';
import { countryField } from '../../descriptions/product';
import { alibaba1688ApiPages, MAX_PAGE_SIZE } from '../../transport';
import { numberAt, objectsAt } from '../../../shared/helpers/reply-objects';
import { valueText } from '../../../shared/helpers/text';

const properties: INodeProperties[] = [
	{
		displayName: 'Keyword (关键词)',
		name: 'keyword',
		type: 'string',
		default: '',
		required: true,
		placeholder: '饼干',
		description: 'What to search for, in Chinese or the chosen language',
	},
	...returnAllOrLimit,
	optionsCollection([
		{ ...countryField },
		{
			displayName: '类目 (Category) Name or ID',
			name: 'categoryId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTopCategories' },
			default: '',
			description:
				'Only products in this category (deeper categories: see Category → Get). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Min Price, Yuan (最低价)',
			name: 'priceStart',
			type: 'number',
			default: 0,
			typeOptions: { minValue: 0, numberPrecision: 2 },
		},
		{
			displayName: 'Max Price, Yuan (最高价)',
			name: 'priceEnd',
			type: 'number',
			default: 0,
			typeOptions: { minValue: 0, numberPrecision: 2 },
		},
		maxConcurrentRequestsField('1688'),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['search'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, index);
	const options = this.getNodeParameter('options', index, {}) as IDataObject;
	const query: IDataObject = {
		keyword: this.getNodeParameter('keyword', index) as string,
		country: options.country ?? 'en',
		...(options.categoryId ? { categoryId: options.categoryId } : {}),
		...(options.priceStart ? { priceStart: String(options.priceStart) } : {}),
		...(options.priceEnd ? { priceEnd: String(options.priceEnd) } : {}),
	};
	const page = (body: IDataObject) =>
		((body.result as IDataObject | undefined)?.result ?? {}) as IDataObject;
	const products = await alibaba1688ApiPages.call(
		this,
		{
			request: (beginPage, pageSize) => ({
				namespace: 'com.alibaba.fenxiao.crossborder',
				apiName: 'product.search.keywordQuery',
				params: { offerQueryParam: { ...query, beginPage, pageSize } },
				retry: 'safe',
			}),
			items: (body) => objectsAt(page(body).data),
			total: (body) => numberAt(page(body).totalRecords),
			idOf: (product) => (product.offerId === undefined ? undefined : valueText(product.offerId)),
			maxPageSize: MAX_PAGE_SIZE,
		},
		{ limit, limiter: createRequestLimiter(concurrencyOption(options.maxConcurrentRequests)) },
	);
	return products.map((product) => ({ json: product, pairedItem: { item: index } }));
}
