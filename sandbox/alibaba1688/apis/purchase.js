// @ts-check
'use strict';

// Buying: createOrder.preview, fastCreateOrder, trade.cancel and alipay.url.get. Each API has its
// own documented failure shape:
//   preview         { success: false, errorCode, errorMsg }
//   fastCreateOrder { success: false, code, message }
//   cancel          { success: false, errorCode, errorMessage }
//   alipay.url.get  { success: false, errorCode, erroMsg (sic), payFailureOrderList }
// The codes are the documented ones where 1688 documents one (see business-errors.js).
// Money: sumPayment / sumCarriage / sumPaymentNoCarriage / totalSuccessAmount / postFee are fen
// (Long); cargoList amount / finalUnitPrice are yuan.
const { javaLong } = require('../json');
const { totalFen } = require('../data');
const { BUSINESS_ERRORS, ERROR_TEXTS } = require('./business-errors');
const { parseOrderIds } = require('./params');
const orders = require('../orders');

const { MAX_PAY_ORDERS, WEB_SITES } = orders;

const yuan = (/** @type {number} */ fen) => fen / 100;

/**
 * The trade mode the preview offers. general: the preview sample's only mode, verbatim (fixture
 * alibaba.createOrder.preview.success.txt); the other flows: fxassure, "交易4.0通用担保交易" in the
 * Java SDK's tradeType list (the description is the sandbox's own).
 * @param {string} flow
 */
const tradeModel = (flow) =>
	flow === 'general'
		? {
				tradeType: 'nzassure',
				name: '担保交易',
				description:
					'买家下单5天内全款支付。自卖家发货起，买家需在10天内确认收货，确认收货后打款给卖家。特别提醒：如卖家已开通极速到账服务，将优先适用极速到账交易，买家支付款项将直接打入卖家账户，详见《极速到账交易及争议处理规则》。',
				opSupport: true,
			}
		: {
				tradeType: 'fxassure',
				name: '交易4.0通用担保交易',
				description: '分销担保交易，确认收货后卖家收款',
				opSupport: true,
			};

/**
 * Reads flow, addressParam, cargoParamList and invoiceParam, and prices the cart.
 * @param {import('./index').ApiContext} ctx
 * @param {{ preview: boolean }} api
 */
function readCart({ params, user, data }, api) {
	const buyer = /** @type {import('../data').Buyer} */ (user);
	const flow = orders.parseFlow(params.flow, api);
	if ('problem' in flow) return flow;
	const address = orders.parseAddress(params.addressParam, buyer);
	if ('problem' in address) return address;
	const cargos = orders.parseCargos(params.cargoParamList, data);
	if ('problem' in cargos) return cargos;
	const invoice = orders.parseInvoice(params.invoiceParam);
	if ('problem' in invoice) return invoice;
	return {
		buyer,
		flow: flow.flow,
		address: address.address,
		invoice: invoice.invoice,
		carts: orders.priceCart(cargos.cargos, address.address),
	};
}

/**
 * fastCreateOrder's success reply (AlibabaTradeFastCreateOrderResult: result = fast.result
 * {totalSuccessAmount fen, orderId String, postFee fen, failedOfferList}) for the orders one
 * call created: the first order's id and the totals of all.
 * @param {import('../data').Order[]} created
 */
const createdReply = (created) => ({
	success: true,
	result: {
		totalSuccessAmount: created.reduce((s, o) => s + totalFen(o), 0),
		orderId: created[0].id,
		postFee: created.reduce((s, o) => s + o.shippingFeeFen, 0),
		failedOfferList: [],
	},
});

