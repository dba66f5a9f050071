// @ts-check
'use strict';

// The supplier's order APIs (issue 15; research seller-orders.md): the sales order list and
// detail, sending goods with the seller's own carrier, and memos. "The caller's sales orders" are
// the orders whose seller is the token's member (the list page: "用户的memberId必须等于订单的sellerMemberId").
const { parse1688 } = require('../dates');
const { javaLong } = require('../json');
const { parseExactJson, idText } = require('../exact-json');
const { WEB_SITES } = require('../orders');
const { MAX_WAYBILL_USES } = require('../selling');
const { SENDABLE_ORDER_STATUSES, inParcel, refunding, closed } = require('../lines');
const {
	BUSINESS_ERRORS,
	ERROR_TEXTS,
	SELLING_ERRORS,
	SELLING_ERROR_TEXTS,
	businessError,
} = require('./business-errors');
const { toTradeInfo } = require('./trade-info');
const { parseStringList, parseBoolean } = require('./params');
const { refundStatusOf, TRADE_TYPE, listOrders } = require('./order-filters');
const { OFFLINE_CARRIERS } = require('./refunds');

/** getSellerOrderList: "查询的每页的数量(最高20)" (API page). */
const MAX_PAGE_SIZE = 20;

/** get.sellerView's includeFields default (KEYI SDK param class: 默认返回GuaranteesTerms、NativeLogistics、OrderInvoice、CanSendCheck). */
const SELLER_VIEW_DEFAULT_FIELDS = [
	'GuaranteesTerms',
	'NativeLogistics',
	'OrderInvoice',
	'CanSendCheck',
];

/** @param {import('./index').ApiContext} ctx */
const callerOf = (ctx) => /** @type {import('../data').Buyer} */ (ctx.user);

// ---------------------------------------------------------------- getSellerOrderList

/**
 * com.alibaba.trade:alibaba.trade.getSellerOrderList-1 (订单列表查看(卖家视角); DUMP page, fixtures
 * alibaba.trade.getSellerOrderList.doc-example.txt and .observed-erp.txt). Newest first, like the
 * buyer's list. Reply {result: TradeInfo[], totalRecord}: no `success` on success (both samples);
 * basic info only (no logistics items: "不会返回订单的物流信息"), the list model has no orderBizInfo.
 * pageSize above 20: refused as the buyer's list refuses above its maximum (PAGE_SIZE_TOO_LARGE,
 * sandbox's own). Filters the sandbox cannot read (tousuStatus, the overdue-risk and official
 * logistics flags) are accepted and ignored.
 * @param {import('./index').ApiContext} ctx
 */
function getSellerOrderList(ctx) {
	const { params } = ctx;
	const memo = parseBoolean(params.needMemoInfo) === true;
	return listOrders(ctx, {
		party: 'seller',
		maxPageSize: MAX_PAGE_SIZE,
		dateExample: '20180721172608000+0800',
		moreFilters: sellerListFilters,
		view: {
			detail: false,
			buyerAddressAndPhone: parseBoolean(params.needBuyerAddressAndPhone) === true,
			seller: true,
			sellerMemo: memo,
			buyerMemo: memo,
			checkSend: parseBoolean(params.needCheckSend) === true,
		},
	});
}

/**
 * getSellerOrderList's own filters (a blank value filters nothing).
 * @param {Record<string, string>} params
 */
function sellerListFilters(params) {
	/** @type {import('./order-filters').OrderFilter[]} */
	const filters = [];
	const given = (/** @type {string} */ name) => params[name]?.trim() || undefined;
	const orderStatus = given('orderStatus');
	if (orderStatus) filters.push((o) => o.status === orderStatus);
	const refundStatus = given('refundStatus');
	if (refundStatus) filters.push((o) => refundStatusOf(o) === refundStatus);
	// buyerMemberId: "买家memberId或buyerOpenUid"; the sandbox's buyers have no openUid
	const buyerMemberId = given('buyerMemberId');
	if (buyerMemberId) filters.push((o) => o.buyer.memberId === buyerMemberId);
	const buyerLoginId = given('buyerLoginId');
	if (buyerLoginId) filters.push((o) => o.buyer.loginId === buyerLoginId);
	const productName = given('productName');
	if (productName) filters.push((o) => o.items.some((i) => i.product.name.includes(productName)));
	const tradeType = given('tradeType');
	if (tradeType) filters.push(() => tradeType === TRADE_TYPE);
	// every order prints orderRateInfo {buyerRateStatus: 5, sellerRateStatus: 5} (5 未评价)
	for (const name of ['buyerRateStatus', 'sellerRateStatus']) {
		const rate = given(name);
		if (rate) filters.push(() => rate === '5');
	}
	return filters;
}

