// @ts-check
'use strict';

// Issue 14, cross-border / dropship buying (com.alibaba.trade):
//   alibaba.trade.receiveAddress.get           the buyer's saved receiving addresses
//   alibaba.trade.createCrossOrder             跨境订单创建 (fastCreateOrder's checks, ≤50 SKUs, one supplier)
//   alibaba.trade.pay.protocolPay.isopen       password-free pay agreements
//   alibaba.trade.pay.protocolPay.preparePay   password-free pay of one order
//   trade.receivegoods.confirm                 the buyer confirms receipt (no "alibaba." prefix)
// Shapes: the API pages of the 跨境大客户寻源通 solution (Natawat-d/1688_Platform@69a4fe38
// 1688-api-docs/zh/…, mirrors of open.1688.com/api/apidocdetail.htm?id=…) and the fixtures in
// test/fixtures/real/1688/; see /work/research14/buying.md. Error codes: business-errors.js
// (BUYING_ERRORS; most are the sandbox's own, 1688 documents almost none here).
// The image search and the 铺货 product APIs are in image-search.js and cross-products.js.
const { BUYING_ERRORS, BUYING_ERROR_TEXTS } = require('./business-errors');
const { parseOrderIds } = require('./params');
const { totalFen } = require('../data');
const { signUrl } = require('../protocol-pay');
const { PROTOCOL_PAY_CHANNELS } = require('../buying-state');
const orders = require('../orders');
const { CROSS_ORDER_MAX_SKUS } = require('../limits');

/** Order statuses whose receipt the buyer can confirm (shipped, not yet confirmed). */
const RECEIVABLE_STATUSES = /** @type {const} */ ([
	'waitbuyerreceive',
	'waitbuyersign',
	'signinsuccess',
]);

/**
 * The account-period terms createCrossOrder prints for tradeType=period (sandbox's own values in
 * the page's accountPeriod shape {tapType, tapDate, tapOverdue}: 5 = by receipt time, 30 days,
 * no overdue; fixture alibaba.trade.createCrossOrder.account-period.txt has 5 / 360 / 1).
 */
const ACCOUNT_PERIOD = Object.freeze({ tapType: 5, tapDate: 30, tapOverdue: 0 });

/** @param {unknown} v */
const text = (v) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/**
 * A Long field of a JSON-object parameter as exact digits: a JSON string as given, a JSON number
 * read from the raw text (order ids exceed 2^53, so JSON.parse would round them).
 * @param {string} raw the JSON text @param {Record<string, unknown>} value its parse @param {string} name
 */
function longField(raw, value, name) {
	const v = value[name];
	if (typeof v === 'string') return v.trim();
	if (typeof v !== 'number') return '';
	const m = new RegExp(`"${name}"\\s*:\\s*(-?\\d+)(?![\\d.eE])`).exec(raw);
	return m ? m[1] : String(v);
}

// ---- alibaba.trade.receiveAddress.get ----------------------------------------------------------

/**
 * Reply: fixture alibaba.trade.receiveAddress.get.success.txt (the page's 返回结果JSON示例) and the
 * page's field table: {result: {receiveAddressItems: [{id, fullName, address, post, phone,
 * mobilePhone, addressCode, addressCodeText, isDefault, townCode, townName}]}, success: true}.
 * Not paged (no page parameters, no count). isDefault: the doc sample leaves it out, a client's
 * live capture has it; the sandbox prints it on every item, true for the first address
 * (sandbox's own choice of default). phone only when the address has one.
 * @param {import('./index').ApiContext} ctx
 */
function receiveAddressGet({ user }) {
	const buyer = /** @type {import('../data').Buyer} */ (user);
	return {
		result: {
			receiveAddressItems: buyer.addresses.map((a, i) => ({
				id: a.addressId,
				fullName: a.toFullName,
				address: a.street,
				post: a.zip,
				...(a.phone === undefined ? {} : { phone: a.phone }),
				mobilePhone: a.mobile,
				addressCode: a.areaCode,
				addressCodeText: [a.province, a.city, a.area].filter((x) => x !== '').join(' '),
				isDefault: i === 0,
				townCode: a.townCode,
				townName: a.town,
			})),
		},
		success: true,
	};
}

// ---- alibaba.trade.createCrossOrder ------------------------------------------------------------

/** @param {string} code @param {string} message */
const crossFailure = (code, message) => ({ success: false, code, message });

