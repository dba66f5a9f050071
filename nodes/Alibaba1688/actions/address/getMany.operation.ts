// alibaba.trade.receiveAddress.get (com.alibaba.trade, version 1). Source: the API page
// (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/com.alibaba.trade.alibaba.trade.receiveAddress.get-1.md)
// and the Java SDK's AlibabaTradeReceiveAddressGetParam (no parameters): the whole address book in
// one reply, result.receiveAddressItems[], not paged.
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions/operation-fields';
import { readLimit } from '../../../shared/actions/limit';
import { objectAt, objectsAt } from '../../../shared/helpers/reply-objects';
import { simplifyAddress } from '../../helpers/simplify-address';
import { alibaba1688ApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			"Whether to return each address with the field names of Preview's and Create's Delivery Address (addressId, fullName, mobile, provinceText…) instead of 1688's raw item",
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['address'], operation: ['getMany'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, index);
	const simplify = this.getNodeParameter('simplify', index, true) as boolean;
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.receiveAddress.get',
		retry: 'safe',
	});
	const items = objectsAt(objectAt(body.result)?.receiveAddressItems);
	return items.slice(0, limit).map((item) => ({
		json: simplify ? simplifyAddress(item) : item,
		pairedItem: { item: index },
	}));
}
