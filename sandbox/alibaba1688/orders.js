// @ts-check
'use strict';

// Buying through the API: reading addressParam / cargoParamList, pricing a cart per seller, and
// the state changes (create, cancel, pay) on the seeded world. Money is handled in fen.
const { BUSINESS_ERRORS, ERROR_TEXTS } = require('./apis/business-errors');
const { newestFirst } = require('./data');

/**
 * Flows fastCreateOrder accepts (API page alibaba.trade.fastCreateOrder-1: "general(创建大市场订单),
 * fenxiao(创建分销订单),saleproxy流程将校验分销关系,paired(火拼下单),boutiquefenxiao(…),
 * boutiquepifa(…)"). saleproxy is recognised but always refused with 500_007: the sandbox models
 * no 代销 relation between a buyer and a supplier.
 */
const ORDER_FLOWS = /** @type {const} */ ([
	'general',
	'fenxiao',
	'saleproxy',
	'paired',
	'boutiquefenxiao',
	'boutiquepifa',
]);
/**
 * createOrder.preview also takes repurchase (复购合约下单), and an empty flow, which 1688 documents
 * as "会比价择优预览，并返回最优下单方式flow" (API page alibaba.createOrder.preview-1): the sandbox's
 * comparison always picks general.
 */
const PREVIEW_FLOWS = /** @type {const} */ ([...ORDER_FLOWS, 'repurchase']);
const DEFAULT_FLOW = 'general';

/**
 * tradeType values fastCreateOrder accepts: the Java SDK's list (AlibabaTradeFastCreateOrderParam.
 * setTradeType: fxassure, alipay, period, assure, creditBuy, bank, 631staged, 37staged), the
 * createCrossOrder page's assureTrade, and nzassure, the tradeType of the preview sample
 * (fixture alibaba.createOrder.preview.success.txt), which the sandbox's preview offers for general.
 */
const TRADE_TYPES = /** @type {const} */ ([
	'fxassure',
	'alipay',
	'period',
	'assure',
	'creditBuy',
	'bank',
	'631staged',
	'37staged',
	'assureTrade',
	'nzassure',
]);

/**
 * Postage per seller (the sandbox's own rule; 1688 uses each seller's freight template):
 * 5 yuan within the seller's province, 8 yuan elsewhere, 2 yuan more per extra offer, free
 * from 200 yuan of goods.
 */
const CARRIAGE = /** @type {const} */ ({
	sameProvinceFen: 500,
	otherProvinceFen: 800,
	perExtraOfferFen: 200,
	freeFromFen: 20000,
});

/** A buyer may not cancel an order younger than this (1688: CLOSE_ORDER_TOO_FAST). */
const CANCEL_MIN_AGE_MS = 10 * 1000;

const CANCEL_REASONS = /** @type {const} */ (['buyerCancel', 'sellerGoodsLack', 'other']);

/** alipay.url.get pays at most this many orders at once (doc: ≤100). */
const MAX_PAY_ORDERS = 100;

/** webSite values the trade and product APIs accept. */
const WEB_SITES = /** @type {readonly string[]} */ (['1688', 'alibaba']);

/** @typedef {{ code: string, message: string }} Problem */
/** @typedef {{ product: import('./data').Product, sku: import('./data').Sku, quantity: number }} Cargo */
/**
 * @typedef {{ seller: import('./data').Seller, cargos: Array<Cargo & { priceFen: number, amountFen: number }>,
 *   goodsFen: number, carriageFen: number }} SellerCart
 */

/** @param {string} code @param {string} message @returns {{ problem: Problem }} */
const fail = (code, message) => ({ problem: { code, message } });

/** @param {string} text @returns {unknown} */
function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

const text = (/** @type {unknown} */ v) =>
	typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';

/**
 * addressParam: `{ addressId }` (an address-book id of the buyer) or a full address
 * `{ fullName, mobile | phone, provinceText, cityText, areaText?, townText?, address, postCode?, districtCode? }`.
 * @param {string} raw
 * @param {import('./data').Buyer} buyer
 * @returns {{ address: import('./catalog').Address } | { problem: Problem }}
 */
