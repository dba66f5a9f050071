import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions/operation-fields';
import { readLimit } from '../../../shared/actions/limit';
import type { CarrierList } from '../../transport/carriers';
import { fetchCarriers } from '../../transport/carriers';

const properties: INodeProperties[] = [
	{
		displayName: 'List (列表)',
		name: 'carrierList',
		type: 'options',
		options: [
			{
				name: 'All Carriers (所有物流公司)',
				value: 'all',
				description: 'Every carrier (alibaba.logistics.OpQueryLogisticCompanyList)',
			},
			{
				name: 'Self-Arranged Shipping (自联物流)',
				value: 'offline',
				description:
					'The codes Refund → Return Goods checks (alibaba.logistics.OpQueryLogisticCompanyList.offline)',
			},
		],
		default: 'all',
		description:
			'Which list: all (every carrier) or offline (the carriers for self-arranged shipping, whose codes Return Goods and Ship take)',
	},
	...returnAllOrLimit,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['logistics'], operation: ['getCarriers'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, index);
	const list = this.getNodeParameter('carrierList', index, 'all') as CarrierList;
	const carriers = await fetchCarriers.call(this, list);
	return carriers.slice(0, limit).map((carrier) => ({
		json: carrier,
		pairedItem: { item: index },
	}));
}
