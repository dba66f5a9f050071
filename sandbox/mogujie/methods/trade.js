// @ts-check
'use strict';

// xiaodian.trade.sold.get and xiaodian.trade.get (protocol §6.1).
const { parseDateTime } = require('../../common/beijing-time');
const { BUSINESS_CODES } = require('../codes');
const { ORDER_STATUSES } = require('../data/orders');
const {
	BusinessError,
	invalid,
	jsonParam,
	optionalText,
	requiredText,
	paging,
} = require('./params');
const { orderView } = require('./views');

const DEFAULT_PAGE_SIZE = 10;

const seconds = (/** @type {number} */ ms) => Math.floor(ms / 1000) * 1000;

/**
 * One of the two time ranges; both ends or neither. Both ends are inclusive (INFERRED), so a
 * client that splits a day into windows misses nothing at the seams.
 * @param {Record<string, unknown>} query @param {'Created' | 'Updated'} which @param {number} maxWindowHours
 * @returns {{ from: number, to: number } | undefined}
 */
function range(query, which, maxWindowHours) {
	const startName = `start${which}`;
	const endName = `end${which}`;
	const startText = optionalText(query[startName], startName);
	const endText = optionalText(query[endName], endName);
	if (startText === undefined && endText === undefined) return undefined;
	if (startText === undefined || endText === undefined)
		invalid(`参数错误：${startName} 和 ${endName} 必须同时传入`);
	const from = parseDateTime(startText);
	const to = parseDateTime(endText);
	if (from === null) invalid(`参数错误：${startName} 格式应为 yyyy-MM-dd HH:mm:ss`);
	if (to === null) invalid(`参数错误：${endName} 格式应为 yyyy-MM-dd HH:mm:ss`);
	if (to < from) invalid(`参数错误：${endName} 早于 ${startName}`);
	// INFERRED: the platform served long ranges badly and clients query in windows of at most a
	// day; the sandbox refuses longer ones so a client that does not split is caught
	if (to - from > maxWindowHours * 3600000) {
		throw new BusinessError(
			BUSINESS_CODES.TIME_RANGE_TOO_LONG,
			`查询时间跨度不能超过${maxWindowHours}小时`,
		);
	}
	return { from, to };
}

/** @param {import('./context').MethodContext} ctx */
function soldGet({ params, seller, data, settings }) {
	const query = jsonParam(params, 'Params');
	const created = range(query, 'Created', settings.maxWindowHours);
	const updated = range(query, 'Updated', settings.maxWindowHours);
	const status = optionalText(query.orderStatus, 'orderStatus');
	if (status !== undefined && !ORDER_STATUSES.includes(/** @type {any} */ (status))) {
		invalid(`参数错误：orderStatus 不支持 ${status}`);
	}
	const orderBy = (optionalText(query.orderBy, 'orderBy') ?? 'DESC').toUpperCase();
	if (orderBy !== 'ASC' && orderBy !== 'DESC') invalid('参数错误：orderBy 只能是 ASC 或 DESC');
	const { pageSize, offset } = paging(query.page, query.pageSize, settings, DEFAULT_PAGE_SIZE);

	// sorted by the time the query is about: the update time when that range is given
	/** @param {import('../data/orders').Order} o */
	const timeOf = (o) => (updated ? o.updated : o.created);
	const direction = orderBy === 'ASC' ? 1 : -1;
	// compared at the precision the times are printed (whole seconds), both ends inclusive
	/** @param {number} ms @param {{ from: number, to: number }} r */
	const within = (ms, r) => seconds(ms) >= r.from && seconds(ms) <= r.to;
	const matches = data.orders
		.filter((o) => o.sellerUserId === seller.userId)
		.filter((o) => !created || within(o.created, created))
		.filter((o) => !updated || within(o.updated, updated))
		.filter((o) => status === undefined || o.orderStatus === status)
		.sort(
			(a, b) => direction * (timeOf(a) - timeOf(b) || (a.shopOrderId < b.shopOrderId ? -1 : 1)),
		);
	const pageOrders = matches.slice(offset, offset + pageSize);
	return {
		totalNum: matches.length,
		hasNext: offset + pageOrders.length < matches.length,
		// left out when empty, as clients guard for (protocol §6.1)
		openApiOrderDetailResDtos: pageOrders.length > 0 ? pageOrders.map(orderView) : undefined,
	};
}

/**
 * The seller's order, or ORDER_NOT_FOUND (another seller's order is not found either).
 * @param {import('./context').MethodContext} ctx @param {string} shopOrderId
 */
function sellerOrder({ data, seller }, shopOrderId) {
	const order = data.ordersById.get(shopOrderId);
	if (!order || order.sellerUserId !== seller.userId) {
		throw new BusinessError(BUSINESS_CODES.ORDER_NOT_FOUND, `订单不存在：${shopOrderId}`);
	}
	return order;
}

/** @param {import('./context').MethodContext} ctx */
function tradeGet(ctx) {
	const query = jsonParam(ctx.params, 'openApiOrderDetailReqDto');
	return orderView(sellerOrder(ctx, requiredText(query.shopOrderId, 'shopOrderId')));
}

/** @type {Record<string, import('./context').MethodHandler>} */
const TRADE_METHODS = {
	'xiaodian.trade.sold.get': soldGet,
	'xiaodian.trade.get': tradeGet,
};

module.exports = { TRADE_METHODS, sellerOrder, DEFAULT_PAGE_SIZE };