function parseAddress(raw, buyer) {
	const value = parseJson(raw);
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		return fail(BUSINESS_ERRORS.ADDRESS_PARAM_INVALID, 'addressParam must be a JSON object');
	}
	const a = /** @type {Record<string, unknown>} */ (value);
	const addressId = text(a.addressId);
	if (addressId !== '') {
		const known = buyer.addresses.find((x) => String(x.addressId) === addressId);
		if (!known)
			return fail(
				BUSINESS_ERRORS.ADDRESS_PARAM_INVALID,
				`address ${addressId} is not in the buyer's address book`,
			);
		return { address: known };
	}
	const fields = {
		fullName: text(a.fullName),
		mobile: text(a.mobile),
		phone: text(a.phone),
		provinceText: text(a.provinceText),
		cityText: text(a.cityText),
		areaText: text(a.areaText),
		townText: text(a.townText),
		address: text(a.address),
		postCode: text(a.postCode),
		districtCode: text(a.districtCode),
	};
	const missing = ['fullName', 'provinceText', 'cityText', 'address'].filter(
		(k) => fields[/** @type {keyof typeof fields} */ (k)] === '',
	);
	if (fields.mobile === '' && fields.phone === '') missing.push('mobile');
	if (missing.length > 0)
		return fail(BUSINESS_ERRORS.ADDRESS_PARAM_INVALID, `addressParam lacks ${missing.join(', ')}`);
	if (fields.mobile !== '' && !/^1\d{10}$/.test(fields.mobile)) {
		return fail(
			BUSINESS_ERRORS.ADDRESS_PARAM_INVALID,
			'addressParam.mobile must be an 11-digit mainland mobile number',
		);
	}
	if (fields.postCode !== '' && !/^\d{6}$/.test(fields.postCode)) {
		return fail(BUSINESS_ERRORS.ADDRESS_PARAM_INVALID, 'addressParam.postCode must be 6 digits');
	}
	// reuse the division codes of a known address in the same district
	const same = buyer.addresses.find(
		(x) =>
			x.province === fields.provinceText &&
			x.city === fields.cityText &&
			x.area === fields.areaText,
	);
	return {
		address: {
			toFullName: fields.fullName,
			mobile: fields.mobile || fields.phone,
			province: fields.provinceText,
			city: fields.cityText,
			area: fields.areaText,
			town: fields.townText,
			street: fields.address,
			zip: fields.postCode || same?.zip || '',
			areaCode: fields.districtCode || same?.areaCode || '',
			townCode: same && same.town === fields.townText ? same.townCode : '',
			phone: fields.phone || undefined,
		},
	};
}

/**
 * cargoParamList: JSON array of `{ offerId, specId, quantity }`. Checks offers, specs, stock and
 * each offer's minimum order (summed over its specs, as 1688 allows mixing specs). The codes and
 * texts are the documented ones of alibaba.createOrder.preview-1's 错误码 table (500_001 …
 * 500_008); an unreadable list is the sandbox's own CARGO_PARAM_INVALID (nothing documented).
 * @param {string} raw
 * @param {import('./data').SandboxData} data
 * @returns {{ cargos: Cargo[] } | { problem: Problem }}
 */
