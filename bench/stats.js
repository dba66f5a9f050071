// @ts-check
'use strict';

// Medians and the few number formats the report uses.

/** @param {number[]} values */
function median(values) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** @param {number[]} values @returns {{ median: number, min: number, max: number, n: number }} */
function summary(values) {
	return {
		median: median(values),
		min: values.length ? Math.min(...values) : NaN,
		max: values.length ? Math.max(...values) : NaN,
		n: values.length,
	};
}

/** @param {number} ms */
const ms = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

/** @param {number} bytes */
function mib(bytes) {
	if (!Number.isFinite(bytes)) return 'n/a';
	return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** @param {number} bytes */
function kib(bytes) {
	if (!Number.isFinite(bytes)) return 'n/a';
	return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** @param {number} ratio */
const times = (ratio) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a');

/** "median (min–max)" with a formatter. @param {{ median: number, min: number, max: number }} s @param {(n: number) => string} format */
const spread = (s, format) =>
	s.min === s.max ? format(s.median) : `${format(s.median)} (${format(s.min)}–${format(s.max)})`;

module.exports = { median, summary, ms, mib, kib, times, spread };
