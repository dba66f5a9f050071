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
import { offerSearchOptions } from '../../descriptions/product';
import { offerQueryFilters } from '../../helpers/offer-query';
import { searchOffers } from '../../transport/offer-search';

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
	optionsCollection([...offerSearchOptions, maxConcurrentRequestsField('1688')]),
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
		...offerQueryFilters(options),
	};
	const products = await searchOffers.call(
		this,
		'product.search.keywordQuery',
		query,
		limit,
		concurrencyOption(options.maxConcurrentRequests),
	);
	return products.map((product) => ({ json: product, pairedItem: { item: index } }));
}
