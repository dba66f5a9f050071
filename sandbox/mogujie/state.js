// @ts-check
'use strict';

// Apps, authorization codes and tokens, every lifetime on the sandbox clock. Only the newest grant
// of a (seller, app) pair is valid (protocol §1, [P1]): each code exchange or refresh starts a new
// generation, and tokens of older generations are dead.
const { randomBytes } = require('node:crypto');

/**
 * @typedef {{ appKey: string, appSecret: string }} App
 * @typedef {{ code: string, appKey: string, redirectUri: string | undefined, userId: string,
 *   expiresAt: number, used: boolean }} AuthCode
 * @typedef {{ token: string, appKey: string, userId: string, expiresAt: number, generation: number,
 *   revoked: boolean }} TokenRecord
 * @typedef {{ accessTtlSec: number, refreshTtlSec: number, codeTtlSec: number, latencyMs: number,
 *   maxPageSize: number, maxWindowHours: number, timestampToleranceSec: number }} Settings
 * @typedef {{ access_expires_in: number, access_token: string, errorMsg: string, refresh_expires_in: number,
 *   refresh_token: string, state: string, statusCode: string, token_type: 'Bearer', userId: string }} TokenReply
 * @typedef {'unknown' | 'expired' | 'revoked' | 'rotated'} TokenProblem
 */

const upperHex32 = () => randomBytes(16).toString('hex').toUpperCase();

/**
 * @param {{ clock: import('../common/clock').Clock, settings: Settings, sellerIds: string[] }} deps
 */
