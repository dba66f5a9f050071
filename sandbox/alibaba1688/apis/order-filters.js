// @ts-check
'use strict';

// What the buyer's and the seller's order lists (getBuyerOrderList, getSellerOrderList) filter
// alike: the time windows, the refund status, and the fixed business and trade type of every
// sandbox order.

/** What every sandbox order is: a domestic (cn) order of trade type 50060 (see trade-info). */
const BUSINESS_TYPE = 'cn';
const TRADE_TYPE = '50060';

/** @param {import('../data').Order} order */
const refundStatusOf = (order) =>
	order.refundStatus ?? (order.status === 'terminated' ? 'refundsuccess' : undefined);

/** [parameter, order field, which edge of the window] */
const TIME_FILTERS = /** @type {const} */ ([
	['createStartTime', 'createTime', 'start'],
	['createEndTime', 'createTime', 'end'],
	['modifyStartTime', 'modifyTime', 'start'],
	['modifyEndTime', 'modifyTime', 'end'],
]);

module.exports = { BUSINESS_TYPE, TRADE_TYPE, refundStatusOf, TIME_FILTERS };
