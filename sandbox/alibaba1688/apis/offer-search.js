// @ts-check
'use strict';

// What product.search.keywordQuery and product.search.imageQuery share: the nested ResultModel
// reply, reading the JSON-object parameter, the filters (priceStart/priceEnd in yuan,
// categoryId, keyword "在结果中搜索"), the sort and the paging of offerQueryParam.
// Sources: the API pages com.alibaba.fenxiao.crossborder:product.search.keywordQuery-1 and
// product.search.imageQuery-1 (OfferQueryParam: beginPage, pageSize "最大不超过50，建议20效果最佳",
// priceStart/priceEnd "批发价开始/结束", categoryId, sort e.g. {"price":"asc"}, keyword).
const { CROSSBORDER_CODES } = require('./business-errors');
const { toSearchOffer, priceSpan } = require('./product-info');
const { parseJson } = require('../orders');
const { SEARCH_DEFAULT_PAGE_SIZE, SEARCH_MAX_PAGE_SIZE } = require('../limits');

/** @param {unknown} result */
const ok = (result) => ({
	result: { success: true, code: CROSSBORDER_CODES.OK, message: null, result },
});

/** @param {string} code @param {string} message */
const failed = (code, message) => ({ result: { success: false, code, message, result: null } });

/** @typedef {ReturnType<typeof failed>} Failure */

/**
 * Reads a JSON-object parameter.
 * @param {string} raw
 * @param {string} name
 * @returns {{ value: Record<string, unknown> } | { failure: Failure }}
 */
function objectParam(raw, name) {
	const value = parseJson(raw);
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		return { failure: failed(CROSSBORDER_CODES.BAD_REQUEST, `${name} must be a JSON object`) };
	}
	return { value: /** @type {Record<string, unknown>} */ (value) };
}

/**
 * An optional whole number ≥ 1 (a JSON number or a digit string): its value, undefined when
 * absent, null when unreadable.
 * @param {unknown} v
 */
function wholeNumber(v) {
	if (v === undefined || v === null || v === '') return undefined;
	const n =
		typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
	return Number.isInteger(n) && n >= 1 ? n : null;
}

/** An optional price in yuan: its value in fen, undefined when absent, null when unreadable. @param {unknown} v */
function priceFen(v) {
	if (v === undefined || v === null || v === '') return undefined;
	const n = Number(v);
	return Number.isFinite(n) && n >= 0 ? Math.round(n * 100) : null;
}

/**
 * `sort` as a JSON string or object: `{"price":"asc"}`, `{"monthSold":"desc"}`, `{"rePurchaseRate":"desc"}`.
 * Anything else keeps the relevance order (the order given).
 * @param {unknown} v
 * @returns {((a: import('../data').Product, b: import('../data').Product) => number) | undefined}
 */
function sorter(v) {
	const spec = typeof v === 'string' ? parseJson(v) : v;
	if (spec === null || typeof spec !== 'object') return undefined;
	const [key, direction] = Object.entries(spec)[0] ?? [];
	const sign = String(direction).toLowerCase() === 'desc' ? -1 : 1;
	/** @type {Record<string, (p: import('../data').Product) => number>} */
	const keys = {
		price: (p) => priceSpan(p).minFen,
		monthSold: (p) => p.monthSold,
		rePurchaseRate: (p) => parseInt(p.repurchaseRate, 10),
		repurchaseRate: (p) => parseInt(p.repurchaseRate, 10),
	};
	const of = key === undefined ? undefined : keys[key];
	return of && ((a, b) => sign * (of(a) - of(b)));
}

/** @param {import('../data').SandboxData} data @param {number} productCategory @param {number} wanted */
function inCategory(data, productCategory, wanted) {
	for (
		let c = data.categories.byId.get(productCategory);
		c;
		c = data.categories.byId.get(c.parentId)
	) {
		if (c.id === wanted) return true;
		if (c.parentId === 0) break;
	}
	return false;
}

/**
 * @typedef {{ words: string[], page: number | undefined, size: number | undefined,
 *   from: number | undefined, to: number | undefined, category: number | undefined,
 *   sort: unknown }} SearchQuery
 */

/**
 * Reads the paging, filters, sort and keyword of an OfferQueryParam (keyword optional here).
 * @param {Record<string, unknown>} q
 * @returns {{ query: SearchQuery } | { failure: Failure }}
 */
function readSearchQuery(q) {
	const bad = (/** @type {string} */ message) => ({
		failure: failed(CROSSBORDER_CODES.BAD_REQUEST, message),
	});
	const keyword = typeof q.keyword === 'string' ? q.keyword.trim() : '';
	const page = wholeNumber(q.beginPage);
	const size = wholeNumber(q.pageSize);
	if (page === null) return bad('beginPage must be an integer >= 1');
	if (size === null) return bad('pageSize must be an integer >= 1');
	if (size !== undefined && size > SEARCH_MAX_PAGE_SIZE)
		return bad(`pageSize must not be greater than ${SEARCH_MAX_PAGE_SIZE}`);
	const from = priceFen(q.priceStart);
	const to = priceFen(q.priceEnd);
	if (from === null || to === null) return bad('priceStart and priceEnd must be prices in yuan');
	const category = wholeNumber(q.categoryId);
	if (category === null) return bad('categoryId must be a category id');
	const words = keyword === '' ? [] : keyword.toLowerCase().split(/\s+/);
	return { query: { words, page, size, from, to, category, sort: q.sort } };
}

/**
 * Filters `ranked` (kept in its order unless a sort is asked), pages it, and prints the
 * PageInfo: totalRecords, totalPage, pageSize, currentPage, data (ProductInfoModel lines).
 * Every keyword word must occur in the Chinese subject or the English translation (any case).
 * @param {import('../data').SandboxData} data
 * @param {import('../data').Product[]} ranked
 * @param {SearchQuery} query
 */
function searchPage(data, ranked, { words, page, size, from, to, category, sort }) {
	let matching = ranked.filter((p) => {
		const text = `${p.name} ${p.subjectTrans}`.toLowerCase();
		if (!words.every((w) => text.includes(w))) return false;
		const price = priceSpan(p).minFen;
		if (from !== undefined && price < from) return false;
		if (to !== undefined && price > to) return false;
		return category === undefined || inCategory(data, p.categoryId, category);
	});
	const order = sorter(sort);
	if (order) matching = [...matching].sort(order);
	const pageSize = size ?? SEARCH_DEFAULT_PAGE_SIZE;
	const currentPage = page ?? 1;
	return {
		totalRecords: matching.length,
		totalPage: Math.ceil(matching.length / pageSize),
		pageSize,
		currentPage,
		data: matching.slice((currentPage - 1) * pageSize, currentPage * pageSize).map(toSearchOffer),
	};
}

module.exports = { ok, failed, objectParam, readSearchQuery, searchPage, inCategory };