/**
 * The success reply for the orders one call created (amounts in fen). Two styles (control
 * setCreateCrossOrderReply):
 * - 'wrapped' (default): the page's field table, {result: {success, totalSuccessAmount, orderId,
 *   postFee, failedOfferList, accountPeriod?}, success}, the wrapping of the page's multi-order sample
 *   (fixture alibaba.trade.createCrossOrder.multiple-orders.txt);
 * - 'docSample': the page's single-order samples as published, flat and with success:false next
 *   to the orderId (fixtures alibaba.trade.createCrossOrder.alipay-mode.txt / .account-period.txt).
 * @param {import('../data').Order[]} created
 * @param {'wrapped' | 'docSample'} style
 */
function crossReply(created, style) {
	const period =
		created[0].tradeTypeCode === 'period' ? { accountPeriod: { ...ACCOUNT_PERIOD } } : {};
	const totalSuccessAmount = created.reduce((s, o) => s + totalFen(o), 0);
	if (style === 'docSample')
		return { totalSuccessAmount, orderId: created[0].id, success: false, ...period };
	return {
		result: {
			success: true,
			totalSuccessAmount,
			orderId: created[0].id,
			postFee: created.reduce((s, o) => s + o.shippingFeeFen, 0),
			failedOfferList: [],
			...period,
		},
		success: true,
	};
}

/**
 * Same inputs and checks as fastCreateOrder (orders.js), plus: flow as the page lists it
 * (general, fenxiao, saleproxy, paired, repurchase, boutiquefenxiao, boutiquepifa: orders.js
 * PREVIEW_FLOWS), an addressId not in the buyer's book → the page's example 400 "AddressId
 * invalid:AddressId invalid", more than 50 SKUs or more than one supplier → the page's
 * description text. isvBizType, dropshipping, preSelectPayChannel, fenxiaoChannel and the other
 * cross-border extras are taken and not checked ("本字段不影响下单"). A repeated outOrderId answers
 * the earlier call's order again, as fastCreateOrder does (sandbox's own idempotency; the two APIs
 * share the buyer's outOrderId register). Fires ORDER_BUYER_VIEW_BUYER_MAKE per order.
 * @param {import('./index').ApiContext} ctx
 */
function createCrossOrder(ctx) {
	const { params, data, buying, clock } = ctx;
	const buyer = /** @type {import('../data').Buyer} */ (ctx.user);
	const style = buying.options.crossOrderReply;
	const outOrderId = orders.parseOutOrderId(params.outOrderId);
	const earlier = outOrderId && orders.ordersOfOutOrderId(data, buyer, outOrderId);
	if (earlier) return crossReply(earlier, style);
	const tradeType = orders.parseTradeType(params.tradeType);
	if ('problem' in tradeType)
		return crossFailure(tradeType.problem.code, tradeType.problem.message);
	const flow = orders.parseFlow(params.flow, { preview: true });
	if ('problem' in flow) return crossFailure(flow.problem.code, flow.problem.message);
	const addressJson = orders.parseJson(params.addressParam);
	if (addressJson !== null && typeof addressJson === 'object' && !Array.isArray(addressJson)) {
		const addressId = text(/** @type {Record<string, unknown>} */ (addressJson).addressId);
		if (addressId !== '' && !buyer.addresses.some((a) => String(a.addressId) === addressId))
			return crossFailure(BUYING_ERRORS.ADDRESS_ID_INVALID, BUYING_ERROR_TEXTS.addressIdInvalid);
	}
	const address = orders.parseAddress(params.addressParam, buyer);
	if ('problem' in address) return crossFailure(address.problem.code, address.problem.message);
	const cargos = orders.parseCargos(params.cargoParamList, data);
	if ('problem' in cargos) return crossFailure(cargos.problem.code, cargos.problem.message);
	if (cargos.cargos.length > CROSS_ORDER_MAX_SKUS)
		return crossFailure(
			BUYING_ERRORS.CROSS_ORDER_TOO_MANY_SKUS,
			BUYING_ERROR_TEXTS.crossOrderSplit,
		);
	if (new Set(cargos.cargos.map((c) => c.product.seller.memberId)).size > 1)
		return crossFailure(
			BUYING_ERRORS.CROSS_ORDER_MULTIPLE_SUPPLIERS,
			BUYING_ERROR_TEXTS.crossOrderSplit,
		);
	const invoice = orders.parseInvoice(params.invoiceParam);
	if ('problem' in invoice) return crossFailure(invoice.problem.code, invoice.problem.message);
	const created = orders.createOrders(data, {
		buyer,
		address: address.address,
		carts: orders.priceCart(cargos.cargos, address.address),
		now: clock.now(),
		flow: flow.flow,
		message: params.message?.trim(),
		outOrderId,
		tradeType: tradeType.tradeType,
		invoice: invoice.invoice,
	});
	for (const order of created) buying.emit('ORDER_BUYER_VIEW_BUYER_MAKE', order);
	return crossReply(created, style);
}