/** @param {import('./index').ApiContext} ctx */
function preview(ctx) {
	// outOrderId ("外部订单号") is taken and ignored: the preview creates nothing
	const cart = readCart(ctx, { preview: true });
	if ('problem' in cart)
		return { success: false, errorCode: cart.problem.code, errorMsg: cart.problem.message };
	const model = tradeModel(cart.flow);
	return {
		success: true,
		orderPreviewResuslt: cart.carts.map((c) => ({
			sumPayment: c.goodsFen + c.carriageFen,
			sumCarriage: c.carriageFen,
			sumPaymentNoCarriage: c.goodsFen,
			flowFlag: cart.flow,
			cargoList: c.cargos.map((x) => ({
				offerId: x.product.productID,
				specId: x.sku.specId,
				skuId: x.sku.skuID,
				quantity: x.quantity,
				amount: yuan(x.amountFen),
				finalUnitPrice: yuan(x.priceFen),
				cargoPromotionList: [],
			})),
			shopPromotionList: [],
			tradeModeNameList: [model.tradeType],
			tradeModelList: [model],
			status: true,
			// as in the real sample: the sandbox has no 淘宝样品 single-piece promotion
			taoSampleSinglePromotion: false,
			message: null,
		})),
		postFeeByDescOfferList: [],
		consignOfferList: [],
	};
}

/** @param {import('./index').ApiContext} ctx */
function fastCreateOrder(ctx) {
	const buyer = /** @type {import('../data').Buyer} */ (ctx.user);
	const outOrderId = orders.parseOutOrderId(ctx.params.outOrderId);
	// IDEMPOTENCY. 1688 documents outOrderId as "外部订单号，可用于控制幂等" on getBuyerOrderList
	// (and "外部订单id，控制幂等" on get.buyerView), but documents no reply for a create that repeats
	// one. The sandbox's choice: when an order of this buyer already carries the outOrderId, create
	// nothing and answer that call's normal success reply again (same orderId and amounts), before
	// reading the cart (the first call took the stock a retry would now miss).
	const earlier = outOrderId && orders.ordersOfOutOrderId(ctx.data, buyer, outOrderId);
	if (earlier) return createdReply(earlier);
	const tradeType = orders.parseTradeType(ctx.params.tradeType);
	if ('problem' in tradeType)
		return { success: false, code: tradeType.problem.code, message: tradeType.problem.message };
	const cart = readCart(ctx, { preview: false });
	if ('problem' in cart)
		return { success: false, code: cart.problem.code, message: cart.problem.message };
	const created = orders.createOrders(ctx.data, {
		buyer: cart.buyer,
		address: cart.address,
		carts: cart.carts,
		now: ctx.clock.now(),
		flow: cart.flow,
		message: ctx.params.message?.trim(),
		outOrderId,
		tradeType: tradeType.tradeType,
		invoice: cart.invoice,
	});
	for (const order of created) ctx.buying?.emit('ORDER_BUYER_VIEW_BUYER_MAKE', order);
	return createdReply(created);
}

/** @param {import('./index').ApiContext} ctx */
function cancel({ params, user, data, clock, buying }) {
	const buyer = /** @type {import('../data').Buyer} */ (user);
	const failure = (/** @type {string} */ errorCode, /** @type {string} */ errorMessage) => ({
		success: false,
		errorCode,
		errorMessage,
	});
	if (!WEB_SITES.includes(params.webSite.trim()))
		return failure(BUSINESS_ERRORS.PARAM_ERROR, 'webSite must be 1688 or alibaba');
	const reason = params.cancelReason.trim();
	if (!(/** @type {readonly string[]} */ (orders.CANCEL_REASONS).includes(reason))) {
		return failure(
			BUSINESS_ERRORS.PARAM_ERROR,
			`cancelReason must be one of ${orders.CANCEL_REASONS.join(', ')}`,
		);
	}
	// the codes and texts of alibaba.trade.cancel-1's 错误码 table
	const tradeId = params.tradeID.trim();
	const order = /^\d+$/.test(tradeId) ? data.ordersById.get(tradeId) : undefined;
	if (!order) return failure(BUSINESS_ERRORS.ORDER_NOT_EXIST, ERROR_TEXTS.orderNotExist);
	if (order.buyer.memberId !== buyer.memberId)
		return failure(BUSINESS_ERRORS.CANCEL_NO_PERMISSION, ERROR_TEXTS.cancelNoPermission);
	const now = clock.now();
	const problem = orders.cancelProblem(order, now);
	if (problem) return failure(problem.code, problem.message);
	orders.cancelOrder(order, { now, reason, remark: params.remark?.trim() });
	buying?.emit('ORDER_BUYER_VIEW_ORDER_BUYER_CLOSE', order);
	return { success: true };
}

