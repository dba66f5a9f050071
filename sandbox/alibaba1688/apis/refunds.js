// @ts-check
'use strict';

// Buyers' refunds (issue 14): reasons, create, voucher upload, the three refund reads (+ the
// operation list), sending the goods back, and the carrier lists returnGoods validates against.
// Shapes: the API pages (1688-api-docs, see /work/research14/refunds.md) and their examples, saved
// verbatim as fixtures test/fixtures/real/1688/alibaba.trade.createRefund.doc-example.txt,
// alibaba.trade.refund.*.txt. Money is fen (Long) everywhere here. The error codes and their reply
// shapes are in refund-errors.js; the refund records and their life cycle in ../refunds.js.
const { parse1688, format1688 } = require('../dates');
const { javaLong } = require('../json');
const catalog = require('../catalog');
const {
	refundBookOf,
	orderPhase,
	GOODS_STATUSES,
	GOODS_STATUSES_BY_PHASE,
	RECEIVED_GOODS_STATUSES,
	REFUND_STATUSES,
	OPEN_REFUND_STATUSES,
	REFUND_REASONS,
} = require('../refunds');
const {
	CREATE_REFUND_ERRORS: CE,
	UPLOAD_VOUCHER_ERRORS: UE,
	RETURN_GOODS_ERRORS: RE,
	REFUND_LIST_ERRORS: LE,
	REFUND_READ_ERRORS,
} = require('./refund-errors');
const { parseOrderIds, parseStringList, parseBoolean } = require('./params');

const DAY = 86400000;

/** The sandbox's own numbers where the refund pages are silent (exported as REFUND_LIMITS). */
const REFUND_LIMITS = Object.freeze({
	/** createRefund description: 2-150 characters (API page) */
	DESCRIPTION_MIN: 2,
	DESCRIPTION_MAX: 150,
	/** createRefund vouchers: 1-5 (API page) */
	CREATE_MAX_VOUCHERS: 5,
	/** returnGoods: description 2-200 characters, at most 10 vouchers (API page) */
	RETURN_DESCRIPTION_MIN: 2,
	RETURN_DESCRIPTION_MAX: 200,
	RETURN_MAX_VOUCHERS: 10,
	/** uploadRefundVoucher: "小于1M" (API page); the sandbox refuses more than 1 MiB */
	VOUCHER_MAX_BYTES: 1024 * 1024,
	/** queryOrderRefundList: only refunds applied for in the last 730 days (documented APPLY_TIME_ERROR) */
	LIST_MAX_AGE_DAYS: 730,
	/** queryOrderRefundList pageSize default and maximum: sandbox's own (the page gives example 20) */
	LIST_DEFAULT_PAGE_SIZE: 20,
	LIST_MAX_PAGE_SIZE: 50,
	/**
	 * needTimeOutInfo: days until the timeout acts, per status (sandbox's own; 1688 documents the
	 * fields gmtTimeOut / timeOutOperateType but neither the values nor the delays)
	 */
	TIMEOUT_DAYS: Object.freeze({
		waitselleragree: 5,
		waitbuyermodify: 7,
		waitbuyersend: 7,
		waitsellerreceive: 10,
	}),
});

/** OrderRefund*Result errors. @param {{ code: string, message: string }} error */
const resultError = (error) => ({
	result: { success: false, code: error.code, message: error.message },
});
/** returnGoods' RefundReturnGoodsResult (fixture alibaba.trade.refund.returnGoods.waybill-check-failed.txt). @param {{ code: string, message: string }} error */
const returnGoodsError = (error) => ({
	result: { errorCode: error.code, errorInfo: error.message, success: false },
});
/** queryOrderRefundList: errorCode + errorMsg (Java SDK AlibabaTradeRefundBuyerQueryOrderRefundListResult). @param {{ code: string, message: string }} error @param {string} [detail] */
const listError = (error, detail) => ({
	success: false,
	errorCode: error.code,
	errorMsg: detail ?? error.message,
});

const characters = (/** @type {string} */ text) => [...text].length;

/**
 * The buyer's order, or the createRefund-style problem (5001 / 5002).
 * @param {import('./index').ApiContext} ctx
 * @returns {{ order: import('../data').Order } | { problem: { code: string, message: string } }}
 */
function ownOrder({ params, user, data }) {
	const buyer = /** @type {import('../data').Buyer} */ (user);
	const orderId = (params.orderId ?? '').trim();
	const order = /^\d+$/.test(orderId) ? data.ordersById.get(orderId) : undefined;
	if (!order) return { problem: CE.ORDER_NOT_EXIST };
	if (order.buyer.memberId !== buyer.memberId) return { problem: CE.NOT_BUYER };
	return { order };
}

/**
 * orderEntryIds (Long[] as JSON, e.g. [586683458997743215]) → the order's items; PARAM_ERROR when
 * unreadable, 5010 ("检查子订单id") when empty or not entries of the order.
 * @param {string} raw @param {import('../data').Order} order
 * @returns {{ items: import('../data').OrderItem[] } | { problem: { code: string, message: string } }}
 */
function readEntries(raw, order) {
	const ids = parseOrderIds(raw);
	if (ids === null)
		return {
			problem: {
				code: CE.PARAM_ERROR.code,
				message: 'orderEntryIds must be a JSON array of sub-order ids, e.g. [586683458997743215]',
			},
		};
	const unique = [...new Set(ids)];
	const items = unique.map((id) => order.items.find((i) => i.subItemID === id));
	if (unique.length === 0 || items.some((i) => i === undefined))
		return { problem: CE.REFUND_STATUS_ERROR };
	return { items: /** @type {import('../data').OrderItem[]} */ (items) };
}

