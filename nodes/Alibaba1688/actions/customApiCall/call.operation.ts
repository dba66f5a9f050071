import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readCallOptions } from '../../../shared/actions/call-options';
import { customCallOptions } from '../../../shared/descriptions/operation-fields';
import { readParametersJson } from '../../../shared/actions/parameters-json';
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
	customCallOptions('1688'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customApiCall'], operation: ['call'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const { retry, timeoutMs } = readCallOptions.call(this, index);
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: (this.getNodeParameter('namespace', index) as string).trim(),
		apiName: (this.getNodeParameter('apiName', index) as string).trim(),
		version: this.getNodeParameter('apiVersion', index, 1) as number,
		params: readParametersJson.call(
			this,
			index,
			'{"orderId": "3298765432109876543", "webSite": "1688"}',
		),
		requiresAuth: this.getNodeParameter('requiresAuth', index, true) as boolean,
		retry,
		timeoutMs,
	});
	return [{ json: body, pairedItem: { item: index } }];
}
