// @ts-check
'use strict';

// One call to /invoke, refused at the first failing check: app_key → sign_method → sign → the
// other system parameters → method → access token → the method itself. Every answer is an HTTP
// 200 envelope (protocol §5).
const { GATEWAY_CODES, GATEWAY_MESSAGES } = require('./codes');
const { success, failure } = require('./envelope');
const { METHODS } = require('./methods');
const { BusinessError } = require('./methods/params');
const { verify } = require('./signature');
const { parseTimestamp } = require('./timestamp');

/**
 * @typedef {{ state: import('./state').MogujieState, data: import('./data').MogujieData,
 *   clock: import('../common/clock').Clock, settings: import('./state').Settings }} GatewayWorld
 */

/** @param {Record<string, string>} params @param {string} name */
const blank = (params, name) => params[name] === undefined || params[name].trim() === '';

/**
 * @param {import('../common/request').ParsedRequest} request
 * @param {GatewayWorld} world
 * @returns {import('../common/replies').Reply}
 */
function invoke(request, { state, data, clock, settings }) {
	const { params } = request;
	const st = clock.now();
	/** @param {string} code @param {string} msg */
	const refuse = (code, msg) => failure(code, msg, st);

	const app = blank(params, 'app_key') ? undefined : state.apps.get(params.app_key);
	if (!app)
		return refuse(
			GATEWAY_CODES.UNKNOWN_APP_KEY,
			blank(params, 'app_key') ? '缺少参数app_key' : `app_key不存在：${params.app_key}`,
		);
	if (!blank(params, 'sign_method') && params.sign_method.toLowerCase() !== 'md5') {
		return refuse(
			GATEWAY_CODES.INVALID_SYSTEM_PARAM,
			`sign_method只支持md5：${params.sign_method}`,
		);
	}
	if (blank(params, 'sign') || !verify(params, app.appSecret, params.sign)) {
		return refuse(GATEWAY_CODES.SIGN_ERROR, GATEWAY_MESSAGES.SIGN_ERROR);
	}
	const missing = ['method', 'timestamp', 'format'].find((name) => blank(params, name));
	if (missing) return refuse(GATEWAY_CODES.MISSING_SYSTEM_PARAM, `缺少系统参数：${missing}`);
	if (params.format.toLowerCase() !== 'json')
		return refuse(GATEWAY_CODES.INVALID_SYSTEM_PARAM, `format只支持json：${params.format}`);
	const sentAt = parseTimestamp(params.timestamp);
	if (sentAt === null)
		return refuse(GATEWAY_CODES.INVALID_SYSTEM_PARAM, `timestamp格式错误：${params.timestamp}`);
	if (
		settings.timestampToleranceSec > 0 &&
		Math.abs(st - sentAt) > settings.timestampToleranceSec * 1000
	) {
		return refuse(
			GATEWAY_CODES.TIMESTAMP_OUT_OF_RANGE,
			`timestamp与服务器时间相差超过${settings.timestampToleranceSec}秒`,
		);
	}

	const handler = METHODS.get(params.method);
	if (!handler) return refuse(GATEWAY_CODES.UNKNOWN_METHOD, `接口不存在：${params.method}`);

	const token = state.checkAccessToken(params.access_token, app.appKey);
	if ('problem' in token) {
		return token.problem === 'expired'
			? refuse(GATEWAY_CODES.TOKEN_EXPIRED, GATEWAY_MESSAGES.TOKEN_EXPIRED)
			: refuse(GATEWAY_CODES.TOKEN_NOT_FOUND, GATEWAY_MESSAGES.TOKEN_NOT_FOUND);
	}
	const seller = data.sellers.find((s) => s.userId === token.record.userId);
	if (!seller) throw new Error(`token of unknown seller ${token.record.userId}`);

	try {
		return success(handler({ params, seller, data, settings, now: st }), st);
	} catch (error) {
		if (error instanceof BusinessError) return refuse(error.code, error.message);
		throw error;
	}
}

module.exports = { invoke };
