// alibaba.trade.refund.OpQueryOrderRefund (com.alibaba.trade, version 1): 查询退款单详情-根据退款单ID
// （买家视角）. Source: the API page (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/
// com.alibaba.trade.alibaba.trade.refund.OpQueryOrderRefund-1.md): refundId (TQ…),
// needTimeOutInfo, needOrderRefundOperation; reply result.opOrderRefundModelDetail, amounts in fen.
// The page: "该API需要向阿里巴巴申请权限才能访问".
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { refundIdField } from '../../descriptions/refund';
import { optionsCollection } from '../../../shared/descriptions/operation-fields';
import { objectAt } from '../../../shared/helpers/reply-objects';
import { withRefundYuan } from '../../helpers/refund-amounts';
import { readRefundId } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	refundIdField,
	optionsCollection([
		{
			displayName: 'Include Operations (操作记录)',
			name: 'needOrderRefundOperation',
			type: 'boolean',
			default: false,
			description:
				"Whether to include the refund's history: who did what, and the return's carrier",
		},
		{
			displayName: 'Include Timeouts (超时信息)',
			name: 'needTimeOutInfo',
			type: 'boolean',
			default: false,
			description: 'Whether to include when the current step times out',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['refund'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const options = this.getNodeParameter('options', index, {}) as Record<string, boolean>;
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.refund.OpQueryOrderRefund',
		params: {
			refundId: readRefundId.call(this, index),
			needTimeOutInfo: options.needTimeOutInfo || undefined,
			needOrderRefundOperation: options.needOrderRefundOperation || undefined,
		},
		retry: 'safe',
	});
	const refund = objectAt(objectAt(body.result)?.opOrderRefundModelDetail) ?? {};
	return [{ json: withRefundYuan(refund), pairedItem: { item: index } }];
}