// ---------------------------------------------------------------- get.sellerView

/**
 * com.alibaba.trade:alibaba.trade.get.sellerView-1 (SDK classes; no stored API page): the same
 * TradeInfo as buyerView and its String `success` ("true" / "false"). includeFields defaults to
 * GuaranteesTerms,NativeLogistics,OrderInvoice,CanSendCheck; the sandbox reads only CanSendCheck
 * (each line's canSendGoods / cantSendReason) and, like buyerView, prints the rest always. An
 * order the caller did not sell: buyerView's refusal for another buyer's order (no seller-side
 * code is documented; order.nopermission.* is OBSERVED on the buyer side only).
 * @param {import('./index').ApiContext} ctx
 */
function getSellerView(ctx) {
	const { params, data } = ctx;
	const seller = callerOf(ctx);
	/** @param {string} errorCode @param {string} errorMessage */
	const failure = (errorCode, errorMessage) => ({ success: 'false', errorCode, errorMessage });
	const webSite = params.webSite?.trim();
	if (webSite && !WEB_SITES.includes(webSite))
		return failure(BUSINESS_ERRORS.PARAM_ERROR, 'webSite must be 1688 or alibaba');
	const orderId = params.orderId.trim();
	const order = /^\d+$/.test(orderId) ? data.ordersById.get(orderId) : undefined;
	if (!order) return failure(BUSINESS_ERRORS.ORDER_NOT_FOUND, `order ${orderId} does not exist`);
	if (order.seller.memberId !== seller.memberId)
		return failure(BUSINESS_ERRORS.ORDER_NO_PERMISSION, ERROR_TEXTS.orderNoPermission);
	const fields = params.includeFields?.trim()
		? (parseStringList(params.includeFields) ?? [])
		: SELLER_VIEW_DEFAULT_FIELDS;
	const result = toTradeInfo(order, {
		detail: true,
		seller: true,
		sellerMemo: true,
		buyerMemo: true,
		checkSend: fields.includes('CanSendCheck'),
	});
	return { result, success: 'true' };
}

// ---------------------------------------------------------------- memoAdd

/**
 * com.alibaba.trade:alibaba.order.memoAdd-1 (DUMP page): orderId, memo, remarkIcon (1 红, 2 蓝,
 * 3 绿, 4 黄), all 必填. The seller of the order writes the seller's memo, its buyer the buyer's
 * (each call overwrites). Success {success: true}. An unknown order, or one the caller neither sold
 * nor bought: the page's 订单不存在 sample exactly (errorCode 400_4, errorMsg, and success true).
 * A remarkIcon other than 1-4: 400_4 with success false and the sandbox's own errorMsg.
 * @param {import('./index').ApiContext} ctx
 */
function memoAdd(ctx) {
	const { params, data, selling } = ctx;
	const caller = callerOf(ctx);
	const orderId = params.orderId.trim();
	const order = /^\d+$/.test(orderId) ? data.ordersById.get(orderId) : undefined;
	const role =
		order?.seller.memberId === caller.memberId
			? 'seller'
			: order?.buyer.memberId === caller.memberId
				? 'buyer'
				: undefined;
	if (!order || !role)
		return {
			errorCode: SELLING_ERRORS.MEMO_FAILED,
			errorMsg: SELLING_ERROR_TEXTS.memoOrderNotExist(orderId),
			success: true,
		};
	const remarkIcon = params.remarkIcon.trim();
	if (!/^[1-4]$/.test(remarkIcon))
		return {
			success: false,
			errorCode: SELLING_ERRORS.MEMO_FAILED,
			errorMsg: SELLING_ERROR_TEXTS.memoBadIcon(remarkIcon),
		};
	selling.setMemo(order, role, params.memo, remarkIcon);
	return { success: true };
}

