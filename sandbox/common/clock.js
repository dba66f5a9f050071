// @ts-check
'use strict';

/**
 * Sandbox time: starts at `startMs` (default: real now), runs with real time, and can be pushed
 * forward so tests can expire codes and tokens without waiting.
 * @param {number} [startMs]
 */
function createClock(startMs = Date.now()) {
	const realStart = Date.now();
	let offset = 0;
	const now = () => startMs + (Date.now() - realStart) + offset;
	return {
		startMs,
		now,
		/** @param {number} ms */
		advance(ms) {
			offset += ms;
			return now();
		},
	};
}

/** @typedef {ReturnType<typeof createClock>} Clock */

module.exports = { createClock };
