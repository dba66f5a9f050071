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
} = require('./push');
const { parseApiPath } = require('./route');
const { route } = require('./router');
const { createState } = require('./state');
const { BUSINESS_ERRORS, CROSSBORDER_CODES } = require('./apis/business-errors');
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
	const state = createState({ clock, settings, users: data.buyers });
	state.createApp({
		appKey: DEMO_APP_KEY,
		appSecret: DEMO_APP_SECRET,
		acl: '*',
		redirectDomains: ['127.0.0.1', 'localhost'],
	});
	// seeded so a restarted `npm run sandbox` hands out the same demo refresh token
	const demoRefreshToken = createRandom(seed ^ 0x5eed).uuid();
	state.seedRefreshToken(demoRefreshToken, DEMO_APP_KEY, DEMO_BUYER.memberId);

	// own streams, so orders changed or pushed at run time leave the seeded world as it was
	const activity = createActivity({ data, clock, random: createRandom((seed ^ 0x0ac71e17) >>> 0) });
	const pusher = createPusher({
		data,
		state,
		clock,
		random: createRandom((seed ^ 0x9054ed) >>> 0),
		defaultAppKey: DEMO_APP_KEY,
	});

	const faults = createFaults();
	/** @type {import('../common/server').RequestLogEntry[]} */
	const requests = [];
	let url = '';
	/** @type {import('./router').World} */
	const world = { state, data, clock, settings, baseUrl: () => url };
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
		 * ordersById, categories) and `data.examples`, where tests find an example of each case.
		 * Treat it as read-only: API calls (fastCreateOrder, cancel, the cashier page) change it.
		 */
		data,
		/**
		 * Moves a demo-buyer order to `status` (default: the next status of its lifecycle, see
		 * NEXT_STATUSES) at `at` (default sandbox now): modifyTime and the timestamps the status
		 * implies. Returns the order as getBuyerOrderList prints it (JSON-parsed; ids exact in idOfStr).
		 */
		changeOrder: activity.changeOrder,
		/** A new demo-buyer order created (and modified) at `at`, waitbuyerpay unless `status` is given. */
		createOrder: activity.createOrder,
		/** `newOrders` new orders and `changes` lifecycle steps of recent demo-buyer orders, all at `at`. */
		simulateActivity: activity.simulateActivity,
		/** POSTs a signed push message (protocol §5.6) to `url`, as 1688 does. */
		pushMessage: pusher.pushMessage,
		/** Every push so far: what was sent and what the receiver answered. */
		pushedMessages: pusher.pushedMessages,
		clearPushedMessages: () => {
			pusher.pushedMessages.length = 0;
		},
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
	SANDBOX_1688_CONSTANTS,
	MESSAGE_TOPICS,
	MESSAGE_TOPIC_GROUPS,
	ORDER_STATUS_TOPICS,
	ORDER_STATUSES: seeding.ORDER_STATUSES,
	NEXT_STATUSES,
};
