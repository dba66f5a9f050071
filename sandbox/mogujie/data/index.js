// @ts-check
'use strict';

// The seeded, deterministic world of the Mogujie sandbox: sellers, buyers, the category tree, the
// demo shop's items and orders. The same seed and start time always give the same data. Separate
// random streams per part, so a change to one part leaves the ids of the others as they were.
const { createRandom } = require('../../common/prng');
const { startOfDay } = require('../../common/beijing-time');
const { buildCategories } = require('./categories');
const { createIds } = require('./ids');
const { buildItems } = require('./items');
const { buildOrders } = require('./orders');
const { buildBuyers, buildSellers } = require('./people');

/**
 * @param {{ seed: number, orderCount: number, startMs: number }} options
 */
function createData({ seed, orderCount, startMs }) {
	const peopleRandom = createRandom(seed);
	const catalogRandom = createRandom((seed ^ 0x6d6f6775) >>> 0);
	const ordersRandom = createRandom((seed ^ 0x0a11d1a5) >>> 0);
	const peopleIds = createIds(peopleRandom);
	const catalogIds = createIds(catalogRandom);
	const orderIds = createIds(ordersRandom);

	const sellers = buildSellers(peopleRandom, peopleIds);
	const buyers = buildBuyers(peopleRandom, peopleIds);
	const categories = buildCategories(catalogIds);
	const demoSeller = sellers[0];
	const items = buildItems({
		r: catalogRandom,
		ids: catalogIds,
		sellerUserId: demoSeller.userId,
		startMs,
	});
	const orders = buildOrders({
		r: ordersRandom,
		ids: orderIds,
		items,
		buyers,
		sellerUserId: demoSeller.userId,
		startMs,
		count: orderCount,
	});

	const itemsById = new Map(items.map((i) => [i.itemId, i]));
	/** @type {Map<string, { item: import('./items').Item, sku: import('./items').Sku }>} */
	const skusById = new Map();
	for (const item of items) for (const sku of item.skus) skusById.set(sku.skuId, { item, sku });

	return {
		startMs,
		sellers,
		demoSeller,
		buyers,
		categories,
		items,
		itemsById,
		skusById,
		orders,
		ordersById: new Map(orders.map((o) => [o.shopOrderId, o])),
		examples: findExamples({ orders, items, categories, sellers, buyers, startMs }),
	};
}

/**
 * Ids tests can use. An order id is '' when the seeded world has no such order (tiny orderCount).
 * @param {{ orders: import('./orders').Order[], items: import('./items').Item[],
 *   categories: import('./categories').Categories, sellers: import('./people').Seller[],
 *   buyers: import('./people').Buyer[], startMs: number }} world
 */
function findExamples({ orders, items, categories, sellers, buyers, startMs }) {
	/** @param {import('./orders').OrderStatus} status */
	const withStatus = (status) => orders.filter((o) => o.orderStatus === status);
	/** @param {import('./orders').Order | undefined} order */
	const idOf = (order) => order?.shopOrderId ?? '';
	const today = startOfDay(startMs);
	const paid = withStatus('ORDER_PAID');
	const item = items.find((i) => i.isShelf === 0 && i.skus.length >= 2) ?? items[0];
	const leaf = categories.list.find((c) => c.isLeaf && c.level === 3) ?? categories.list[0];
	const root = categories.list.find((c) => c.parentId === 0) ?? categories.list[0];
	return {
		/** A paid order created today (Beijing time), ready to ship. */
		paidOrderId: idOf(paid.find((o) => o.created >= today) ?? paid[0]),
		/** A paid order created yesterday. */
		paidYesterdayOrderId: idOf(
			paid.find((o) => o.created >= today - 86400000 && o.created < today),
		),
		/** Every paid order, newest first, so tests that ship can each take their own. */
		paidOrderIds: paid.map((o) => o.shopOrderId),
		createdOrderId: idOf(withStatus('ORDER_CREATED')[0]),
		cancelledOrderId: idOf(withStatus('ORDER_CANCELLED')[0]),
		shippedOrderId: idOf(withStatus('ORDER_SHIPPED')[0]),
		receivedOrderId: idOf(withStatus('ORDER_RECEIVED')[0]),
		completedOrderId: idOf(withStatus('ORDER_COMPLETED')[0]),
		closedOrderId: idOf(withStatus('ORDER_CLOSED')[0]),
		multiItemOrderId: idOf(orders.find((o) => o.lines.length >= 2)),
		/** An on-shelf item with several SKUs. */
		itemId: item.itemId,
		skuIds: item.skus.map((s) => s.skuId),
		offShelfItemId: (items.find((i) => i.isShelf === 1) ?? items[0]).itemId,
		onShelfCount: items.filter((i) => i.isShelf === 0).length,
		offShelfCount: items.filter((i) => i.isShelf === 1).length,
		/** A root category and a level-3 leaf: encrypted ids as getAllCategory prints them, and the numeric ids. */
		rootCategoryId: root.encryptedId,
		rootCategoryNumericId: String(root.id),
		leafCategoryId: leaf.encryptedId,
		leafCategoryNumericId: String(leaf.id),
		buyerUserId: buyers[0].userId,
		/** A seller with no items and no orders. */
		otherSellerUserId: sellers[1].userId,
	};
}

/** @typedef {ReturnType<typeof createData>} MogujieData */

module.exports = { createData };
