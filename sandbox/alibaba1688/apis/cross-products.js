// @ts-check
'use strict';

// The 铺货 (listing) relation and the product detail it unlocks:
//   com.alibaba.product.push:alibaba.cross.syncProductListPushed  adds products to the buyer's 铺货 list
//   com.alibaba.product:alibaba.cross.productInfo                 detail of a listed product
// Sources: the API pages (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/com.alibaba.product.push.
// alibaba.cross.syncProductListPushed-1.md and …com.alibaba.product.alibaba.cross.productInfo-1.md);
// see /work/research14/products.md §3.2-3.3. Neither page has a reply sample.
const { BUSINESS_ERRORS, BUYING_ERRORS, BUYING_ERROR_TEXTS } = require('./business-errors');
const { parseOrderIds } = require('./params');
const { toProductInfo } = require('./product-info');
const { format1688 } = require('../dates');
const { CROSS_SYNC_MAX_PRODUCTS } = require('../limits');

/** alibaba.panama.commonResult failure. @param {string} errorCode @param {string} errorMsg */
const syncFailure = (errorCode, errorMsg) => ({ result: { success: false, errorCode, errorMsg } });

/**
 * productIdList (Long[], JSON array or comma list, ≤ 20: "单次操作上限20条") → reply
 * {result: {success, errorCode?, errorMsg?}} (alibaba.panama.commonResult). Empty list: the
 * documented OFFERIDS_IS_NULL "商品ID列表参数为空"; more than 20: OFFERIDS_TOO_MANY; an unknown id:
 * OFFER_NOT_EXIST "商品[id]不存在" (sandbox's own codes), nothing added. Otherwise every product
 * joins the calling buyer's 铺货 list (adding one twice is fine). The page's other codes
 * (APPKEY_ISV_CONFIG_IS_NOT_EXIST, ISVUSERS_IS_NULL: app / ISV configuration) are not produced;
 * the app ACL (createApp acl) stands for "调用前需要联系跨境小二手动配置权限".
 * @param {import('./index').ApiContext} ctx
 */
function syncProductListPushed({ params, user, data, buying }) {
	const buyer = /** @type {import('../data').Buyer} */ (user);
	const ids = parseOrderIds(params.productIdList);
	if (ids === null)
		return syncFailure(
			BUSINESS_ERRORS.PARAM_ERROR,
			'productIdList must be a JSON array of product ids',
		);
	const unique = [...new Set(ids)];
	if (unique.length === 0)
		return syncFailure(BUYING_ERRORS.OFFERIDS_IS_NULL, BUYING_ERROR_TEXTS.offerIdsIsNull);
	if (unique.length > CROSS_SYNC_MAX_PRODUCTS)
		return syncFailure(
			BUYING_ERRORS.OFFERIDS_TOO_MANY,
			BUYING_ERROR_TEXTS.offerIdsTooMany(CROSS_SYNC_MAX_PRODUCTS),
		);
	const unknown = unique.find((id) => !data.productsById.has(Number(id)));
	if (unknown !== undefined)
		return syncFailure(BUYING_ERRORS.OFFER_NOT_EXIST, BUYING_ERROR_TEXTS.offerNotExist(unknown));
	const listing = buying.listingOf(buyer.memberId);
	for (const id of unique) listing.add(Number(id));
	return { result: { success: true } };
}

/**
 * productId (Long) → {productInfo, bizGroupInfos, success} (page field table; the PHP/C# SDK result
 * classes agree). productInfo is alibaba.product.ProductInfo, the model alibaba.product.get prints
 * (product-info.js toProductInfo: pictures relative to https://cbu01.alicdn.com/), plus the
 * cross-border fields of the page: supplierLoginId, supplierUserId, crossBorderOffer, createTime,
 * lastUpdateTime (yyyyMMddHHmmssSSS+0800). bizGroupInfos: [] (the sandbox models no 业务 groups).
 * Failures {success: false, message} with the page's 错误码 texts: "商品[id]不存在" (unknown or
 * unreadable id), "没有该商品的查询权限" (not in the buyer's 铺货 list: syncProductListPushed first).
 * @param {import('./index').ApiContext} ctx
 */
function crossProductInfo({ params, user, data, buying }) {
	const buyer = /** @type {import('../data').Buyer} */ (user);
	const raw = params.productId.trim();
	const product = /^\d+$/.test(raw) ? data.productsById.get(Number(raw)) : undefined;
	if (!product) return { success: false, message: BUYING_ERROR_TEXTS.offerNotExist(raw) };
	if (!buying.listingOf(buyer.memberId).has(product.productID))
		return { success: false, message: BUYING_ERROR_TEXTS.noQueryPermission };
	return {
		productInfo: {
			...toProductInfo(product, data),
			supplierLoginId: product.seller.loginId,
			supplierUserId: String(product.seller.userId),
			crossBorderOffer: true,
			createTime: format1688(product.createTime),
			lastUpdateTime: format1688(product.lastUpdateTime),
		},
		bizGroupInfos: [],
		success: true,
	};
}

/** @type {import('./index').ApiDefinition[]} */
module.exports = [
	{
		namespace: 'com.alibaba.product.push',
		name: 'alibaba.cross.syncProductListPushed',
		auth: true,
		required: ['productIdList'],
		handle: syncProductListPushed,
	},
	{
		namespace: 'com.alibaba.product',
		name: 'alibaba.cross.productInfo',
		auth: true,
		required: ['productId'],
		handle: crossProductInfo,
	},
];
