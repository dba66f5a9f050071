// @ts-check
'use strict';

// startMogujieSandbox: a local stand-in for oauth.mogujie.com (/authorize, /token) and the xiaodian
// gateway openapi.mogujie.com/invoke, with a seeded shop (items, orders, categories).
const { createActivity, NEXT_STATUSES } = require('./activity');
const { baseUrl } = require('../common/base-url');
const { createClock } = require('../common/clock');
const { createRandom } = require('../common/prng');
const { createSandboxServer } = require('../common/server');
const { BUSINESS_CODES, GATEWAY_CODES, GATEWAY_MESSAGES, TOKEN_CODES } = require('./codes');
const { EXPRESS_CODES, EXPRESS_COMPANIES } = require('./couriers');
const { createData } = require('./data');
const { ORDER_STATUSES } = require('./data/orders');
const { createFaults, faultOutcomes, FAULT_KINDS } = require('./faults');
const { MAX_STOCK } = require('./methods/item');
const { apiOf, route } = require('./router');
const { createState } = require('./state');

/**
 * @typedef {{
 *   port?: number, host?: string, latencyMs?: number, seed?: number, orderCount?: number,
 *   startTime?: number,  // sandbox clock start (epoch ms); default real now. Fix it for byte-identical data.
 *   onRequest?: (entry: import('../common/server').RequestLogEntry) => void,
 * }} MogujieSandboxOptions
 */

/** The demo app and its live refresh token, the same for the same seed. @param {number} seed */
function demoCredentials(seed) {
	const r = createRandom((seed ^ 0x5eed) >>> 0);
	return {
		appKey: String(r.int(100100, 100899)),
		appSecret: r.hex(32).toUpperCase(),
		refreshToken: r.hex(32).toUpperCase(),
	};
}

/** @param {MogujieSandboxOptions} [options] */
async function startMogujieSandbox(options = {}) {
	const {
		port = 0,
		host = '127.0.0.1',
		latencyMs = 0,
		seed = 4399,
		orderCount = 400,
		startTime,
		onRequest,
	} = options;
	const clock = createClock(startTime);
	/** @type {import('./state').Settings} */
	const settings = {
		accessTtlSec: 14 * 86400,
		refreshTtlSec: 30 * 86400,
		codeTtlSec: 600,
		latencyMs,
		maxPageSize: 50,
		maxWindowHours: 24,
		timestampToleranceSec: 0,
	};
	const data = createData({ seed, orderCount, startMs: clock.startMs });
	const state = createState({ clock, settings, sellerIds: data.sellers.map((s) => s.userId) });
	const demo = demoCredentials(seed);
	state.createApp({ appKey: demo.appKey, appSecret: demo.appSecret });
	state.grant({
		appKey: demo.appKey,
		userId: data.demoSeller.userId,
		refreshToken: demo.refreshToken,
	});

	// its own stream, so orders changed at run time leave the seeded world as it was
	const activity = createActivity({ data, clock, random: createRandom((seed ^ 0x5ac71e17) >>> 0) });

	const faults = createFaults();
	/** @type {import('../common/server').RequestLogEntry[]} */
	const requests = [];
	let url = '';
	/** @type {import('./router').World} */
	const world = { state, data, clock, settings, baseUrl: () => url };
	const server = createSandboxServer({
		clock,
		settings,
		apiOf,
		route: (request) => route(request, world),
		faults,
		faultOutcome: faultOutcomes(clock),
		requests,
		onRequest,
	});
	url = baseUrl(host, await server.listen(port, host));

	return {
		url,
		demo: {
			appKey: demo.appKey,
			appSecret: demo.appSecret,
			refreshToken: demo.refreshToken,
			userId: data.demoSeller.userId,
			shopName: data.demoSeller.shopName,
			redirectUri: `${url}/code`,
		},
		/** @param {{ appKey?: string, appSecret?: string }} [spec] */
		createApp: (spec) => ({ ...state.createApp(spec) }),
		/** @param {{ appKey: string, redirectUri?: string, userId?: string }} args */
		issueAuthorizationCode: (args) => state.issueAuthorizationCode(args),
		/**
		 * The exact /token success body. Like /token, it ends every earlier token of the
		 * (seller, app) unless `rotate: false`.
		 * @param {{ appKey: string, userId?: string, accessTtlSec?: number, refreshTtlSec?: number, rotate?: boolean }} args
		 */
		issueTokens: (args) => state.issueTokens(args),
		/** @param {string} token */
		expireAccessToken: (token) => state.expireAccessToken(token),
		/**
		 * Whether /token would accept `token` as a refresh token now (not rotated away, revoked or expired).
		 * @param {string} token @param {string} [appKey]
		 */
		refreshTokenIsLive: (token, appKey = demo.appKey) =>
			'record' in state.checkRefreshToken(token, appKey),
		/** @param {string} token */
		revokeAccessToken: (token) => state.revokeAccessToken(token),
		/** @param {string} token */
		revokeRefreshToken: (token) => state.revokeRefreshToken(token),
		/** Every app secret, code and token this sandbox has issued: what must never leak. @returns {string[]} */
		issuedSecrets: () => state.issuedSecrets(),
		clock: { now: clock.now, advance: clock.advance },
		settings,
		/** @param {import('./faults').FaultSpec} spec */
		injectFault: (spec) => faults.inject(spec),
		requests,
		clearRequests: () => {
			requests.length = 0;
		},
		/**
		 * The seeded world (sellers, demoSeller, buyers, categories, items, itemsById, skusById, orders,
		 * ordersById) and `data.examples`. Read-only: shipping and stock updates change it.
		 */
		data,
		/**
		 * Moves a demo-shop order to `status` (default: the next status of its lifecycle, see
		 * NEXT_STATUSES) at `at` (default sandbox now; whole seconds): `updated` and the timestamps
		 * the status implies. Returns the order as xiaodian.trade.sold.get prints it.
		 */
		changeOrder: activity.changeOrder,
		/** A new demo-shop order created (and updated) at `at`, ORDER_CREATED unless `status` is given (e.g. ORDER_PAID). */
		createOrder: activity.createOrder,
		/** `newOrders` new orders and `changes` lifecycle steps of recent demo-shop orders, all at `at`. */
		simulateActivity: activity.simulateActivity,
		close: () => server.close(),
	};
}

/** @typedef {Awaited<ReturnType<typeof startMogujieSandbox>>} MogujieSandbox */

/** The sandbox's own choices where the Mogujie material is silent. */
const SANDBOX_MOGUJIE_CONSTANTS = Object.freeze({ MAX_STOCK, GATEWAY_MESSAGES });

module.exports = {
	startMogujieSandbox,
	TOKEN_CODES,
	GATEWAY_CODES,
	BUSINESS_CODES,
	EXPRESS_CODES,
	EXPRESS_COMPANIES,
	ORDER_STATUSES,
	NEXT_STATUSES,
	FAULT_KINDS,
	SANDBOX_MOGUJIE_CONSTANTS,
};
