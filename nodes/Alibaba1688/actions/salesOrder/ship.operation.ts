// alibaba.logistics.OpDeliverySendOrder.offline-1 (com.alibaba.logistics): 物流发货-自己联系物流发货.
// Source: its API page (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/
// com.alibaba.logistics.alibaba.logistics.OpDeliverySendOrder.offline-1.md) and the PHP and Python
// SDKs; research15/seller-orders.md §3. It ships whole order lines (子订单), never part of a line's
// quantity: sendGoods=[{sourceId, sendGoodEntries:[{sourceEntryId, amount, weight}]}] and one parcel
// in extBody {cpCode (the carrier's companyNo), logisticsCpName, mailNo}. Its page names no error
// for an unpaid or shipped order, so the order is read first (sellerView with CanSendCheck) and a
// line that cannot ship is refused here, with the reason.
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { orderEntryIdsField, orderIdFields } from '../../descriptions/common';
import { optionsCollection } from '../../../shared/descriptions/operation-fields';
import { objectAt, objectsAt } from '../../../shared/helpers/reply-objects';
import { valueText } from '../../../shared/helpers/text';
import { readOrderId, readOrderIdList } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';
import { fetchCarriers } from '../../transport/carriers';
import { fetchSellerOrder } from '../../transport/seller-orders';

const properties: INodeProperties[] = [
	...orderIdFields(
		'seller',
		'The sales order to ship, paid and waiting for shipment (waitsellersend), e.g. the orderId of Sales Order → Get Many',
	),
	{
		displayName: 'Lines to Ship (发货子订单)',
		name: 'lines',
		type: 'options',
		options: [
			{
				name: 'Every Line Waiting for Shipment',
				value: 'all',
				description: 'The whole order, or what is left of it after a partial shipment',
			},
			{
				name: 'Chosen Lines',
				value: 'chosen',
				description: 'Only the order lines given by their IDs: a partial shipment',
			},
		],
		default: 'all',
		description:
			'Which lines go in this parcel: all (every line waiting for shipment) or chosen (the Order Line IDs below)',
	},
	{
		...orderEntryIdsField,
		required: true,
		displayOptions: { show: { lines: ['chosen'] } },
		description:
			"The order lines in this parcel, by their IDs (digits; subItemId in Sales Order → Get's items), separated by commas. 1688 ships whole lines, never part of a line's quantity.",
	},
	{
		displayName: '物流公司 (Carrier) Name or ID',
		name: 'carrierCode',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCarriers' },
		default: '',
		required: true,
		description:
			'The carrier, by 1688\'s code (companyNo, e.g. SF or ZTO; not its numeric ID). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Tracking Number (运单号)',
		name: 'trackingNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: '75312345678901',
		description: "The parcel's waybill number from the carrier (mailNo), letters and digits",
	},
	optionsCollection([
		{
			displayName: 'Remarks (备注)',
			name: 'remarks',
			type: 'string',
			default: '',
			description: 'A note on the shipment, kept by 1688 with it',
		},
		{
			displayName: 'Weight per Line (实发重量, Kg)',
			name: 'weightKg',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 3 },
			default: 0,
			description:
				'The weight 1688 records for each shipped line, in kilograms; its page lists the field as required, so 0 is sent when it is not given',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['salesOrder'], operation: ['ship'] } },
	properties,
);

/** The order statuses 1688's list documents before shipping and after it. */
const UNPAID = new Set(['waitbuyerpay']);
const AWAITING_SHIPMENT = 'waitsellersend';

const lineId = (line: IDataObject) => valueText(line.subItemIDString ?? line.subItemID);
const isFalse = (value: unknown) => value === false || value === 'false';

/** The lines to send, each checked against the order as 1688 prints it now. */
function chooseLines(
	context: IExecuteFunctions,
	index: number,
	orderId: string,
	order: IDataObject,
): IDataObject[] {
	const fail = (message: string, description: string) =>
		new NodeOperationError(context.getNode(), message, { itemIndex: index, description });
	const status = valueText(objectAt(order.baseInfo)?.status);
	if (UNPAID.has(status)) {
		throw fail(
			`Order ${orderId} is not paid yet (${status})`,
			'1688 ships only paid orders: wait for the payment (the 1688 Message Trigger\'s "Sales Order: Paid" topic, or Sales Order → Get Many with the status Waiting for Shipment).',
		);
	}
	const lines = objectsAt(order.productItems);
	const mode = context.getNodeParameter('lines', index, 'all') as string;
	let chosen: IDataObject[];
	if (mode === 'chosen') {
		const ids = readOrderIdList.call(context, index, 'orderEntryIds');
		const unknown = ids.filter((id) => !lines.some((line) => lineId(line) === id));
		if (unknown.length > 0) {
			throw fail(
				`Order ${orderId} has no line ${unknown.join(', ')}`,
				`Its lines are ${lines.map(lineId).join(', ') || 'not listed'} (subItemId in Sales Order → Get).`,
			);
		}
		chosen = lines.filter((line) => ids.includes(lineId(line)));
	} else {
		chosen = lines.filter((line) => valueText(line.status) === AWAITING_SHIPMENT);
	}
	const shipped = chosen.filter((line) => valueText(line.status) !== AWAITING_SHIPMENT);
	if (chosen.length === 0 || shipped.length > 0) {
		throw fail(
			shipped.length > 0
				? `Line ${shipped.map(lineId).join(', ')} of order ${orderId} is not waiting for shipment (${shipped.map((line) => valueText(line.status)).join(', ')})`
				: `Order ${orderId} has nothing waiting for shipment (${status || 'no status'})`,
			'Only the paid, unshipped lines of an order waiting for shipment (waitsellersend) can be shipped. A line already shipped keeps its first tracking number; to change it, use the 1688 workbench.',
		);
	}
	const blocked = chosen.filter((line) => isFalse(line.canSendGoods));
	if (blocked.length > 0) {
		throw fail(
			`1688 does not let line ${blocked.map(lineId).join(', ')} of order ${orderId} ship now`,
			blocked
				.map((line) => valueText(line.cantSendReason))
				.filter(Boolean)
				.join('; ') ||
				'Its shipping check (canSendGoods) is false: a group buy (拼团) not yet formed, or a line 1688 ships from its own warehouse.',
		);
	}
	return chosen;
}

