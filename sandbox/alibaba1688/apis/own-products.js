// @ts-check
'use strict';

// The seller's own products (issue 15; research seller-products.md): the paged list and the stock
// update. "Own" is the token's member as the products' seller: the demo supplier's products of the
// seeded world (`products`) and its catalogue (`supplierCatalog`).
const { parse1688 } = require('../dates');
const { WEB_SITES } = require('../orders');
const { parseExactJson, idText } = require('../exact-json');
const { SELLING_ERRORS, SELLING_ERROR_TEXTS, businessError } = require('./business-errors');
const { toProductInfo, priceSpan } = require('./product-info');
const { inCategory } = require('./offer-search');
const { positiveInt, parseStringList, parseBoolean } = require('./params');

/** list.get: "每页大小，目前最大值为20，超过20时以20为准" (AlibabaProductListGetParam, PHP SDK). */
const MAX_LIST_PAGE_SIZE = 20;

/** orderByCondition values (AlibabaProductListGetParam). */
const ORDER_BY_CONDITIONS = /** @type {const} */ ([
	'CREATE_DATE',
	'POST_DATE',
	'MODIFY_DATE',
	'APPROVED_DATE',
	'EXPIRE_DATE',
	'STATUS',
	'ID',
	'GROUP_ID',
	'PRICE',
	'SALE_QUANTITY',
]);

/** @param {import('./index').ApiContext} ctx */
const callerOf = (ctx) => /** @type {import('../data').Buyer} */ (ctx.user);

/**
 * The caller's products: seeded products it sells and its catalogue.
 * @param {import('../data').SandboxData} data @param {string} memberId
 */
function ownProducts(data, memberId) {
	const own = (/** @type {import('../data').Product} */ p) => p.seller.memberId === memberId;
	return [...data.products.filter(own), ...data.supplierCatalog.filter(own)];
}

/**
 * The sort key of each orderByCondition (sandbox's own reading; POST_DATE and APPROVED_DATE are the
 * creation, GROUP_ID the id: the sandbox has no groups or approvals).
 * @type {Record<typeof ORDER_BY_CONDITIONS[number], (p: import('../data').Product) => number | string>}
 */
const SORT_KEYS = {
	CREATE_DATE: (p) => p.createTime,
	POST_DATE: (p) => p.createTime,
	MODIFY_DATE: (p) => p.lastUpdateTime,
	APPROVED_DATE: (p) => p.createTime,
	EXPIRE_DATE: (p) => p.expireTime ?? 0,
	STATUS: (p) => p.status ?? 'published',
	ID: (p) => p.productID,
	GROUP_ID: (p) => p.productID,
	PRICE: (p) => priceSpan(p).minFen,
	SALE_QUANTITY: (p) => p.monthSold,
};

/**
 * Failure of list.get: AlibabaProductListGetResult's own fields (success, code, message); the
 * codes and texts are the sandbox's own (none documented).
 * @param {string} message
 */
const listFailure = (message) => ({ success: false, code: SELLING_ERRORS.PARAM_ERROR, message });

/**
 * com.alibaba.product:alibaba.product.list.get-1: "卖家根据条件分页查询商品列表信息…如需遍历所有商品是
 * 只能使用ID排序". Reply per the official PHP SDK (duanyasong/1688-sdk-php): AlibabaProductListGetResult
 * {result, message, success, code} → result is AlibabaProductProductInfoListResult {pageResult} →
 * AlibabaProductPageResult {sizePerPage, resultList: ProductInfo[], totalRecords, pageIndex}. So
 * success, code and message sit at the top level, beside result (result holds only pageResult).
 * Success: {result: {pageResult: {…}}, success: true} (code and message left out: INFERRED).
 * pageNo from 1 (default 1), pageSize ≤ 20 (more: 20, silently; default 20). Without statusList
 * every status but deleted is listed (INFERRED); default order MODIFY_DATE DESC (INFERRED).
 * resultList items are ProductInfo without the HTML description unless needDetail=true (INFERRED).
 * Filters read: statusList, productIds, subjectKey, cargoNumber (the product's or a SKU's),
 * categoryId (the category or below), startModifyTime / endModifyTime, priceStart / priceEnd;
 * signs, productSupportedBizGroups, groupIds, stars, publish and expiry windows, supportOnlineTrade,
 * privateOffer, needFreight, needUserCategoryInfo are accepted and not used.
 * @param {import('./index').ApiContext} ctx
 */
