// @ts-check
'use strict';

// `yyyy-MM-dd HH:mm:ss` wall-clock time in China (UTC+8, no daylight saving), the date format
// both marketplaces print and parse in plain-text fields.
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 86400 * 1000;

const pad = (/** @type {number} */ n, /** @type {number} */ width) =>
	String(n).padStart(width, '0');

/** @param {number} ms epoch milliseconds */
function formatDateTime(ms) {
	const d = new Date(ms + SHANGHAI_OFFSET_MS);
	return (
		`${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)} ` +
		`${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`
	);
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * Strict: exactly `yyyy-MM-dd HH:mm:ss` naming a real moment.
 * @param {string} text
 * @returns {number | null} epoch ms, or null when the text is not such a date
 */
function parseDateTime(text) {
	const m = PATTERN.exec(text);
	if (!m) return null;
	const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
	if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
	const local = Date.UTC(year, month - 1, day, hour, minute, second);
	if (new Date(local).getUTCDate() !== day) return null;
	return local - SHANGHAI_OFFSET_MS;
}

/** Midnight in China of the day `ms` falls on. @param {number} ms */
const startOfDay = (ms) =>
	Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;

module.exports = { SHANGHAI_OFFSET_MS, formatDateTime, parseDateTime, startOfDay };