/** The carrier's code and name: the list gives the name 1688 wants beside the code. */
async function findCarrier(
	context: IExecuteFunctions,
	index: number,
	given: string,
): Promise<{ code: string; name: string }> {
	const carriers = await fetchCarriers.call(context, 'offline');
	// the page warns that cpCode is companyNo, not the numeric id (SF, not 106422): both are accepted
	const carrier =
		carriers.find((c) => valueText(c.companyNo).toUpperCase() === given.toUpperCase()) ??
		carriers.find((c) => valueText(c.id) === given);
	if (!carrier) {
		throw new NodeOperationError(
			context.getNode(),
			`"${given}" is not one of 1688's carriers for self-arranged shipping`,
			{
				itemIndex: index,
				description:
					'Choose the carrier from the list, or give its code (companyNo, e.g. SF or ZTO) as Logistics → Get Carriers (Self-Arranged Shipping) lists it.',
			},
		);
	}
	return { code: valueText(carrier.companyNo), name: valueText(carrier.companyName) };
}

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const orderId = readOrderId.call(this, index);
	const givenCarrier = valueText(this.getNodeParameter('carrierCode', index, '')).trim();
	const trackingNumber = valueText(this.getNodeParameter('trackingNumber', index, '')).trim();
	if (givenCarrier === '' || trackingNumber === '') {
		throw new NodeOperationError(this.getNode(), "Give the parcel's carrier and tracking number", {
			itemIndex: index,
		});
	}
	const options = this.getNodeParameter('options', index, {}) as IDataObject;
	const order = await fetchSellerOrder.call(this, orderId, ['NativeLogistics', 'CanSendCheck']);
	const lines = chooseLines(this, index, orderId, order);
	const carrier = await findCarrier(this, index, givenCarrier);
	const weight = Number(options.weightKg ?? 0) || 0;
	const sendGoods = [
		{
			sourceId: orderId,
			sendGoodEntries: lines.map((line) => ({
				sourceEntryId: lineId(line),
				amount: Number(line.quantity ?? 0),
				weight,
			})),
		},
	];
	const subItemIds = lines.map(lineId);
	// a lost reply: the order tells whether these lines left under this tracking number; only
	// lines still waiting are sent again (1688 refuses to ship a line twice)
	const shippedNow = async (): Promise<IDataObject | undefined> => {
		const now = await fetchSellerOrder.call(this, orderId, ['NativeLogistics']);
		const parcel = objectsAt(objectAt(now.nativeLogistics)?.logisticsItems).find(
			(item) => valueText(item.logisticsBillNo) === trackingNumber,
		);
		const waiting = objectsAt(now.productItems).some(
			(line) => subItemIds.includes(lineId(line)) && valueText(line.status) === AWAITING_SHIPMENT,
		);
		return parcel && !waiting
			? { result: { logisticsId: parcel.logisticsId ?? parcel.id ?? null }, confirmedByOrder: true }
			: undefined;
	};
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.logistics',
		apiName: 'alibaba.logistics.OpDeliverySendOrder.offline',
		params: {
			sendGoods: JSON.stringify(sendGoods),
			extBody: JSON.stringify({
				cpCode: carrier.code,
				logisticsCpName: carrier.name,
				mailNo: trackingNumber,
			}),
			remarks: valueText(options.remarks).trim() || undefined,
		},
		retry: 'never',
		verifyWrite: shippedNow,
	});
	const result = objectAt(body.result) ?? {};
	return [
		{
			json: {
				orderId,
				shipped: true,
				subItemIds,
				carrierCode: carrier.code,
				carrierName: carrier.name,
				trackingNumber,
				logisticsId: result.logisticsId === undefined ? null : valueText(result.logisticsId),
				...(body.confirmedByOrder ? { confirmedByOrderStatus: true } : {}),
			},
			pairedItem: { item: index },
		},
	];
}