/**
 * A String[] of voucher URLs: JSON (["https://…"]) or the doc example's bare list
 * ([https://cbu01.alicdn.com/img/ibank/2019/901/930/11848039109.jpg]); empty → [].
 * @param {string | undefined} raw @returns {string[] | null}
 */
function readVoucherList(raw) {
	const text = (raw ?? '').trim();
	if (text === '' || text === '[]') return [];
	if (text.startsWith('[') && text.includes('"')) return parseStringList(text);
	return text
		.replace(/^\[/, '')
		.replace(/\]$/, '')
		.split(',')
		.map((v) => v.trim())
		.filter((v) => v !== '');
}

/**
 * orderEntryCountList: JSON [{"id": 586683458996743215, "count": 1}], ids read as digit strings
 * (they exceed 2^53). null when unreadable.
 * @param {string} raw @returns {Array<{ id: string, count: number }> | null}
 */
function readEntryCounts(raw) {
	let value;
	try {
		value = JSON.parse(raw.replace(/("id"\s*:\s*)(\d+)/g, '$1"$2"'));
	} catch {
		return null;
	}
	if (!Array.isArray(value)) return null;
	/** @type {Array<{ id: string, count: number }>} */
	const out = [];
	for (const entry of value) {
		if (entry === null || typeof entry !== 'object') return null;
		const id = String(entry.id ?? '').trim();
		const count = Number(entry.count);
		if (!/^\d+$/.test(id)) return null;
		out.push({ id, count });
	}
	return out;
}

// ---------------------------------------------------------------- getRefundReasonList

/**
 * getRefundReasonList-1. Reply: OrderRefundReasonListResult {code, message, success, result:
 * {reasons: [{id, name, needVoucher, noRefundCarriage, tip}]}} (API page; no reply example, so
 * success is printed as createRefund's example does: result + success only). Errors: the page
 * documents only "5xxx 调用者错误"; the sandbox answers createRefund's 5001 / 5002 / 5003 / 5010.
 * @param {import('./index').ApiContext} ctx
 */
function getRefundReasonList(ctx) {
	const api = 'alibaba.trade.getRefundReasonList';
	const book = refundBookOf(ctx.data, ctx.clock);
	const forced = book.takeForced(api);
	if (forced) return resultError(forced);
	const found = ownOrder(ctx);
	if ('problem' in found) return resultError(found.problem);
	const goodsStatus = ctx.params.goodsStatus.trim();
	if (!(/** @type {readonly string[]} */ (GOODS_STATUSES).includes(goodsStatus)))
		return resultError(CE.GOODS_STATUS_INVALID);
	const entries = readEntries(ctx.params.orderEntryIds, found.order);
	if ('problem' in entries) return resultError(entries.problem);
	const reasons = REFUND_REASONS[/** @type {typeof GOODS_STATUSES[number]} */ (goodsStatus)];
	return { result: { result: { reasons: reasons.map((r) => ({ ...r })) }, success: true } };
}

// ---------------------------------------------------------------- createRefund

/**
 * createRefund-1. Success: {"result":{"result":{"refundId":"TQ…", …},"success":true}} (fixture
 * alibaba.trade.createRefund.doc-example.txt, which shows refundId only; innerReasonId,
 * innerReason, innerPostFee, isVoucher and refundOfficialSolutionCost are the page's newer
 * OrderRefundCreateResult fields). Errors: {result: {success: false, code, message}} with the
 * page's 错误码 table (refund-errors.js).
 * @param {import('./index').ApiContext} ctx
 */