function parseCargos(raw, data) {
	const value = parseJson(raw);
	if (!Array.isArray(value) || value.length === 0) {
		return fail(
			BUSINESS_ERRORS.CARGO_PARAM_INVALID,
			'cargoParamList must be a non-empty JSON array',
		);
	}
	/** @type {Cargo[]} */
	const cargos = [];
	for (const entry of value) {
		if (entry === null || typeof entry !== 'object') {
			return fail(
				BUSINESS_ERRORS.CARGO_PARAM_INVALID,
				'each cargo must be an object {offerId, specId, quantity}',
			);
		}
		const c = /** @type {Record<string, unknown>} */ (entry);
		const offerId = text(c.offerId);
		const quantity = Number(text(c.quantity));
		if (!/^\d+$/.test(offerId))
			return fail(BUSINESS_ERRORS.CARGO_PARAM_INVALID, 'cargo offerId must be a number');
		if (!Number.isInteger(quantity) || quantity < 1) {
			return fail(
				BUSINESS_ERRORS.CARGO_PARAM_INVALID,
				`cargo quantity of offer ${offerId} must be an integer >= 1`,
			);
		}
		// an offer the sandbox does not know: 500_001 is the closest documented case
		const product = data.productsById.get(Number(offerId));
		if (!product)
			return fail(BUSINESS_ERRORS.OFFER_NOT_TRADABLE, ERROR_TEXTS.offerNotTradable(offerId));
		const specId = text(c.specId);
		if (specId === '')
			return fail(BUSINESS_ERRORS.SPEC_ID_MISSING, ERROR_TEXTS.specIdMissing(offerId));
		const sku = product.skus.find((s) => s.specId === specId);
		if (!sku)
			return fail(BUSINESS_ERRORS.SPEC_NOT_OF_OFFER, ERROR_TEXTS.specNotOfOffer(offerId, specId));
		if (sku.priceFen === 0)
			return fail(BUSINESS_ERRORS.PRICE_ZERO, ERROR_TEXTS.priceZero(offerId, specId));
		const same = cargos.find((x) => x.sku === sku);
		if (same) same.quantity += quantity;
		else cargos.push({ product, sku, quantity });
	}
	for (const cargo of cargos) {
		if (cargo.quantity > cargo.sku.amountOnSale) {
			return fail(
				BUSINESS_ERRORS.STOCK_NOT_ENOUGH,
				ERROR_TEXTS.stockNotEnough(String(cargo.product.productID), cargo.sku.specId),
			);
		}
	}
	for (const product of new Set(cargos.map((c) => c.product))) {
		const total = cargos.filter((c) => c.product === product).reduce((s, c) => s + c.quantity, 0);
		if (total < product.minOrderQuantity) {
			return fail(
				BUSINESS_ERRORS.QUANTITY_LESS_THAN_MIN_ORDER,
				ERROR_TEXTS.quantityLessThanMinOrder(String(product.productID)),
			);
		}
	}
	return { cargos };
}

/**
 * @param {string | undefined} raw
 * @param {{ preview: boolean }} api preview also takes repurchase, and an empty flow (compare: general)
 * @returns {{ flow: string } | { problem: Problem }}
 */
function parseFlow(raw, { preview }) {
	const flow = raw === undefined || raw.trim() === '' ? DEFAULT_FLOW : raw.trim();
	const flows = /** @type {readonly string[]} */ (preview ? PREVIEW_FLOWS : ORDER_FLOWS);
	// an unknown flow: no documented code, the sandbox's own FLOW_NOT_SUPPORTED
	if (!flows.includes(flow))
		return fail(BUSINESS_ERRORS.FLOW_NOT_SUPPORTED, `flow must be one of ${flows.join(', ')}`);
	// "saleproxy流程将校验分销关系"; the sandbox has no such relation, so it is never there (500_007)
	if (flow === 'saleproxy')
		return fail(BUSINESS_ERRORS.NO_SALEPROXY_RELATION, ERROR_TEXTS.noSaleproxyRelation);
	return { flow };
}

/**
 * tradeType (optional; 1688 picks one when it is absent). Unknown values: the sandbox's own code
 * with createCrossOrder's documented text "not support tradeType:【XXXX】".
 * @param {string | undefined} raw
 * @returns {{ tradeType: string | undefined } | { problem: Problem }}
 */
function parseTradeType(raw) {
	const tradeType = raw?.trim() ?? '';
	if (tradeType === '') return { tradeType: undefined };
	if (!(/** @type {readonly string[]} */ (TRADE_TYPES).includes(tradeType)))
		return fail(
			BUSINESS_ERRORS.TRADE_TYPE_NOT_SUPPORTED,
			ERROR_TEXTS.tradeTypeNotSupported(tradeType),
		);
	return { tradeType };
}

