import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getReasons from './getReasons.operation';
import * as returnGoods from './returnGoods.operation';
import * as uploadVoucher from './uploadVoucher.operation';

export { create, get, getMany, getReasons, returnGoods, uploadVoucher };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['refund'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Ask the seller for a refund, or a return and refund, of order lines (申请退款). Sent once, never retried.',
				action: 'Create a refund',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one refund by its TQ… ID, with amounts and status (退款单详情)',
				action: 'Get a refund',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				description: "List the buyer's refunds, filtered by order, status and time (退款单列表)",
				action: 'Get many refunds',
			},
			{
				name: 'Get Reasons',
				value: 'getReasons',
				description:
					'List the refund reasons 1688 accepts for order lines and a goods status (退款原因)',
				action: 'Get refund reasons',
			},
			{
				name: 'Return Goods',
				value: 'returnGoods',
				description:
					"Send the return parcel's carrier and tracking number once the seller agreed (退货). Sent once, never retried.",
				action: 'Return goods of a refund',
			},
			{
				name: 'Upload Voucher',
				value: 'uploadVoucher',
				description:
					'Upload a proof image and get the address Create and Return Goods take (上传凭证)',
				action: 'Upload a refund voucher',
			},
		],
		default: 'getMany',
	},
	...create.description,
	...get.description,
	...getMany.description,
	...getReasons.description,
	...returnGoods.description,
	...uploadVoucher.description,
];