function createRefund(ctx) {
	const api = 'alibaba.trade.createRefund';
	const { params, data, clock } = ctx;
	const buyer = /** @type {import('../data').Buyer} */ (ctx.user);
	const book = refundBookOf(data, clock);
	const fail = (/** @type {{ code: string, message: string }} */ error) => resultError(error);
	const forced = book.takeForced(api);
	if (forced) return fail(forced);

	const found = ownOrder(ctx);
	if ('problem' in found) return fail(found.problem);
	const { order } = found;
	const goodsStatus = params.goodsStatus.trim();
	if (!(/** @type {readonly string[]} */ (GOODS_STATUSES).includes(goodsStatus)))
		return fail(CE.GOODS_STATUS_INVALID);
	const disputeRequest = params.disputeRequest.trim();
	// not refund / returnRefund: 5100 (its fix: "按照示例填写参数")
	if (disputeRequest !== 'refund' && disputeRequest !== 'returnRefund') return fail(CE.UNKNOWN);

	const read = readEntries(params.orderEntryIds, order);
	if ('problem' in read) return fail(read.problem);
	const { items } = read;

	// 5010 退货状态错误: (1) returnRefund only with the goods received, (2) goodsStatus must match
	// the order (shipped or not, in-sale or not), (3) sub-orders, order status, duplicate submits
	const phase = orderPhase(order);
	if (!(/** @type {readonly string[]} */ (GOODS_STATUSES_BY_PHASE[phase]).includes(goodsStatus)))
		return fail(CE.REFUND_STATUS_ERROR);
	if (disputeRequest === 'returnRefund' && !RECEIVED_GOODS_STATUSES.includes(goodsStatus))
		return fail(CE.REFUND_STATUS_ERROR);
	if (items.some((i) => book.openRefundOf(i) !== undefined || book.refundableFen(i) <= 0))
		return fail(CE.REFUND_STATUS_ERROR);

	const reasonId = params.applyReasonId.trim();
	const reasons = REFUND_REASONS[/** @type {typeof GOODS_STATUSES[number]} */ (goodsStatus)];
	const reason = reasons.find((r) => String(r.id) === reasonId);
	if (!reason) return fail(CE.REASON_INVALID);

	const description = params.description.trim();
	const length = characters(description);
	if (length < REFUND_LIMITS.DESCRIPTION_MIN || length > REFUND_LIMITS.DESCRIPTION_MAX)
		return fail(CE.DESCRIPTION_LENGTH);

	const vouchers = readVoucherList(params.vouchers);
	if (
		vouchers === null ||
		vouchers.length > REFUND_LIMITS.CREATE_MAX_VOUCHERS ||
		vouchers.some((v) => !book.isVoucherOf(buyer, v))
	)
		return fail(CE.VOUCHERS_INVALID);
	if (reason.needVoucher && vouchers.length === 0) return fail(CE.VOUCHER_REQUIRED);

	// orderEntryCountList: only for an in-sale, goods-received return (5013)
	/** @type {Map<string, number>} */
	const counts = new Map();
	const countText = params.orderEntryCountList?.trim() ?? '';
	if (countText !== '' && countText !== '[]') {
		const list = readEntryCounts(countText);
		if (list === null) return fail(CE.ENTRY_COUNT_ERROR);
		if (goodsStatus !== 'refundBuyerReceived' || disputeRequest !== 'returnRefund')
			return fail(CE.ENTRY_COUNT_ERROR);
		for (const { id, count } of list) {
			const item = items.find((i) => i.subItemID === id);
			if (!item || !Number.isInteger(count) || count < 1 || count > item.quantity)
				return fail(CE.ENTRY_COUNT_ERROR);
			counts.set(id, count);
		}
	}

	const applyText = params.applyPayment.trim();
	const carriageText = params.applyCarriage.trim();
	if (!/^\d+$/.test(applyText) || !/^\d+$/.test(carriageText)) return fail(CE.AMOUNT_ERROR);
	const applyFen = Number(applyText);
	const carriageFen = Number(carriageText);
	// 5006 退运费大于0: the reason refunds no postage
	if (reason.noRefundCarriage && carriageFen > 0) return fail(CE.CARRIAGE_NOT_REFUNDABLE);
	const entries = items.map((item) => {
		const count = counts.get(item.subItemID) ?? item.quantity;
		const share = count < item.quantity ? item.priceFen * count : item.amountFen;
		return { item, count, capFen: Math.min(share, book.refundableFen(item)) };
	});
	const capFen = entries.reduce((s, e) => s + e.capFen, 0);
	// 5011 退款金额错误: not more than paid; before shipping exactly the goods' paid amount
	if (
		applyFen > capFen ||
		(goodsStatus === 'refundWaitSellerSend' && applyFen !== capFen) ||
		carriageFen > book.refundableCarriageFen(order) ||
		applyFen + carriageFen === 0
	)
		return fail(CE.AMOUNT_ERROR);

	const refund = book.apply({
		order,
		buyer,
		entries,
		disputeRequest,
		goodsStatus,
		applyFen,
		carriageFen,
		reason,
		description,
		vouchers,
	});
	return {
		result: {
			result: {
				refundId: refund.refundId,
				innerReasonId: reason.id,
				innerReason: reason.name,
				innerPostFee: carriageFen,
				isVoucher: vouchers.length > 0 ? '1' : '0',
				refundOfficialSolutionCost: 0,
			},
			success: true,
		},
	};
}

// ---------------------------------------------------------------- uploadRefundVoucher

/** JPEG (FF D8 FF) by its first bytes: the page asks for "jpg格式". @param {Buffer} bytes */
const isJpeg = (bytes) =>
	bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;

/**
 * uploadRefundVoucher-1: imageData as a multipart file part (the page's form example; that part is
 * not signed, and the gateway never puts file parts into the signed parameters) or, as some
 * clients do, base64 text in an ordinary (signed) field. Reply OrderRefundUploadVoucherResult
 * {code, message, success, result: {imageDomain, imageRelativeUrl}} (page; no example): success
 * prints result + success only, like createRefund's example. Error 4000 (page).
 * @param {import('./index').ApiContext} ctx
 */
function uploadRefundVoucher(ctx) {
	const api = 'alibaba.trade.uploadRefundVoucher';
	const buyer = /** @type {import('../data').Buyer} */ (ctx.user);
	const book = refundBookOf(ctx.data, ctx.clock);
	const forced = book.takeForced(api);
	if (forced) return resultError(forced);
	const file = (ctx.files ?? []).find((f) => f.name === 'imageData');
	let bytes;
	if (file) bytes = file.data;
	else {
		const text = (ctx.params.imageData ?? '').replace(/\s/g, '');
		// a form-urlencoded '+' that was not escaped arrives as a space: already removed above,
		// so only clean base64 (standard or URL-safe) is read
		if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) bytes = Buffer.from(text, 'base64');
	}
	if (
		!bytes ||
		bytes.length === 0 ||
		bytes.length > REFUND_LIMITS.VOUCHER_MAX_BYTES ||
		!isJpeg(bytes)
	)
		return resultError(UE.IMAGE_INVALID);
	return { result: { result: book.issueVoucher(buyer), success: true } };
}

// ---------------------------------------------------------------- refund views

