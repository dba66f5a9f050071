import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { orderIdFields } from '../../descriptions/common';
import { optionsCollection } from '../../../shared/descriptions/operation-fields';
import { readOrderId } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';
import { objectsAt } from '../../../shared/helpers/reply-objects';
import { valueText } from '../../../shared/helpers/text';

const properties: INodeProperties[] = [
	...orderIdFields('buyer'),
	optionsCollection([
		{
			displayName: 'Logistics ID (物流单 ID)',
			name: 'logisticsId',
			type: 'string',
			default: '',
			description:
				'Only this shipment of the order: its logisticsId from Get Info, letters and digits such as BX111841674232006',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['logistics'], operation: ['getTrace'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const orderId = readOrderId.call(this, index);
	const options = this.getNodeParameter('options', index, {}) as { logisticsId?: string };
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.logistics',
		apiName: 'alibaba.trade.getLogisticsTraceInfo.buyerView',
		params: { webSite: '1688', orderId, logisticsId: options.logisticsId || undefined },
		retry: 'safe',
	});
	const traces = objectsAt(body.logisticsTrace);
	// 1688 answers an order without a trace with success and a message only ("该订单没有物流跟踪信息。",
	// recorded by the wzhsh90/go1688 author): one item says so, so the workflow goes on and shows why.
	if (traces.length === 0 && typeof body.errorMessage === 'string' && body.errorMessage !== '') {
		return [
			{
				json: { orderId, logisticsSteps: [], latestStep: null, message: body.errorMessage },
				pairedItem: { item: index },
			},
		];
	}
	return traces.map((trace) => {
		const steps = objectsAt(trace.logisticsSteps);
		return {
			json: {
				...trace,
				orderId: valueText(trace.orderId ?? orderId),
				latestStep: steps.length ? steps[steps.length - 1] : null,
			},
			pairedItem: { item: index },
		};
	});
}
