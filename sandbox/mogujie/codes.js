// @ts-check
'use strict';

// Every status code the sandbox answers, with its message. Mogujie published none of its token
// endpoint codes and only a few gateway ones (protocol §3.6, §5.2), so almost all of these are
// the sandbox's own choice: each one marked INFERRED is invented, only distinct and 7 digits long.

/** The /token endpoint's `statusCode` (HTTP 200, flat body). */
const TOKEN_CODES = Object.freeze({
	SUCCESS: '0000000', // VERIFIED, with errorMsg "成功！"
	MISSING_PARAMETER: '0000201', // INFERRED
	UNSUPPORTED_GRANT_TYPE: '0000202', // INFERRED
	UNKNOWN_APP_KEY: '0000203', // INFERRED
	WRONG_APP_SECRET: '0000204', // INFERRED
	INVALID_CODE: '0000205', // INFERRED: unknown, already used, expired, or another app's code
	REDIRECT_URI_MISMATCH: '0000206', // INFERRED
	INVALID_REFRESH_TOKEN: '0000207', // INFERRED: unknown, expired, revoked, or rotated away
});

const TOKEN_SUCCESS_MSG = '成功！';

/** The gateway's `status.code` for refusals before any method runs (HTTP 200 envelope). */
const GATEWAY_CODES = Object.freeze({
	SUCCESS: '0000000', // VERIFIED
	TOKEN_INVALID: '0000001', // code VERIFIED, meaning INFERRED; answered only by the tokenInvalid fault
	SIGN_ERROR: '0000002', // INFERRED code; the message "Sign错误" is VERIFIED
	UNKNOWN_APP_KEY: '0000003', // INFERRED: app_key missing or not registered
	MISSING_SYSTEM_PARAM: '0000004', // INFERRED: method, timestamp or format missing
	INVALID_SYSTEM_PARAM: '0000005', // INFERRED: format not json, sign_method not md5, timestamp not a number
	TIMESTAMP_OUT_OF_RANGE: '0000006', // INFERRED: only when settings.timestampToleranceSec > 0
	UNKNOWN_METHOD: '0000007', // INFERRED
	TOKEN_EXPIRED: '0000010', // code VERIFIED (clients refresh on it), meaning INFERRED
	TOKEN_NOT_FOUND: '0000011', // VERIFIED with the message below
});

const GATEWAY_MESSAGES = Object.freeze({
	SUCCESS: 'success', // INFERRED
	TOKEN_INVALID: 'AccessToken无效，请刷新或重新授权', // INFERRED
	SIGN_ERROR: 'Sign错误', // VERIFIED
	TOKEN_EXPIRED: 'AccessToken已过期，请刷新', // INFERRED
	TOKEN_NOT_FOUND: 'AccessToken不存在，请重新授权', // VERIFIED
});

/** Business refusals of the methods (HTTP 200 envelope, `result: {}`). */
const BUSINESS_CODES = Object.freeze({
	INVALID_PARAM: '1000001', // INFERRED: a business parameter missing, not JSON, or of the wrong type or value
	PAGE_SIZE_TOO_LARGE: '1000002', // INFERRED: pageSize above settings.maxPageSize
	TIME_RANGE_TOO_LONG: '1000003', // INFERRED: a trade.sold.get range longer than settings.maxWindowHours
	SKU_NOT_FOUND: '1100400', // code VERIFIED (skustock.update on a bad SKU), meaning INFERRED
	INVALID_STOCK: '1100401', // INFERRED: stock not an integer in 0..MAX_STOCK
	ITEM_NOT_FOUND: '1100404', // INFERRED
	ORDER_NOT_FOUND: '1200404', // INFERRED: unknown shopOrderId, or another seller's order
	ORDER_NOT_SHIPPABLE: '1300001', // INFERRED: only ORDER_PAID orders can be shipped
	UNKNOWN_EXPRESS_CODE: '1300002', // INFERRED
	EMPTY_EXPRESS_ID: '1300003', // INFERRED
	CATEGORY_NOT_FOUND: '1400404', // INFERRED
	DECRYPT_FAILED: '1400001', // INFERRED: decryptID given an id the platform did not issue
});

module.exports = {
	TOKEN_CODES,
	TOKEN_SUCCESS_MSG,
	GATEWAY_CODES,
	GATEWAY_MESSAGES,
	BUSINESS_CODES,
};
