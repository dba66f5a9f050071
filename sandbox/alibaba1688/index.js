// @ts-check
'use strict';

// start1688Sandbox: a local stand-in for gw.open.1688.com plus the auth.1688.com consent page.
const { baseUrl } = require('../common/base-url');
const { createClock } = require('../common/clock');
const { createRandom } = require('../common/prng');
const { createSandboxServer } = require('../common/server');
const { createActivity, NEXT_STATUSES } = require('./activity');
const { createData, DEMO_BUYER } = require('./data');
const { createFaults, faultOutcome } = require('./faults');
const {
	createPusher,
	MESSAGE_TOPICS,
	MESSAGE_TOPIC_GROUPS,
	ORDER_STATUS_TOPICS,
	SELLER_ORDER_TOPICS,
	statusTopicOf,
} = require('./push');
const { parseApiPath } = require('./route');
const { route } = require('./router');
const { createState } = require('./state');
const {
	BUSINESS_ERRORS,
	CROSSBORDER_CODES,
	BUYING_ERRORS,
	SELLING_ERRORS,
} = require('./apis/business-errors');
const { createSelling, MAX_WAYBILL_USES } = require('./selling');
const sellingApis = require('./apis/selling');
const ownProductApis = require('./apis/own-products');
const buyingState = require('./buying-state');
const { offerImagePng, offerImageUrl } = require('./offer-images');
const refundModel = require('./refunds');
const { REFUND_LIMITS, OFFLINE_CARRIERS, ALL_CARRIERS } = require('./apis/refunds');
const refundErrors = require('./apis/refund-errors');
const limits = require('./limits');
const orders = require('./orders');
const seeding = require('./data');

/** The sandbox's own choices where the 1688 documentation is silent (see limits.js, orders.js, data.js). */
const SANDBOX_1688_CONSTANTS = Object.freeze({
	...limits,
	CARRIAGE: orders.CARRIAGE,
	CANCEL_MIN_AGE_MS: orders.CANCEL_MIN_AGE_MS,
	CANCEL_REASONS: orders.CANCEL_REASONS,
	ORDER_FLOWS: orders.ORDER_FLOWS,
	PREVIEW_FLOWS: orders.PREVIEW_FLOWS,
	TRADE_TYPES: orders.TRADE_TYPES,
	DEFAULT_FLOW: orders.DEFAULT_FLOW,
	MAX_PAY_ORDERS: orders.MAX_PAY_ORDERS,
	HISTORY_ORDER_COUNT: seeding.HISTORY_ORDER_COUNT,
	HISTORY_AGE_DAYS: seeding.HISTORY_AGE_DAYS,
	SECOND_PACKAGE_SHARE: seeding.SECOND_PACKAGE_SHARE,
	PROTOCOL_PAY_CHANNELS: buyingState.PROTOCOL_PAY_CHANNELS,
	PROTOCOL_PAY_DEFAULT_BALANCE_FEN: buyingState.PROTOCOL_PAY_DEFAULT_BALANCE_FEN,
	PROTOCOL_PAY_DEFAULT_LIMIT_FEN: buyingState.PROTOCOL_PAY_DEFAULT_LIMIT_FEN,
});

const DEMO_APP_KEY = '8688001';
const DEMO_APP_SECRET = 'sandbox1688secret';

/**
 * @typedef {{
 *   port?: number, host?: string, latencyMs?: number, seed?: number, orderCount?: number,
 *   startTime?: number,  // sandbox clock start (epoch ms); default real now. Fix it for byte-identical data.
 *   onRequest?: (entry: import('../common/server').RequestLogEntry) => void,
 * }} SandboxOptions
 */

