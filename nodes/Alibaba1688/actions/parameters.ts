// How 1688 operations read and check their id and order parameters. Expressions can give
// anything, so each value is checked here and a wrong one names the parameter and the fix.
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readDateFilter } from '../../shared/actions/date-filter';
import { unknownStatusError } from '../../shared/actions/status-filter';
import { ORDER_DATE_FILTERS } from '../descriptions/order-filters';
import { ALL_ORDER_STATUS_OPTIONS, ORDER_STATUS_OPTIONS } from '../descriptions/order-statuses';
import { formatGatewayDate } from '../helpers/dates';
import {
	OFFER_URL_FORMS,
	parseBareOfferId,
	parseOfferId,
	parseOfferUrl,
} from '../helpers/offer-ids';
import { ORDER_URL_FORMS, parseOrderId, parseOrderUrl } from '../helpers/order-ids';
import { parseRefundId } from '../helpers/refund-ids';
import { locatorValue } from '../../shared/helpers/resource-locator';
import { shortTag, valueText } from '../../shared/helpers/text';

/**
 * An order's id: a text field (node versions 1 and 1.1) or a resource locator (1.2: From List and
 * By ID give the id, By URL the address of a 1688 order page).
 */
export function readOrderId(this: IExecuteFunctions, index: number, name = 'orderId'): string {
	const { mode, value: raw } = locatorValue(this.getNodeParameter(name, index));
	if (mode === 'url') {
		const id = parseOrderUrl(raw);
		if (id === undefined) {
			const offer = parseOfferUrl(raw) !== undefined;
			throw new NodeOperationError(
				this.getNode(),
				offer
					? `"${String(raw ?? '').trim()}" is the page of a product, not of an order`
					: `"${String(raw ?? '').trim()}" is not the address of a 1688 order page`,
				{
					itemIndex: index,
					description: `Paste the address of the order's page, ${ORDER_URL_FORMS}, or choose By ID and give the order ID.`,
				},
			);
		}
		return id;
	}
	const id = parseOrderId(raw);
	if (id === undefined) {
		throw new NodeOperationError(this.getNode(), `"${String(raw)}" is not a 1688 order ID`, {
			itemIndex: index,
			description:
				mode === undefined
					? 'An order ID is a number of up to 19 digits, e.g. the orderId of a Get Many result.'
					: 'An order ID is a number of up to 19 digits, e.g. the orderId of a Get Many result. For the address of an order page, choose By URL.',
		});
	}
	if (typeof raw === 'number' && !Number.isSafeInteger(raw)) {
		throw new NodeOperationError(
			this.getNode(),
			`The order ID ${raw} lost digits on its way here`,
			{
				itemIndex: index,
				description:
					"Pass 19-digit order IDs as text, e.g. {{ $json.orderId }} from this node's Get Many, or the raw idOfStr field.",
			},
		);
	}
	return id;
}

/** A list of order IDs from text ("1, 2 3") or an array, each exact. */
export function readOrderIdList(this: IExecuteFunctions, index: number, name: string): string[] {
	const raw = this.getNodeParameter(name, index) as unknown;
	const parts = Array.isArray(raw)
		? raw
		: String(raw ?? '')
				.split(/[\s,;]+/)
				.filter(Boolean);
	const ids = parts.map(parseOrderId);
	// a number beyond 2^53 has already lost digits: sending it would name another order
	const bad = parts.find(
		(part, i) => ids[i] === undefined || (typeof part === 'number' && !Number.isSafeInteger(part)),
	);
	if (bad !== undefined || ids.length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			`"${String(bad ?? raw)}" is not a list of 1688 order IDs`,
			{
				itemIndex: index,
				description:
					'Give one or more order IDs separated by commas, e.g. 3298765432109876543, 3298765432109876544.',
			},
		);
	}
	return ids as string[];
}

/**
 * Product ids are Longs; kept as digit text so none is rounded. The text field (node versions 1 and
 * 1.1) takes the id or the offer's address; the resource locator (1.2) takes each in its own mode.
 */
