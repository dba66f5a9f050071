// @ts-check
'use strict';

// Sellers (the accounts that authorize apps; the first is the demo seller, the only one with a
// shop full of items and orders) and the buyers who order from it.
const catalog = require('./catalog');

/**
 * @typedef {{ userId: string, shopName: string }} Seller
 * @typedef {{ name: string, mobile: string, phone?: string } & import('./catalog').Place} Address
 * @typedef {{ userId: string, accountId: string, nick: string, addresses: Address[] }} Buyer
 */

const SELLER_COUNT = 2;
const BUYER_COUNT = 8;

/** @param {import('../../common/prng').Random} r @param {import('./ids').Ids} ids @returns {Seller[]} */
function buildSellers(r, ids) {
	const names = [...catalog.SHOP_NAMES];
	return Array.from({ length: SELLER_COUNT }, () => {
		const shopName = names.splice(r.int(0, names.length - 1), 1)[0];
		return { userId: ids.userId(), shopName };
	});
}

/** @param {import('../../common/prng').Random} r */
const mobile = (r) =>
	`1${r.pick(['3', '5', '7', '8'])}${r.int(0, 9)}${String(r.int(0, 99999999)).padStart(8, '0')}`;

/** @param {import('../../common/prng').Random} r @param {import('./ids').Ids} ids @returns {Buyer[]} */
function buildBuyers(r, ids) {
	return catalog.BUYER_NICKS.slice(0, BUYER_COUNT).map((nick) => {
		const name = r.pick(catalog.SURNAMES) + r.pick(catalog.GIVEN_NAMES);
		const home = { name, mobile: mobile(r), ...r.pick(catalog.PLACES) };
		/** @type {Address[]} */
		const addresses = [home];
		// some buyers also ship to an office, with a landline
		if (r.next() < 0.4) {
			const office = r.pick(catalog.PLACES);
			addresses.push({
				name,
				mobile: home.mobile,
				phone: `0${r.int(10, 99)}-${r.digits(8)}`,
				...office,
			});
		}
		return { userId: ids.userId(), accountId: ids.numeric('2', 9), nick, addresses };
	});
}

module.exports = { buildSellers, buildBuyers, SELLER_COUNT, BUYER_COUNT };
