import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readCallOptions } from '../../../shared/actions/call-options';
import { objectAt } from '../../../shared/helpers/reply-objects';
import { customCallOptions } from '../../../shared/descriptions/operation-fields';
import { readParametersJson } from '../../../shared/actions/parameters-json';
import { mogujieApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Method (接口名)',
		name: 'method',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'xiaodian.trade.sold.get',
		description: 'The Mogujie API method, e.g. xiaodian.trade.sold.get or xiaodian.item.get',
	},
	{
		displayName: 'Parameters JSON (业务参数)',
		name: 'parametersJson',
		type: 'json',
		default: '{}',
		description:
			'The business parameters as one JSON object. Plain values become fields (e.g. {"itemId": "1ltdroo"}); an object value is sent as one JSON-string field, as Mogujie expects, e.g. {"Params": {"page": 1, "pageSize": 20}}. Dates use Mogujie\'s format yyyy-MM-dd HH:mm:ss, China time.',
	},
	customCallOptions('Mogujie'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customApiCall'], operation: ['call'] } },
	properties,
);

/** `result.data` as items: one per element of an array, else one. */
function toItems(data: unknown): IDataObject[] {
	const wrap = (value: unknown): IDataObject =>
		objectAt(value) ?? { data: value as IDataObject[keyof IDataObject] };
	return Array.isArray(data) ? data.map(wrap) : [wrap(data ?? null)];
}

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const { retry, timeoutMs } = readCallOptions.call(this, index);
	const data = await mogujieApiRequest.call(this, {
		method: (this.getNodeParameter('method', index) as string).trim(),
		params: readParametersJson.call(this, index, '{"itemId": "1ltdroo"}'),
		retry,
		timeoutMs,
	});
	return toItems(data).map((json) => ({ json, pairedItem: { item: index } }));
}