const DISPUTE_REQUEST = Object.freeze({
	/** returnRefund: 3 in every example (all three are 退货退款 or unnamed) */
	returnRefund: 3,
	/** refund (仅退款): sandbox's own value; 1688 documents no mapping */
	refund: 1,
});

/** @param {import('../refunds').Refund} refund */
function productName(refund) {
	const [first] = refund.entries;
	const attrs = first.item.sku.attrs.map((a) => a.value).join(' ');
	const name = attrs ? `${first.item.product.name} ${attrs}` : first.item.product.name;
	return refund.entries.length > 1 ? `${name}等${refund.entries.length}种` : name;
}

/**
 * extInfo: a subset of the examples' keys with values of this refund (sandbox's own selection; the
 * page documents payMode alipay|fundFreeze and 7d).
 * @param {import('../refunds').Refund} refund
 */
const extInfo = (refund) => ({
	reason: String(refund.reason.id),
	newRefund: 'rp2',
	bizCode: 'cbu.general.refund',
	old_reason_id: String(refund.reason.id),
	b2b_seller_mId: refund.seller.memberId,
	b2b_buyer_mId: refund.buyer.memberId,
	refundPostFee: String(refund.carriageFen),
	opRole: refund.lastOperator === 'system' ? 'timeout' : 'user',
	apply_init_refund_fee: String(refund.applyFen),
	appName: 'tosp-aftersales',
	payMode: 'alipay',
	workflowName:
		refund.disputeRequest === 'returnRefund' ? 'cbu_return_and_refund' : 'cbu_only_refund',
});

/**
 * Everything an OpOrderRefundModel can say about the refund; each API prints the keys its example
 * has (see the views below). Dates: 1688's yyyyMMddHHmmssSSS+0800.
 * @param {import('../refunds').Refund} refund
 */
function modelValues(refund) {
	const returned = refund.carrier !== undefined;
	const address = refund.returnAddress;
	return {
		alipayPaymentId: refund.order.alipayTradeId,
		applyCarriage: refund.carriageFen,
		applyPayment: refund.applyFen,
		applyReason: refund.reason.name,
		applyReasonId: refund.reason.id,
		applySubReasonId: 0,
		buyerLogisticsName: returned ? refund.carrier?.name : undefined,
		buyerMemberId: refund.buyer.memberId,
		buyerSendGoods: returned,
		buyerUserId: refund.buyer.userId,
		buyerLoginId: refund.buyer.loginId,
		canRefundPayment: refund.canRefundFen,
		crmModifyRefund: false,
		disputeRequest: DISPUTE_REQUEST[refund.disputeRequest],
		// 1 售中, 2 售后 (queryOrderRefundList's dipsuteType filter)
		disputeType: refund.inSale ? 1 : 2,
		extInfo: extInfo(refund),
		freightBill: refund.freightBill,
		frozenFund: -1,
		gmtApply: format1688(refund.gmtApply),
		gmtCompleted: refund.gmtCompleted === undefined ? undefined : format1688(refund.gmtCompleted),
		gmtCreate: format1688(refund.gmtApply),
		gmtModified: format1688(refund.gmtModified),
		goodsReceived: refund.goodsState >= 2,
		goodsStatus: refund.goodsState,
		id: javaLong(refund.number),
		newRefundReturn: true,
		onlyRefund: refund.disputeRequest === 'refund',
		orderEntryCountMap: Object.fromEntries(refund.entries.map((e) => [e.item.subItemID, e.count])),
		orderEntryIdList: refund.entries.map((e) => javaLong(e.item.subItemID)),
		orderId: javaLong(refund.order.id),
		productName: productName(refund),
		// the examples print the applied amounts, also for a closed refund (list example)
		refundCarriage: refund.carriageFen,
		refundGoods: refund.disputeRequest === 'returnRefund',
		refundId: refund.refundId,
		refundPayment: refund.applyFen,
		rejectReason: refund.rejectReason?.text,
		rejectReasonId: refund.rejectReason?.id ?? 0,
		rejectTimes: refund.rejectTimes,
		sellerDelayDisburse: false,
		sellerLoginId: refund.seller.loginId,
		sellerMemberId: refund.seller.memberId,
		sellerMobile: address?.mobile,
		sellerRealName: address?.name,
		sellerReceiveAddress: address?.address,
		sellerUserId: refund.seller.userId,
		status: refund.status,
		supportNewSteppay: true,
		timeOutFreeze: false,
		tradeTypeStr: '50060',
	};
}

/**
 * OpOrderRefundOperationModel, newest first, keys as the examples: the detail's records carry
 * crmModifyRefund, the operation list's do not.
 * @param {import('../refunds').Refund} refund @param {{ crm: boolean }} view
 */
const operationViews = (refund, { crm }) =>
	refund.operations.map((op) => ({
		afterOperateStatus: op.afterOperateStatus,
		beforeOperateStatus: op.beforeOperateStatus,
		closeRefundStepId: op.closeRefundStepId,
		crmModifyRefund: crm ? false : undefined,
		discription: op.discription,
		gmtCreate: format1688(op.gmtCreate),
		gmtModified: format1688(op.gmtCreate),
		id: op.id,
		messageStatus: op.messageStatus,
		msgType: op.msgType,
		operateRemark: op.operateRemark,
		operateTypeInt: op.operateTypeInt,
		operatorLoginId: op.operatorLoginId,
		operatorRoleId: op.operatorRoleId,
		operatorUserId: op.operatorUserId,
		refundId: refund.refundId,
	}));

/** @template {Record<string, unknown>} T @param {T} source @param {readonly (keyof T)[]} keys */
const pick = (source, keys) => Object.fromEntries(keys.map((k) => [k, source[k]]));

