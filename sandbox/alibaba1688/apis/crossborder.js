// @ts-check
'use strict';

// com.alibaba.fenxiao.crossborder product search: keywordQuery and queryProductDetail. Both take
// one JSON-string parameter and always answer HTTP 200 with a nested ResultModel:
//   { result: { success, code, message, result } }
// A missing parameter is gw.ParamMissing (gateway); unreadable JSON, a missing keyword/offerId
// or a bad page size is success:false code '400'; an unknown offer is success:false code '404'.
const { CROSSBORDER_CODES } = require('./business-errors');
const { toSearchOffer, toProductDetail, priceSpan } = require('./product-info');
const { parseJson } = require('../orders');
const { SEARCH_DEFAULT_PAGE_SIZE, SEARCH_MAX_PAGE_SIZE } = require('../limits');

/** @param {unknown} result */
const ok = (result) => ({
	result: { success: true, code: CROSSBORDER_CODES.OK, message: null, result },
});

/** @param {string} code @param {string} message */
const failed = (code, message) => ({ result: { success: false, code, message, result: null } });

/**
 * Reads a JSON-object parameter.
 * @param {string} raw
 * @param {string} name
 * @returns {{ value: Record<string, unknown> } | { failure: ReturnType<typeof failed> }}
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
 * Anything else keeps the relevance order (the seeded order).
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

/** @param {import('./index').ApiContext} ctx */
function keywordQuery({ params, data }) {
	const read = objectParam(params.offerQueryParam, 'offerQueryParam');
	if ('failure' in read) return read.failure;
	const q = read.value;
	const keyword = typeof q.keyword === 'string' ? q.keyword.trim() : '';
	if (keyword === '')
		return failed(CROSSBORDER_CODES.BAD_REQUEST, 'offerQueryParam.keyword is required');
	const page = wholeNumber(q.beginPage);
	const size = wholeNumber(q.pageSize);
	if (page === null)
		return failed(CROSSBORDER_CODES.BAD_REQUEST, 'beginPage must be an integer >= 1');
	if (size === null)
		return failed(CROSSBORDER_CODES.BAD_REQUEST, 'pageSize must be an integer >= 1');
	if (size !== undefined && size > SEARCH_MAX_PAGE_SIZE) {
		return failed(
			CROSSBORDER_CODES.BAD_REQUEST,
			`pageSize must not be greater than ${SEARCH_MAX_PAGE_SIZE}`,
		);
	}
	const from = priceFen(q.priceStart);
	const to = priceFen(q.priceEnd);
	if (from === null || to === null)
		return failed(CROSSBORDER_CODES.BAD_REQUEST, 'priceStart and priceEnd must be prices in yuan');
	const category = wholeNumber(q.categoryId);
	if (category === null)
		return failed(CROSSBORDER_CODES.BAD_REQUEST, 'categoryId must be a category id');

	// every word must occur in the Chinese subject or the English translation (any case)
	const words = keyword.toLowerCase().split(/\s+/);
	let matching = data.products.filter((p) => {
		const text = `${p.name} ${p.subjectTrans}`.toLowerCase();
		if (!words.every((w) => text.includes(w))) return false;
		const price = priceSpan(p).minFen;
		if (from !== undefined && price < from) return false;
		if (to !== undefined && price > to) return false;
		return category === undefined || inCategory(data, p.categoryId, category);
	});
	const order = sorter(q.sort);
	if (order) matching = [...matching].sort(order);

	const pageSize = size ?? SEARCH_DEFAULT_PAGE_SIZE;
	const currentPage = page ?? 1;
	return ok({
		totalRecords: matching.length,
		totalPage: Math.ceil(matching.length / pageSize),
		pageSize,
		currentPage,
		data: matching.slice((currentPage - 1) * pageSize, currentPage * pageSize).map(toSearchOffer),
	});
}

/** @param {import('./index').ApiContext} ctx */
function queryProductDetail({ params, data }) {
	const read = objectParam(params.offerDetailParam, 'offerDetailParam');
	if ('failure' in read) return read.failure;
	const raw = read.value.offerId;
	const offerId = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	if (!/^\d+$/.test(offerId))
		return failed(CROSSBORDER_CODES.BAD_REQUEST, 'offerDetailParam.offerId is required');
	const product = data.productsById.get(Number(offerId));
	if (!product)
		return failed(CROSSBORDER_CODES.NOT_FOUND, `offer ${offerId} does not exist or is offline`);
	return ok(toProductDetail(product, data));
}

const NAMESPACE = 'com.alibaba.fenxiao.crossborder';

/** @type {import('./index').ApiDefinition[]} */
module.exports = [
	{
		namespace: NAMESPACE,
		name: 'product.search.keywordQuery',
		auth: true,
		required: ['offerQueryParam'],
		handle: keywordQuery,
	},
	{
		namespace: NAMESPACE,
		name: 'product.search.queryProductDetail',
		auth: true,
		required: ['offerDetailParam'],
		handle: queryProductDetail,
	},
];
