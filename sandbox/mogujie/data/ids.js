// @ts-check
'use strict';

// Id shapes seen in real payloads: seller and buyer ids and item ids are short base-36 strings
// (`1eyma60`, `1ltdroo`), order ids are numeric strings (`93182337647084`). Ids drawn from one
// factory never repeat.

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** @param {import('../../common/prng').Random} r */
function createIds(r) {
	/** @type {Set<string>} */
	const seen = new Set();
	/** @param {() => string} draw */
	const unique = (draw) => {
		let id = draw();
		while (seen.has(id)) id = draw();
		seen.add(id);
		return id;
	};
	/** `1` then base-36 characters, `length` in all. @param {number} length */
	const base36 = (length) => {
		let s = '1';
		while (s.length < length) s += BASE36[r.int(0, 35)];
		return s;
	};
	return {
		/** A seller's or buyer's userId. */
		userId: () => unique(() => base36(7)),
		itemId: () => unique(() => base36(7)),
		skuId: () => unique(() => base36(9)),
		/** An encrypted (opaque) id as xiaodian.item.getAllCategory prints it. */
		opaqueId: () => unique(() => base36(10)),
		/** A numeric id of `length` digits starting with `lead`. @param {string} lead @param {number} length */
		numeric: (lead, length) => unique(() => lead + r.digits(length - lead.length)),
	};
}

/** @typedef {ReturnType<typeof createIds>} Ids */

module.exports = { createIds };
