// alibaba.trade.createRefund (com.alibaba.trade, version 1): 创建退款退货申请. Source: the API page
// (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/com.alibaba.trade.alibaba.trade.createRefund-1.md)
// and the Java SDK's AlibabaTradeCreateRefundParam. applyPayment and applyCarriage are in fen;
// the reply is result{success, code, message, result{refundId "TQ…"}}.
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { orderEntryIdsField, orderIdFields } from '../../descriptions/common';
import { goodsStatusField } from '../../descriptions/refund';
import { optionsCollection } from '../../../shared/descriptions/operation-fields';
import { fenToYuan } from '../../../shared/helpers/money';
import { objectAt } from '../../../shared/helpers/reply-objects';
import { longList, readOrderLines } from '../order-lines';
import { readOrderId, readVouchers, readYuanAsFen } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';

/** The page: 退款申请理由 of 2 to 150 characters; 1 to 5 vouchers. */
const DESCRIPTION_LENGTH = [2, 150] as const;
const MAX_VOUCHERS = 5;

const properties: INodeProperties[] = [
	{
		displayName:
			'Opens a real refund request with the seller. Sent once, never retried. Take the reason from Refund → Get Reasons with the same Goods Status.',
		name: 'refundNotice',
		type: 'notice',
		default: '',
	},
	...orderIdFields('buyer'),
	orderEntryIdsField,
	{
		displayName: 'Request (退款要求)',
		name: 'disputeRequest',
		type: 'options',
		options: [
			{ name: 'Refund Only (仅退款)', value: 'refund' },
			{
				name: 'Return and Refund (退货退款)',
				value: 'returnRefund',
				description: 'Only once the goods were received',
			},
		],
		default: 'refund',
		description:
			'What the buyer asks for: refund (money only) or returnRefund (return the goods, then the refund)',
	},
	goodsStatusField,
	{
		displayName: 'Reason ID (退款原因 ID)',
		name: 'applyReasonId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '20028',
		description:
			'The ID (digits) of a reason Refund → Get Reasons gave for this order and goods status',
	},
	{
		displayName: 'Refund Amount, Yuan (退款金额)',
		name: 'applyPayment',
		type: 'number',
		default: 0,
		required: true,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		description:
			'The goods amount to refund in yuan (元), at most what was paid; before shipment 1688 requires exactly what was paid. Sent in fen (分).',
	},
	{
		displayName: 'Shipping Refund, Yuan (退运费)',
		name: 'applyCarriage',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		description:
			'The shipping cost to refund in yuan (元); some reasons allow none. Sent in fen (分).',
	},
	{
		displayName: 'Description (退款说明)',
		name: 'description',
		type: 'string',
		default: '',
		required: true,
		typeOptions: { rows: 2 },
		description: 'Why the refund is asked, 2 to 150 characters',
	},
	optionsCollection([
		{
			displayName: 'Voucher URLs (凭证)',
			name: 'vouchers',
			type: 'string',
			default: '',
			description:
				'Up to 5 proof image addresses from Refund → Upload Voucher (voucherUrl), separated by commas; some reasons require them',
		},
		{
			displayName: 'Remark (退款备注)',
			name: 'refundRemark',
			type: 'string',
			default: '',
			description: 'A note passed on from the downstream refund, e.g. what the end customer said',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['refund'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const orderId = readOrderId.call(this, index);
	const text = String(this.getNodeParameter('description', index, '') ?? '').trim();
	if (text.length < DESCRIPTION_LENGTH[0] || text.length > DESCRIPTION_LENGTH[1]) {
		throw new NodeOperationError(
			this.getNode(),
			`The refund description must have ${DESCRIPTION_LENGTH[0]} to ${DESCRIPTION_LENGTH[1]} characters; it has ${text.length}`,
			{ itemIndex: index },
		);
	}
	const reasonId = String(this.getNodeParameter('applyReasonId', index, '') ?? '').trim();
	if (!/^\d+$/.test(reasonId)) {
		throw new NodeOperationError(this.getNode(), `"${reasonId}" is not a refund reason ID`, {
			itemIndex: index,
			description:
				'Take the id of a reason from Refund → Get Reasons for the same order and goods status.',
		});
	}
	const options = this.getNodeParameter('options', index, {}) as IDataObject;
	const entryIds = await readOrderLines.call(this, index, orderId);
	const applyPayment = readYuanAsFen.call(this, index, 'applyPayment');
	const applyCarriage = readYuanAsFen.call(this, index, 'applyCarriage');
	const vouchers = readVouchers.call(this, index, options.vouchers, MAX_VOUCHERS);
	const remark = String(options.refundRemark ?? '').trim();
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.createRefund',
		params: {
			orderId,
			orderEntryIds: longList(entryIds),
			disputeRequest: this.getNodeParameter('disputeRequest', index) as string,
			applyPayment,
			applyCarriage,
			applyReasonId: reasonId,
			description: text,
			goodsStatus: this.getNodeParameter('goodsStatus', index) as string,
			vouchers,
			refundRemark: remark || undefined,
		},
		// a refund request has no idempotency key: 1688 refuses a second one for the same lines
		retry: 'never',
	});
	const result = objectAt(objectAt(body.result)?.result) ?? {};
	return [
		{
			json: {
				...result,
				refundId: result.refundId ?? null,
				orderId,
				orderEntryIds: entryIds,
				applyPayment,
				applyPaymentYuan: fenToYuan(applyPayment),
				applyCarriage,
				applyCarriageYuan: fenToYuan(applyCarriage),
			},
			pairedItem: { item: index },
		},
	];
}