/** Keys of the OpQueryOrderRefund example, in its order (fixture alibaba.trade.refund.OpQueryOrderRefund.success.txt). */
const DETAIL_KEYS = /** @type {const} */ ([
	'alipayPaymentId',
	'applyCarriage',
	'applyPayment',
	'applyReason',
	'applyReasonId',
	'applySubReasonId',
	'buyerLogisticsName',
	'buyerMemberId',
	'buyerSendGoods',
	'buyerUserId',
	'canRefundPayment',
	'crmModifyRefund',
	'disputeRequest',
	'disputeType',
	'extInfo',
	'freightBill',
	'frozenFund',
	'gmtApply',
	'gmtCompleted',
	'gmtCreate',
	'gmtModified',
	'goodsReceived',
	'goodsStatus',
	'id',
	'newRefundReturn',
	'onlyRefund',
	'orderEntryCountMap',
	'orderEntryIdList',
	'orderId',
	'productName',
	'refundCarriage',
	'refundGoods',
	'refundId',
	'refundPayment',
	'rejectReason',
	'rejectReasonId',
	'rejectTimes',
	'sellerDelayDisburse',
	'sellerMemberId',
	'sellerMobile',
	'sellerRealName',
	'sellerReceiveAddress',
	'sellerUserId',
	'status',
	'supportNewSteppay',
	'timeOutFreeze',
	'tradeTypeStr',
]);

/** Keys of the queryOrderRefundList example, in its order (fixture …buyer.queryOrderRefundList.success.txt). */
const LIST_KEYS = /** @type {const} */ ([
	'alipayPaymentId',
	'applyCarriage',
	'applyPayment',
	'applyReason',
	'applyReasonId',
	'applySubReasonId',
	'buyerMemberId',
	'buyerUserId',
	'canRefundPayment',
	'disputeRequest',
	'disputeType',
	'extInfo',
	'frozenFund',
	'gmtApply',
	'gmtCompleted',
	'gmtCreate',
	'gmtModified',
	'goodsStatus',
	'id',
	'orderId',
	'productName',
	'refundCarriage',
	'refundId',
	'refundPayment',
	'rejectReasonId',
	'rejectTimes',
	'sellerMemberId',
	'sellerUserId',
	'status',
	'tradeTypeStr',
]);

/**
 * OpQueryOrderRefund's opOrderRefundModelDetail. needTimeOutInfo adds gmtTimeOut and
 * timeOutOperateType (documented fields; values and delays the sandbox's own, see
 * REFUND_LIMITS.TIMEOUT_DAYS) while the refund is open; needOrderRefundOperation fills
 * refundOperationList (else []).
 * @param {import('../refunds').Refund} refund @param {{ timeOut: boolean, operations: boolean }} view
 */
function detailView(refund, { timeOut, operations }) {
	const values = modelValues(refund);
	const days =
		REFUND_LIMITS.TIMEOUT_DAYS[
			/** @type {keyof typeof REFUND_LIMITS.TIMEOUT_DAYS} */ (refund.status)
		];
	const timeOutInfo =
		timeOut && days !== undefined
			? {
					gmtTimeOut: format1688(refund.gmtModified + days * DAY),
					timeOutOperateType: timeOutOperation(refund),
				}
			: {};
	return {
		...pick(values, DETAIL_KEYS),
		...timeOutInfo,
		refundOperationList: operations ? operationViews(refund, { crm: true }) : [],
		buyerLoginId: values.buyerLoginId,
		sellerLoginId: values.sellerLoginId,
	};
}

/** What the timeout does (sandbox's own, named after the refundAction list). @param {import('../refunds').Refund} refund */
function timeOutOperation(refund) {
	switch (refund.status) {
		case 'waitselleragree':
			return refund.disputeRequest === 'refund'
				? 'SYSTEM_AGREE_REFUND'
				: 'SYSTEM_AGREE_REFUND_PROTOCOL';
		case 'waitsellerreceive':
			return 'SYSTEM_AGREE_REFUND';
		default:
			return 'CRM_APPLY_TIMEOUT_CLOSE';
	}
}

/**
 * OpQueryBatchRefundByOrderIdAndStatus's models: the example's is-prefixed flag names, its key
 * order, and success:true inside each model (fixture …OpQueryBatchRefundByOrderIdAndStatus.success.txt).
 * @param {import('../refunds').Refund} refund
 */
