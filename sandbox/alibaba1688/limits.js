// @ts-check
'use strict';

// Numbers the sandbox had to choose where the 1688 documentation is silent (or that tests want
// to refer to). Buying rules (postage, flows, cancel delay) are in orders.js.

const DAY = 86400000;

/** getLogisticsTraceInfo answers order.createtime.history for orders older than this (doc: one year). */
const TRACE_HISTORY_LIMIT_MS = 365 * DAY;

/** Optional parts of an OpenPlatformLogisticsOrder, by their `fields` names (doc example). */
const LOGISTICS_FIELDS = /** @type {const} */ (['company.name', 'sender', 'receiver', 'sendgood']);

/** A package not yet signed for is planned to take this many hours (min, max) after shipping. */
const TRANSIT_HOURS = /** @type {const} */ ([36, 96]);

/** product.search.keywordQuery: pageSize default and maximum (doc: ≤50, 20 recommended). */
const SEARCH_DEFAULT_PAGE_SIZE = 20;
const SEARCH_MAX_PAGE_SIZE = 50;

/** alibaba.trade.createCrossOrder: at most this many SKUs per order (page description: "最多允许50个SKU"). */
const CROSS_ORDER_MAX_SKUS = 50;

/**
 * product.image.upload: decoded images larger than this answer imageId "0" (sandbox's own limit;
 * 1688 documents none, a third-party proxy states 3 MB for its own wrapper).
 */
const IMAGE_UPLOAD_MAX_BYTES = 3 * 1024 * 1024;

/** alibaba.cross.syncProductListPushed: at most this many product ids per call (page: "单次操作上限20条"). */
const CROSS_SYNC_MAX_PRODUCTS = 20;

module.exports = {
	CROSS_ORDER_MAX_SKUS,
	IMAGE_UPLOAD_MAX_BYTES,
	CROSS_SYNC_MAX_PRODUCTS,
	TRACE_HISTORY_LIMIT_MS,
	LOGISTICS_FIELDS,
	TRANSIT_HOURS,
	SEARCH_DEFAULT_PAGE_SIZE,
	SEARCH_MAX_PAGE_SIZE,
};
