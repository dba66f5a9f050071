import type { INodeProperties } from 'n8n-workflow';

import * as getCarriers from './getCarriers.operation';
import * as getInfo from './getInfo.operation';
import * as getTrace from './getTrace.operation';

export { getCarriers, getInfo, getTrace };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['logistics'] } },
		options: [
			{
				name: 'Get Carriers',
				value: 'getCarriers',
				description:
					'List the carriers 1688 knows, with the codes Return Goods and shipping take (物流公司)',
				action: 'Get carriers',
			},
			{
				name: 'Get Info',
				value: 'getInfo',
				description:
					'Get the shipments of a purchase order: carrier, tracking number, goods (物流信息)',
				action: 'Get logistics info of an order',
			},
			{
				name: 'Get Trace',
				value: 'getTrace',
				description: "Get the tracking steps of a purchase order's shipments (物流跟踪)",
				action: 'Get the logistics trace of an order',
			},
		],
		default: 'getTrace',
	},
	...getCarriers.description,
	...getInfo.description,
	...getTrace.description,
];