/** @param {SandboxOptions} [options] */
async function start1688Sandbox(options = {}) {
	const {
		port = 0,
		host = '127.0.0.1',
		latencyMs = 0,
		seed = 1688,
		orderCount = 300,
		startTime,
		onRequest,
	} = options;
	const clock = createClock(startTime);
	/** @type {import('./state').Settings} */
	const settings = {
		accessTtlSec: 36000,
		refreshTtlSec: 180 * 86400,
		refreshReplyIncludesRefreshToken: false,
		refreshTimeoutDigits: 17,
		latencyMs,
		qpsPerApp: 0,
	};
	const data = createData({ seed, orderCount, startMs: clock.startMs });
	const state = createState({ clock, settings, users: data.accounts });
	state.createApp({
		appKey: DEMO_APP_KEY,
		appSecret: DEMO_APP_SECRET,
		acl: '*',
		redirectDomains: ['127.0.0.1', 'localhost'],
	});
	// seeded so a restarted `npm run sandbox` hands out the same demo refresh token
	const demoRefreshToken = createRandom(seed ^ 0x5eed).uuid();
	state.seedRefreshToken(demoRefreshToken, DEMO_APP_KEY, DEMO_BUYER.memberId);
	// issue 15: the demo supplier's, seeded the same way (its own stream)
	const supplierRefreshToken = createRandom((seed ^ 0x5e11e4ed) >>> 0).uuid();
	state.seedRefreshToken(supplierRefreshToken, DEMO_APP_KEY, data.supplier.memberId);

	// own streams, so orders changed or pushed at run time leave the seeded world as it was.
	// One push mechanism (push.js): every event raised below goes to the subscriptions of
	// subscribePush — the APIs' buying events (buying-state.js), every refund step (refunds.js),
	// and each order the controls or the activity create or move on (its ORDER_STATUS_TOPICS topic,
	// shipping included: ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS once the order has a parcel).
	const pusher = createPusher({
		data,
		state,
		clock,
		random: createRandom((seed ^ 0x9054ed) >>> 0),
		defaultAppKey: DEMO_APP_KEY,
	});
	const activity = createActivity({
		data,
		clock,
		random: createRandom((seed ^ 0x0ac71e17) >>> 0),
		announce: (order) => {
			const type = statusTopicOf(order);
			if (type !== undefined) pusher.raise({ type, orderId: order.id });
		},
	});

	const buying = buyingState.createBuyingState({ data, clock, pusher });

	// ---- issue 15, the demo supplier's side (selling.js): sending goods, memos, sales orders
	const selling = createSelling({
		data,
		clock,
		random: createRandom((seed ^ 0x5e11c0de) >>> 0),
		pusher,
		activity,
	});

	// ---- issue 14, refunds (refunds.js): every refund step raises the refund topic's message
	const refundBook = refundModel.createRefundBook({
		data,
		clock,
		random: createRandom((seed ^ 0x7e4f0d) >>> 0),
		emit: (event) => pusher.raise({ type: event.type, data: event.data }),
	});
	refundModel.registerRefundBook(data, refundBook);
	/** @param {import('./refunds').Refund} refund */
	const refundView = (refund) => ({
		refundId: refund.refundId,
		orderId: refund.order.id,
		status: refund.status,
		disputeRequest: refund.disputeRequest,
		goodsStatus: refund.goodsStatus,
		inSale: refund.inSale,
		applyPayment: refund.applyFen,
		applyCarriage: refund.carriageFen,
		reasonId: refund.reason.id,
		entries: refund.entries.map((e) => ({ subItemID: e.item.subItemID, count: e.count })),
		freightBill: refund.freightBill,
		logisticsCompanyNo: refund.carrier?.code,
		returnAddress: refund.returnAddress && { ...refund.returnAddress },
		lastAction: refund.lastAction,
	});

	const faults = createFaults();
	/** @type {import('../common/server').RequestLogEntry[]} */
	const requests = [];
	let url = '';
	/** @type {import('./router').World} */
	const world = { state, data, clock, settings, baseUrl: () => url, buying, selling };
	const server = createSandboxServer({
		clock,
		settings,
		apiOf: (request) => {
			const apiRoute = parseApiPath(request.pathname);
			return typeof apiRoute === 'object' ? apiRoute.apiId : undefined;
		},
		route: (request) => route(request, world),
		faults,
		faultOutcome,
		requests,
		onRequest,
	});
	url = baseUrl(host, await server.listen(port, host));

	return {
		url,
		demo: {
			appKey: DEMO_APP_KEY,
			appSecret: DEMO_APP_SECRET,
			refreshToken: demoRefreshToken,
			memberId: DEMO_BUYER.memberId,
			aliId: DEMO_BUYER.aliId,
			loginId: DEMO_BUYER.loginId,
			redirectUri: `${url}/oauth/code`,
		},
		/**
		 * The demo supplier (issue 15): seller `data.sellers[0]`, an account that authorizes like the
		 * demo buyer (it is listed on the consent page) with its own seeded refresh token for the demo
		 * app (the same on every start with the same seed). Its sales orders are the orders it sold
		 * (`salesOrders()`, examples `data.examples.salesOrder*`), its products `data.products` and
		 * `data.supplierCatalog` entries it sells (examples `data.examples.supplierProduct*`).
		 */
		supplier: {
			memberId: data.supplier.memberId,
			userId: data.supplier.userId,
			aliId: data.supplier.aliId,
			loginId: data.supplier.loginId,
			companyName: data.supplier.companyName,
			refreshToken: supplierRefreshToken,
		},
		/** @param {Parameters<typeof state.createApp>[0]} [spec] */
		createApp: (spec) => ({ ...state.createApp(spec) }),
		issueAuthorizationCode: state.issueAuthorizationCode,
		issueTokens: state.issueTokens,
		revokeAccessToken: state.revokeAccessToken,
		revokeRefreshToken: state.revokeRefreshToken,
		/** Every app secret, code and token this sandbox has issued: what must never leak. @returns {string[]} */
		issuedSecrets: () => state.issuedSecrets(),
		expireAccessToken: state.expireAccessToken,
		/**
		 * Whether getToken would accept `token` as a refresh token now (not revoked or expired).
		 * @param {string} token @param {string} [appKey]
		 */
		refreshTokenIsLive: (token, appKey = DEMO_APP_KEY) =>
			state.liveRefreshToken(token, appKey) !== undefined,
		clock: { now: clock.now, advance: clock.advance },
		settings,
		/** @param {import('./faults').FaultSpec} spec */
		injectFault: (spec) => faults.inject(spec),
		requests,
		clearRequests: () => {
			requests.length = 0;
		},
		/**
		 * The seeded world (buyers, sellers, products, productsById, orders, historyOrders,
		 * ordersById, categories; issue 15: supplier, customers, supplierCatalog, accounts) and
		 * `data.examples`, where tests find an example of each case.
		 * Treat it as read-only: API calls (fastCreateOrder, cancel, the cashier page) change it.
		 */
		data,
		/**
		 * Moves a demo-buyer order, or a sales order of the demo supplier, to `status` (default: the
		 * next status of its lifecycle, see NEXT_STATUSES) at `at` (default sandbox now): modifyTime
		 * and the timestamps the status implies (a shipped status sends the lines not sent yet).
		 * Returns the order as getBuyerOrderList prints it (JSON-parsed; ids exact in idOfStr).
		 * Raises the new status's topic (ORDER_STATUS_TOPICS; shipped: ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS
		 * once the order has a parcel) to the subscribePush subscriptions; for a supplier's order its
		 * seller-view twin too (SELLER_ORDER_TOPICS), and the buyer-view one only if the buyer is an account.
		 */
		changeOrder: activity.changeOrder,
		/**
		 * The supplier ships a paid demo-buyer order or a paid sales order of the demo supplier
		 * (waitsellersend / waitlogisticstakein): one parcel with every item not sent yet by `carrier`
		 * (a carrier code, e.g. ZTO; default one at random) under `waybill`
		 * (default one the carrier draws), the order waitbuyerreceive at `at` (default now), and
		 * ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS raised. Returns the order as getBuyerOrderList prints it;
		 * the parcel is `data.ordersById.get(orderId).packages[0]`.
		 */
		shipOrder: activity.shipOrder,
		/** A new demo-buyer order created (and modified) at `at`, waitbuyerpay unless `status` is given; raises its status's topic. */
		createOrder: activity.createOrder,
		/** `newOrders` new orders and `changes` lifecycle steps of recent demo-buyer orders, all at `at`; each raises its topic. */
		simulateActivity: activity.simulateActivity,
		// ---- issue 15, the demo supplier's side (selling.js, apis/selling.js, apis/own-products.js) ----
		/**
		 * A new sales order of the demo supplier, created (and modified) at `at` (default sandbox now)
		 * by `buyerMemberId` (default one of `data.customers` at random; a `data.buyers` member works
		 * too), 1-3 of its published products (their stock taken), waitbuyerpay unless `status` is
		 * given (moved there at once). Raises its status's topic once: the seller view
		 * (ORDER_BUYER_MAKE, ORDER_PAY, …) for the supplier, the buyer view only for an account.
		 * Returns the order as getSellerOrderList prints it (JSON-parsed; ids exact in idOfStr).
		 */
		createSalesOrder: selling.createSalesOrder,
		/** The demo supplier's sales orders (the world's order objects), newest first. */
		salesOrders: selling.salesOrders,
		/**
		 * `newOrders` new sales orders and `changes` lifecycle steps of recent sales orders of the
		 * demo supplier, all at `at`; each raises its topic (the supplier's simulateActivity).
		 * Returns { created, changed, transitions } like simulateActivity.
		 */
		simulateSales: selling.simulateSales,
		/** How often OpDeliverySendOrder.offline used a waybill number (INVALID_PARAM from MAX_WAYBILL_USES on). */
		waybillUses: selling.waybillUses,
		/** POSTs a signed push message (protocol §5.6) to `url`, as 1688 does. */
		pushMessage: pusher.pushMessage,
		/**
		 * From now on every event the sandbox raises is pushed to `url` as 1688 pushes (signed like
		 * pushMessage, with `appKey`'s secret, default the demo app; only `topics` when given, from
		 * MESSAGE_TOPICS and SELLER_ORDER_TOPICS): the
		 * APIs' order events (createCrossOrder / fastCreateOrder: ORDER_BUYER_VIEW_BUYER_MAKE; preparePay
		 * and the cashier: ORDER_BUYER_VIEW_ORDER_PAY; trade.receivegoods.confirm:
		 * ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS; trade.cancel: ORDER_BUYER_VIEW_ORDER_BUYER_CLOSE),
		 * every refund step (its refund topic), and every order createOrder, changeOrder, shipOrder and
		 * simulateActivity create or move (the new status's ORDER_STATUS_TOPICS topic). Issue 15: an
		 * order the demo supplier sold raises as well the seller-view twin of each of these
		 * (ORDER_BUYER_MAKE, ORDER_PAY, ORDER_ANNOUNCE_SENDGOODS, ORDER_PART_PART_SENDGOODS,
		 * ORDER_ORDER_SUCCESS, ORDER_ORDER_BUYER_CLOSE, … userInfo = the supplier's memberId; a buyer-view
		 * topic goes out only for a buyer who is an account), and alibaba.order.memoAdd by the seller
		 * raises ORDER_MODIFY_MEMO; OpDeliverySendOrder.offline raises ANNOUNCE_SENDGOODS, or
		 * PART_PART_SENDGOODS when lines are left. Returns the unsubscribe function.
		 */
		subscribePush: pusher.subscribePush,
		/** Resolves once every push subscribePush sent so far was answered (or failed). */
		flushPushes: pusher.flushPushes,
		/** Every push so far (pushMessage's and the subscriptions'): what was sent and what the receiver answered. */
		pushedMessages: pusher.pushedMessages,
		clearPushedMessages: () => {
			pusher.pushedMessages.length = 0;
		},
		// ---- issue 14, cross-border buying (buying-state.js) ----
		/** Sets a buyer's password-free pay agreements, e.g. `{ ALIPAY: { signed: false }, SHEGOU: { signed: true, bound: true } }`. */
		setProtocolPay: buying.setProtocolPay,
		/** A copy of a buyer's agreements: `{ ALIPAY: { signed, bound }, SHEGOU: { signed, bound } }`. */
		protocolPayOf: buying.protocolPayOf,
		/** Sets a buyer's balance for password-free pay, in fen (default PROTOCOL_PAY_DEFAULT_BALANCE_FEN). */
		setBalance: buying.setBalance,
		balanceOf: buying.balanceOf,
		/** Sets a buyer's per-payment limit for password-free pay, in fen (default PROTOCOL_PAY_DEFAULT_LIMIT_FEN). */
		setPayLimit: buying.setPayLimit,
		payLimitOf: buying.payLimitOf,
		/** The password-free payments made (order id → channel, amount, opRequestId, time). */
		protocolPayments: buying.payments,
		/** createCrossOrder's success reply: 'wrapped' (default) or 'docSample' (the page's flat samples). */
		setCreateCrossOrderReply: buying.setCreateCrossOrderReply,
		/** The product ids in a buyer's 铺货 list (alibaba.cross.syncProductListPushed). @param {string} memberId */
		listedProducts: (memberId) => [...buying.listingOf(memberId)],
		/** The images product.image.upload accepted (imageId → hash, size, buyer, time). */
		uploadedImages: buying.images,
		/** A seeded offer's main picture: the PNG bytes GET /img/offer/<offerId>.png serves, and that URL. */
		offerImage: (/** @type {number} */ offerId) => ({
			bytes: offerImagePng(offerId),
			url: offerImageUrl(url, offerId),
		}),
		/** Every order event the APIs raised ({type, orderId, memberId, at}), pushed or not. */
		buyingEvents: buying.events,
		// ---- issue 14, refunds (refunds.js, apis/refunds.js) ----
		/** Every refund so far, oldest first (a summary; ids as strings). */
		refunds: () => refundBook.refunds.map(refundView),
		/** The refunds of one order, oldest first. @param {string} orderId */
		refundsOf: (/** @type {string} */ orderId) => refundBook.ofOrder(orderId).map(refundView),
		/**
		 * The seller agrees (waitselleragree): refund → refundsuccess (SELLER_AGREE_REFUND);
		 * returnRefund → waitbuyersend at the seller's return address, or `address`
		 * (SELLER_AGREE_REFUND_PROCOTOL). Throws in any other status.
		 */
		sellerAgreeRefund: (
			/** @type {string} */ refundId,
			/** @type {{ address?: Partial<import('./refunds').ReturnAddress> }} */ options = {},
		) => refundView(refundBook.sellerAgree(refundId, { address: options.address })),
		/**
		 * The seller refuses (waitselleragree or waitsellerreceive): → waitbuyermodify
		 * (SELLER_REJECT_REFUND_PROCOTOL), or with close: true → refundclose (SELLER_REJECT_REFUND).
		 */
		sellerRefuseRefund: (
			/** @type {string} */ refundId,
			/** @type {{ close?: boolean, reason?: string, reasonId?: number }} */ options = {},
		) => refundView(refundBook.sellerRefuse(refundId, options)),
		/** The seller took the returned goods (waitsellerreceive → refundsuccess, SELLER_RECEIVE_GOODS). */
		sellerReceiveReturn: (/** @type {string} */ refundId) =>
			refundView(refundBook.sellerReceive(refundId)),
		/** The seller did not answer in time: the system agrees (SYSTEM_AGREE_REFUND / SYSTEM_AGREE_REFUND_PROTOCOL). */
		timeoutRefund: (/** @type {string} */ refundId) =>
			refundView(refundBook.sellerAgree(refundId, { by: 'system' })),
		/**
		 * The next call of a refund API answers a documented internal error instead (apis/refund-errors.js
		 * FORCEABLE): createRefund 5100 / 4000, getRefundReasonList 4000, uploadRefundVoucher 4000,
		 * refund.returnGoods 4001 / 4004 (校验异常) / 5001 / 5002 / 5003.
		 */
		failNextRefundCall: (/** @type {{ api: string, code: string }} */ spec) => {
			const choices =
				refundErrors.FORCEABLE[/** @type {keyof typeof refundErrors.FORCEABLE} */ (spec.api)];
			const error = choices?.find((e) => e.code === spec.code);
			if (!error)
				throw new Error(
					`failNextRefundCall: ${spec.api} ${spec.code} is not forceable (see FORCEABLE in apis/refund-errors.js)`,
				);
			refundBook.forceNext(spec.api, error);
		},
		/**
		 * Every refund message raised so far ({type, refundId, data}), pushed or not (subscribePush
		 * pushes them, ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES / ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES).
		 */
		refundMessages: () =>
			refundBook.events.map((e) => ({ type: e.type, refundId: e.refund.refundId, data: e.data })),
		close: () => server.close(),
	};
}

