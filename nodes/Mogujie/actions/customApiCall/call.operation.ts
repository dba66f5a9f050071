import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { jsonObjectToParams } from '../../../shared/json';
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
			'The business parameters as one JSON object. Plain values become fields (e.g. {"itemId": "1ltdroo"}); an object value is sent as one JSON-string field, as Mogujie expects, e.g. {"Params": {"page": 1, "pageSize": 20}}.',
	},
	optionsCollection([
		{
			displayName: 'Retry Transient Errors',
			name: 'retry',
			type: 'boolean',
			default: false,
			description:
				'Whether to retry gateway failures and dropped connections with backoff. Turn on only for read methods: a retried write could run twice.',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			default: 60,
			typeOptions: { minValue: 1 },
			description: 'How long to wait for Mogujie to answer',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customApiCall'], operation: ['call'] } },
	properties,
);

function readParameters(this: IExecuteFunctions, index: number): Record<string, string> {
	const raw = this.getNodeParameter('parametersJson', index, '{}') as unknown;
	const text =
		typeof raw === 'string' ? (raw.trim() === '' ? '{}' : raw) : JSON.stringify(raw ?? {});
	try {
		return jsonObjectToParams(text);
	} catch (error) {
		throw new NodeOperationError(
			this.getNode(),
			`"Parameters JSON" is not a valid JSON object: ${(error as Error).message}`,
			{
				itemIndex: index,
				description:
					'Write the business parameters as one JSON object, for example {"itemId": "1ltdroo"}.',
			},
		);
	}
}

/** `result.data` as items: one per element of an array, else one. */
function toItems(data: unknown): IDataObject[] {
	const wrap = (value: unknown): IDataObject =>
		value !== null && typeof value === 'object' && !Array.isArray(value)
			? (value as IDataObject)
			: { data: value as IDataObject[keyof IDataObject] };
	return Array.isArray(data) ? data.map(wrap) : [wrap(data ?? null)];
}

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const options = this.getNodeParameter('options', index, {}) as {
		retry?: boolean;
		timeout?: number;
	};
	const data = await mogujieApiRequest.call(this, {
		method: (this.getNodeParameter('method', index) as string).trim(),
		params: readParameters.call(this, index),
		retry: options.retry ? 'safe' : 'never',
		timeoutMs: (options.timeout ?? 60) * 1000,
	});
	return toItems(data).map((json) => ({ json, pairedItem: { item: index } }));
}
