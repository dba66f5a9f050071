import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	invoiceField,
	orderInputFields,
	outOrderIdField,
	previewFlowField,
} from '../../descriptions/order-input';
import { readOrderInput } from '../parameters';
import { fenToYuan } from '../../../shared/helpers/money';
import { alibaba1688ApiRequest } from '../../transport';
import { objectsAt } from '../../../shared/helpers/reply-objects';

const properties: INodeProperties[] = [
	{
		displayName:
			'Shows what the order would cost without placing it, and which trade types (tradeModelList) and flow (flowFlag) Create Order can use. 1688 answers amounts in fen (分, 1/100 yuan); each amount also comes converted to yuan (…Yuan).',
		name: 'previewNotice',
		type: 'notice',
		default: '',
	},
	...orderInputFields,
	previewFlowField,
	outOrderIdField,
	invoiceField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['preview'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.createOrder.preview',
		params: readOrderInput.call(this, index),
		retry: 'safe',
	});
	// `orderPreviewResuslt` (sic) is 1688's own spelling.
	return objectsAt(body.orderPreviewResuslt).map((preview: IDataObject) => ({
		json: {
			...preview,
			sumPaymentYuan: fenToYuan(preview.sumPayment),
			sumCarriageYuan: fenToYuan(preview.sumCarriage),
			sumPaymentNoCarriageYuan: fenToYuan(preview.sumPaymentNoCarriage),
		},
		pairedItem: { item: index },
	}));
}
