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
import { offerSearchOptions, offerSimplifyField } from '../../descriptions/product';
import { offerQueryFilters } from '../../helpers/offer-query';
import { simplifyKeywordOffer } from '../../helpers/simplify-offer';
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
	offerSimplifyField(
		'Whether to return a short summary of each offer (ID, titles, prices in yuan, minimum order, 30-day sales, repurchase rate, trade score, seller badges, offer and image addresses) instead of the full 1688 data, several times as large',
	),
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
	// nodes before version 1.3 have no Simplify: their saved workflows keep the raw offers
	const simplify = this.getNodeParameter('simplify', index, false) as boolean;
	return products.map((product) => ({
		json: simplify ? simplifyKeywordOffer(product) : product,
		pairedItem: { item: index },
	}));
}