/**
 * invoiceParam (optional): a JSON object of alibaba.trade.fast.invoice (invoiceType 0 普通发票 /
 * 1 增值税发票, provinceText, cityText, areaText, townText, postCode, address, fullName, phone,
 * mobile, companyName, taxpayerIdentifier, bankAndAccount, localInvoiceId). Only its shape and
 * invoiceType are checked; 1688 documents no error code for it (INVOICE_PARAM_INVALID is the
 * sandbox's own).
 * @param {string | undefined} raw
 * @returns {{ invoice: Record<string, unknown> | undefined } | { problem: Problem }}
 */
function parseInvoice(raw) {
	if (raw === undefined || raw.trim() === '') return { invoice: undefined };
	const value = parseJson(raw);
	if (value === null || typeof value !== 'object' || Array.isArray(value))
		return fail(BUSINESS_ERRORS.INVOICE_PARAM_INVALID, 'invoiceParam must be a JSON object');
	const invoice = /** @type {Record<string, unknown>} */ (value);
	const type = text(invoice.invoiceType);
	if (invoice.invoiceType !== undefined && type !== '0' && type !== '1')
		return fail(
			BUSINESS_ERRORS.INVOICE_PARAM_INVALID,
			'invoiceParam.invoiceType must be 0 (普通发票) or 1 (增值税发票)',
		);
	return { invoice };
}

/** outOrderId (optional String, "外部订单号"): trimmed, undefined when empty. @param {string | undefined} raw */
const parseOutOrderId = (raw) => (raw === undefined || raw.trim() === '' ? undefined : raw.trim());

/** The key of ordersByOutOrderId. @param {import('./data').Buyer} buyer @param {string} outOrderId */
const outOrderKey = (buyer, outOrderId) => `${buyer.memberId} ${outOrderId}`;

/**
 * The orders an earlier fastCreateOrder of `buyer` created with this outOrderId (first one first),
 * or undefined.
 * @param {import('./data').SandboxData} data
 * @param {import('./data').Buyer} buyer
 * @param {string} outOrderId
 */
function ordersOfOutOrderId(data, buyer, outOrderId) {
	const ids = data.ordersByOutOrderId.get(outOrderKey(buyer, outOrderId));
	if (!ids) return undefined;
	return ids.map((id) => /** @type {import('./data').Order} */ (data.ordersById.get(id)));
}

/**
 * Splits a cart per seller (1688 creates one order per seller) and prices it.
 * @param {Cargo[]} cargos
 * @param {import('./catalog').Address} address
 * @returns {SellerCart[]}
 */
function priceCart(cargos, address) {
	/** @type {Map<string, SellerCart>} */
	const bySeller = new Map();
	for (const cargo of cargos) {
		const seller = cargo.product.seller;
		const cart = bySeller.get(seller.memberId) ?? {
			seller,
			cargos: [],
			goodsFen: 0,
			carriageFen: 0,
		};
		const amountFen = cargo.sku.priceFen * cargo.quantity;
		cart.cargos.push({ ...cargo, priceFen: cargo.sku.priceFen, amountFen });
		cart.goodsFen += amountFen;
		bySeller.set(seller.memberId, cart);
	}
	for (const cart of bySeller.values()) cart.carriageFen = carriageFen(cart, address);
	return [...bySeller.values()];
}

/** @param {SellerCart} cart @param {import('./catalog').Address} address */
function carriageFen(cart, address) {
	if (cart.goodsFen >= CARRIAGE.freeFromFen) return 0;
	const offers = new Set(cart.cargos.map((c) => c.product.productID)).size;
	const base =
		address.province === cart.seller.province
			? CARRIAGE.sameProvinceFen
			: CARRIAGE.otherProvinceFen;
	return base + (offers - 1) * CARRIAGE.perExtraOfferFen;
}

