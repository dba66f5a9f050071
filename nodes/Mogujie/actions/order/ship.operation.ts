import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { orderIdFields } from '../../descriptions/common';
import { COURIERS } from '../../descriptions/couriers';
import { readShopOrderId } from '../parameters';
import { mogujieApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName:
			'Marks a paid order as shipped (xiaodian.logistics.online.send). It is sent once and never retried automatically.',
		name: 'shipNotice',
		type: 'notice',
		default: '',
	},
	...orderIdFields,
	{
		displayName: 'Courier (快递公司) Name or ID',
		name: 'expressCode',
		type: 'options',
		options: COURIERS,
		default: 'zhongtong',
		required: true,
		description:
			'The courier\'s Mogujie code, lower-case pinyin: zhongtong, yuantong, yunda, shentong, shunfeng, ems, emsguoji, youzhengguonei, huitongkuaidi, tiantian, zhaijisong, youshuwuliu, guotongkuaidi, kuaijiesudi or quanfengkuaidi. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a> for another code.',
	},
	{
		displayName: 'Tracking Number (快递单号)',
		name: 'expressId',
		type: 'string',
		default: '',
		required: true,
		description: "The parcel's waybill number from the courier, letters and digits",
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['ship'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const shopOrderId = readShopOrderId.call(this, index);
	const expressCode = String(this.getNodeParameter('expressCode', index)).trim();
	const expressId = String(this.getNodeParameter('expressId', index)).trim();
	if (!/^[a-z0-9_]+$/i.test(expressCode) || expressId === '') {
		throw new NodeOperationError(
			this.getNode(),
			'Give a courier code (e.g. zhongtong) and the tracking number',
			{ itemIndex: index },
		);
	}
	// shopOrderId is a Long on Mogujie's side: its digits go into the JSON as a bare number.
	// needSplit:false (one parcel for the whole order) is what the eladmin ERP's
	// MogujieLogisticsSendRequest sends; Mogujie's default for a missing field is not documented.
	const consign = `{"shipType":0,"shopOrderId":${shopOrderId},"expressCode":${JSON.stringify(expressCode)},"expressId":${JSON.stringify(expressId)},"needSplit":false}`;
	const data = (await mogujieApiRequest.call(this, {
		method: 'xiaodian.logistics.online.send',
		params: { openAPIOrderConsignReqDTO: consign },
		retry: 'never',
	})) as { hasShipSuccess?: boolean } | undefined;
	return [
		{
			json: {
				orderId: shopOrderId,
				expressCode,
				expressId,
				hasShipSuccess: data?.hasShipSuccess ?? null,
			},
			pairedItem: { item: index },
		},
	];
}
