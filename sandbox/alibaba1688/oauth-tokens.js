// @ts-check
'use strict';

// system.oauth2 getToken / postponeToken. Unsigned (a signature, if sent, is ignored), POST only,
// parameters from query string and body alike, OAuth-shaped errors.
const { oauthError } = require('./errors');
const { json } = require('./replies');

const POSTPONE_WINDOW_MS = 30 * 86400 * 1000;
const TOKEN_PROTOCOLS = new Set(['http', 'param2']);

/**
 * @typedef {{ state: import('./state').SandboxState, clock: import('../common/clock').Clock,
 *   settings: import('./state').Settings }} TokenWorld
 */

/** @param {Record<string, string>} params @param {string[]} names */
const firstMissing = (params, names) => names.find((n) => !params[n]);

/**
 * The client must name the app of the URL and prove it with the secret.
 * @param {TokenWorld['state']} state @param {string} pathAppKey @param {Record<string, string>} params
 */
function authenticateClient(state, pathAppKey, params) {
	const app = state.apps.get(params.client_id);
	if (!app || app.appKey !== pathAppKey || app.appSecret !== params.client_secret) return undefined;
	return app;
}

/**
 * @param {'getToken' | 'postponeToken'} endpoint
 * @param {import('./route').ApiRoute} route
 * @param {import('../common/request').ParsedRequest} request
 * @param {TokenWorld} world
 * @returns {import('./replies').Reply | undefined} undefined when the route is not a token endpoint
 */
function tokenEndpoint(endpoint, route, request, world) {
	if (!TOKEN_PROTOCOLS.has(route.protocol) || route.version !== '1') return undefined;
	if (request.method !== 'POST')
		return oauthError('invalid_request', `${endpoint} must be called with POST`);
	const pathAppKey = route.appKey ?? '';
	return endpoint === 'getToken'
		? getToken(pathAppKey, request.params, world)
		: postponeToken(pathAppKey, request.params, world);
}

/** @param {string} pathAppKey @param {Record<string, string>} params @param {TokenWorld} world */
function getToken(pathAppKey, params, { state, settings }) {
	const grantType = params.grant_type;
	if (!grantType) return oauthError('invalid_request', 'missing parameter: grant_type');

	if (grantType === 'authorization_code') {
		const missing = firstMissing(params, ['client_id', 'client_secret', 'redirect_uri', 'code']);
		if (missing) return oauthError('invalid_request', `missing parameter: ${missing}`);
		const app = authenticateClient(state, pathAppKey, params);
		if (!app) return oauthError('invalid_client', 'client_id or client_secret is invalid');
		const redeemed = state.redeemAuthorizationCode({
			code: params.code,
			appKey: app.appKey,
			redirectUri: params.redirect_uri,
		});
		if ('problem' in redeemed) return oauthError('invalid_grant', redeemed.problem);
		const access = state.issueAccessToken(app.appKey, redeemed.memberId);
		const wantsRefresh = String(params.need_refresh_token).toLowerCase() === 'true';
		const refresh = wantsRefresh
			? state.issueRefreshToken(app.appKey, redeemed.memberId)
			: undefined;
		return json(state.tokenReply(access, refresh));
	}

	if (grantType === 'refresh_token') {
		// community clients send refresh_token, the official Java/PHP SDKs send refreshToken
		const refreshToken = params.refresh_token || params.refreshToken;
		const missing =
			firstMissing(params, ['client_id', 'client_secret']) ??
			(refreshToken ? undefined : 'refresh_token');
		if (missing) return oauthError('invalid_request', `missing parameter: ${missing}`);
		const app = authenticateClient(state, pathAppKey, params);
		if (!app) return oauthError('invalid_client', 'client_id or client_secret is invalid');
		const refresh = state.liveRefreshToken(refreshToken, app.appKey);
		if (!refresh)
			return oauthError('invalid_grant', 'refresh_token is invalid, expired or revoked');
		const access = state.issueAccessToken(app.appKey, refresh.memberId);
		return json(
			state.tokenReply(access, settings.refreshReplyIncludesRefreshToken ? refresh : undefined),
		);
	}

	return oauthError('unsupported_grant_type', `grant_type ${grantType} is not supported`);
}

/** @param {string} pathAppKey @param {Record<string, string>} params @param {TokenWorld} world */
function postponeToken(pathAppKey, params, { state, clock }) {
	const missing = firstMissing(params, [
		'client_id',
		'client_secret',
		'refresh_token',
		'access_token',
	]);
	if (missing) return oauthError('invalid_request', `missing parameter: ${missing}`);
	const app = authenticateClient(state, pathAppKey, params);
	if (!app) return oauthError('invalid_client', 'client_id or client_secret is invalid');
	const refresh = state.liveRefreshToken(params.refresh_token, app.appKey);
	if (!refresh) return oauthError('invalid_grant', 'refresh_token is invalid, expired or revoked');
	const access = state.liveAccessToken(params.access_token, app.appKey);
	if (!access || access.memberId !== refresh.memberId) {
		return oauthError(
			'invalid_grant',
			'access_token is invalid or expired, or belongs to another user',
		);
	}
	if (refresh.expiresAt - clock.now() > POSTPONE_WINDOW_MS) {
		return oauthError(
			'invalid_request',
			'refresh_token can be postponed only within 30 days of expiry',
		);
	}
	state.revokeRefreshToken(refresh.token);
	const renewed = state.issueRefreshToken(app.appKey, refresh.memberId);
	const user = state.userOf(refresh.memberId);
	return json({
		aliId: user.aliId,
		resource_owner: user.loginId,
		memberId: user.memberId,
		...state.refreshFields(renewed),
	});
}

module.exports = { tokenEndpoint, POSTPONE_WINDOW_MS };
