// @ts-check
'use strict';

// Business error codes: HTTP 200 replies with success:false. Codes in lower case with dots, or
// plain numbers, are documented 1688 codes (order.nopermission.buyer, order.createtime.history,
// 404, 500_1, CLOSE_ORDER_TOO_FAST); the UPPER_CASE others are the sandbox's own choice where
// 1688 documents no code for the case.
const BUSINESS_ERRORS = /** @type {const} */ ({
	PAGE_SIZE_TOO_LARGE: 'PAGE_SIZE_TOO_LARGE',
	DATE_FORMAT_ERROR: 'DATE_FORMAT_ERROR',
	PARAM_ERROR: 'PARAM_ERROR',
	ORDER_NO_PERMISSION: 'order.nopermission.buyer',
	ORDER_NOT_FOUND: '404',
	CATEGORY_NOT_FOUND: '500_1',
	/** getLogisticsTraceInfo: the order was created more than a year ago (documented) */
	ORDER_CREATE_TIME_HISTORY: 'order.createtime.history',
	/** logistics APIs: the order (or the asked logisticsId) has no shipment yet */
	NO_LOGISTICS_INFO: 'NO_LOGISTICS_INFO',
	/** alibaba.product.get: no such product */
	PRODUCT_NOT_EXIST: 'PRODUCT_NOT_EXIST',
	/** preview / fastCreateOrder */
	ADDRESS_PARAM_INVALID: 'ADDRESS_PARAM_INVALID',
	CARGO_PARAM_INVALID: 'CARGO_PARAM_INVALID',
	OFFER_NOT_EXIST: 'OFFER_NOT_EXIST',
	SPEC_NOT_EXIST: 'SPEC_NOT_EXIST',
	QUANTITY_LESS_THAN_MIN_ORDER: 'QUANTITY_LESS_THAN_MIN_ORDER',
	STOCK_NOT_ENOUGH: 'STOCK_NOT_ENOUGH',
	FLOW_NOT_SUPPORTED: 'FLOW_NOT_SUPPORTED',
	/** alibaba.trade.cancel: the order is less than 10 s old (documented) */
	CLOSE_ORDER_TOO_FAST: 'CLOSE_ORDER_TOO_FAST',
	/** alibaba.trade.cancel: only waitbuyerpay orders can be cancelled by the buyer */
	ORDER_STATUS_NOT_ALLOW_CANCEL: 'ORDER_STATUS_NOT_ALLOW_CANCEL',
	/** alibaba.alipay.url.get */
	ORDER_ID_LIST_TOO_LONG: 'ORDER_ID_LIST_TOO_LONG',
	ORDER_STATUS_NOT_ALLOW_PAY: 'ORDER_STATUS_NOT_ALLOW_PAY',
});

/**
 * The crossborder (fenxiao) APIs answer HTTP 200 with a nested ResultModel
 * `{ result: { success, code, message, result } }`; these are its `code` values.
 */
const CROSSBORDER_CODES = /** @type {const} */ ({
	OK: '200',
	BAD_REQUEST: '400',
	NOT_FOUND: '404',
});

/** The usual business failure shape. @param {string} errorCode @param {string} errorMessage */
const businessError = (errorCode, errorMessage) => ({ success: false, errorCode, errorMessage });

module.exports = { BUSINESS_ERRORS, CROSSBORDER_CODES, businessError };
