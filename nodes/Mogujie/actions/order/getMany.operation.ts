import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import {
	maxConcurrentRequestsField,
	optionsCollection,
	returnAllOrLimit,
} from '../../../shared/descriptions/operation-fields';
import { readLimit } from '../../../shared/actions/limit';
import type { PagedList } from '../../../shared/transport/paginate';
import { fetchAllPages, fetchAllPagesOfEach } from '../../../shared/transport/paginate';
import { concurrencyOption } from '../../../shared/helpers/concurrency';
import { createRequestLimiter } from '../../../shared/transport/request-limiter';
import { readDateFilter } from '../../../shared/actions/date-filter';
import { dateDescription } from '../../../shared/descriptions/formats';
import { yuanField } from '../../descriptions/common';
import { ORDER_STATUS_OPTIONS } from '../../descriptions/order-statuses';
import { isRefundState, refundStateOf } from '../../helpers/order-status';
import { orderWithYuan } from '../../helpers/amounts';
import { formatMogujieDate } from '../../helpers/dates';
import type { TimeWindow } from '../../helpers/windows';
import { MAX_WINDOWS, splitIntoWindows, WINDOW_MS } from '../../helpers/windows';
import type { MogujieCall } from '../../transport';
import { mogujiePageSender } from '../../transport';
import { soldOrdersList } from '../../transport/sold-orders';
import { valueText } from '../../../shared/helpers/text';
import { readOrderStatusFilter } from '../parameters';

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
				displayName: 'Created After (创建时间起)',
				name: 'startCreated',
				type: 'dateTime',
				default: '',
				description: dateDescription(
					'Only orders created at or after this time, up to Created Before or now; a range spans at most 1,000 days',
				),
			},
			{
				displayName: 'Created Before (创建时间止)',
				name: 'endCreated',
				type: 'dateTime',
				default: '',
				description: dateDescription('Only orders created before this time (default: now)'),
			},
			{
				displayName: 'Order Status (订单状态)',
				name: 'orderStatus',
				type: 'options',
				options: ORDER_STATUS_OPTIONS,
				default: 'ORDER_PAID',
				description:
					"Only orders in this status: ORDER_CREATED (unpaid), ORDER_PAID (to ship), ORDER_SHIPPED, ORDER_RECEIVED, ORDER_COMPLETED, ORDER_CLOSED, ORDER_CANCELLED, or a refund state: REFUND_REQUESTED, REFUND_OR_RETURN_DEAL_AGREED, REFUND_COMPLETED. Refund states are read from the orders' items (Mogujie has no such order status), so the orders of the date range are read, 12 hours at a time, until enough are found.",
			},
			{
				displayName: 'Updated After (更新时间起)',
				name: 'startUpdated',
				type: 'dateTime',
				default: '',
				description: dateDescription(
					'Only orders changed at or after this time: use it to sync changes since the last run',
				),
			},
			{
				displayName: 'Updated Before (更新时间止)',
				name: 'endUpdated',
				type: 'dateTime',
				default: '',
				description: dateDescription('Only orders changed before this time (default: now)'),
			},
		],
	},
	yuanField,
	optionsCollection([maxConcurrentRequestsField('Mogujie')]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['getMany'] } },
	properties,
);

const DAY_MS = 86_400_000;

interface Range {
	field: 'Created' | 'Updated';
	start: number;
	end: number;
}