function batchView(refund) {
	const v = modelValues(refund);
	return {
		applyReasonId: v.applyReasonId,
		applySubReasonId: v.applySubReasonId,
		buyerUserId: v.buyerUserId,
		alipayPaymentId: v.alipayPaymentId,
		isCrmModifyRefund: v.crmModifyRefund,
		rejectTimes: v.rejectTimes,
		isTimeOutFreeze: v.timeOutFreeze,
		applyReason: v.applyReason,
		isInsufficientAccount: false,
		rejectReasonId: v.rejectReasonId,
		buyerLoginId: v.buyerLoginId,
		refundCarriage: v.refundCarriage,
		isGoodsReceived: v.goodsReceived,
		sellerUserId: v.sellerUserId,
		isOnlyRefund: v.onlyRefund,
		status: v.status,
		isRefundGoods: v.refundGoods,
		// "暂不返回" (batch page): always empty
		refundOperationList: [],
		isSellerDelayDisburse: v.sellerDelayDisburse,
		sellerMemberId: v.sellerMemberId,
		sellerLoginId: v.sellerLoginId,
		gmtModified: v.gmtModified,
		isAftersaleAutoDisburse: false,
		disputeRequest: v.disputeRequest,
		disputeType: v.disputeType,
		id: v.id,
		isSupportNewSteppay: v.supportNewSteppay,
		canRefundPayment: v.canRefundPayment,
		tradeTypeStr: v.tradeTypeStr,
		freightBill: v.freightBill,
		gmtApply: v.gmtApply,
		goodsStatus: v.goodsStatus,
		gmtCompleted: v.gmtCompleted,
		applyPayment: v.applyPayment,
		buyerLogisticsName: v.buyerLogisticsName,
		orderId: v.orderId,
		isNewRefundReturn: v.newRefundReturn,
		applyCarriage: v.applyCarriage,
		gmtCreate: v.gmtCreate,
		isBuyerSendGoods: v.buyerSendGoods,
		buyerMemberId: v.buyerMemberId,
		frozenFund: v.frozenFund,
		refundId: v.refundId,
		extInfo: v.extInfo,
		refundPayment: v.refundPayment,
		productName: v.productName,
		success: true,
		isAftersaleAgreeTimeout: false,
		isInsufficientBail: false,
	};
}

/** queryOrderRefundList's models (its example's keys, refundOperationList always []). @param {import('../refunds').Refund} refund */
const listView = (refund) => ({ ...pick(modelValues(refund), LIST_KEYS), refundOperationList: [] });

// ---------------------------------------------------------------- refund reads

/** The buyer's refund by TQ id, or the OpQueryOrderRefund error. @param {import('./index').ApiContext} ctx */
function ownRefund({ params, user, data, clock }) {
	const buyer = /** @type {import('../data').Buyer} */ (user);
	const refundId = params.refundId.trim();
	const refund = /^TQ\d+$/.test(refundId) ? refundBookOf(data, clock).find(refundId) : undefined;
	if (!refund) return { failure: REFUND_READ_ERRORS.refundDataError(refundId) };
	if (refund.buyer.memberId !== buyer.memberId) return { failure: REFUND_READ_ERRORS.notOwn };
	return { refund };
}

/**
 * OpQueryOrderRefund-1: {result: {opOrderRefundModelDetail}} (fixture); errors {errorCode "500",
 * errorMessage JSON text} (page).
 * @param {import('./index').ApiContext} ctx
 */
function queryOrderRefund(ctx) {
	const found = ownRefund(ctx);
	if ('failure' in found) return found.failure;
	return {
		result: {
			opOrderRefundModelDetail: detailView(found.refund, {
				timeOut: parseBoolean(ctx.params.needTimeOutInfo) === true,
				operations: parseBoolean(ctx.params.needOrderRefundOperation) === true,
			}),
		},
	};
}

/**
 * OpQueryOrderRefundOperationList-1: refundId, pageNo (from 1, example 1), pageSize (all required):
 * {result: {opOrderRefundOperationModels}} newest first (fixture).
 * @param {import('./index').ApiContext} ctx
 */
function queryOrderRefundOperationList(ctx) {
	const service = 'OrderRefundService#queryOrderRefundOperationList';
	const found = ownRefund(ctx);
	if ('failure' in found) return found.failure;
	const pageNo = ctx.params.pageNo.trim();
	const pageSize = ctx.params.pageSize.trim();
	if (!/^\d+$/.test(pageNo) || Number(pageNo) < 1)
		return REFUND_READ_ERRORS.invalidParam(service, 'pageNo');
	if (!/^\d+$/.test(pageSize) || Number(pageSize) < 1)
		return REFUND_READ_ERRORS.invalidParam(service, 'pageSize');
	const size = Number(pageSize);
	const all = operationViews(found.refund, { crm: false });
	const start = (Number(pageNo) - 1) * size;
	return { result: { opOrderRefundOperationModels: all.slice(start, start + size) } };
}

/**
 * OpQueryBatchRefundByOrderIdAndStatus-1: in-sale refunds of one order ("目前只能查询到售中的退款单"),
 * queryType 1 (活动: in progress) or 3 (退款成功). Reply {result: {opOrderRefundModels}} with no
 * top-level success (fixture); errors {errorCode "500", errorMessage, extErrorMessage} (page).
 * @param {import('./index').ApiContext} ctx
 */
function queryBatchRefund(ctx) {
	const service = 'OrderRefundService.queryBatchRefundByOrderIdAndStatus';
	const { params, user, data, clock } = ctx;
	const buyer = /** @type {import('../data').Buyer} */ (user);
	const orderId = params.orderId.trim();
	const order = /^\d+$/.test(orderId) ? data.ordersById.get(orderId) : undefined;
	if (!order) return REFUND_READ_ERRORS.orderNotExist;
	// another buyer's order: OpQueryOrderRefund's documented "查询数据失败" (sandbox's own reuse)
	if (order.buyer.memberId !== buyer.memberId) return REFUND_READ_ERRORS.notOwn;
	const queryType = params.queryType.trim();
	if (queryType !== '1' && queryType !== '3')
		return REFUND_READ_ERRORS.invalidParam(service, `queryType : ${queryType}`);
	const wanted = queryType === '1' ? OPEN_REFUND_STATUSES : ['refundsuccess'];
	const refunds = refundBookOf(data, clock)
		.ofOrder(order.id)
		.filter((r) => r.inSale && wanted.includes(r.status))
		.sort((a, b) => b.gmtApply - a.gmtApply);
	return { result: { opOrderRefundModels: refunds.map(batchView) } };
}

