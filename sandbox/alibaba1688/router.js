// @ts-check
'use strict';

// Which handler answers which path.
const { callApi } = require('./gateway');
const { gatewayError } = require('./errors');
const { authorizePage, approve, codePage } = require('./oauth-pages');
const { tokenEndpoint } = require('./oauth-tokens');
const { escapeHtml, page } = require('../common/html');
const { html, notFound } = require('./replies');
const { parseApiPath } = require('./route');
const { payPage } = require('./pay-page');
const { signPage, SIGN_PATH } = require('./protocol-pay');
const { offerImageReply } = require('./offer-images');

/**
 * @typedef {{ state: import('./state').SandboxState, data: import('./data').SandboxData,
 *   clock: import('../common/clock').Clock, settings: import('./state').Settings, baseUrl: () => string,
 *   buying: import('./buying-state').BuyingState, selling: import('./selling').SellingState }} World
 */

/** @param {World} world */
function homePage(world) {
	const base = world.baseUrl();
	return html(
		page(
			'1688 sandbox',
			`<h1>1688 open platform sandbox</h1>
<p>Gateway: <code>${escapeHtml(base)}</code> (API calls at <code>/openapi/param2/1/{namespace}/{apiName}/{appKey}</code>)</p>
<p>Consent page: <code>${escapeHtml(base)}/oauth/authorize?client_id=…&amp;site=1688&amp;redirect_uri=…</code></p>
<p>Cashier (alibaba.alipay.url.get): <code>${escapeHtml(base)}/pay?orderIds=…</code></p>
<p>Password-free pay agreement (protocolPay.isopen signUrl): <code>${escapeHtml(base)}/protocol-pay/sign?memberId=…&amp;payChannel=ALIPAY</code></p>
<p>Offer pictures (image search): <code>${escapeHtml(base)}/img/offer/{offerId}.png</code></p>`,
		),
	);
}

/**
 * @param {import('../common/request').ParsedRequest} request
 * @param {World} world
 * @returns {import('./replies').Reply}
 */
function route(request, world) {
	const { pathname, method, params } = request;
	if (pathname === '/oauth/authorize') {
		if (method === 'GET') return authorizePage(params, world);
		if (method === 'POST') return approve(params, world);
		return notFound();
	}
	if (pathname === '/oauth/code' && method === 'GET') return codePage(params);
	if (pathname === '/' && method === 'GET') return homePage(world);
	if (pathname === '/pay' && (method === 'GET' || method === 'POST'))
		return payPage(method, params, world);
	if (pathname === SIGN_PATH && (method === 'GET' || method === 'POST'))
		return signPage(method, params, world);
	if (pathname.startsWith('/img/offer/') && method === 'GET')
		return offerImageReply(pathname, world.data) ?? notFound();

	const apiRoute = parseApiPath(pathname);
	if (apiRoute === undefined) return notFound();
	if (apiRoute === 'malformed')
		return gatewayError('APIUnsupported', `API is not supported: ${pathname}`);
	if (
		apiRoute.namespace === 'system.oauth2' &&
		(apiRoute.name === 'getToken' || apiRoute.name === 'postponeToken')
	) {
		const reply = tokenEndpoint(apiRoute.name, apiRoute, request, world);
		if (reply) return reply;
	}
	return callApi(apiRoute, request, world);
}

module.exports = { route };