export function readProductId(this: IExecuteFunctions, index: number, name = 'productId'): string {
	const { mode, value: raw } = locatorValue(this.getNodeParameter(name, index));
	const text = String(raw ?? '').trim();
	if (mode === 'url') {
		const id = parseOfferUrl(raw);
		if (id === undefined) {
			throw new NodeOperationError(
				this.getNode(),
				parseOrderUrl(raw) !== undefined
					? `"${text}" is the page of an order, not of a product`
					: `"${text}" is not the address of a 1688 offer page`,
				{
					itemIndex: index,
					description: `Paste the address of the product's page, ${OFFER_URL_FORMS}, or choose By ID and give the product ID.`,
				},
			);
		}
		return id;
	}
	const id = mode === undefined ? parseOfferId(raw) : parseBareOfferId(raw);
	if (id === undefined) {
		throw new NodeOperationError(this.getNode(), `"${text}" is not a 1688 product ID`, {
			itemIndex: index,
			description:
				mode === undefined
					? 'Give the number in detail.1688.com/offer/{ID}.html, or that address itself.'
					: 'A product ID is the number in detail.1688.com/offer/{ID}.html. For the address itself, choose By URL.',
		});
	}
	return id;
}

/**
 * The `addressParam`, `cargoParamList`, `flow`, `invoiceParam` and `outOrderId` parameters, the
 * way 1688 expects them.
 */
export function readOrderInput(this: IExecuteFunctions, index: number): IDataObject {
	const address = Object.fromEntries(
		Object.entries(this.getNodeParameter('address', index, {}) as IDataObject).filter(
			([, v]) => v !== '',
		),
	);
	const cargo = ((this.getNodeParameter('cargo', index, {}) as IDataObject).items ??
		[]) as IDataObject[];
	if (Object.keys(address).length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'Add a delivery address: an address ID, or the receiver and a full address',
			{ itemIndex: index },
		);
	}
	if (cargo.length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'Add at least one product (offer ID and quantity)',
			{ itemIndex: index },
		);
	}
	// offerId is a Long on 1688's side: sent as a bare number with its exact digits.
	const cargoJson = `[${cargo
		.map((item) => {
			const offerId = parseOfferId(item.offerId);
			if (offerId === undefined) {
				throw new NodeOperationError(
					this.getNode(),
					`"${String(item.offerId ?? '').trim()}" is not a 1688 offer ID`,
					{
						itemIndex: index,
						description:
							'Give the number in detail.1688.com/offer/{ID}.html, or that address itself.',
					},
				);
			}
			const spec = item.specId ? `,"specId":${JSON.stringify(String(item.specId).trim())}` : '';
			// an expression can give anything, and NaN would make the JSON 1688 receives invalid
			const quantity = Number(item.quantity ?? 1);
			if (!Number.isSafeInteger(quantity) || quantity < 1) {
				throw new NodeOperationError(
					this.getNode(),
					`The quantity of offer ${offerId} must be a whole number of 1 or more, not ${String(item.quantity)}`,
					{ itemIndex: index },
				);
			}
			return `{"offerId":${offerId}${spec},"quantity":${quantity}}`;
		})
		.join(',')}]`;
	// an empty flow (Preview's "Best") is not sent: 1688 then compares the flows
	const flow = String(this.getNodeParameter('flow', index, 'general') ?? '').trim();
	return {
		addressParam: JSON.stringify(address),
		cargoParamList: cargoJson,
		flow: flow || undefined,
		invoiceParam: readInvoiceParam.call(this, index),
		outOrderId: readOutOrderId.call(this, index),
	};
}

/**
 * The outOrderId the order carries: the user's, or one made of the workflow, the execution, the
 * node, its run and the item, so a repeat of this item by this node in this run (n8n's Retry On
 * Fail included) names the same order, and nothing else does: another Create node, or the next
 * batch of a loop, gets its own.
 */
export function readOutOrderId(this: IExecuteFunctions, index: number): string {
	const own = String(this.getNodeParameter('outOrderId', index, '') ?? '').trim();
	if (own !== '') return own;
	// an execution id is always there when n8n runs a node; without one nothing may share the key
	const execution = this.getExecutionId() || `t${Date.now().toString(36)}`;
	const run = this.getWorkflowDataProxy(index).$thisRunIndex ?? 0;
	const node = shortTag(this.getNode().id ?? this.getNode().name);
	return `n8n-${this.getWorkflow().id ?? 'workflow'}-${execution}-${node}-${run}-${index}`;
}

/** The Invoice fields as 1688's invoiceParam JSON, or undefined when none is filled in. */
export function readInvoiceParam(this: IExecuteFunctions, index: number): string | undefined {
	const fields = Object.entries(this.getNodeParameter('invoice', index, {}) as IDataObject).filter(
		([, value]) => value !== '' && value !== undefined && value !== null,
	);
	if (!fields.some(([name]) => name !== 'invoiceType')) return undefined;
	return JSON.stringify(Object.fromEntries(fields));
}