// ---- alibaba.trade.pay.protocolPay.isopen ------------------------------------------------------

/**
 * Reply: fixture alibaba.trade.pay.protocolPay.isopen.doc-example.txt (the page's example):
 * {result: {result: {paymentAgreements: [{bindingStatus, payChannel, signedStatus, signUrl?,
 * agreementNo?}]}, success: true}}, the flags the STRINGS "true"/"false", SHEGOU listed first as
 * in the example. signUrl (sandbox's own rule): for a channel not signed, ALIPAY always, SHEGOU
 * only when bound (the example gives none for an unbound SHEGOU); it opens the sandbox's sign
 * page (protocol-pay.js). agreementNo: only for a signed channel (sandbox's own digits).
 * @param {import('./index').ApiContext} ctx
 */
function protocolPayIsOpen({ user, buying, baseUrl }) {
	const { memberId } = /** @type {import('../data').Buyer} */ (user);
	const own = buying.agreementsOf(memberId);
	const paymentAgreements = ['SHEGOU', 'ALIPAY'].map((name) => {
		const channel = /** @type {import('../buying-state').ProtocolPayChannel} */ (name);
		const a = own[channel];
		const offersSign = !a.signed && (channel === 'ALIPAY' || a.bound);
		return {
			bindingStatus: String(a.bound),
			payChannel: channel,
			signedStatus: String(a.signed),
			...(offersSign ? { signUrl: signUrl(baseUrl, memberId, channel) } : {}),
			...(a.signed ? { agreementNo: buying.agreementNo(memberId, channel) } : {}),
		};
	});
	return { result: { result: { paymentAgreements }, success: true } };
}

// ---- alibaba.trade.pay.protocolPay.preparePay --------------------------------------------------

/**
 * The channel name preparePay's reply prints (mresult.payChannel "支付成功渠道"): the page's
 * example is "Alipay"; "Shegou" is the sandbox's own by analogy.
 */
const PAID_CHANNEL_TEXT = Object.freeze({ ALIPAY: 'Alipay', SHEGOU: 'Shegou' });

/** Failure in the page's nested shape (no inner result). @param {string} code @param {string} message */
const payFailure = (code, message) => ({ result: { success: false, code, message } });

/** @param {import('../buying-state').ProtocolPayChannel} channel */
const paid = (channel) => ({
	result: { success: true, result: { payChannel: PAID_CHANNEL_TEXT[channel], paySuccess: true } },
});

/**
 * tradeWithholdPreparePayParam {orderId (required), payChannel? alipay|shegou (any case),
 * payAmount? fen, opRequestId?}. Page: "会自动判断是否开通了支付宝或者诚E赊的免密支付，并发起扣款。
 * 优先发起诚E赊自动扣款，如果失败，则尝试支付宝自动扣款". Reply (page): {result: {success, code, message,
 * result: {payChannel, paySuccess}}}. The checks, in this order, are the sandbox's own (1688:
 * "错误码不详"): the parameter, the channel name, the order (exists, the buyer's), a repeat (same
 * opRequestId as the payment that paid this order: the same success again, nothing paid twice),
 * waitbuyerpay, payAmount = the amount due, an open channel (signedStatus and bindingStatus both
 * "true"; the asked one, else SHEGOU before ALIPAY), the per-payment limit, the balance. A
 * payment moves the order to waitsellersend as the cashier does (orders.payOrder), takes the
 * balance and fires ORDER_BUYER_VIEW_ORDER_PAY.
 * @param {import('./index').ApiContext} ctx
 */
