import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderIdFields } from '../../descriptions/common';
import { optionsCollection } from '../../../shared/descriptions/operation-fields';
import { readOrderId } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';
import { objectsAt } from '../../../shared/helpers/reply-objects';

const properties: INodeProperties[] = [
	...orderIdFields('buyer'),
	optionsCollection([
		{
			displayName: 'Fields (返回字段)',
			name: 'fields',
			type: 'multiOptions',
			options: [
				{ name: 'Company Name (物流公司)', value: 'company.name' },
				{ name: 'Sender (发货人)', value: 'sender' },
				{ name: 'Receiver (收货人)', value: 'receiver' },
				{ name: 'Goods Sent (发货商品)', value: 'sendgood' },
			],
			default: [],
			description:
				'Parts to include: company.name, sender, receiver, sendgood. 1688 returns the basic shipment data when none is chosen.',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['logistics'], operation: ['getInfo'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const orderId = readOrderId.call(this, index);
	const options = this.getNodeParameter('options', index, {}) as { fields?: string[] };
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.logistics',
		apiName: 'alibaba.trade.getLogisticsInfos.buyerView',
		params: {
			webSite: '1688',
			orderId,
			fields: options.fields?.length ? options.fields.join(',') : undefined,
		},
		retry: 'safe',
	});
	return objectsAt(body.result).map((shipment) => ({
		json: { orderId, ...shipment },
		pairedItem: { item: index },
	}));
}
