// @ts-check
'use strict';

// What the buyer's and the seller's order lists (getBuyerOrderList, getSellerOrderList) do
// alike: page and pageSize, the time windows, the refund status, the fixed business and trade type
// of every sandbox order, and the newest-first table read a page at a time (listOrders).
const { parse1688 } = require('../dates');
const { BUSINESS_ERRORS, businessError } = require('./business-errors');
const { positiveInt, parseStringList, parseBoolean } = require('./params');
const { toTradeInfo } = require('./trade-info');

const DEFAULT_PAGE_SIZE = 20;

/** What every sandbox order is: a domestic (cn) order of trade type 50060 (see trade-info). */
const BUSINESS_TYPE = 'cn';
const TRADE_TYPE = '50060';

/** @param {import('../data').Order} order */
const refundStatusOf = (order) =>
	order.refundStatus ?? (order.status === 'terminated' ? 'refundsuccess' : undefined);

/** [parameter, order field, which edge of the window] */
const TIME_FILTERS = /** @type {const} */ ([
	['createStartTime', 'createTime', 'start'],
	['createEndTime', 'createTime', 'end'],
	['modifyStartTime', 'modifyTime', 'start'],
	['modifyEndTime', 'modifyTime', 'end'],
]);

/**
 * @typedef {(o: import('../data').Order) => boolean} OrderFilter
 * @typedef {ReturnType<typeof businessError>} ListError
 */

/**
 * One order list (getBuyerOrderList, getSellerOrderList): validates page and pageSize (default
 * 20, at most `maxPageSize`: PAGE_SIZE_TOO_LARGE above it) and the time windows (DATE_FORMAT_ERROR,
 * its text ending in `dateExample`), keeps the orders whose `party` is the caller and that pass the
 * shared filters and `moreFilters` (which may refuse the call with an error reply instead), reads
 * the history table when isHis=true, and replies {result, totalRecord}: no `success` on success.
 * @param {import('./index').ApiContext} ctx
 * @param {{ party: 'buyer' | 'seller', maxPageSize: number, dateExample: string,
 *   moreFilters: (params: Record<string, string>) => OrderFilter[] | ListError,
 *   view: import('./trade-info').TradeView }} list
 */
function listOrders(
	{ params, user, data },
	{ party, maxPageSize, dateExample, moreFilters, view },
) {
	const caller = /** @type {import('../data').Buyer} */ (user);
	const page =
		positiveInt(params.page) ?? (params.page === undefined || params.page === '' ? 1 : null);
	const pageSize = positiveInt(params.pageSize);
	if (page === null)
		return businessError(BUSINESS_ERRORS.PARAM_ERROR, 'page must be an integer >= 1');
	if (pageSize === null)
		return businessError(BUSINESS_ERRORS.PARAM_ERROR, 'pageSize must be an integer >= 1');
	if (pageSize !== undefined && pageSize > maxPageSize)
		return businessError(
			BUSINESS_ERRORS.PAGE_SIZE_TOO_LARGE,
			`pageSize must not be greater than ${maxPageSize}`,
		);
	const size = pageSize ?? DEFAULT_PAGE_SIZE;

	/** @type {OrderFilter[]} */
	const filters = [(o) => o[party].memberId === caller.memberId];
	for (const [param, field, edge] of TIME_FILTERS) {
		const text = params[param];
		if (text === undefined || text === '') continue;
		const ms = parse1688(text);
		if (ms === null)
			return businessError(
				BUSINESS_ERRORS.DATE_FORMAT_ERROR,
				`${param} must be in the format yyyyMMddHHmmssSSSZ, e.g. ${dateExample}`,
			);
		filters.push(edge === 'start' ? (o) => o[field] >= ms : (o) => o[field] <= ms);
	}
	const more = moreFilters(params);
	if (!Array.isArray(more)) return more;
	filters.push(...more);
	// the other documented filters are accepted; they filter where the sandbox has the data and
	// are ignored when they cannot be read (never an error)
	if (params.bizTypes) {
		const bizTypes = parseStringList(params.bizTypes);
		if (bizTypes && bizTypes.length > 0) filters.push(() => bizTypes.includes(BUSINESS_TYPE));
	}

	// isHis=true reads the history table (orders more than a year old); both are newest first
	const table = parseBoolean(params.isHis) ? data.historyOrders : data.orders;
	const matching = table.filter((o) => filters.every((f) => f(o)));
	return {
		result: matching.slice((page - 1) * size, page * size).map((o) => toTradeInfo(o, view)),
		totalRecord: matching.length,
	};
}

module.exports = { BUSINESS_TYPE, TRADE_TYPE, refundStatusOf, TIME_FILTERS, listOrders };