// ---------------------------------------------------------------- OpDeliverySendOrder.offline

/** @param {string} errorMessage */
const sendFailure = (errorMessage) => ({ success: false, errorMessage });
/** @param {string} errorCode @param {string} errorMessage */
const sendError = (errorCode, errorMessage) => ({ success: false, errorCode, errorMessage });

const systemBusy = () => sendFailure(SELLING_ERROR_TEXTS.systemBusy);
const hsfException = () => sendFailure(SELLING_ERROR_TEXTS.hsfException);
const invalidWaybill = () =>
	sendError(SELLING_ERRORS.INVALID_PARAM, SELLING_ERROR_TEXTS.invalidWaybill);

/** @param {unknown} v */
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** @param {unknown} v */
const text = (v) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
/** A number, or a numeric string, as Java would bind it to Long / Double. @param {unknown} v */
const numberOf = (v) =>
	typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;

/**
 * sendGoods [{sourceId, sendGoodEntries: [{sourceEntryId, amount (Long), weight (Double)}]}]:
 * the documented shape (all required). Ids may be JSON strings or bare numbers (the doc sample).
 * @param {string} raw
 */
function readSendGoods(raw) {
	const value = parseExactJson(raw);
	if (!Array.isArray(value) || value.length === 0) return undefined;
	/** @type {Array<{ sourceId: string, entries: Array<{ sourceEntryId: string, amount: number, weight: number }> }>} */
	const list = [];
	for (const element of value) {
		if (!isObject(element)) return undefined;
		const e = /** @type {Record<string, unknown>} */ (element);
		const sourceId = idText(e.sourceId);
		if (!/^\d+$/.test(sourceId) || !Array.isArray(e.sendGoodEntries)) return undefined;
		if (e.sendGoodEntries.length === 0) return undefined;
		const entries = [];
		for (const entry of e.sendGoodEntries) {
			if (!isObject(entry)) return undefined;
			const en = /** @type {Record<string, unknown>} */ (entry);
			const sourceEntryId = idText(en.sourceEntryId);
			const amount = numberOf(en.amount);
			const weight = numberOf(en.weight);
			if (!/^\d+$/.test(sourceEntryId)) return undefined;
			if (!Number.isInteger(amount) || amount < 1) return undefined;
			if (!Number.isFinite(weight) || weight < 0) return undefined;
			entries.push({ sourceEntryId, amount, weight });
		}
		list.push({ sourceId, entries });
	}
	return list;
}

/**
 * com.alibaba.logistics:alibaba.logistics.OpDeliverySendOrder.offline-1 (物流发货-自己联系物流发货;
 * DUMP page, research seller-orders §3). One package (extBody {cpCode, logisticsCpName, mailNo}) for
 * the listed lines of one or more orders ("支持合并发货…支持子订单(orderEntry)级别的发货，不支持按数量发货":
 * a listed line ships whole, whatever its amount). All or nothing: every order and line is checked
 * before anything changes. Success: the page's sample {result: {logisticsId, sendGoods}, success:
 * true} (fixture alibaba.logistics.OpDeliverySendOrder.offline.success.txt; the echoed ids are bare
 * numbers, as there). Errors, the page's 错误码 table:
 * - sendGoods / extBody unreadable, a required field missing, gmtSend not a date:
 *   {success: false, errorMessage: "HSF Server unexpected exception"};
 * - cpCode not a companyNo of OpQueryLogisticCompanyList.offline, an order that does not exist or is
 *   not the caller's, a sourceEntryId not of the order ("请检查订单号是否正确…CpCode是否正确"), and
 *   (sandbox's own choice, the closest documented case: no code exists for them) an order unpaid,
 *   shipped or closed, or a line sent already: {success: false, errorMessage: "系统繁忙，请稍后再试"};
 * - mailNo missing, not a waybill of the carrier (the sandbox's loose patterns, catalog.js) or used
 *   15 times: INVALID_PARAM 运单号不符合规则或已被使用;
 * - a line with a refund in progress: 5001; a line refunded or closed: 5002;
 * - multiPackage=true: the sandbox's own MULTI_PACKAGE_NOT_SUPPORTED (not implemented).
 * receiverInfo, remarks, extParam and isEncryptOrderSend are accepted and not used.
 * @param {import('./index').ApiContext} ctx
 */