function protocolPayPreparePay({ params, user, data, buying, clock }) {
	const buyer = /** @type {import('../data').Buyer} */ (user);
	const raw = params.tradeWithholdPreparePayParam;
	const value = orders.parseJson(raw);
	if (value === null || typeof value !== 'object' || Array.isArray(value))
		return payFailure(
			BUYING_ERRORS.PROTOCOL_PAY_PARAM_INVALID,
			BUYING_ERROR_TEXTS.protocolPayParamInvalid('it must be a JSON object'),
		);
	const p = /** @type {Record<string, unknown>} */ (value);
	const orderId = longField(raw, p, 'orderId');
	if (!/^\d+$/.test(orderId))
		return payFailure(
			BUYING_ERRORS.PROTOCOL_PAY_PARAM_INVALID,
			BUYING_ERROR_TEXTS.protocolPayParamInvalid('orderId is required (a number)'),
		);
	const askedText = text(p.payChannel);
	const asked = askedText === '' ? undefined : askedText.toUpperCase();
	if (
		asked !== undefined &&
		!(/** @type {readonly string[]} */ (PROTOCOL_PAY_CHANNELS).includes(asked))
	)
		return payFailure(
			BUYING_ERRORS.PROTOCOL_PAY_CHANNEL_NOT_SUPPORTED,
			BUYING_ERROR_TEXTS.protocolPayChannelNotSupported(askedText),
		);
	const amountText = text(p.payAmount);
	if (amountText !== '' && !/^\d+$/.test(amountText))
		return payFailure(
			BUYING_ERRORS.PROTOCOL_PAY_PARAM_INVALID,
			BUYING_ERROR_TEXTS.protocolPayParamInvalid('payAmount must be a whole number of fen'),
		);
	const opRequestId = text(p.opRequestId) || undefined;

	const order = data.ordersById.get(orderId);
	if (!order)
		return payFailure(
			BUYING_ERRORS.PROTOCOL_PAY_ORDER_NOT_FOUND,
			BUYING_ERROR_TEXTS.protocolPayOrderNotFound(orderId),
		);
	if (order.buyer.memberId !== buyer.memberId)
		return payFailure(
			BUYING_ERRORS.PROTOCOL_PAY_NO_PERMISSION,
			BUYING_ERROR_TEXTS.protocolPayNoPermission(orderId),
		);
	const earlier = buying.payments.get(order.id);
	if (earlier && opRequestId !== undefined && earlier.opRequestId === opRequestId)
		return paid(earlier.payChannel);
	if (order.status !== 'waitbuyerpay')
		return payFailure(
			BUYING_ERRORS.PROTOCOL_PAY_ORDER_STATUS_ERROR,
			BUYING_ERROR_TEXTS.protocolPayOrderStatusError(orderId, order.status),
		);
	const due = totalFen(order);
	if (amountText !== '' && Number(amountText) !== due)
		return payFailure(
			BUYING_ERRORS.PROTOCOL_PAY_AMOUNT_MISMATCH,
			BUYING_ERROR_TEXTS.protocolPayAmountMismatch(Number(amountText), due),
		);
	const own = buying.agreementsOf(buyer.memberId);
	const open = (/** @type {import('../buying-state').ProtocolPayChannel} */ c) =>
		own[c].signed && own[c].bound;
	const channel = /** @type {import('../buying-state').ProtocolPayChannel | undefined} */ (
		asked !== undefined
			? open(/** @type {'ALIPAY' | 'SHEGOU'} */ (asked))
				? asked
				: undefined
			: open('SHEGOU')
				? 'SHEGOU'
				: open('ALIPAY')
					? 'ALIPAY'
					: undefined
	);
	if (!channel)
		return payFailure(
			BUYING_ERRORS.PROTOCOL_PAY_NOT_OPEN,
			BUYING_ERROR_TEXTS.protocolPayNotOpen(asked),
		);
	const limit = buying.payLimitOf(buyer.memberId);
	if (due > limit)
		return payFailure(
			BUYING_ERRORS.PROTOCOL_PAY_OVER_LIMIT,
			BUYING_ERROR_TEXTS.protocolPayOverLimit(due, limit),
		);
	const balance = buying.balanceOf(buyer.memberId);
	if (due > balance)
		return payFailure(
			BUYING_ERRORS.PROTOCOL_PAY_BALANCE_NOT_ENOUGH,
			BUYING_ERROR_TEXTS.protocolPayBalanceNotEnough(due, balance),
		);
	const now = clock.now();
	orders.payOrder(data, order, now);
	buying.setBalance(buyer.memberId, balance - due);
	buying.payments.set(order.id, {
		orderId: order.id,
		memberId: buyer.memberId,
		payChannel: channel,
		amountFen: due,
		opRequestId,
		at: now,
	});
	buying.emit('ORDER_BUYER_VIEW_ORDER_PAY', order);
	return paid(channel);
}

// ---- trade.receivegoods.confirm ----------------------------------------------------------------

/** @param {string} errorCode @param {string} errorInfo */
const receiveFailure = (errorCode, errorInfo) => ({
	result: { success: false, errorInfo, errorCode },
});

