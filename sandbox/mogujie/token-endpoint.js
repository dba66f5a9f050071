// @ts-check
'use strict';

// /token (protocol §3.2-3.6): GET or POST, parameters from the query and/or a form body. The
// secret travels in clear, nothing is signed. Always HTTP 200: the success body of §3.4, or
// `{ statusCode, errorMsg }` without tokens.
const { json } = require('../common/replies');
const { TOKEN_CODES } = require('./codes');

/**
 * @typedef {{ state: import('./state').MogujieState }} TokenWorld
 */

/** @param {string} statusCode @param {string} errorMsg */
const tokenError = (statusCode, errorMsg) => json({ statusCode, errorMsg });

/** @param {Record<string, string>} params @param {string[]} names */
const firstMissing = (params, names) =>
	names.find((n) => params[n] === undefined || params[n].trim() === '');

const CODE_PROBLEMS = {
	unknown: '授权码无效',
	used: '授权码已被使用',
	expired: '授权码已过期',
};

const REFRESH_PROBLEMS = {
	unknown: 'refresh_token无效',
	revoked: 'refresh_token已失效，请重新授权',
	rotated: 'refresh_token已失效（已刷新或重新授权），请使用最新的refresh_token',
	expired: 'refresh_token已过期，请重新授权',
};

/**
 * @param {import('../common/request').ParsedRequest} request
 * @param {TokenWorld} world
 * @returns {import('../common/replies').Reply}
 */
function tokenEndpoint(request, { state }) {
	const { params } = request;
	const grantType = params.grant_type;
	if (grantType === undefined || grantType.trim() === '') {
		return tokenError(TOKEN_CODES.MISSING_PARAMETER, '缺少必要参数：grant_type');
	}
	/** @type {string[]} */
	let required;
	if (grantType === 'authorization_code')
		required = ['code', 'app_key', 'app_secret', 'redirect_uri'];
	else if (grantType === 'refresh_token') required = ['refresh_token', 'app_key', 'app_secret'];
	else return tokenError(TOKEN_CODES.UNSUPPORTED_GRANT_TYPE, `不支持的grant_type：${grantType}`);
	const missing = firstMissing(params, required);
	if (missing) return tokenError(TOKEN_CODES.MISSING_PARAMETER, `缺少必要参数：${missing}`);

	const app = state.apps.get(params.app_key);
	if (!app) return tokenError(TOKEN_CODES.UNKNOWN_APP_KEY, `app_key不存在：${params.app_key}`);
	if (app.appSecret !== params.app_secret)
		return tokenError(TOKEN_CODES.WRONG_APP_SECRET, 'app_secret错误');
	const echo = params.state ?? '';

	if (grantType === 'authorization_code') {
		const redeemed = state.redeemAuthorizationCode({
			code: params.code,
			appKey: app.appKey,
			redirectUri: params.redirect_uri,
		});
		if ('problem' in redeemed) {
			return redeemed.problem === 'redirect'
				? tokenError(TOKEN_CODES.REDIRECT_URI_MISMATCH, 'redirect_uri与授权时的不一致')
				: tokenError(TOKEN_CODES.INVALID_CODE, CODE_PROBLEMS[redeemed.problem]);
		}
		return json(
			state.tokenReply(state.grant({ appKey: app.appKey, userId: redeemed.userId }), echo),
		);
	}

	const checked = state.checkRefreshToken(params.refresh_token, app.appKey);
	if ('problem' in checked)
		return tokenError(TOKEN_CODES.INVALID_REFRESH_TOKEN, REFRESH_PROBLEMS[checked.problem]);
	return json(
		state.tokenReply(state.grant({ appKey: app.appKey, userId: checked.record.userId }), echo),
	);
}

module.exports = { tokenEndpoint };
