// alibaba.trade.refund.returnGoods (com.alibaba.trade, version 1): 买家提交退款货信息, after the
// seller agreed to a return. Source: the API page (Natawat-d/1688_Platform@69a4fe38
// 1688-api-docs/zh/com.alibaba.trade.alibaba.trade.refund.returnGoods-1.md) and the Java SDK's
// AlibabaTradeRefundReturnGoodsParam: refundId, logisticsCompanyNo ("使用companyNo作为公司编码",
// from OpQueryLogisticCompanyList.offline), freightBill, description (2–200), vouchers (≤10).
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { refundIdField } from '../../descriptions/refund';
import { optionsCollection } from '../../../shared/descriptions/operation-fields';
import { objectAt } from '../../../shared/helpers/reply-objects';
import { readRefundId, readVouchers } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';

const MAX_VOUCHERS = 10;
const DESCRIPTION_LENGTH = [2, 200] as const;

const properties: INodeProperties[] = [
	{
		...refundIdField,
		description:
			'A return-and-refund the seller agreed to (status waitbuyersend): its ID, TQ and digits',
	},
	{
		displayName: '物流公司 (Carrier) Name or ID',
		name: 'logisticsCompanyNo',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCarriers' },
		default: '',
		required: true,
		description:
			'The carrier of the return parcel, by 1688\'s code (companyNo, e.g. ZTO). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Tracking Number (运单号)',
		name: 'freightBill',
		type: 'string',
		default: '',
		required: true,
		description: "The return parcel's waybill number; 1688 checks it against the carrier",
	},
	optionsCollection([
		{
			displayName: 'Description (发货说明)',
			name: 'description',
			type: 'string',
			default: '',
			description: 'A note on the return shipment, 2 to 200 characters',
		},
		{
			displayName: 'Voucher URLs (凭证)',
			name: 'vouchers',
			type: 'string',
			default: '',
			description:
				'Up to 10 image addresses from Refund → Upload Voucher (voucherUrl), separated by commas, e.g. a photo of the parcel',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['refund'], operation: ['returnGoods'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const refundId = readRefundId.call(this, index);
	const carrier = String(this.getNodeParameter('logisticsCompanyNo', index) ?? '').trim();
	const freightBill = String(this.getNodeParameter('freightBill', index) ?? '').trim();
	if (carrier === '' || freightBill === '') {
		throw new NodeOperationError(
			this.getNode(),
			"Give the return parcel's carrier and tracking number",
			{
				itemIndex: index,
			},
		);
	}
	const options = this.getNodeParameter('options', index, {}) as IDataObject;
	const note = String(options.description ?? '').trim();
	if (note !== '' && (note.length < DESCRIPTION_LENGTH[0] || note.length > DESCRIPTION_LENGTH[1])) {
		throw new NodeOperationError(
			this.getNode(),
			`The description must have ${DESCRIPTION_LENGTH[0]} to ${DESCRIPTION_LENGTH[1]} characters; it has ${note.length}`,
			{ itemIndex: index },
		);
	}
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.refund.returnGoods',
		params: {
			refundId,
			logisticsCompanyNo: carrier,
			freightBill,
			description: note || undefined,
			vouchers: readVouchers.call(this, index, options.vouchers, MAX_VOUCHERS),
		},
		retry: 'never',
	});
	return [
		{
			json: {
				...(objectAt(body.result) ?? {}),
				refundId,
				logisticsCompanyNo: carrier,
				freightBill,
			},
			pairedItem: { item: index },
		},
	];
}
