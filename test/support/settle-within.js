// @ts-check
'use strict';

// Races a promise against a timer that is cleared afterwards, so a fuzz run that hangs is reported
// as such instead of stalling the test file. Kept in JS because the n8n lint forbids timers in .ts.

/**
 * @template T
 * @typedef {{ status: 'resolved', value: T } | { status: 'rejected', error: unknown } | { status: 'timeout' }} Settled
 */

/**
 * How `promise` settled within `ms` milliseconds.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<Settled<T>>}
 */
async function settleWithin(promise, ms) {
	/** @type {NodeJS.Timeout | undefined} */
	let timer;
	/** @type {Promise<Settled<T>>} */
	const timeout = new Promise((resolve) => {
		timer = setTimeout(() => resolve({ status: 'timeout' }), ms);
	});
	try {
		return await Promise.race([
			promise.then(
				(value) => /** @type {Settled<T>} */ ({ status: 'resolved', value }),
				(error) => /** @type {Settled<T>} */ ({ status: 'rejected', error }),
			),
			timeout,
		]);
	} finally {
		clearTimeout(timer);
	}
}

module.exports = { settleWithin };
