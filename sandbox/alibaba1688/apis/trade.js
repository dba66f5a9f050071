// @ts-check
'use strict';

const { parse1688 } = require('../dates');
const { BUSINESS_ERRORS, ERROR_TEXTS, businessError } = require('./business-errors');
const { toTradeInfo } = require('./trade-info');
const { positiveInt, parseOrderIds, parseStringList, parseBoolean } = require('./params');
const { BUSINESS_TYPE, TRADE_TYPE, refundStatusOf, TIME_FILTERS } = require('./order-filters');

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 50;

/** @param {import('./index').ApiContext} ctx */
function getBuyerOrderList({ params, user, data }) {
	const buyer = /** @type {import('../data').Buyer} */ (user);
	const page =
		positiveInt(params.page) ?? (params.page === undefined || params.page === '' ? 1 : null);
	const pageSize = positiveInt(params.pageSize);
	if (page === null)
		return businessError(BUSINESS_ERRORS.PARAM_ERROR, 'page must be an integer >= 1');
	if (pageSize === null)
		return businessError(BUSINESS_ERRORS.PARAM_ERROR, 'pageSize must be an integer >= 1');
	if (pageSize !== undefined && pageSize > MAX_PAGE_SIZE) {
		return businessError(
			BUSINESS_ERRORS.PAGE_SIZE_TOO_LARGE,
			`pageSize must not be greater than ${MAX_PAGE_SIZE}`,
		);
	}
	const size = pageSize ?? DEFAULT_PAGE_SIZE;

	/** @type {Array<(o: import('../data').Order) => boolean>} */
	const filters = [(o) => o.buyer.memberId === buyer.memberId];
	for (const [param, field, edge] of TIME_FILTERS) {
		const text = params[param];
		if (text === undefined || text === '') continue;
		const ms = parse1688(text);
		if (ms === null) {
			return businessError(
				BUSINESS_ERRORS.DATE_FORMAT_ERROR,
				`${param} must be in the format yyyyMMddHHmmssSSSZ, e.g. 20180102211113000+0800`,
			);
		}
		filters.push(edge === 'start' ? (o) => o[field] >= ms : (o) => o[field] <= ms);
	}
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
	// the other documented filters are accepted; they filter where the sandbox has the data and
	// are ignored when they cannot be read (never an error)
	if (params.bizTypes) {
		const bizTypes = parseStringList(params.bizTypes);
		if (bizTypes && bizTypes.length > 0) filters.push(() => bizTypes.includes(BUSINESS_TYPE));
	}
	if (params.refundStatus) filters.push((o) => refundStatusOf(o) === params.refundStatus.trim());
	if (params.tradeType) filters.push(() => params.tradeType.trim() === TRADE_TYPE);
	// outOrderId "外部订单号，可用于控制幂等" (list API page): the orders fastCreateOrder created with it
	const outOrderId = params.outOrderId?.trim();
	if (outOrderId) filters.push((o) => o.outOrderId === outOrderId);
	// needBuyerAddressAndPhone "是否需要查询买家的详细地址信息和电话" (list API page): without it
	// nativeLogistics holds only area, areaCode, city, contactPerson, province and zip (as in the
	// list sample); with it also address, mobile, telephone, town and townCode (see trade-info).
	// needMemoInfo: the memo (buyerFeedback) is always included; with it also the buyer's own
	// memo (buyerMemo, buyerRemarkIcon) once alibaba.order.memoAdd wrote one (apis/selling.js).
	const buyerAddressAndPhone = parseBoolean(params.needBuyerAddressAndPhone) === true;
	const buyerMemo = parseBoolean(params.needMemoInfo) === true;

	// isHis=true reads the history table (orders more than a year old); both are newest first
	const table = parseBoolean(params.isHis) ? data.historyOrders : data.orders;
	const matching = table.filter((o) => filters.every((f) => f(o)));
	const slice = matching.slice((page - 1) * size, page * size);
	// the documented reply has no `success` field on success: result + totalRecord only
	return {
		result: slice.map((o) => toTradeInfo(o, { detail: false, buyerAddressAndPhone, buyerMemo })),
		totalRecord: matching.length,
	};
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