/**
 * refund.buyer.queryOrderRefundList-1: all params optional; the misspelled dipsuteType (0 all,
 * 1 售中, 2 售后) is the real name (page and Java SDK), a correctly spelled disputeType is ignored
 * as the gateway ignores unknown params. Paging from 0 (currentPageNum, example 0), newest applied
 * first (sandbox's own). Reply {result: {opOrderRefundModels, totalCount, currentPageNum}, success: true}
 * (fixture); errors {success: false, errorCode, errorMsg}.
 * @param {import('./index').ApiContext} ctx
 */
function queryOrderRefundList(ctx) {
	const { params, user, data, clock } = ctx;
	const buyer = /** @type {import('../data').Buyer} */ (user);
	const text = (/** @type {string} */ name) => (params[name] ?? '').trim();

	const pageText = text('currentPageNum');
	if (pageText !== '' && !/^\d+$/.test(pageText))
		return listError(LE.PARAM_ERROR, 'currentPageNum must be an integer >= 0 (pages count from 0)');
	const sizeText = text('pageSize');
	if (sizeText !== '' && (!/^\d+$/.test(sizeText) || Number(sizeText) < 1))
		return listError(LE.PARAM_ERROR, 'pageSize must be an integer >= 1');
	const page = pageText === '' ? 0 : Number(pageText);
	const size = Math.min(
		sizeText === '' ? REFUND_LIMITS.LIST_DEFAULT_PAGE_SIZE : Number(sizeText),
		REFUND_LIMITS.LIST_MAX_PAGE_SIZE,
	);

	/** @type {Array<(r: import('../refunds').Refund) => boolean>} */
	const filters = [(r) => r.buyer.memberId === buyer.memberId];
	const oldest = clock.now() - REFUND_LIMITS.LIST_MAX_AGE_DAYS * DAY;
	for (const [param, field, edge] of /** @type {const} */ ([
		['applyStartTime', 'gmtApply', 'start'],
		['applyEndTime', 'gmtApply', 'end'],
		['modifyStartTime', 'gmtModified', 'start'],
		['modifyEndTime', 'gmtModified', 'end'],
	])) {
		const value = text(param);
		if (value === '') continue;
		const ms = parse1688(value);
		if (ms === null) return listError(LE.DATE_FORMAT_ERROR);
		if (field === 'gmtApply' && ms < oldest) return listError(LE.APPLY_TIME_ERROR);
		filters.push(edge === 'start' ? (r) => r[field] >= ms : (r) => r[field] <= ms);
	}
	const orderId = text('orderId');
	if (orderId !== '') {
		if (!/^\d+$/.test(orderId)) return listError(LE.PARAM_ERROR, 'orderId must be an order id');
		filters.push((r) => r.order.id === orderId);
	}
	const statusText = text('refundStatusSet');
	if (statusText !== '') {
		const statuses = parseStringList(statusText);
		if (
			statuses === null ||
			statuses.some((s) => !(/** @type {readonly string[]} */ (REFUND_STATUSES).includes(s)))
		)
			return listError(
				LE.PARAM_ERROR,
				`refundStatusSet must be a JSON array of ${REFUND_STATUSES.join(', ')}`,
			);
		if (statuses.length > 0) filters.push((r) => statuses.includes(r.status));
	}
	const sellerMemberId = text('sellerMemberId');
	if (sellerMemberId !== '') filters.push((r) => r.seller.memberId === sellerMemberId);
	const logisticsNo = text('logisticsNo');
	if (logisticsNo !== '') {
		// "需要同时传入sellerMemberId" (page); the code is the sandbox's own
		if (sellerMemberId === '')
			return listError(LE.PARAM_ERROR, 'logisticsNo needs sellerMemberId too');
		filters.push((r) => r.freightBill === logisticsNo);
	}
	const disputeType = text('dipsuteType');
	if (disputeType !== '') {
		if (!['0', '1', '2'].includes(disputeType))
			return listError(LE.PARAM_ERROR, 'dipsuteType must be 0 (all), 1 (售中) or 2 (售后)');
		if (disputeType === '1') filters.push((r) => r.inSale);
		if (disputeType === '2') filters.push((r) => !r.inSale);
	}

	const matching = refundBookOf(data, clock)
		.refunds.filter((r) => filters.every((f) => f(r)))
		.sort((a, b) => b.gmtApply - a.gmtApply || (a.number < b.number ? 1 : -1));
	return {
		result: {
			opOrderRefundModels: matching.slice(page * size, (page + 1) * size).map(listView),
			totalCount: matching.length,
			currentPageNum: page,
		},
		success: true,
	};
}

// ---------------------------------------------------------------- returnGoods

/** The carriers OpQueryLogisticCompanyList.offline lists: the ones returnGoods accepts. */
const OFFLINE_CARRIERS = [...catalog.LOGISTICS_COMPANIES, ...catalog.RETURN_CARRIERS];
/** OpQueryLogisticCompanyList (所有的物流公司): the offline ones and freight carriers. */
const ALL_CARRIERS = [...OFFLINE_CARRIERS, ...catalog.FREIGHT_CARRIERS];

/**
 * refund.returnGoods-1: after the seller agreed to a return (waitbuyersend). Success
 * {"result":{"success":true}} (INFERRED: the page has only the error example); errors
 * {result: {errorCode, errorInfo, success: false}} with the page's table. logisticsCompanyNo and
 * freightBill are checked by the API (4002), not refused by the gateway.
 * @param {import('./index').ApiContext} ctx
 */
