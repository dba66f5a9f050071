// @ts-check
'use strict';

// Records the promise rejections nobody handled while a test runs, so fuzz tests can assert there
// were none. Kept in JS because the n8n lint forbids `process` in .ts files.

/**
 * The process that hears `unhandledRejection`. Under jest, `process` is a copy whose listeners
 * never hear the real process's events; jest-circus keeps the real one in its run state (it
 * listens there itself, to fail the test a rejection belongs to).
 * @returns {NodeJS.Process}
 */
function realProcess() {
	const symbol = Object.getOwnPropertySymbols(globalThis).find(
		(s) => s.description === 'JEST_STATE_SYMBOL',
	);
	/** @type {{ parentProcess?: NodeJS.Process } | undefined} */
	const state = symbol ? /** @type {any} */ (globalThis)[symbol] : undefined;
	return state?.parentProcess ?? process;
}

/**
 * Starts recording; `stop()` stops and returns the reasons of the rejections left unhandled since.
 * Node reports them after the microtask queue drains, so `stop` lets the event loop turn first.
 */
function recordUnhandledRejections() {
	const target = realProcess();
	/** @type {unknown[]} */
	const reasons = [];
	/** @param {unknown} reason */
	const onRejection = (reason) => reasons.push(reason);
	target.on('unhandledRejection', onRejection);
	return {
		/** @returns {Promise<unknown[]>} */
		stop: async () => {
			await new Promise((resolve) => setImmediate(resolve));
			target.off('unhandledRejection', onRejection);
			return reasons;
		},
	};
}

/**
 * Runs `work` and fails if any promise rejection was left unhandled meanwhile (the listener is
 * removed whatever happens).
 * @template T
 * @param {() => Promise<T>} work
 * @returns {Promise<T>}
 */
async function withoutUnhandledRejections(work) {
	const recording = recordUnhandledRejections();
	let result;
	try {
		result = await work();
	} finally {
		const reasons = await recording.stop();
		if (reasons.length > 0) {
			throw new Error(
				`${reasons.length} promise rejection(s) left unhandled, first: ${String(reasons[0])}`,
			);
		}
	}
	return result;
}

module.exports = { recordUnhandledRejections, withoutUnhandledRejections };