/** The time range to ask, from the updated filters if set, else the created ones. */
function readRange(
	this: IExecuteFunctions,
	index: number,
	filters: IDataObject,
): Range | undefined {
	const field =
		filters.startUpdated || filters.endUpdated
			? 'Updated'
			: filters.startCreated || filters.endCreated
				? 'Created'
				: undefined;
	if (!field) return undefined;
	const read = (name: string, fallback?: number) => {
		const value = filters[name];
		if (value === undefined || value === '') return fallback;
		return readDateFilter.call(this, name, value, index);
	};
	const start = read(`start${field}`);
	const end = read(`end${field}`, Date.now()) as number;
	if (start === undefined) {
		throw new NodeOperationError(
			this.getNode(),
			`Set "${field} After" too: Mogujie needs both ends of a time range`,
			{ itemIndex: index },
		);
	}
	if (start >= end) {
		throw new NodeOperationError(
			this.getNode(),
			`"${field} After" must be earlier than "${field} Before"`,
			{ itemIndex: index },
		);
	}
	if (end - start > MAX_WINDOWS * WINDOW_MS) {
		throw new NodeOperationError(
			this.getNode(),
			`The time range spans ${Math.ceil((end - start) / DAY_MS)} days: Mogujie is asked 12 hours at a time, so one run covers at most ${(MAX_WINDOWS * WINDOW_MS) / DAY_MS} days`,
			{ itemIndex: index, description: `Check the year of "${field} After", or split the range.` },
		);
	}
	return { field, start, end };
}

function orderList(
	status: unknown,
	range: Range | undefined,
	window: TimeWindow | undefined,
): PagedList<MogujieCall> {
	const query: IDataObject = { orderBy: 'DESC' };
	if (range && window) {
		query[`start${range.field}`] = formatMogujieDate(window.start);
		query[`end${range.field}`] = formatMogujieDate(window.end);
	}
	// a refund state is read from the item orders, not asked of Mogujie
	if (status && !isRefundState(status)) query.orderStatus = status;
	return soldOrdersList(query);
}

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', index, {}) as IDataObject;
	const limit = readLimit.call(this, index);
	const status = readOrderStatusFilter.call(this, index, filters.orderStatus);
	const refundState = isRefundState(status) ? status : undefined;
	const addYuan = this.getNodeParameter('addYuan', index, true) as boolean;
	const options = this.getNodeParameter('options', index, {}) as IDataObject;
	const range = readRange.call(this, index, filters);
	const windows: Array<TimeWindow | undefined> = range
		? splitIntoWindows(range.start, range.end)
		: [undefined];
	const lists = windows.map((window) => orderList(status, range, window));
	const send = mogujiePageSender(this);
	const limiter = createRequestLimiter(concurrencyOption(options.maxConcurrentRequests));

	const seen = new Set<string>();
	const orders: IDataObject[] = [];
	// Windows share their edges, so an order changed exactly on one is listed twice.
	const add = (page: IDataObject[]) => {
		for (const order of page) {
			const id = valueText(order.shopOrderId);
			if (seen.has(id)) continue;
			seen.add(id);
			orders.push(order);
		}
	};
	if (refundState) {
		// Orders in a refund state are picked out of all orders of a window, so each window is read
		// whole, newest first, until enough are found.
		for (const list of lists) {
			const windowOrders = await fetchAllPages(send, list, { limiter });
			add(windowOrders.filter((order) => refundStateOf(order) === refundState));
			if (limit !== undefined && orders.length >= limit) break;
		}
	} else if (limit === undefined) {
		// every window is needed: their pages share the limiter, and come back in window order
		for (const windowOrders of await fetchAllPagesOfEach(send, lists, limiter)) add(windowOrders);
	} else {
		// how many windows are needed shows only as they are read
		for (const list of lists) {
			let ask = limit - orders.length;
			for (;;) {
				const windowOrders = await fetchAllPages(send, list, { limit: ask, limiter });
				add(windowOrders);
				const stillWanted = limit - orders.length;
				// Orders on the edge this window shares with the newer one were listed already and
				// used up part of `ask`: if the window has more, read it further.
				if (stillWanted <= 0 || windowOrders.length < ask) break;
				ask += stillWanted;
			}
			if (orders.length >= limit) break;
		}
	}
	return orders.slice(0, limit).map((order) => ({
		json: addYuan ? orderWithYuan(order) : order,
		pairedItem: { item: index },
	}));
}
