import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions/operation-fields';
import { readLimit } from '../../../shared/actions/limit';
import { objectsAt } from '../../../shared/helpers/reply-objects';
import { CREDENTIAL_TYPE, readCredentials } from '../../auth/credential-data';
import { mogujieApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Parent Category ID (父类目 ID)',
		name: 'parentId',
		type: 'string',
		default: '0',
		description:
			'The categories under this one; 0 lists the top level. Mogujie category IDs are opaque text of letters and digits.',
	},
	...returnAllOrLimit,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['category'], operation: ['getMany'] } },
	properties,
);

async function sellerUserId(this: IExecuteFunctions): Promise<string> {
	return readCredentials(await this.getCredentials(CREDENTIAL_TYPE)).userId;
}

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, index);
	const data = await mogujieApiRequest.call(this, {
		method: 'xiaodian.item.getAllCategory',
		params: {
			parentID: String(this.getNodeParameter('parentId', index, '0')).trim() || '0',
			userId: (await sellerUserId.call(this)) || undefined,
		},
		retry: 'safe',
	});
	const categories = objectsAt(data);
	const limited = limit === undefined ? categories : categories.slice(0, limit);
	return limited.map((category) => ({ json: category, pairedItem: { item: index } }));
}
