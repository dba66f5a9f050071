// @ts-check
'use strict';

// The demo shop's items: every template in a few title variants, most on shelf, each with SKUs
// from its attribute values. An item's price and stock are not stored: they are its cheapest SKU
// and the sum of its SKUs, so a stock update can never leave them inconsistent.
const { TITLE_PREFIXES, ITEM_TEMPLATES } = require('./catalog');

const HOUR = 3600000;

/** How many items the shop has; every fifth one is off shelf. */
const ITEM_COUNT = 66;

/**
 * @typedef {{ skuId: string, code: string, price: number, stock: number, attrs: Array<{ name: string, value: string }> }} Sku
 * @typedef {{ itemId: string, sellerUserId: string, title: string, code: string, image: string,
 *   isShelf: 0 | 1, categoryId: number, created: number, modified: number, skus: Sku[] }} Item
 */

const seconds = (/** @type {number} */ ms) => Math.floor(ms / 1000) * 1000;

/** Up to `cap` of the values, in catalogue order. @param {import('../../common/prng').Random} r @param {string[]} values @param {number} cap */
function someValues(r, values, cap) {
	const count = Math.min(values.length, r.int(2, cap));
	const chosen = new Set();
	while (chosen.size < count) chosen.add(r.int(0, values.length - 1));
	return values.filter((_, i) => chosen.has(i));
}

/**
 * @param {{ r: import('../../common/prng').Random, ids: import('./ids').Ids, sellerUserId: string, startMs: number }} deps
 * @returns {Item[]}
 */
function buildItems({ r, ids, sellerUserId, startMs }) {
	return Array.from({ length: ITEM_COUNT }, (_, i) => {
		const template = ITEM_TEMPLATES[i % ITEM_TEMPLATES.length];
		const prefix = TITLE_PREFIXES[Math.floor(i / ITEM_TEMPLATES.length) % TITLE_PREFIXES.length];
		const created = seconds(startMs - r.int(30 * 24, 400 * 24) * HOUR - r.int(0, 3599) * 1000);
		const modified = seconds(created + r.next() * (startMs - HOUR - created));
		const code = `MG${r.digits(5)}`;
		const base = r.int(template.minFen / 100, template.maxFen / 100) * 100 - 10;
		const [first, second] = template.attrs;
		const firstValues = someValues(r, first[1], second ? 3 : 4);
		const secondValues = second ? someValues(r, second[1], 4) : [undefined];
		/** @type {Sku[]} */
		const skus = [];
		for (const a of firstValues) {
			secondValues.forEach((b, bi) => {
				const attrs = [{ name: first[0], value: a }];
				if (second && b !== undefined) attrs.push({ name: second[0], value: b });
				skus.push({
					skuId: ids.skuId(),
					code: `${code}-${String(skus.length + 1).padStart(2, '0')}`,
					price: base + (bi >= 3 ? 1000 : 0),
					stock: r.next() < 0.1 ? 0 : r.int(1, 300),
					attrs,
				});
			});
		}
		const day = new Date(created + 8 * HOUR).toISOString().slice(2, 10).replace(/-/g, '');
		return {
			itemId: ids.itemId(),
			sellerUserId,
			title: prefix + template.title,
			code,
			image: `https://s11.mogucdn.com/mlcdn/c45406/${day}_${r.hex(30)}_640x960.jpg`,
			isShelf: i % 5 === 4 ? 1 : 0,
			categoryId: template.category,
			created,
			modified,
			skus,
		};
	});
}

/** @param {Item} item */
const itemPrice = (item) => Math.min(...item.skus.map((s) => s.price));

/** @param {Item} item */
const itemStock = (item) => item.skus.reduce((sum, s) => sum + s.stock, 0);

module.exports = { buildItems, itemPrice, itemStock, ITEM_COUNT };
