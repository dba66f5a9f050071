import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { yuanField } from '../../descriptions/common';
import { itemWithYuan } from '../../helpers/amounts';
import { readOpaqueId } from '../parameters';
import { mogujieApiRequest } from '../../transport';
import { objectAt } from '../../../shared/helpers/reply-objects';

const properties: INodeProperties[] = [
	{
		displayName: 'Item ID (商品 ID)',
		name: 'itemId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '1ltdroo',
		description:
			'The item ID (itemId), a short code of letters and digits such as 1ltdroo, e.g. from Get Many',
	},
	yuanField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['item'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const item =
		objectAt(
			await mogujieApiRequest.call(this, {
				method: 'xiaodian.item.get',
				params: { itemId: readOpaqueId.call(this, index, 'itemId', 'item ID') },
				retry: 'safe',
			}),
		) ?? {};
	const addYuan = this.getNodeParameter('addYuan', index, true) as boolean;
	return [{ json: addYuan ? itemWithYuan(item) : item, pairedItem: { item: index } }];
}
