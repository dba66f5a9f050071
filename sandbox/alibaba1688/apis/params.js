// @ts-check
'use strict';

// Readers for request parameters shared by several APIs.

/** Positive integer or undefined when absent; null when present but not one. @param {string | undefined} text */
function positiveInt(text) {
	if (text === undefined || text === '') return undefined;
	return /^\d+$/.test(text.trim()) && Number(text) >= 1 ? Number(text) : null;
}

/**
 * orderIds is a Long[] sent as JSON (`[1,2]`) or a comma list. The ids exceed 2^53, so they are
 * read as digit strings, never through JSON.parse.
 * @param {string} text
 * @returns {string[] | null} null when it is not a list of ids
 */
function parseOrderIds(text) {
	const inner = text.trim().replace(/^\[/, '').replace(/\]$/, '');
	if (inner.trim() === '') return [];
	const parts = inner.split(',').map((p) => p.trim().replace(/^"(.*)"$/, '$1'));
	return parts.every((p) => /^\d+$/.test(p)) ? parts : null;
}

/**
 * A String[] sent as JSON (`["cn","ws"]`) or a comma list; null when it is neither.
 * @param {string} text
 * @returns {string[] | null}
 */
function parseStringList(text) {
	const trimmed = text.trim();
	if (trimmed.startsWith('[')) {
		try {
			const value = JSON.parse(trimmed);
			return Array.isArray(value)
				? value.map((v) => String(v).trim()).filter((v) => v !== '')
				: null;
		} catch {
			return null;
		}
	}
	return trimmed
		.split(',')
		.map((v) => v.trim())
		.filter((v) => v !== '');
}

/** `true`/`false` as Java's Boolean.valueOf would read it; undefined when absent. @param {string | undefined} text */
const parseBoolean = (text) =>
	text === undefined || text.trim() === '' ? undefined : text.trim().toLowerCase() === 'true';

module.exports = { positiveInt, parseOrderIds, parseStringList, parseBoolean };