function sendOrderOffline(ctx) {
	const { params, data, clock, selling } = ctx;
	const seller = callerOf(ctx);
	const sendGoods = readSendGoods(params.sendGoods);
	if (!sendGoods) return hsfException();
	if (parseBoolean(params.multiPackage) === true)
		return sendError(
			SELLING_ERRORS.MULTI_PACKAGE_NOT_SUPPORTED,
			SELLING_ERROR_TEXTS.multiPackageNotSupported,
		);
	const gmtSend = params.gmtSend?.trim();
	const sentAt = gmtSend ? parse1688(gmtSend) : clock.now();
	if (sentAt === null) return hsfException();
	const ext = params.extBody?.trim() ? parseExactJson(params.extBody) : undefined;
	if (!isObject(ext)) return hsfException();
	const extBody = /** @type {Record<string, unknown>} */ (ext);
	const cpCode = text(extBody.cpCode);
	if (cpCode === '') return hsfException();
	// cpCode is the companyNo ("为物流公司信息的companyNo而非Id，例如顺丰的coCode为“SF”而非106422");
	// the package takes the list's companyName whatever logisticsCpName says
	const carrier = OFFLINE_CARRIERS.find((c) => c.code === cpCode);
	if (!carrier) return systemBusy();
	const billNo = text(extBody.mailNo);
	if (billNo === '' || !carrier.waybill.test(billNo)) return invalidWaybill();
	if (selling.waybillUses(billNo) >= MAX_WAYBILL_USES) return invalidWaybill();

	/** @type {import('../selling').Sending[]} */
	const sendings = [];
	for (const { sourceId, entries } of sendGoods) {
		const order = data.ordersById.get(sourceId);
		if (!order || order.seller.memberId !== seller.memberId) return systemBusy();
		if (sendings.some((s) => s.order === order)) return systemBusy();
		// unpaid, shipped in full, or closed (cancel, terminated) or later
		if (!SENDABLE_ORDER_STATUSES.has(order.status)) return systemBusy();
		/** @type {import('../data').OrderItem[]} */
		const items = [];
		for (const entry of entries) {
			const item = order.items.find((i) => i.subItemID === entry.sourceEntryId);
			if (!item || items.includes(item)) return systemBusy();
			if (refunding(item))
				return sendError(SELLING_ERRORS.SEND_REFUNDING, SELLING_ERROR_TEXTS.sendRefunding);
			if (closed(item))
				return sendError(SELLING_ERRORS.SEND_REFUNDED, SELLING_ERROR_TEXTS.sendRefunded);
			if (inParcel(order, item)) return systemBusy();
			items.push(item);
		}
		sendings.push({ order, items, entries });
	}

	const logisticsId = selling.sendGoods(sendings, { carrier, billNo, sentAt });
	return {
		result: {
			logisticsId,
			sendGoods: sendings.map(({ order, entries }) => ({
				sourceId: javaLong(order.id),
				sendGoodEntries: entries.map((e) => ({
					sourceEntryId: javaLong(e.sourceEntryId),
					amount: e.amount,
					weight: e.weight,
				})),
			})),
		},
		success: true,
	};
}

/** @type {import('./index').ApiDefinition[]} */
const DEFINITIONS = [
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.trade.getSellerOrderList',
		auth: true,
		handle: getSellerOrderList,
	},
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.trade.get.sellerView',
		auth: true,
		required: ['orderId'],
		handle: getSellerView,
	},
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.order.memoAdd',
		auth: true,
		required: ['orderId', 'memo', 'remarkIcon'],
		handle: memoAdd,
	},
	{
		namespace: 'com.alibaba.logistics',
		name: 'alibaba.logistics.OpDeliverySendOrder.offline',
		auth: true,
		required: ['sendGoods'],
		handle: sendOrderOffline,
	},
];

module.exports = Object.assign(DEFINITIONS, { MAX_PAGE_SIZE, SELLER_VIEW_DEFAULT_FIELDS });
