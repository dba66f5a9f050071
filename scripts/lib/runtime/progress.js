// @ts-check
'use strict';

// What a long install step prints while it runs, so minutes of work are never minutes of silence:
// how far along it is (a count out of a known total, or the time spent against the usual time) at
// every tenth of the way and at least every `everyMs`, and once a hint when nothing has moved for
// `stallMs`.

/** @param {number} ms */
function clock(ms) {
	const seconds = Math.round(ms / 1000);
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** @param {number} n */
const count = (n) => n.toLocaleString('en-US');

/**
 * @param {{ log: (line: string) => void, label: string, total?: number, unit?: string,
 *   usually?: string, everyMs?: number, stallMs?: number, stallHint?: string,
 *   now?: () => number }} options
 */
function startProgress({
	log,
	label,
	total = 0,
	unit = '',
	usually = '',
	everyMs = 15_000,
	stallMs = 90_000,
	stallHint = '',
	now = Date.now,
}) {
	const began = now();
	let done = 0;
	let lastPrint = began;
	let lastMove = began;
	let tenthsShown = 0;
	let stallShown = false;

	const status = () => {
		const spent = clock(now() - began);
		if (total > 0) {
			const shown = Math.min(done, total);
			const percent = Math.floor((shown * 100) / total);
			return `${label}: ${count(shown)} of ${count(total)}${unit ? ` ${unit}` : ''} (${percent}%), ${spent}`;
		}
		return `${label}: ${spent}${usually ? ` (usually ${usually})` : ''}`;
	};
	const print = () => {
		lastPrint = now();
		log(status());
	};
	const check = () => {
		const at = now();
		if (stallHint && !stallShown && at - lastMove >= stallMs) {
			stallShown = true;
			log(`${label}: nothing has moved for ${clock(at - lastMove)}. ${stallHint}`);
		}
		if (at - lastPrint >= everyMs) print();
	};
	const timer = setInterval(check, 1000);
	timer.unref();

	return {
		/** One more unit done. */
		tick() {
			done += 1;
			lastMove = now();
			stallShown = false;
			const tenths = total > 0 ? Math.floor((Math.min(done, total) * 10) / total) : 0;
			if (tenths > tenthsShown && tenths < 10) {
				tenthsShown = tenths;
				print();
			}
		},
		check,
		/** Units done so far. */
		done: () => done,
		/** Milliseconds since the start. */
		elapsed: () => now() - began,
		stop: () => clearInterval(timer),
	};
}

module.exports = { startProgress, clock, count };