function listGet(ctx) {
	const { params, data } = ctx;
	const pageNo = positiveInt(params.pageNo) ?? (params.pageNo?.trim() ? null : 1);
	const asked = positiveInt(params.pageSize) ?? (params.pageSize?.trim() ? null : undefined);
	if (pageNo === null) return listFailure('pageNo must be an integer >= 1');
	if (asked === null) return listFailure('pageSize must be an integer >= 1');
	const size = Math.min(asked ?? MAX_LIST_PAGE_SIZE, MAX_LIST_PAGE_SIZE);

	/** @type {Array<(p: import('../data').Product) => boolean>} */
	const filters = [];
	if (params.statusList?.trim()) {
		const statuses = parseStringList(params.statusList);
		if (!statuses) return listFailure('statusList must be a JSON array of statuses');
		filters.push((p) => statuses.includes(p.status ?? 'published'));
	} else filters.push((p) => p.status !== 'deleted');
	if (params.productIds?.trim()) {
		const value = parseExactJson(params.productIds);
		const ids = Array.isArray(value)
			? value.map(idText)
			: params.productIds.split(',').map((x) => x.trim());
		if (ids.some((id) => !/^\d+$/.test(id)))
			return listFailure('productIds must be a JSON array of product ids');
		filters.push((p) => ids.includes(String(p.productID)));
	}
	const subjectKey = params.subjectKey?.trim();
	if (subjectKey) filters.push((p) => p.name.includes(subjectKey));
	const cargoNumber = params.cargoNumber?.trim();
	if (cargoNumber)
		filters.push(
			(p) =>
				p.cargoNumber === cargoNumber ||
				p.skus.some((_, i) => `${p.cargoNumber}-${i + 1}` === cargoNumber),
		);
	if (params.categoryId?.trim()) {
		const categoryId = Number(params.categoryId.trim());
		if (!Number.isInteger(categoryId)) return listFailure('categoryId must be a number');
		filters.push((p) => inCategory(data, p.categoryId, categoryId));
	}
	for (const [name, edge] of /** @type {const} */ ([
		['startModifyTime', 'start'],
		['endModifyTime', 'end'],
	])) {
		const text = params[name]?.trim();
		if (!text) continue;
		const ms = parse1688(text);
		if (ms === null)
			return listFailure(
				`${name} must be in the format yyyyMMddHHmmssSSSZ, e.g. 20180717174002000+0800`,
			);
		filters.push(edge === 'start' ? (p) => p.lastUpdateTime >= ms : (p) => p.lastUpdateTime <= ms);
	}
	for (const [name, edge] of /** @type {const} */ ([
		['priceStart', 'start'],
		['priceEnd', 'end'],
	])) {
		const text = params[name]?.trim();
		if (!text) continue;
		const fen = Math.round(Number(text) * 100);
		if (!Number.isFinite(fen)) return listFailure(`${name} must be a price in yuan`);
		filters.push((p) =>
			edge === 'start' ? priceSpan(p).minFen >= fen : priceSpan(p).minFen <= fen,
		);
	}

	const condition = params.orderByCondition?.trim() || 'MODIFY_DATE';
	if (!(/** @type {readonly string[]} */ (ORDER_BY_CONDITIONS).includes(condition)))
		return listFailure(`orderByCondition must be one of ${ORDER_BY_CONDITIONS.join(', ')}`);
	const direction = params.orderByType?.trim().toUpperCase() || 'DESC';
	if (direction !== 'ASC' && direction !== 'DESC')
		return listFailure('orderByType must be ASC or DESC');
	const key = SORT_KEYS[/** @type {typeof ORDER_BY_CONDITIONS[number]} */ (condition)];
	const sign = direction === 'ASC' ? 1 : -1;
	const matching = ownProducts(data, callerOf(ctx).memberId)
		.filter((p) => filters.every((f) => f(p)))
		.sort((a, b) => {
			const ka = key(a);
			const kb = key(b);
			if (ka !== kb) return (ka < kb ? -1 : 1) * sign;
			return (a.productID - b.productID) * sign;
		});
	const detail = parseBoolean(params.needDetail) === true;
	return {
		result: {
			pageResult: {
				sizePerPage: size,
				resultList: matching
					.slice((pageNo - 1) * size, pageNo * size)
					.map((p) => toProductInfo(p, data, { description: detail })),
				totalRecords: matching.length,
				pageIndex: pageNo,
			},
		},
		success: true,
	};
}

