// @ts-check
'use strict';

// The `timestamp` system parameter. Real clients sent Unix seconds, milliseconds and even .NET
// ticks, all apparently accepted (protocol §4.2), so the unit is guessed from the size.

const TICKS_AT_EPOCH = 621355968000000000n;

/**
 * @param {string} text
 * @returns {number | null} epoch ms, or null when it is not a positive integer
 */
function parseTimestamp(text) {
	if (!/^\d{1,19}$/.test(text.trim())) return null;
	const value = BigInt(text.trim());
	if (value === 0n) return null;
	if (value < 100000000000n) return Number(value) * 1000; // seconds
	if (value < 100000000000000n) return Number(value); // milliseconds
	return Number((value - TICKS_AT_EPOCH) / 10000n); // .NET ticks (100 ns since 0001-01-01)
}

module.exports = { parseTimestamp };
