// @ts-check
'use strict';

// Protocol §4.4 (TOP's MD5 scheme): secret + every key+value except `sign`, keys in ordinal
// (UTF-16 code unit) order, + secret; MD5 over the UTF-8 bytes; upper-case hex, 32 characters.
// Values are signed exactly as received, empty strings included.
const { createHash, timingSafeEqual } = require('node:crypto');

const SIGN_PARAM = 'sign';

/** @param {Record<string, unknown>} params @param {string} secret */
function stringToSign(params, secret) {
	const keys = Object.keys(params)
		.filter((k) => k !== SIGN_PARAM && params[k] !== undefined && params[k] !== null)
		.sort();
	return secret + keys.map((k) => k + String(params[k])).join('') + secret;
}

/** @param {Record<string, unknown>} params @param {string} secret */
const sign = (params, secret) =>
	createHash('md5').update(stringToSign(params, secret), 'utf8').digest('hex').toUpperCase();

/**
 * @param {Record<string, unknown>} params
 * @param {string} secret
 * @param {string} signature as received; compared case-insensitively, and only at full length
 */
function verify(params, secret, signature) {
	const expected = Buffer.from(sign(params, secret), 'utf8');
	const given = Buffer.from(String(signature).toUpperCase(), 'utf8');
	return expected.length === given.length && timingSafeEqual(expected, given);
}

module.exports = { SIGN_PARAM, stringToSign, sign, verify };
