import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { alibaba1688ApiRequest } from '../../transport';
import { objectAt } from '../../../shared/helpers/reply-objects';

const properties: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getBasicInfo'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.account',
		apiName: 'alibaba.account.basic',
		retry: 'safe',
	});
	return [{ json: objectAt(body.result) ?? body, pairedItem: { item: index } }];
}