/**
 * @typedef {{ productId: string, amountChange: number | undefined,
 *   skuStocks: Array<{ skuId: string, stockChange: number }> | undefined }} StockChange
 */

/** An Integer of the request: a whole number, or a numeric string. @param {unknown} v */
const integerOf = (v) => {
	const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
	return Number.isInteger(n) ? n : undefined;
};

/**
 * productStockChange: [{productId, productAmountChange?, skuStocks?: [{skuId, stockChange}]}]
 * (AlibabaProductProductStock / SkuStockBean). undefined when unreadable.
 * @param {string} raw
 * @returns {StockChange[] | undefined}
 */
function readStockChanges(raw) {
	const value = parseExactJson(raw);
	if (!Array.isArray(value) || value.length === 0) return undefined;
	/** @type {StockChange[]} */
	const changes = [];
	for (const element of value) {
		if (element === null || typeof element !== 'object' || Array.isArray(element)) return undefined;
		const e = /** @type {Record<string, unknown>} */ (element);
		const productId = idText(e.productId);
		if (!/^\d+$/.test(productId)) return undefined;
		const amountChange =
			e.productAmountChange === undefined || e.productAmountChange === null
				? undefined
				: integerOf(e.productAmountChange);
		if (
			e.productAmountChange !== undefined &&
			e.productAmountChange !== null &&
			amountChange === undefined
		)
			return undefined;
		let skuStocks;
		if (e.skuStocks !== undefined && e.skuStocks !== null) {
			if (!Array.isArray(e.skuStocks)) return undefined;
			skuStocks = [];
			for (const s of e.skuStocks) {
				if (s === null || typeof s !== 'object') return undefined;
				const sku = /** @type {Record<string, unknown>} */ (s);
				const skuId = idText(sku.skuId);
				const stockChange = integerOf(sku.stockChange);
				if (skuId === '' || stockChange === undefined) return undefined;
				skuStocks.push({ skuId, stockChange });
			}
		}
		changes.push({ productId, amountChange, skuStocks });
	}
	return changes;
}

/**
 * com.alibaba.product:alibaba.product.modifyStock-1: "修改产品库存该接口支持增量修改和全量修改，通过入参
 * 控制，默认为增量修改". productStockChange (JSON array, required), webSite (1688 / alibaba when
 * given), increaceModify (sic; absent or true: each value is a change, false: the new stock).
 * SkuStockBean.skuId carries the SKU's specId ("针对1688的业务场景，该字段请填写specId，不要填写skuId").
 * Reply per AlibabaProductModifyStockResult / ProductOperateResult (PHP SDK):
 * {result: [{productId, result, code?, desc?}], success: true}, one entry per product in the
 * order given; a product fails alone (result false, with code and desc, all the sandbox's own as
 * 1688 documents none) and the others are still applied: a product that does not exist or is
 * not the caller's, a specId the product lacks, the numeric skuId sent instead of the specId,
 * SKU stock for a product without SKUs or productAmountChange alone for one with SKUs, or a stock
 * that would fall below 0. A product changes all or nothing. saleInfo.amountOnSale (the sum) and
 * skuInfos[].amountOnSale change at once, and the product's modifyTime moves to now.
 * An unreadable productStockChange: {success: false, errorCode: PARAM_ERROR, errorMessage}.
 * @param {import('./index').ApiContext} ctx
 */
function modifyStock(ctx) {
	const { params, data, clock } = ctx;
	const caller = callerOf(ctx);
	const webSite = params.webSite?.trim();
	if (webSite && !WEB_SITES.includes(webSite))
		return businessError(SELLING_ERRORS.PARAM_ERROR, 'webSite must be 1688 or alibaba');
	const changes = readStockChanges(params.productStockChange);
	if (!changes)
		return businessError(
			SELLING_ERRORS.PARAM_ERROR,
			'productStockChange must be a JSON array of {productId, productAmountChange?, skuStocks?: [{skuId: <specId>, stockChange}]}',
		);
	const absolute = parseBoolean(params.increaceModify) === false;
	const now = clock.now();
	const result = changes.map((change) => {
		const outcome = applyStockChange(data, caller, change, absolute, now);
		const productId = Number(change.productId);
		return outcome === undefined
			? { productId, result: true }
			: { productId, result: false, code: outcome.code, desc: outcome.desc };
	});
	return { result, success: true };
}