/** @param {import('./index').ApiContext} ctx */
function alipayUrl({ params, user, data, baseUrl }) {
	const buyer = /** @type {import('../data').Buyer} */ (user);
	/** @param {string} errorCode @param {string} erroMsg @param {string[]} [failed] */
	const failure = (errorCode, erroMsg, failed = []) => ({
		success: false,
		errorCode,
		erroMsg,
		payFailureOrderList: failed.map(javaLong),
	});
	const parsed = parseOrderIds(params.orderIdList);
	if (parsed === null || parsed.length === 0) {
		return failure(BUSINESS_ERRORS.PARAM_ERROR, 'orderIdList must be a JSON array of order ids');
	}
	const ids = [...new Set(parsed)];
	if (ids.length > MAX_PAY_ORDERS) {
		return failure(
			BUSINESS_ERRORS.ORDER_ID_LIST_TOO_LONG,
			`at most ${MAX_PAY_ORDERS} orders can be paid together`,
		);
	}
	// why an order cannot be paid, in this order of precedence (the first that applies)
	const checks = /** @type {const} */ ([
		[
			BUSINESS_ERRORS.ORDER_NOT_FOUND,
			'orders do not exist',
			(/** @type {string} */ id) => !data.ordersById.has(id),
		],
		[
			BUSINESS_ERRORS.ORDER_NO_PERMISSION,
			'orders do not belong to the current buyer',
			(/** @type {string} */ id) => data.ordersById.get(id)?.buyer.memberId !== buyer.memberId,
		],
		[
			BUSINESS_ERRORS.ORDER_STATUS_NOT_ALLOW_PAY,
			'orders are not waiting for payment',
			(/** @type {string} */ id) => data.ordersById.get(id)?.status !== 'waitbuyerpay',
		],
	]);
	const payable = ids.filter((id) => checks.every(([, , bad]) => !bad(id)));
	const failed = ids.filter((id) => !payable.includes(id));
	if (payable.length === 0) {
		// none can be paid: success:false with the first check's code, every id in the list
		const [code, text, bad] = /** @type {typeof checks[number]} */ (
			checks.find(([, , isBad]) => ids.some(isBad))
		);
		const first = ids.filter(bad);
		return failure(code, `${first.length} ${text}: ${first.join(',')}`, failed);
	}
	// PARTIAL success as the API page documents it: success "是否成功，可能部分成功，需要结合
	// payFailureOrderList查看", payFailureOrderList "部分失败订单id" (Long[]; no sample exists).
	// The link pays the payable orders; the others are listed, as exact bare numbers.
	const payUrl = `${baseUrl}/pay?orderIds=${payable.join(',')}`;
	return failed.length === 0
		? { success: true, payUrl }
		: { success: true, payUrl, payFailureOrderList: failed.map(javaLong) };
}

/** @type {import('./index').ApiDefinition[]} */
module.exports = [
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.createOrder.preview',
		auth: true,
		required: ['addressParam', 'cargoParamList'],
		handle: preview,
	},
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.trade.fastCreateOrder',
		auth: true,
		required: ['flow', 'addressParam', 'cargoParamList'],
		handle: fastCreateOrder,
	},
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.trade.cancel',
		auth: true,
		required: ['webSite', 'tradeID', 'cancelReason'],
		handle: cancel,
	},
	{
		namespace: 'com.alibaba.trade',
		name: 'alibaba.alipay.url.get',
		auth: true,
		required: ['orderIdList'],
		handle: alipayUrl,
	},
];