/** A refund id ("TQ…"); the prefix is added to a bare number. */
export function readRefundId(this: IExecuteFunctions, index: number): string {
	const raw = this.getNodeParameter('refundId', index) as unknown;
	const id = parseRefundId(raw);
	if (id === undefined) {
		throw new NodeOperationError(
			this.getNode(),
			`"${String(raw ?? '').trim()}" is not a 1688 refund ID`,
			{
				itemIndex: index,
				description:
					'A refund ID is TQ followed by digits, e.g. the refundId Refund → Create returned.',
			},
		);
	}
	return id;
}

/** An amount in yuan as 1688's refund APIs take it: whole fen. */
export function readYuanAsFen(this: IExecuteFunctions, index: number, name: string): number {
	const raw = this.getNodeParameter(name, index, 0) as unknown;
	const yuan = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	if (typeof yuan !== 'number' || !Number.isFinite(yuan) || yuan < 0) {
		throw new NodeOperationError(this.getNode(), `"${String(raw)}" is not an amount in yuan`, {
			itemIndex: index,
			description: 'Give the amount in yuan (元), e.g. 12.5; 1688 receives it in fen (分).',
		});
	}
	return Math.round(yuan * 100);
}

/** Comma-separated voucher addresses, at most `max`. */
export function readVouchers(
	this: IExecuteFunctions,
	index: number,
	raw: unknown,
	max: number,
): string[] | undefined {
	const vouchers = (Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(','))
		.map((url) => url.trim())
		.filter(Boolean);
	if (vouchers.length > max) {
		throw new NodeOperationError(
			this.getNode(),
			`1688 takes at most ${max} vouchers here; got ${vouchers.length}`,
			{ itemIndex: index },
		);
	}
	return vouchers.length > 0 ? vouchers : undefined;
}

/**
 * A Get Many's Filters as the list API's parameters: empty ones left out, dates in 1688's format
 * (read in the workflow's time zone), and each filter in `convert` turned into what its API takes
 * (undefined leaves it out).
 */
export function readListFilters(
	this: IExecuteFunctions,
	index: number,
	dateFilters: readonly string[],
	convert: Record<string, (value: unknown) => unknown> = {},
): IDataObject {
	const filters = this.getNodeParameter('filters', index, {}) as IDataObject;
	const params: IDataObject = {};
	for (const [key, value] of Object.entries(filters)) {
		if (value === '' || value === undefined || value === null) continue;
		const sent = dateFilters.includes(key)
			? formatGatewayDate(readDateFilter.call(this, key, value, index))
			: Object.prototype.hasOwnProperty.call(convert, key)
				? convert[key](value)
				: value;
		if (sent !== undefined) params[key] = sent as IDataObject[string];
	}
	return params;
}

/**
 * An order status code for the order lists' filter, in 1688's lower case. An expression or an AI
 * agent can give anything, and 1688 answers an unknown status with no orders at all, which reads
 * as "there are none": so an unknown one is refused with the codes to use. The codes the trigger
 * knows (logistics states included) pass, since 1688 may know them too.
 */
export function readOrderStatusFilter(
	this: IExecuteFunctions,
	index: number,
	value: unknown,
): string {
	const code = (typeof value === 'string' ? value : valueText(value)).trim().toLowerCase();
	if (ALL_ORDER_STATUS_OPTIONS.some((option) => option.value === code)) return code;
	throw unknownStatusError.call(this, index, valueText(value), '1688', ORDER_STATUS_OPTIONS);
}

/**
 * An order list's Filters as getBuyerOrderList / getSellerOrderList take them: bizTypes is a
 * String[] on 1688's side, so the comma-separated codes go as a JSON array.
 */
export function readOrderListFilters(this: IExecuteFunctions, index: number): IDataObject {
	const text = (value: unknown) => String(value).trim() || undefined;
	return readListFilters.call(this, index, ORDER_DATE_FILTERS, {
		orderStatus: (value) => readOrderStatusFilter.call(this, index, value),
		outOrderId: text,
		buyerMemberId: text,
		buyerLoginId: text,
		bizTypes: (value) =>
			JSON.stringify(
				String(value)
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean),
			),
	});
}