/**
 * Applies one product's change, or says why not (nothing changed then).
 * @param {import('../data').SandboxData} data @param {import('../data').Buyer} caller
 * @param {StockChange} change @param {boolean} absolute @param {number} now
 * @returns {{ code: string, desc: string } | undefined}
 */
function applyStockChange(data, caller, change, absolute, now) {
	const id = change.productId;
	const product = data.productsById.get(Number(id));
	if (!product)
		return {
			code: SELLING_ERRORS.PRODUCT_NOT_EXIST,
			desc: SELLING_ERROR_TEXTS.productNotExist(id),
		};
	if (product.seller.memberId !== caller.memberId)
		return {
			code: SELLING_ERRORS.PRODUCT_NOT_OWNED,
			desc: SELLING_ERROR_TEXTS.productNotOwned(id),
		};
	/** @type {Array<[import('../data').Sku, number]>} the new stock of each SKU touched */
	const planned = [];
	const next = (/** @type {import('../data').Sku} */ sku, /** @type {number} */ value) => {
		const already = planned.find(([s]) => s === sku);
		const base = already ? already[1] : sku.amountOnSale;
		return absolute ? value : base + value;
	};
	if (product.skuless) {
		if (change.skuStocks && change.skuStocks.length > 0)
			return {
				code: SELLING_ERRORS.STOCK_TARGET_MISMATCH,
				desc: SELLING_ERROR_TEXTS.productAmountRequired(id),
			};
		if (change.amountChange === undefined)
			return {
				code: SELLING_ERRORS.STOCK_TARGET_MISMATCH,
				desc: SELLING_ERROR_TEXTS.productAmountRequired(id),
			};
		const sku = product.skus[0];
		planned.push([sku, next(sku, change.amountChange)]);
	} else {
		// productAmountChange is "有的产品没有sku信息，对已售数量的变更设置在这里": not for SKU products
		if (!change.skuStocks || change.skuStocks.length === 0)
			return {
				code: SELLING_ERRORS.STOCK_TARGET_MISMATCH,
				desc: SELLING_ERROR_TEXTS.skuStocksRequired(id),
			};
		for (const { skuId, stockChange } of change.skuStocks) {
			const sku = product.skus.find((s) => s.specId === skuId);
			if (!sku) {
				const numeric = product.skus.find((s) => String(s.skuID) === skuId);
				return numeric
					? {
							code: SELLING_ERRORS.SKU_ID_IS_NOT_SPEC_ID,
							desc: SELLING_ERROR_TEXTS.skuIdIsNotSpecId(id, skuId, numeric.specId),
						}
					: {
							code: SELLING_ERRORS.SPEC_NOT_FOUND,
							desc: SELLING_ERROR_TEXTS.specNotFound(id, skuId),
						};
			}
			const value = next(sku, stockChange);
			const at = planned.findIndex(([s]) => s === sku);
			if (at >= 0) planned[at][1] = value;
			else planned.push([sku, value]);
		}
	}
	const below = planned.find(([, value]) => value < 0);
	if (below)
		return {
			code: SELLING_ERRORS.STOCK_BELOW_ZERO,
			desc: SELLING_ERROR_TEXTS.stockBelowZero(
				id,
				product.skuless ? '(saleInfo.amountOnSale)' : `specId ${below[0].specId}`,
			),
		};
	for (const [sku, value] of planned) sku.amountOnSale = value;
	product.lastUpdateTime = now;
	return undefined;
}

/** @type {import('./index').ApiDefinition[]} */
const DEFINITIONS = [
	{
		namespace: 'com.alibaba.product',
		name: 'alibaba.product.list.get',
		auth: true,
		handle: listGet,
	},
	{
		namespace: 'com.alibaba.product',
		name: 'alibaba.product.modifyStock',
		auth: true,
		required: ['productStockChange'],
		handle: modifyStock,
	},
];

module.exports = Object.assign(DEFINITIONS, {
	MAX_LIST_PAGE_SIZE,
	ORDER_BY_CONDITIONS,
	ownProducts,
});