/** @typedef {Awaited<ReturnType<typeof start1688Sandbox>>} Sandbox1688 */

module.exports = {
	start1688Sandbox,
	DEMO_APP_KEY,
	DEMO_APP_SECRET,
	BUSINESS_ERRORS,
	CROSSBORDER_CODES,
	BUYING_ERRORS,
	SANDBOX_1688_CONSTANTS,
	MESSAGE_TOPICS,
	MESSAGE_TOPIC_GROUPS,
	ORDER_STATUS_TOPICS,
	SELLER_ORDER_TOPICS,
	SELLING_ERRORS,
	SELLER_ORDER_LIST_MAX_PAGE_SIZE: sellingApis.MAX_PAGE_SIZE,
	PRODUCT_LIST_MAX_PAGE_SIZE: ownProductApis.MAX_LIST_PAGE_SIZE,
	MAX_WAYBILL_USES,
	ORDER_STATUSES: seeding.ORDER_STATUSES,
	NEXT_STATUSES,
	REFUND_LIMITS,
	REFUND_STATUSES: refundModel.REFUND_STATUSES,
	REFUND_GOODS_STATUSES: refundModel.GOODS_STATUSES,
	REFUND_REASONS: refundModel.REFUND_REASONS,
	REFUND_TOPICS: refundModel.REFUND_TOPICS,
	REFUND_ERRORS: {
		createRefund: refundErrors.CREATE_REFUND_ERRORS,
		uploadRefundVoucher: refundErrors.UPLOAD_VOUCHER_ERRORS,
		returnGoods: refundErrors.RETURN_GOODS_ERRORS,
		queryOrderRefundList: refundErrors.REFUND_LIST_ERRORS,
		reads: refundErrors.REFUND_READ_ERRORS,
	},
	RETURN_CARRIERS: OFFLINE_CARRIERS,
	ALL_CARRIERS,
};
