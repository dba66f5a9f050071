// @ts-check
'use strict';

// The gateway's own rule (Java SignatureUtil): concatenate key+value per parameter, sort those
// strings by UTF-16 code units (plain Array#sort, never localeCompare, never by key), prefix the
// url path, HMAC-SHA1 with the app secret, uppercase hex.
const { createHmac, timingSafeEqual } = require('node:crypto');

const SIGNATURE_PARAM = '_aop_signature';

/**
 * @param {string} urlPath e.g. `param2/1/system/currentTime/1000000`, or '' for the params-only variant
 * @param {Record<string, unknown>} params raw (not URL-encoded) values; `_aop_signature` is ignored
 */
function stringToSign(urlPath, params) {
	const factors = [];
	for (const [key, value] of Object.entries(params)) {
		if (key === SIGNATURE_PARAM || value === undefined || value === null) continue;
		factors.push(key + String(value));
	}
	factors.sort();
	return urlPath + factors.join('');
}

/**
 * @param {string} urlPath
 * @param {Record<string, unknown>} params
 * @param {string} appSecret
 */
function sign(urlPath, params, appSecret) {
	return createHmac('sha1', Buffer.from(appSecret, 'utf8'))
		.update(stringToSign(urlPath, params), 'utf8')
		.digest('hex')
		.toUpperCase();
}

/**
 * @param {string} urlPath
 * @param {Record<string, unknown>} params
 * @param {string} appSecret
 * @param {string} signature as received; compared case-insensitively
 */
function verify(urlPath, params, appSecret, signature) {
	const expected = Buffer.from(sign(urlPath, params, appSecret), 'utf8');
	const given = Buffer.from(String(signature).toUpperCase(), 'utf8');
	return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Params-only variant (push messages, legacy authorize URL): empty url path. */
const signParamsOnly = (
	/** @type {Record<string, unknown>} */ params,
	/** @type {string} */ appSecret,
) => sign('', params, appSecret);

const verifyParamsOnly = (
	/** @type {Record<string, unknown>} */ params,
	/** @type {string} */ appSecret,
	/** @type {string} */ signature,
) => verify('', params, appSecret, signature);

module.exports = { SIGNATURE_PARAM, stringToSign, sign, verify, signParamsOnly, verifyParamsOnly };
