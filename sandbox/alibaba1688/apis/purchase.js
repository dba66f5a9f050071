// @ts-check
'use strict';

// Buying: createOrder.preview, fastCreateOrder, trade.cancel and alipay.url.get. Each API has its
// own documented failure shape:
//   preview         { success: false, errorCode, errorMsg }
//   fastCreateOrder { success: false, code, message }
//   cancel          { success: false, errorCode, errorMessage }
//   alipay.url.get  { success: false, errorCode, erroMsg (sic), payFailureOrderList }
// Money: sumPayment / sumCarriage / sumPaymentNoCarriage / totalSuccessAmount / postFee are fen
// (Long); cargoList amount / finalUnitPrice are yuan.
const { javaLong } = require('../json');
const { BUSINESS_ERRORS } = require('./business-errors');
const { parseOrderIds } = require('./params');
const orders = require('../orders');

const { MAX_PAY_ORDERS, WEB_SITES } = orders;

const yuan = (/** @type {number} */ fen) => fen / 100;

/** @param {string} flow */
const tradeModel = (flow) =>
	flow === 'general'
		? {
				tradeType: 'assureTrade',
				name: '担保交易',
				description: '买家付款到支付宝，确认收货后卖家收款',
				opSupport: true,
			}
		: {
				tradeType: 'fxassure',
				name: '交易4.0通用担保交易',
				description: '分销担保交易，确认收货后卖家收款',
				opSupport: true,
			};

/**
 * Reads flow, addressParam and cargoParamList and prices the cart.
 * @param {import('./index').ApiContext} ctx
 */
function readCart({ params, user, data }) {
	const buyer = /** @type {import('../data').Buyer} */ (user);
	const flow = orders.parseFlow(params.flow);
	if ('problem' in flow) return flow;
	const address = orders.parseAddress(params.addressParam, buyer);
	if ('problem' in address) return address;
	const cargos = orders.parseCargos(params.cargoParamList, data);
	if ('problem' in cargos) return cargos;
	return {
		buyer,
		flow: flow.flow,
		address: address.address,
		carts: orders.priceCart(cargos.cargos, address.address),
	};
}

/** @param {import('./index').ApiContext} ctx */
function preview(ctx) {
	const cart = readCart(ctx);
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
			})),
			tradeModeNameList: [model.tradeType],
			tradeModelList: [model],
			status: true,
			message: null,
		})),
		postFeeByDescOfferList: [],
		consignOfferList: [],
	};
}

/** @param {import('./index').ApiContext} ctx */
function fastCreateOrder(ctx) {
	const cart = readCart(ctx);
	if ('problem' in cart)
		return { success: false, code: cart.problem.code, message: cart.problem.message };
	const created = orders.createOrders(ctx.data, {
		buyer: cart.buyer,
		address: cart.address,
		carts: cart.carts,
		now: ctx.clock.now(),
		flow: cart.flow,
		message: ctx.params.message?.trim(),
	});
	return {
		success: true,
		result: {
			totalSuccessAmount: cart.carts.reduce((s, c) => s + c.goodsFen + c.carriageFen, 0),
			orderId: created[0].id,
			postFee: cart.carts.reduce((s, c) => s + c.carriageFen, 0),
			failedOfferList: [],
		},
	};
}

/** @param {import('./index').ApiContext} ctx */
function cancel({ params, user, data, clock }) {
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
	const tradeId = params.tradeID.trim();
	const order = /^\d+$/.test(tradeId) ? data.ordersById.get(tradeId) : undefined;
	if (!order) return failure(BUSINESS_ERRORS.ORDER_NOT_FOUND, `order ${tradeId} does not exist`);
	if (order.buyer.memberId !== buyer.memberId) {
		return failure(
			BUSINESS_ERRORS.ORDER_NO_PERMISSION,
			'the order does not belong to the current buyer',
		);
	}
	const now = clock.now();
	const problem = orders.cancelProblem(order, now);
	if (problem) return failure(problem.code, problem.message);
	orders.cancelOrder(order, { now, reason, remark: params.remark?.trim() });
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
	for (const [code, text, bad] of checks) {
		const failed = ids.filter(bad);
		if (failed.length > 0)
			return failure(code, `${failed.length} ${text}: ${failed.join(',')}`, failed);
	}
	return { success: true, payUrl: `${baseUrl}/pay?orderIds=${ids.join(',')}` };
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
