import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderIdFields, yuanField } from '../../descriptions/common';
import { orderWithYuan } from '../../helpers/amounts';
import { readShopOrderId } from '../parameters';
import { mogujieApiRequest } from '../../transport';
import { objectAt } from '../../../shared/helpers/reply-objects';

const properties: INodeProperties[] = [...orderIdFields, yuanField];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const shopOrderId = readShopOrderId.call(this, index);
	const order =
		objectAt(
			await mogujieApiRequest.call(this, {
				method: 'xiaodian.trade.get',
				params: { openApiOrderDetailReqDto: JSON.stringify({ shopOrderId }) },
				retry: 'safe',
			}),
		) ?? {};
	const addYuan = this.getNodeParameter('addYuan', index, true) as boolean;
	return [{ json: addYuan ? orderWithYuan(order) : order, pairedItem: { item: index } }];
}
