import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { jsonObjectToParams } from '../../../shared/json';
import { alibaba1688ApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Namespace (命名空间)',
		name: 'namespace',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'com.alibaba.trade',
		description:
			'The API namespace from the 1688 API docs, e.g. com.alibaba.trade or com.alibaba.product',
	},
	{
		displayName: 'API 名称 (API Name)',
		name: 'apiName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'alibaba.trade.getBuyerOrderList',
		description: 'The API name from the 1688 API docs, e.g. alibaba.trade.getBuyerOrderList',
	},
	{
		displayName: 'API 版本 (API Version)',
		name: 'apiVersion',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'The version in the API ID namespace:apiName-version; almost always 1',
	},
	{
		displayName: 'Parameters JSON (业务参数)',
		name: 'parametersJson',
		type: 'json',
		default: '{}',
		description:
			'The business parameters as one JSON object, e.g. {"page": 1, "pageSize": 20}. Nested objects and arrays are sent as JSON strings, as 1688 expects; long IDs keep every digit. Dates use 1688\'s format yyyyMMddHHmmssSSS+0800.',
	},
	{
		displayName: 'Requires Authorization (需要用户授权)',
		name: 'requiresAuth',
		type: 'boolean',
		default: true,
		description:
			'Whether to send and sign the access token. Turn off only for APIs the 1688 docs mark as not needing authorization (access_token 否), such as alibaba.category.get.',
	},
	optionsCollection([
		{
			displayName: 'Retry Transient Errors',
			name: 'retry',
			type: 'boolean',
			default: false,
			description:
				'Whether to retry rate limits, gateway failures and dropped connections with backoff. Turn on only for read APIs: a retried write could run twice.',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			default: 60,
			typeOptions: { minValue: 1 },
			description: 'How long to wait for 1688 to answer',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customApiCall'], operation: ['call'] } },
	properties,
);

function readParameters(this: IExecuteFunctions, index: number): IDataObject {
	const raw = this.getNodeParameter('parametersJson', index, '{}') as unknown;
	if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) return raw as IDataObject;
	const text = typeof raw === 'string' && raw.trim() !== '' ? raw : '{}';
	try {
		return jsonObjectToParams(text);
	} catch (error) {
		throw new NodeOperationError(
			this.getNode(),
			`"Parameters JSON" is not a valid JSON object: ${(error as Error).message}`,
			{
				itemIndex: index,
				description:
					'Write the business parameters as one JSON object, for example {"orderId": "3298765432109876543", "webSite": "1688"}.',
			},
		);
	}
}

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const options = this.getNodeParameter('options', index, {}) as {
		retry?: boolean;
		timeout?: number;
	};
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: (this.getNodeParameter('namespace', index) as string).trim(),
		apiName: (this.getNodeParameter('apiName', index) as string).trim(),
		version: this.getNodeParameter('apiVersion', index, 1) as number,
		params: readParameters.call(this, index),
		requiresAuth: this.getNodeParameter('requiresAuth', index, true) as boolean,
		retry: options.retry ? 'safe' : 'never',
		timeoutMs: (options.timeout ?? 60) * 1000,
	});
	return [{ json: body, pairedItem: { item: index } }];
}
