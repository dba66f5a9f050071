// @ts-check
'use strict';

// JSON parameters that carry 1688 ids as bare numbers (OpDeliverySendOrder.offline's doc sample
// sends "sourceId":206026099675498520, productIds are Long[]): JSON.parse would round any integer
// above 2^53, so integer literals of 16 digits or more are read as their exact digit strings.

const QUOTE = 34;
const BACKSLASH = 92;
const MINUS = 45;
const LONG_DIGITS = 16;

const isDigit = (/** @type {number} */ code) => code >= 48 && code <= 57;
/** `.`, `e`, `E`, `+`, `-` inside a number: not an integer literal. */
const isNumberPunctuation = (/** @type {number} */ code) =>
	code === 46 || code === 101 || code === 69 || code === 43 || code === MINUS;

/**
 * The text with every integer literal of LONG_DIGITS digits or more put in quotes (strings untouched).
 * @param {string} text
 */
function quoteLongIntegers(text) {
	let out = '';
	let copied = 0;
	let i = 0;
	while (i < text.length) {
		const code = text.charCodeAt(i);
		if (code === QUOTE) {
			i++;
			while (i < text.length && text.charCodeAt(i) !== QUOTE)
				i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
			i++;
		} else if (code === MINUS || isDigit(code)) {
			let end = i + 1;
			let integer = true;
			for (; end < text.length; end++) {
				const next = text.charCodeAt(end);
				if (isNumberPunctuation(next)) integer = false;
				else if (!isDigit(next)) break;
			}
			const digits = end - i - (code === MINUS ? 1 : 0);
			if (integer && digits >= LONG_DIGITS) {
				out += `${text.slice(copied, i)}"${text.slice(i, end)}"`;
				copied = end;
			}
			i = end;
		} else i++;
	}
	return out + text.slice(copied);
}

/**
 * JSON.parse with long integers kept exact (as digit strings); undefined when the text is not JSON.
 * @param {string} text
 * @returns {unknown}
 */
function parseExactJson(text) {
	try {
		return JSON.parse(quoteLongIntegers(text));
	} catch {
		return undefined;
	}
}

/** An id given as a JSON string or number, as its digits ('' when it is neither). @param {unknown} v */
const idText = (v) =>
	typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isInteger(v) ? String(v) : '';

module.exports = { parseExactJson, quoteLongIntegers, idText };
