// @ts-check
'use strict';

// Apps, users, authorization codes and tokens. Every lifetime is measured on the sandbox clock.
const { randomBytes, randomUUID } = require('node:crypto');
const { format1688 } = require('./dates');

const CODE_TTL_MS = 2 * 60 * 1000;

/**
 * @typedef {{ appKey: string, appSecret: string, acl: '*' | string[], redirectDomains: string[] }} App
 * @typedef {{ memberId: string, aliId: string, loginId: string }} TokenUser
 * @typedef {{ code: string, appKey: string, redirectUri: string, memberId: string, expiresAt: number, used: boolean }} AuthCode
 * @typedef {{ token: string, appKey: string, memberId: string, expiresAt: number, revoked: boolean }} TokenRecord
 * @typedef {{ accessTtlSec: number, refreshTtlSec: number, refreshReplyIncludesRefreshToken: boolean,
 *   refreshTimeoutDigits: 17 | 14, latencyMs: number, qpsPerApp: number }} Settings
 */

/**
 * @param {{ clock: import('../common/clock').Clock, settings: Settings, users: TokenUser[] }} deps
 */
function createState({ clock, settings, users }) {
	/** @type {Map<string, App>} */
	const apps = new Map();
	/** @type {Map<string, TokenUser>} */
	const usersById = new Map(users.map((u) => [u.memberId, u]));
	/** @type {Map<string, AuthCode>} */
	const codes = new Map();
	/** @type {Map<string, TokenRecord>} */
	const accessTokens = new Map();
	/** @type {Map<string, TokenRecord>} */
	const refreshTokens = new Map();
	/** @type {Map<string, number[]>} */
	const callTimes = new Map();
	let nextAppKey = 8688001;
	const defaultMemberId = users[0].memberId;

	/** @param {string} memberId */
	const userOf = (memberId) => {
		const user = usersById.get(memberId);
		if (!user) throw new Error(`unknown memberId ${memberId}`);
		return user;
	};

	/**
	 * @param {{ appKey?: string, appSecret?: string, acl?: '*' | string[], redirectDomains?: string[] }} [spec]
	 * @returns {App}
	 */
	function createApp(spec = {}) {
		let appKey = spec.appKey;
		if (appKey === undefined) {
			while (apps.has(String(nextAppKey))) nextAppKey++;
			appKey = String(nextAppKey++);
		}
		if (apps.has(appKey)) throw new Error(`app ${appKey} already exists`);
		const app = {
			appKey,
			appSecret: spec.appSecret ?? randomBytes(9).toString('base64url'),
			acl: spec.acl ?? '*',
			redirectDomains: spec.redirectDomains ?? ['127.0.0.1', 'localhost'],
		};
		apps.set(appKey, app);
		return app;
	}

	/** @param {App} app @param {string} apiId `namespace:apiName` */
	const appMayCall = (app, apiId) => app.acl === '*' || app.acl.includes(apiId);

	/** @param {App} app @param {string} redirectUri */
	function redirectAllowed(app, redirectUri) {
		let host;
		try {
			host = new URL(redirectUri).hostname.toLowerCase();
		} catch {
			return false;
		}
		return app.redirectDomains.some(
			(d) => host === d.toLowerCase() || host.endsWith(`.${d.toLowerCase()}`),
		);
	}

	/** @param {{ appKey: string, redirectUri: string, memberId?: string }} args */
	function issueAuthorizationCode({ appKey, redirectUri, memberId = defaultMemberId }) {
		if (!apps.has(appKey)) throw new Error(`unknown app ${appKey}`);
		userOf(memberId);
		const code = randomUUID();
		codes.set(code, {
			code,
			appKey,
			redirectUri,
			memberId,
			expiresAt: clock.now() + CODE_TTL_MS,
			used: false,
		});
		return code;
	}

	/**
	 * Redeems a code once. Returns the member it was issued for, or why it cannot be used.
	 * @param {{ code: string, appKey: string, redirectUri: string }} args
	 * @returns {{ memberId: string } | { problem: string }}
	 */
	function redeemAuthorizationCode({ code, appKey, redirectUri }) {
		const record = codes.get(code);
		if (!record || record.appKey !== appKey) return { problem: 'authorization code is invalid' };
		if (record.used) return { problem: 'authorization code has already been used' };
		if (clock.now() >= record.expiresAt) return { problem: 'authorization code has expired' };
		if (record.redirectUri !== redirectUri)
			return { problem: 'redirect_uri does not match the authorization request' };
		record.used = true;
		return { memberId: record.memberId };
	}

	/** @param {Map<string, TokenRecord>} store @param {string} appKey @param {string} memberId @param {number} ttlSec */
	function mint(store, appKey, memberId, ttlSec) {
		const record = {
			token: randomUUID(),
			appKey,
			memberId,
			expiresAt: clock.now() + ttlSec * 1000,
			revoked: false,
		};
		store.set(record.token, record);
		return record;
	}

	/** @param {Map<string, TokenRecord>} store @param {string | undefined} token @param {string} appKey */
	function live(store, token, appKey) {
		const record = token ? store.get(token) : undefined;
		if (!record || record.revoked || record.appKey !== appKey || clock.now() >= record.expiresAt)
			return undefined;
		return record;
	}

	/**
	 * The getToken reply body, every value a string as 1688 prints it.
	 * @param {TokenRecord} access
	 * @param {TokenRecord} [refresh]
	 */
	function tokenReply(access, refresh) {
		const user = userOf(access.memberId);
		/** @type {Record<string, string>} */
		const body = {
			aliId: user.aliId,
			resource_owner: user.loginId,
			memberId: user.memberId,
			expires_in: String(Math.max(0, Math.round((access.expiresAt - clock.now()) / 1000))),
		};
		if (refresh) Object.assign(body, refreshFields(refresh));
		body.access_token = access.token;
		return body;
	}

	/** @param {TokenRecord} refresh */
	const refreshFields = (refresh) => ({
		refresh_token: refresh.token,
		refresh_token_timeout: format1688(refresh.expiresAt, settings.refreshTimeoutDigits),
	});

	/**
	 * @param {{ appKey: string, memberId?: string, accessTtlSec?: number, refreshTtlSec?: number }} args
	 */
	function issueTokens({ appKey, memberId = defaultMemberId, accessTtlSec, refreshTtlSec }) {
		if (!apps.has(appKey)) throw new Error(`unknown app ${appKey}`);
		userOf(memberId);
		const refresh = mint(refreshTokens, appKey, memberId, refreshTtlSec ?? settings.refreshTtlSec);
		const access = mint(accessTokens, appKey, memberId, accessTtlSec ?? settings.accessTtlSec);
		return tokenReply(access, refresh);
	}

	/** @param {string} appKey @param {string} memberId */
	const issueAccessToken = (appKey, memberId) =>
		mint(accessTokens, appKey, memberId, settings.accessTtlSec);

	/** @param {string} appKey @param {string} memberId */
	const issueRefreshToken = (appKey, memberId) =>
		mint(refreshTokens, appKey, memberId, settings.refreshTtlSec);

	/** Seeds a refresh token with a known value (the demo one). @param {string} token @param {string} appKey @param {string} memberId */
	function seedRefreshToken(token, appKey, memberId) {
		const record = {
			token,
			appKey,
			memberId,
			expiresAt: clock.now() + settings.refreshTtlSec * 1000,
			revoked: false,
		};
		refreshTokens.set(token, record);
		return record;
	}

	/** @param {Map<string, TokenRecord>} store @param {string} token @param {(r: TokenRecord) => void} change */
	function alter(store, token, change) {
		const record = store.get(token);
		if (!record) return false;
		change(record);
		return true;
	}

	/** Sliding one-second window per app on the sandbox clock. @param {string} appKey */
	function takeCallSlot(appKey) {
		if (!(settings.qpsPerApp > 0)) return true;
		const now = clock.now();
		const recent = (callTimes.get(appKey) ?? []).filter((t) => t > now - 1000 && t <= now);
		if (recent.length >= settings.qpsPerApp) {
			callTimes.set(appKey, recent);
			return false;
		}
		recent.push(now);
		callTimes.set(appKey, recent);
		return true;
	}

	return {
		apps,
		users: usersById,
		createApp,
		appMayCall,
		redirectAllowed,
		issueAuthorizationCode,
		redeemAuthorizationCode,
		issueTokens,
		issueAccessToken,
		issueRefreshToken,
		seedRefreshToken,
		tokenReply,
		refreshFields,
		userOf,
		/** @param {string | undefined} token @param {string} appKey */
		liveAccessToken: (token, appKey) => live(accessTokens, token, appKey),
		/** @param {string | undefined} token @param {string} appKey */
		liveRefreshToken: (token, appKey) => live(refreshTokens, token, appKey),
		/** @param {string} token */
		revokeAccessToken: (token) => alter(accessTokens, token, (r) => (r.revoked = true)),
		/** @param {string} token */
		revokeRefreshToken: (token) => alter(refreshTokens, token, (r) => (r.revoked = true)),
		/** @param {string} token */
		expireAccessToken: (token) => alter(accessTokens, token, (r) => (r.expiresAt = clock.now())),
		takeCallSlot,
		/** Every secret handed out so far: app secrets, authorization codes, access and refresh tokens. */
		issuedSecrets: () => [
			...[...apps.values()].map((app) => app.appSecret),
			...codes.keys(),
			...accessTokens.keys(),
			...refreshTokens.keys(),
		],
	};
}

/** @typedef {ReturnType<typeof createState>} SandboxState */

module.exports = { createState, CODE_TTL_MS };
