// @ts-check
'use strict';

// Items (protocol §6.3): the on-shelf / off-shelf listing, one item with its SKUs, and the
// absolute stock of a SKU. All flat parameters.
const { BUSINESS_CODES } = require('../codes');
const { BusinessError, invalid, paging, requiredText } = require('./params');
const { itemListView, itemView } = require('./views');

const DEFAULT_PAGE_SIZE = 10;
/** INFERRED: the largest stock a SKU accepts. */
const MAX_STOCK = 9999999;

/** @param {import('./context').MethodContext} ctx */
function onsaleGet({ params, seller, data, settings }) {
	const isShelf =
		params.isShelf === undefined || params.isShelf === '' ? '0' : params.isShelf.trim();
	if (isShelf !== '0' && isShelf !== '1') invalid('参数错误：isShelf 只能是 0（在架）或 1（下架）');
	const { pageSize, offset } = paging(params.page, params.pageSize, settings, DEFAULT_PAGE_SIZE);
	const matches = data.items
		.filter((i) => i.sellerUserId === seller.userId && i.isShelf === Number(isShelf))
		.sort((a, b) => b.modified - a.modified || (a.itemId < b.itemId ? -1 : 1));
	return {
		total: matches.length,
		items: matches.slice(offset, offset + pageSize).map(itemListView),
	};
}

/** @param {import('./context').MethodContext} ctx */
function itemGet({ params, seller, data }) {
	const itemId = requiredText(params.itemId, 'itemId');
	const item = data.itemsById.get(itemId);
	if (!item || item.sellerUserId !== seller.userId) {
		throw new BusinessError(BUSINESS_CODES.ITEM_NOT_FOUND, `商品不存在：${itemId}`);
	}
	return itemView(item);
}

/** @param {import('./context').MethodContext} ctx */
function skuStockUpdate({ params, seller, data, now }) {
	const skuId = requiredText(params.skuId, 'skuId');
	const found = data.skusById.get(skuId);
	if (!found || found.item.sellerUserId !== seller.userId) {
		throw new BusinessError(BUSINESS_CODES.SKU_NOT_FOUND, `SKU不存在：${skuId}`);
	}
	const text = (params.stock ?? '').trim();
	if (!/^\d+$/.test(text) || Number(text) > MAX_STOCK) {
		throw new BusinessError(
			BUSINESS_CODES.INVALID_STOCK,
			`库存必须是0到${MAX_STOCK}之间的整数：${params.stock ?? ''}`,
		);
	}
	found.sku.stock = Number(text);
	found.item.modified = Math.floor(now / 1000) * 1000;
	return true;
}

/** @type {Record<string, import('./context').MethodHandler>} */
const ITEM_METHODS = {
	'xiaodian.item.onsale.get': onsaleGet,
	'xiaodian.item.get': itemGet,
	'xiaodian.item.skustock.update': skuStockUpdate,
};

module.exports = { ITEM_METHODS, MAX_STOCK };