/**
 * Page: params orderId (Long), orderEntryIds (Long[], the sub-order ids, productItems[].subItemID);
 * reply {result: {success, errorInfo, errorCode}} (success as relayed by a proxy: errorInfo and
 * errorCode ""). Unknown order: the observed 4003 "订单信息不存在,请核对后重试" (fixture
 * trade.receivegoods.confirm.order-not-found.txt); the other failures are the sandbox's own.
 * Sandbox's own rule for sub-orders: each confirmed entry is remembered; when every sub-order of
 * the order is confirmed (in one call or several) the order moves to confirm_goods (receivingTime
 * set if it had none) and ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS fires; a call confirming
 * only some answers success and leaves the order's status as it is.
 * @param {import('./index').ApiContext} ctx
 */
function receiveGoodsConfirm({ params, user, data, buying, clock }) {
	const buyer = /** @type {import('../data').Buyer} */ (user);
	const orderId = params.orderId.trim().replace(/^"(.*)"$/, '$1');
	if (!/^\d+$/.test(orderId))
		return receiveFailure(
			BUYING_ERRORS.RECEIVE_PARAM_INVALID,
			BUYING_ERROR_TEXTS.receiveParamInvalid('orderId must be an order id'),
		);
	const entries = parseOrderIds(params.orderEntryIds);
	if (entries === null || entries.length === 0)
		return receiveFailure(
			BUYING_ERRORS.RECEIVE_PARAM_INVALID,
			BUYING_ERROR_TEXTS.receiveParamInvalid('orderEntryIds must be a JSON array of sub-order ids'),
		);
	const order = data.ordersById.get(orderId);
	if (!order)
		return receiveFailure(
			BUYING_ERRORS.RECEIVE_ORDER_NOT_FOUND,
			BUYING_ERROR_TEXTS.receiveOrderNotFound,
		);
	if (order.buyer.memberId !== buyer.memberId)
		return receiveFailure(
			BUYING_ERRORS.RECEIVE_NO_PERMISSION,
			BUYING_ERROR_TEXTS.receiveNoPermission(orderId),
		);
	const foreign = entries.find((id) => !order.items.some((i) => i.subItemID === id));
	if (foreign !== undefined)
		return receiveFailure(
			BUYING_ERRORS.RECEIVE_ENTRY_NOT_OF_ORDER,
			BUYING_ERROR_TEXTS.receiveEntryNotOfOrder(foreign, orderId),
		);
	if (!(/** @type {readonly string[]} */ (RECEIVABLE_STATUSES).includes(order.status)))
		return receiveFailure(
			BUYING_ERRORS.RECEIVE_STATUS_ERROR,
			BUYING_ERROR_TEXTS.receiveStatusError(orderId, order.status),
		);
	const confirmed = buying.confirmedEntries.get(order.id) ?? new Set();
	for (const id of entries) confirmed.add(id);
	buying.confirmedEntries.set(order.id, confirmed);
	if (order.items.every((i) => confirmed.has(i.subItemID))) {
		const now = clock.now();
		order.status = 'confirm_goods';
		order.modifyTime = now;
		if (order.receivingTime === undefined) order.receivingTime = now;
		buying.emit('ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS', order);
	}
	return { result: { success: true, errorInfo: '', errorCode: '' } };
}

const TRADE = 'com.alibaba.trade';

/** @type {import('./index').ApiDefinition[]} */
module.exports = [
	{
		namespace: TRADE,
		name: 'alibaba.trade.receiveAddress.get',
		auth: true,
		handle: receiveAddressGet,
	},
	{
		namespace: TRADE,
		name: 'alibaba.trade.createCrossOrder',
		auth: true,
		required: ['flow', 'addressParam', 'cargoParamList'],
		handle: createCrossOrder,
	},
	{
		namespace: TRADE,
		name: 'alibaba.trade.pay.protocolPay.isopen',
		auth: true,
		handle: protocolPayIsOpen,
	},
	{
		namespace: TRADE,
		name: 'alibaba.trade.pay.protocolPay.preparePay',
		auth: true,
		required: ['tradeWithholdPreparePayParam'],
		handle: protocolPayPreparePay,
	},
	{
		namespace: TRADE,
		name: 'trade.receivegoods.confirm',
		auth: true,
		required: ['orderId', 'orderEntryIds'],
		handle: receiveGoodsConfirm,
	},
	...require('./image-search'),
	...require('./cross-products'),
];
