// @ts-check
'use strict';

// Order lines (ProductItemInfo) with a state of their own. 1688 ships per line
// (OpDeliverySendOrder.offline: "支持子订单(orderEntry)级别的发货"), refunds per line, and prints a
// status, logisticsStatus and, for sellers, canSendGoods / cantSendReason per line
// (getSellerOrderList: "子订单状态 status == waitsellersend 且 canSendGoods == true 才能发货").
// A line carries its own `status` only while it differs from the order's: shipped while the order
// waits for its other lines, or closed by a refund. Every other line shows the order's status.

/** Item refund statuses (upper case, refunds.js ITEM_REFUND_STATUS) of a refund still open. */
const OPEN_ITEM_REFUNDS = new Set([
	'WAIT_SELLER_AGREE',
	'WAIT_BUYER_MODIFY',
	'WAIT_BUYER_SEND',
	'WAIT_SELLER_RECEIVE',
]);

/** Order statuses in which the seller may still send goods (as the shipOrder control allows). */
const SENDABLE_ORDER_STATUSES = new Set(['waitsellersend', 'waitlogisticstakein']);

/** @param {import('./data').Order} order @param {import('./data').OrderItem} item */
const lineStatus = (order, item) => item.status ?? order.status;

/** Whether a parcel of the order carries the line. @param {import('./data').Order} order @param {import('./data').OrderItem} item */
const inParcel = (order, item) => order.packages.some((p) => p.subItemIds.includes(item.subItemID));

/** A refund of the line is in progress. @param {import('./data').OrderItem} item */
const refunding = (item) =>
	item.refundStatus !== undefined && OPEN_ITEM_REFUNDS.has(item.refundStatus);

/** The line was refunded or closed: it will never ship. @param {import('./data').OrderItem} item */
const closed = (item) =>
	item.refundStatus === 'REFUND_SUCCESS' ||
	item.status === 'terminated' ||
	item.status === 'cancel';

/**
 * ProductItemInfo.logisticsStatus (1 未发货, 2 已发货, 3 已收货): the order's, except that a line in a
 * parcel of an order not yet all sent is 2 and a closed line never sent stays 1.
 * @param {import('./data').Order} order @param {import('./data').OrderItem} item
 */
function lineLogisticsStatus(order, item) {
	if (order.status === 'cancel' || order.status === 'waitbuyerpay') return 1;
	const sent = inParcel(order, item);
	if (item.status !== undefined && !sent) return 1;
	if (order.receivingTime !== undefined) return 3;
	if (order.allDeliveredTime !== undefined || sent) return 2;
	return 1;
}

/**
 * Why the seller cannot send the line now, or undefined when it can (canSendGoods). The texts are
 * the sandbox's own (1688 documents cantSendReason as a String, with 拼团 and C2M as its examples).
 * @param {import('./data').Order} order @param {import('./data').OrderItem} item
 * @returns {string | undefined}
 */
function cantSendReason(order, item) {
	if (order.status === 'waitbuyerpay') return '买家未付款，不能发货';
	if (closed(item)) return '子订单已退款成功或已关闭，不能发货';
	if (refunding(item)) return '子订单退款中，暂不支持发货';
	if (inParcel(order, item) || !SENDABLE_ORDER_STATUSES.has(order.status))
		return '子订单已发货或订单状态不允许发货';
	return undefined;
}

/**
 * After the order moved to another status: lines take the order's status again, except closed ones.
 * @param {import('./data').Order} order
 */
function settleLines(order) {
	for (const item of order.items)
		if (item.status !== undefined && !closed(item)) delete item.status;
}

/**
 * The lines still to send (not in a parcel, not closed) of an order the seller may send.
 * @param {import('./data').Order} order
 */
const unsentLines = (order) => order.items.filter((i) => !inParcel(order, i) && !closed(i));

module.exports = {
	OPEN_ITEM_REFUNDS,
	SENDABLE_ORDER_STATUSES,
	lineStatus,
	inParcel,
	refunding,
	closed,
	lineLogisticsStatus,
	cantSendReason,
	settleLines,
	unsentLines,
};
