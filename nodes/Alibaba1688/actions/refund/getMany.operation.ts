// alibaba.trade.refund.buyer.queryOrderRefundList (com.alibaba.trade, version 1): 查询退款单列表
// (买家视角). Source: the API page (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/
// com.alibaba.trade.alibaba.trade.refund.buyer.queryOrderRefundList-1.md) and the Java SDK's
// param class. Every filter is optional; "dipsuteType" is spelt so on the page and in the SDK.
// Pages are numbered from 0 (the page's example and reply: currentPageNum 0); the reply is
// result{opOrderRefundModels[], totalCount, currentPageNum}. Main accounts only ("不支持子账号").
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit } from '../../../shared/actions/limit';
import {
	maxConcurrentRequestsField,
	optionsCollection,
	returnAllOrLimit,
} from '../../../shared/descriptions/operation-fields';
import { concurrencyOption } from '../../../shared/helpers/concurrency';
import { numberAt, objectAt, objectsAt } from '../../../shared/helpers/reply-objects';
import { valueText } from '../../../shared/helpers/text';
import { createRequestLimiter } from '../../../shared/transport/request-limiter';
import { dateDescription } from '../../../shared/descriptions/formats';
import { REFUND_STATUS_OPTIONS } from '../../descriptions/refund';
import { parseOrderId } from '../../helpers/order-ids';
import { withRefundYuan } from '../../helpers/refund-amounts';
import { alibaba1688ApiPages } from '../../transport';
import { readListFilters } from '../parameters';

/** The page documents no maximum; its example asks for 20. */
const REFUND_PAGE_SIZE = 20;
const DATE_FILTERS = ['applyStartTime', 'applyEndTime', 'modifyStartTime', 'modifyEndTime'];

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Applied After (申请时间起)',
				name: 'applyStartTime',
				type: 'dateTime',
				default: '',
				description: dateDescription(
					'Only refunds asked at or after this time (1688 keeps the last 730 days)',
				),
			},
			{
				displayName: 'Applied Before (申请时间止)',
				name: 'applyEndTime',
				type: 'dateTime',
				default: '',
				description: dateDescription('Only refunds asked before this time'),
			},
			{
				displayName: 'Modified After (修改时间起)',
				name: 'modifyStartTime',
				type: 'dateTime',
				default: '',
				description: dateDescription(
					'Only refunds changed at or after this time: use it to sync changes since the last run',
				),
			},
			{
				displayName: 'Modified Before (修改时间止)',
				name: 'modifyEndTime',
				type: 'dateTime',
				default: '',
				description: dateDescription('Only refunds changed before this time'),
			},
			{
				displayName: 'Order ID (订单号)',
				name: 'orderId',
				type: 'string',
				default: '',
				description: 'Only the refunds of this purchase order, by its ID (up to 19 digits)',
			},
			{
				displayName: 'Seller Member ID (卖家会员 ID)',
				name: 'sellerMemberId',
				type: 'string',
				default: '',
				placeholder: 'b2b-1623492085',
				description:
					"Only refunds of this seller's orders: the seller's member ID, letters and digits (sellerMemberId in Purchase Order → Get)",
			},
			{
				displayName: 'Stage (售中/售后)',
				name: 'dipsuteType',
				type: 'options',
				options: [
					{ name: 'All', value: 0 },
					{ name: 'Before Completion (售中)', value: 1 },
					{ name: 'After Completion (售后)', value: 2 },
				],
				default: 0,
				description:
					'0 for every refund, 1 for refunds before the trade completed (售中), 2 for after-sale refunds (售后)',
			},
			{
				displayName: 'Statuses (退款状态)',
				name: 'refundStatusSet',
				type: 'multiOptions',
				options: REFUND_STATUS_OPTIONS,
				default: [],
				description:
					'Only refunds in one of these statuses: waitselleragree (waiting for the seller), waitbuyermodify (the buyer must change it), waitbuyersend (waiting for the return), waitsellerreceive (return shipped), refundsuccess (refunded) or refundclose (closed)',
			},
		],
	},
	optionsCollection([maxConcurrentRequestsField('1688')]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['refund'], operation: ['getMany'] } },
	properties,
);

const listParameters = (context: IExecuteFunctions, index: number) =>
	readListFilters.call(context, index, DATE_FILTERS, {
		refundStatusSet: (value) => (Array.isArray(value) && value.length > 0 ? value : undefined),
		// a Long: sent as its exact digits
		orderId: (value) => parseOrderId(value) ?? String(value).trim(),
		dipsuteType: (value) => (Number(value) > 0 ? Number(value) : undefined),
		sellerMemberId: (value) => String(value).trim(),
	});

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, index);
	const filters = listParameters(this, index);
	const options = this.getNodeParameter('options', index, {}) as IDataObject;
	const pageOf = (body: IDataObject) => objectAt(body.result) ?? {};
	const refunds = await alibaba1688ApiPages.call(
		this,
		{
			request: (page, pageSize) => ({
				namespace: 'com.alibaba.trade',
				apiName: 'alibaba.trade.refund.buyer.queryOrderRefundList',
				params: { ...filters, currentPageNum: page - 1, pageSize },
				retry: 'safe',
			}),
			items: (body) => objectsAt(pageOf(body).opOrderRefundModels),
			total: (body) => numberAt(pageOf(body).totalCount),
			idOf: (refund) => valueText(refund.refundId) || undefined,
			maxPageSize: REFUND_PAGE_SIZE,
		},
		{ limit, limiter: createRequestLimiter(concurrencyOption(options.maxConcurrentRequests)) },
	);
	return refunds.map((refund) => ({ json: withRefundYuan(refund), pairedItem: { item: index } }));
}
