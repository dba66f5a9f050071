// alibaba.trade.getRefundReasonList (com.alibaba.trade, version 1): 查询退款退货原因（用于创建退款退货）.
// Source: the API page (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/
// com.alibaba.trade.alibaba.trade.getRefundReasonList-1.md) and the Java SDK's param class:
// orderId, orderEntryIds (Long[]) and goodsStatus, all required; reply result.result.reasons[].
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderEntryIdsField, orderIdFields } from '../../descriptions/common';
import { goodsStatusField } from '../../descriptions/refund';
import { returnAllOrLimit } from '../../../shared/descriptions/operation-fields';
import { readLimit } from '../../../shared/actions/limit';
import { objectAt, objectsAt } from '../../../shared/helpers/reply-objects';
import { longList, readOrderLines } from '../order-lines';
import { readOrderId } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	...orderIdFields('buyer'),
	orderEntryIdsField,
	goodsStatusField,
	...returnAllOrLimit,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['refund'], operation: ['getReasons'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const orderId = readOrderId.call(this, index);
	const limit = readLimit.call(this, index);
	const entryIds = await readOrderLines.call(this, index, orderId);
	const goodsStatus = this.getNodeParameter('goodsStatus', index) as string;
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.getRefundReasonList',
		params: { orderId, orderEntryIds: longList(entryIds), goodsStatus },
		retry: 'safe',
	});
	const reasons = objectsAt(objectAt(objectAt(body.result)?.result)?.reasons);
	// one reply holds every reason (the API has no pages)
	return reasons.slice(0, limit).map((reason) => ({
		json: { ...reason, orderId, goodsStatus },
		pairedItem: { item: index },
	}));
}
