// @ts-check
'use strict';

// Business error codes: HTTP 200 replies with success:false. The first three are the sandbox's
// own choice (1688 documents no code for these cases); the others are documented 1688 codes.
const BUSINESS_ERRORS = /** @type {const} */ ({
	PAGE_SIZE_TOO_LARGE: 'PAGE_SIZE_TOO_LARGE',
	DATE_FORMAT_ERROR: 'DATE_FORMAT_ERROR',
	PARAM_ERROR: 'PARAM_ERROR',
	ORDER_NO_PERMISSION: 'order.nopermission.buyer',
	ORDER_NOT_FOUND: '404',
	CATEGORY_NOT_FOUND: '500_1',
});

/** The usual business failure shape. @param {string} errorCode @param {string} errorMessage */
const businessError = (errorCode, errorMessage) => ({ success: false, errorCode, errorMessage });

module.exports = { BUSINESS_ERRORS, businessError };