/**
 * Creates one waitbuyerpay order per seller cart, takes the stock, and lists the orders
 * (newest first) so getBuyerOrderList and get.buyerView see them. Every order of the call
 * carries the outOrderId, tradeType (as tradeTypeCode) and invoiceParam given.
 * @param {import('./data').SandboxData} data
 * @param {{ buyer: import('./data').Buyer, address: import('./catalog').Address, carts: SellerCart[],
 *   now: number, flow: string, message?: string, outOrderId?: string, tradeType?: string,
 *   invoice?: Record<string, unknown> }} spec
 * @returns {import('./data').Order[]}
 */
function createOrders(
	data,
	{ buyer, address, carts, now, flow, message, outOrderId, tradeType, invoice },
) {
	const created = carts.map((cart) => {
		/** @type {import('./data').Order} */
		const order = {
			id: data.ids.order(buyer),
			buyer,
			seller: cart.seller,
			status: 'waitbuyerpay',
			createTime: now,
			modifyTime: now,
			items: cart.cargos.map((c) => ({
				subItemID: data.ids.subItem(buyer),
				product: c.product,
				sku: c.sku,
				quantity: c.quantity,
				priceFen: c.priceFen,
				amountFen: c.amountFen,
			})),
			shippingFeeFen: cart.carriageFen,
			refundFen: 0,
			address,
			phase: data.ids.phase(),
			packages: [],
			flow,
			buyerMemo: message || undefined,
			outOrderId,
			tradeTypeCode: tradeType,
			invoice,
		};
		for (const c of cart.cargos) c.sku.amountOnSale -= c.quantity;
		return order;
	});
	for (const order of created) {
		data.orders.push(order);
		data.ordersById.set(order.id, order);
	}
	data.orders.sort(newestFirst);
	if (outOrderId !== undefined)
		data.ordersByOutOrderId.set(
			outOrderKey(buyer, outOrderId),
			created.map((o) => o.id),
		);
	return created;
}

/**
 * Why the buyer may not cancel the order now, or undefined.
 * @param {import('./data').Order} order
 * @param {number} now
 * @returns {Problem | undefined}
 */
function cancelProblem(order, now) {
	// alibaba.trade.cancel-1 错误码: ORDER_STATUS_ERROR 订单状态错误 (只能取消待支付的订单)
	if (order.status !== 'waitbuyerpay')
		return { code: BUSINESS_ERRORS.ORDER_STATUS_ERROR, message: ERROR_TEXTS.orderStatusError };
	if (now - order.createTime < CANCEL_MIN_AGE_MS) {
		return {
			code: BUSINESS_ERRORS.CLOSE_ORDER_TOO_FAST,
			message: 'the order was created too recently to be closed, try again later',
		};
	}
	return undefined;
}

/**
 * @param {import('./data').Order} order
 * @param {{ now: number, reason: string, remark?: string }} how
 */
function cancelOrder(order, { now, reason, remark }) {
	order.status = 'cancel';
	order.modifyTime = now;
	order.closeReason = reason;
	order.closeRemark = remark || undefined;
	for (const item of order.items) item.sku.amountOnSale += item.quantity;
}

/**
 * The cashier page's "pay": waitbuyerpay → waitsellersend with a pay time and Alipay trade id.
 * @param {import('./data').SandboxData} data
 * @param {import('./data').Order} order
 * @param {number} now
 */
function payOrder(data, order, now) {
	order.status = 'waitsellersend';
	order.payTime = now;
	order.modifyTime = now;
	order.alipayTradeId = data.ids.alipayTradeId(now);
}

module.exports = {
	ORDER_FLOWS,
	PREVIEW_FLOWS,
	DEFAULT_FLOW,
	TRADE_TYPES,
	CARRIAGE,
	CANCEL_MIN_AGE_MS,
	CANCEL_REASONS,
	MAX_PAY_ORDERS,
	WEB_SITES,
	parseJson,
	parseAddress,
	parseCargos,
	parseFlow,
	parseTradeType,
	parseInvoice,
	parseOutOrderId,
	ordersOfOutOrderId,
	priceCart,
	createOrders,
	cancelProblem,
	cancelOrder,
	payOrder,
};