function createState({ clock, settings, sellerIds }) {
	/** @type {Map<string, App>} */
	const apps = new Map();
	/** @type {Map<string, AuthCode>} */
	const codes = new Map();
	/** @type {Map<string, TokenRecord>} */
	const accessTokens = new Map();
	/** @type {Map<string, TokenRecord>} */
	const refreshTokens = new Map();
	/** @type {Map<string, number>} newest generation per `appKey|userId` */
	const generations = new Map();
	const sellers = new Set(sellerIds);
	const defaultUserId = sellerIds[0];
	let nextAppKey = 100900;

	/** @param {string} appKey */
	function appOf(appKey) {
		const app = apps.get(appKey);
		if (!app) throw new Error(`unknown app ${appKey}`);
		return app;
	}

	/** @param {string} userId */
	function checkSeller(userId) {
		if (!sellers.has(userId)) throw new Error(`unknown seller ${userId}`);
	}

	/** @param {{ appKey?: string, appSecret?: string }} [spec] @returns {App} */
	function createApp(spec = {}) {
		let appKey = spec.appKey;
		if (appKey === undefined) {
			while (apps.has(String(nextAppKey))) nextAppKey++;
			appKey = String(nextAppKey++);
		}
		if (apps.has(appKey)) throw new Error(`app ${appKey} already exists`);
		const app = { appKey, appSecret: spec.appSecret ?? upperHex32() };
		apps.set(appKey, app);
		return app;
	}

	/**
	 * What approving the consent page does. A code issued without a redirect URI is bound to none.
	 * @param {{ appKey: string, redirectUri?: string, userId?: string }} args
	 */
	function issueAuthorizationCode({ appKey, redirectUri, userId = defaultUserId }) {
		appOf(appKey);
		checkSeller(userId);
		const code = upperHex32();
		const expiresAt = clock.now() + settings.codeTtlSec * 1000;
		codes.set(code, { code, appKey, redirectUri, userId, expiresAt, used: false });
		return code;
	}

	/**
	 * Spends a code. A redirect mismatch leaves it unspent.
	 * @param {{ code: string, appKey: string, redirectUri: string }} args
	 * @returns {{ userId: string } | { problem: 'unknown' | 'used' | 'expired' | 'redirect' }}
	 */
	function redeemAuthorizationCode({ code, appKey, redirectUri }) {
		const record = codes.get(code);
		if (!record || record.appKey !== appKey) return { problem: 'unknown' };
		if (record.used) return { problem: 'used' };
		if (clock.now() >= record.expiresAt) return { problem: 'expired' };
		if (record.redirectUri !== undefined && record.redirectUri !== redirectUri)
			return { problem: 'redirect' };
		record.used = true;
		return { userId: record.userId };
	}

	/** @param {string} appKey @param {string} userId */
	const pairKey = (appKey, userId) => `${appKey}|${userId}`;

	/** @param {string} appKey @param {string} userId @param {boolean} rotate */
	function generationFor(appKey, userId, rotate) {
		const key = pairKey(appKey, userId);
		const current = generations.get(key);
		if (current !== undefined && !rotate) return current;
		const next = (current ?? 0) + 1;
		generations.set(key, next);
		return next;
	}

	/**
	 * @param {Map<string, TokenRecord>} store
	 * @param {{ appKey: string, userId: string, ttlSec: number, generation: number, token?: string }} spec
	 */
	function mint(store, { appKey, userId, ttlSec, generation, token = upperHex32() }) {
		/** @type {TokenRecord} */
		const record = {
			token,
			appKey,
			userId,
			expiresAt: clock.now() + ttlSec * 1000,
			generation,
			revoked: false,
		};
		store.set(token, record);
		return record;
	}

	/**
	 * A new access + refresh token pair; with `rotate` (the default, as /token does) every earlier
	 * token of this (seller, app) dies.
	 * @param {{ appKey: string, userId?: string, accessTtlSec?: number, refreshTtlSec?: number,
	 *   rotate?: boolean, refreshToken?: string }} args
	 */
	function grant({
		appKey,
		userId = defaultUserId,
		accessTtlSec,
		refreshTtlSec,
		rotate = true,
		refreshToken,
	}) {
		appOf(appKey);
		checkSeller(userId);
		const generation = generationFor(appKey, userId, rotate);
		const access = mint(accessTokens, {
			appKey,
			userId,
			ttlSec: accessTtlSec ?? settings.accessTtlSec,
			generation,
		});
		const refresh = mint(refreshTokens, {
			appKey,
			userId,
			ttlSec: refreshTtlSec ?? settings.refreshTtlSec,
			generation,
			token: refreshToken,
		});
		return { access, refresh };
	}

	/**
	 * The /token success body (protocol §3.4), keys in the order of the real sample.
	 * @param {{ access: TokenRecord, refresh: TokenRecord }} pair @param {string} [state]
	 * @returns {TokenReply}
	 */
	const tokenReply = ({ access, refresh }, state = '') => ({
		access_expires_in: Math.floor(access.expiresAt / 1000),
		access_token: access.token,
		errorMsg: '成功！',
		refresh_expires_in: Math.floor(refresh.expiresAt / 1000),
		refresh_token: refresh.token,
		state,
		statusCode: '0000000',
		token_type: 'Bearer',
		userId: access.userId,
	});

	/**
	 * @param {Map<string, TokenRecord>} store @param {string | undefined} token @param {string} appKey
	 * @returns {{ record: TokenRecord } | { problem: TokenProblem }}
	 */
	function check(store, token, appKey) {
		const record = token ? store.get(token) : undefined;
		if (!record || record.appKey !== appKey) return { problem: 'unknown' };
		if (record.revoked) return { problem: 'revoked' };
		if (record.generation !== generations.get(pairKey(record.appKey, record.userId)))
			return { problem: 'rotated' };
		if (clock.now() >= record.expiresAt) return { problem: 'expired' };
		return { record };
	}

	/** @param {Map<string, TokenRecord>} store @param {string} token @param {(r: TokenRecord) => void} change */
	function alter(store, token, change) {
		const record = store.get(token);
		if (!record) return false;
		change(record);
		return true;
	}

	return {
		apps,
		createApp,
		issueAuthorizationCode,
		redeemAuthorizationCode,
		grant,
		tokenReply,
		/** @param {Parameters<typeof grant>[0]} args */
		issueTokens: (args) => tokenReply(grant(args)),
		/** @param {string | undefined} token @param {string} appKey */
		checkAccessToken: (token, appKey) => check(accessTokens, token, appKey),
		/** @param {string | undefined} token @param {string} appKey */
		checkRefreshToken: (token, appKey) => check(refreshTokens, token, appKey),
		/** @param {string} token */
		expireAccessToken: (token) =>
			alter(accessTokens, token, (r) => (r.expiresAt = Math.min(r.expiresAt, clock.now()))),
		/** @param {string} token */
		revokeAccessToken: (token) => alter(accessTokens, token, (r) => (r.revoked = true)),
		/** @param {string} token */
		revokeRefreshToken: (token) => alter(refreshTokens, token, (r) => (r.revoked = true)),
		/** Every secret handed out so far: app secrets, authorization codes, access and refresh tokens. */
		issuedSecrets: () => [
			...[...apps.values()].map((app) => app.appSecret),
			...codes.keys(),
			...accessTokens.keys(),
			...refreshTokens.keys(),
		],
	};
}

/** @typedef {ReturnType<typeof createState>} MogujieState */

module.exports = { createState };
