// @ts-check
'use strict';

/**
 * mulberry32: tiny, fast, good enough for seeded fixture data. Same seed, same sequence.
 * @param {number} seed
 */
function createRandom(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	/** Integer in [min, max]. */
	const int = (/** @type {number} */ min, /** @type {number} */ max) =>
		min + Math.floor(next() * (max - min + 1));
	/** @template T @param {readonly T[]} list @returns {T} */
	const pick = (list) => list[Math.floor(next() * list.length)];
	/** A string of `length` decimal digits, the first one never 0. */
	const digits = (/** @type {number} */ length) => {
		let s = String(int(1, 9));
		while (s.length < length) s += String(int(0, 9));
		return s;
	};
	const hex = (/** @type {number} */ length) => {
		let s = '';
		while (s.length < length) s += int(0, 15).toString(16);
		return s;
	};
	/** UUID-shaped (version 4 layout) so seeded tokens look like the ones 1688 prints. */
	const uuid = () =>
		`${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
	/**
	 * @template T
	 * @param {ReadonlyArray<readonly [T, number]>} weighted
	 * @returns {T}
	 */
	const weighted = (weighted) => {
		const total = weighted.reduce((sum, [, w]) => sum + w, 0);
		let roll = next() * total;
		for (const [value, w] of weighted) {
			roll -= w;
			if (roll < 0) return value;
		}
		return weighted[weighted.length - 1][0];
	};
	return { next, int, pick, digits, hex, uuid, weighted };
}

/** @typedef {ReturnType<typeof createRandom>} Random */

module.exports = { createRandom };
