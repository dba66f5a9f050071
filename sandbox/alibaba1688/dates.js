// @ts-check
'use strict';

// 1688 prints java.util.Date as `yyyyMMddHHmmssSSSZ` in China time, e.g. 20180807152315000+0800.
const { SHANGHAI_OFFSET_MS, formatDateTime } = require('../common/beijing-time');

const pad = (/** @type {number} */ n, /** @type {number} */ width) =>
	String(n).padStart(width, '0');

/**
 * @param {number} ms epoch milliseconds
 * @param {17 | 14} [digits] 17 = with milliseconds (the general format), 14 = without (the getToken doc example)
 */
function format1688(ms, digits = 17) {
	const d = new Date(ms + SHANGHAI_OFFSET_MS);
	const base =
		pad(d.getUTCFullYear(), 4) +
		pad(d.getUTCMonth() + 1, 2) +
		pad(d.getUTCDate(), 2) +
		pad(d.getUTCHours(), 2) +
		pad(d.getUTCMinutes(), 2) +
		pad(d.getUTCSeconds(), 2);
	return (digits === 14 ? base : base + pad(d.getUTCMilliseconds(), 3)) + '+0800';
}

const PATTERN = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})([+-])(\d{2})(\d{2})$/;

/**
 * Parses a request parameter the way the gateway's `yyyyMMddHHmmssSSSZ` parser would: 17 digits
 * plus a zone offset, nothing else.
 * @param {string} text
 * @returns {number | null} epoch ms, or null when the text is not in that format
 */
function parse1688(text) {
	const m = PATTERN.exec(text.trim());
	if (!m) return null;
	const [, y, mo, d, h, mi, s, ms, sign, oh, om] = m;
	const fields = [y, mo, d, h, mi, s, ms, oh, om].map(Number);
	const [year, month, day, hour, minute, second, milli, offH, offM] = fields;
	if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
		return null;
	if (offH > 14 || offM > 59) return null;
	const local = Date.UTC(year, month - 1, day, hour, minute, second, milli);
	if (new Date(local).getUTCDate() !== day) return null;
	const offset = (sign === '+' ? 1 : -1) * (offH * 60 + offM) * 60000;
	return local - offset;
}

module.exports = { format1688, formatDateTime, parse1688 };