function returnGoods(ctx) {
	const api = 'alibaba.trade.refund.returnGoods';
	const { params, data, clock } = ctx;
	const buyer = /** @type {import('../data').Buyer} */ (ctx.user);
	const book = refundBookOf(data, clock);
	const forced = book.takeForced(api);
	if (forced) return returnGoodsError(forced);

	const refundId = params.refundId.trim();
	if (!/^TQ\d+$/.test(refundId)) return returnGoodsError(RE.REFUND_ID_INVALID);
	const companyNo = (params.logisticsCompanyNo ?? '').trim();
	const freightBill = (params.freightBill ?? '').trim();
	if (companyNo === '' || freightBill === '') return returnGoodsError(RE.LOGISTICS_REQUIRED);
	const vouchers = readVoucherList(params.vouchers);
	if (vouchers === null) return returnGoodsError(RE.VOUCHER_URL_INVALID);
	if (vouchers.length > REFUND_LIMITS.RETURN_MAX_VOUCHERS)
		return returnGoodsError(RE.TOO_MANY_VOUCHERS);

	const refund = book.find(refundId);
	if (!refund) return returnGoodsError(RE.REFUND_NOT_EXIST);
	if (refund.buyer.memberId !== buyer.memberId) return returnGoodsError(RE.NO_PERMISSION);
	if (refund.status !== 'waitbuyersend') return returnGoodsError(RE.STATUS_NOT_RETURNABLE);

	// companyNo from OpQueryLogisticCompanyList.offline ("使用companyNo作为公司编码"); the waybill
	// must pass the carrier's check (sandbox's own loose patterns, catalog.js)
	const carrier = OFFLINE_CARRIERS.find((c) => c.code === companyNo);
	if (!carrier || !carrier.waybill.test(freightBill))
		return returnGoodsError(RE.WAYBILL_CHECK_FAILED);
	if (vouchers.some((v) => !book.isVoucherOf(buyer, v)))
		return returnGoodsError(RE.VOUCHER_URL_INVALID);
	const description = (params.description ?? '').trim();
	if (
		description !== '' &&
		(characters(description) < REFUND_LIMITS.RETURN_DESCRIPTION_MIN ||
			characters(description) > REFUND_LIMITS.RETURN_DESCRIPTION_MAX)
	)
		return returnGoodsError(RE.DESCRIPTION_LENGTH);

	book.buyerReturn(refund, {
		carrier,
		freightBill,
		description: description || undefined,
		vouchers,
	});
	return { result: { success: true } };
}

// ---------------------------------------------------------------- carriers

/**
 * OpLogisticsCompanyModel {id, companyName, companyNo, companyPhone, supportPrint, spelling}
 * (OpQueryLogisticCompanyList page). supportPrint is a Boolean on that page and a String in the
 * Java SDK's .offline result (AlibabaLogisticsOpLogisticsCompanyModel), so .offline prints "true"/"false".
 * @param {import('../catalog').Carrier} c @param {boolean} offline
 */
const carrierView = (c, offline) => ({
	id: c.id,
	companyName: c.name,
	companyNo: c.code,
	companyPhone: c.phone,
	supportPrint: offline ? String(c.supportPrint) : c.supportPrint,
	spelling: c.spelling,
});

/** {result: OpLogisticsCompanyModel[], success: true} (both pages; no example). @param {boolean} offline */
const carrierList = (offline) => () => ({
	result: (offline ? OFFLINE_CARRIERS : ALL_CARRIERS).map((c) => carrierView(c, offline)),
	success: true,
});

/** @type {import('./index').ApiDefinition[]} */
module.exports = [
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.trade.getRefundReasonList',
		auth: true,
		required: ['orderId', 'orderEntryIds', 'goodsStatus'],
		handle: getRefundReasonList,
	},
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.trade.createRefund',
		auth: true,
		required: [
			'orderId',
			'orderEntryIds',
			'disputeRequest',
			'applyPayment',
			'applyCarriage',
			'applyReasonId',
			'description',
			'goodsStatus',
		],
		handle: createRefund,
	},
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.trade.uploadRefundVoucher',
		auth: true,
		handle: uploadRefundVoucher,
	},
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.trade.refund.buyer.queryOrderRefundList',
		auth: true,
		handle: queryOrderRefundList,
	},
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.trade.refund.OpQueryBatchRefundByOrderIdAndStatus',
		auth: true,
		required: ['orderId', 'queryType'],
		handle: queryBatchRefund,
	},
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.trade.refund.OpQueryOrderRefund',
		auth: true,
		required: ['refundId'],
		handle: queryOrderRefund,
	},
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.trade.refund.OpQueryOrderRefundOperationList',
		auth: true,
		required: ['refundId', 'pageNo', 'pageSize'],
		handle: queryOrderRefundOperationList,
	},
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.trade.refund.returnGoods',
		auth: true,
		required: ['refundId'],
		handle: returnGoods,
	},
	{
		namespace: 'com.alibaba.logistics',
		name: 'alibaba.logistics.OpQueryLogisticCompanyList',
		auth: true,
		handle: carrierList(false),
	},
	{
		namespace: 'com.alibaba.logistics',
		name: 'alibaba.logistics.OpQueryLogisticCompanyList.offline',
		auth: true,
		handle: carrierList(true),
	},
];

module.exports.REFUND_LIMITS = REFUND_LIMITS;
module.exports.OFFLINE_CARRIERS = OFFLINE_CARRIERS;
module.exports.ALL_CARRIERS = ALL_CARRIERS;
