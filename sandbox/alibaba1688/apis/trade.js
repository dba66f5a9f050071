// @ts-check
'use strict';

const { BUSINESS_ERRORS, ERROR_TEXTS, businessError } = require('./business-errors');
const { toTradeInfo } = require('./trade-info');
const { parseOrderIds, parseBoolean } = require('./params');
const { TRADE_TYPE, refundStatusOf, listOrders } = require('./order-filters');

const MAX_PAGE_SIZE = 50;

/** @param {import('./index').ApiContext} ctx */
function getBuyerOrderList(ctx) {
	const { params } = ctx;
	// needBuyerAddressAndPhone "是否需要查询买家的详细地址信息和电话" (list API page): without it
	// nativeLogistics holds only area, areaCode, city, contactPerson, province and zip (as in the
	// list sample); with it also address, mobile, telephone, town and townCode (see trade-info).
	// needMemoInfo: the memo (buyerFeedback) is always included; with it also the buyer's own
	// memo (buyerMemo, buyerRemarkIcon) once alibaba.order.memoAdd wrote one (apis/selling.js).
	const buyerAddressAndPhone = parseBoolean(params.needBuyerAddressAndPhone) === true;
	const buyerMemo = parseBoolean(params.needMemoInfo) === true;
	return listOrders(ctx, {
		party: 'buyer',
		maxPageSize: MAX_PAGE_SIZE,
		dateExample: '20180102211113000+0800',
		moreFilters: buyerListFilters,
		view: { detail: false, buyerAddressAndPhone, buyerMemo },
	});
}

/**
 * getBuyerOrderList's own filters; an orderIds that is not a list of ids refuses the call.
 * @param {Record<string, string>} params
 */
function buyerListFilters(params) {
	/** @type {import('./order-filters').OrderFilter[]} */
	const filters = [];
	if (params.orderStatus) filters.push((o) => o.status === params.orderStatus);
	if (params.orderIds) {
		const ids = parseOrderIds(params.orderIds);
		if (ids === null)
			return businessError(
				BUSINESS_ERRORS.PARAM_ERROR,
				'orderIds must be a JSON array of order ids',
			);
		const wanted = new Set(ids);
		filters.push((o) => wanted.has(o.id));
	}
	if (params.sellerMemberId) filters.push((o) => o.seller.memberId === params.sellerMemberId);
	if (params.sellerLoginId) filters.push((o) => o.seller.loginId === params.sellerLoginId);
	if (params.productName)
		filters.push((o) => o.items.some((i) => i.product.name.includes(params.productName)));
	if (params.refundStatus) filters.push((o) => refundStatusOf(o) === params.refundStatus.trim());
	if (params.tradeType) filters.push(() => params.tradeType.trim() === TRADE_TYPE);
	// outOrderId "外部订单号，可用于控制幂等" (list API page): the orders fastCreateOrder created with it
	const outOrderId = params.outOrderId?.trim();
	if (outOrderId) filters.push((o) => o.outOrderId === outOrderId);
	return filters;
}

/** @param {import('./index').ApiContext} ctx */
function getBuyerView({ params, user, data }) {
	const buyer = /** @type {import('../data').Buyer} */ (user);
	const orderId = params.orderId.trim();
	// the reply's success is a String (see below), so a failure says "false"
	/** @param {string} errorCode @param {string} errorMessage */
	const failure = (errorCode, errorMessage) => ({ success: 'false', errorCode, errorMessage });
	const order = /^\d+$/.test(orderId) ? data.ordersById.get(orderId) : undefined;
	if (!order) return failure(BUSINESS_ERRORS.ORDER_NOT_FOUND, `order ${orderId} does not exist`);
	if (order.buyer.memberId !== buyer.memberId)
		return failure(BUSINESS_ERRORS.ORDER_NO_PERMISSION, ERROR_TEXTS.orderNoPermission);
	// success is a String "true" (API page: success String, example "true"; the Java SDK's
	// AlibabaTradeGetBuyerViewResult.success is a String too)
	return { result: toTradeInfo(order, { detail: true, buyerMemo: true }), success: 'true' };
}

/** @type {import('./index').ApiDefinition[]} */
module.exports = [
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.trade.getBuyerOrderList',
		auth: true,
		handle: getBuyerOrderList,
	},
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.trade.get.buyerView',
		auth: true,
		required: ['webSite', 'orderId'],
		handle: getBuyerView,
	},
];
