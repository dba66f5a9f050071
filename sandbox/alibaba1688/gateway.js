// @ts-check
'use strict';

// One API call through the gateway, refused at the first failing layer, in the order 1688 was
// observed to use: appKey → API exists → signature → user token → ACL → required params → QPS.
const { gatewayError, unauthorized } = require('./errors');
const { json } = require('./replies');
const { verify, SIGNATURE_PARAM } = require('./signature');
const { findApi } = require('./apis');
const { knownProtocol } = require('./route');

/**
 * @param {import('./route').ApiRoute} route
 * @param {import('../common/request').ParsedRequest} request
 * @param {{ state: import('./state').SandboxState, data: import('./data').SandboxData,
 *   clock: import('../common/clock').Clock, settings: import('./state').Settings, baseUrl: () => string,
 *   buying: import('./buying-state').BuyingState, selling: import('./selling').SellingState }} world
 * @returns {import('./replies').Reply}
 */
function callApi(route, request, { state, data, clock, settings, baseUrl, buying, selling }) {
	const { params } = request;
	if (!route.appKey) return gatewayError('AppKeyMissing');
	const app = state.apps.get(route.appKey);
	if (!app) return gatewayError('AppKeyNotFound', `AppKey not found: ${route.appKey}`);

	const api = knownProtocol(route)
		? findApi(route.namespace, route.name, route.version)
		: undefined;
	if (!api)
		return gatewayError('APIUnsupported', `API is not supported: ${route.apiId}-${route.version}`);

	// multipart file parts never reach `params`, so they are outside the signature as the doc requires
	const signature = params[SIGNATURE_PARAM];
	if (!signature) return gatewayError('SignatureMissing');
	if (!verify(route.urlPath, params, app.appSecret, signature))
		return gatewayError('SignatureInvalid');

	let user;
	if (api.auth) {
		const token = state.liveAccessToken(params.access_token, app.appKey);
		// any account: a buyer, or the demo supplier (issue 15)
		user = token && data.accounts.find((b) => b.memberId === token.memberId);
		if (!user) return unauthorized();
	}

	if (!api.aclExempt && !state.appMayCall(app, route.apiId)) return gatewayError('APIACLDecline');

	for (const name of api.required ?? []) {
		if (params[name] === undefined || params[name].trim() === '') {
			return gatewayError('ParamMissing', `Required argument ${name}`);
		}
	}

	if (!state.takeCallSlot(app.appKey)) return gatewayError('QosAppFrequencyLimit');

	return json(
		api.handle({
			params,
			files: request.files,
			user,
			app,
			data,
			clock,
			settings,
			baseUrl: baseUrl(),
			buying,
			selling,
		}),
	);
}

module.exports = { callApi };
