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
import { numberAt, objectsAt } from '../../../shared/helpers/reply-objects';
import { concurrencyOption } from '../../../shared/helpers/concurrency';
import { createRequestLimiter } from '../../../shared/transport/request-limiter';
import { yuanField } from '../../descriptions/common';
import { itemWithYuan } from '../../helpers/amounts';
import type { MogujieCall } from '../../transport';
import { MAX_PAGE_SIZE, mogujieApiPages } from '../../transport';
import { valueText } from '../../../shared/helpers/text';

const properties: INodeProperties[] = [
	{
		displayName: 'Shelf (上下架)',
		name: 'shelf',
		type: 'options',
		options: [
			{ name: 'On Sale (在售)', value: 'onSale' },
			{ name: 'Off Shelf (已下架)', value: 'offShelf' },
		],
		default: 'onSale',
		description: 'Which items: onSale (on sale) or offShelf (taken off the shelf)',
	},
	...returnAllOrLimit,
	yuanField,
	optionsCollection([maxConcurrentRequestsField('Mogujie')]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['item'], operation: ['getMany'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, index);
	const isShelf = this.getNodeParameter('shelf', index) === 'offShelf' ? 1 : 0;
	const addYuan = this.getNodeParameter('addYuan', index, true) as boolean;
	const options = this.getNodeParameter('options', index, {}) as IDataObject;
	const items = await mogujieApiPages.call(
		this,
		{
			request: (page, pageSize): MogujieCall => ({
				method: 'xiaodian.item.onsale.get',
				params: { isShelf, page, pageSize },
				retry: 'safe',
			}),
			items: (data) => objectsAt(data.items),
			total: (data) => numberAt(data.total),
			idOf: (item) => (item.itemId === undefined ? undefined : valueText(item.itemId)),
			maxPageSize: MAX_PAGE_SIZE,
		},
		{ limit, limiter: createRequestLimiter(concurrencyOption(options.maxConcurrentRequests)) },
	);
	return items.map((item) => ({
		json: addYuan ? itemWithYuan(item) : item,
		pairedItem: { item: index },
	}));
}
