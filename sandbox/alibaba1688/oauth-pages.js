// @ts-check
'use strict';

// The browser side of the code flow, standing in for auth.1688.com: the consent page, its form
// POST (302 back to redirect_uri with code and state), and /oauth/code, a landing page that simply
// shows the code so it can be pasted into a credential.
const { escapeHtml, page } = require('../common/html');
const { html, redirect } = require('./replies');
const { CODE_TTL_MS } = require('./state');

/**
 * @typedef {{ state: import('./state').SandboxState, data: import('./data').SandboxData }} PageWorld
 */

/** @param {string} en @param {string} zh */
const refusal = (en, zh) =>
	html(
		page(
			'授权失败 Authorization failed',
			`<h1>授权失败 / Authorization failed</h1><p class="error">${escapeHtml(zh)}</p><p class="error">${escapeHtml(en)}</p>`,
		),
		400,
	);

/**
 * Validates client_id / site / redirect_uri the way the consent screen does.
 * @param {Record<string, string>} params @param {PageWorld} world
 */
function validateAuthorizeRequest(params, { state }) {
	const app = params.client_id ? state.apps.get(params.client_id) : undefined;
	if (!app)
		return {
			refusal: refusal(
				`Unknown client_id: ${params.client_id ?? ''}`,
				`应用不存在（client_id 无效）`,
			),
		};
	if (params.site !== '1688')
		return { refusal: refusal('site must be 1688', '参数 site 必须为 1688') };
	if (!params.redirect_uri)
		return { refusal: refusal('redirect_uri is missing', '缺少参数 redirect_uri') };
	if (!state.redirectAllowed(app, params.redirect_uri)) {
		return {
			refusal: refusal(
				`The domain of redirect_uri is not the callback domain registered for app ${app.appKey}`,
				'redirect_uri 的域名与应用登记的回调地址域名不一致',
			),
		};
	}
	return { app };
}

/** GET /oauth/authorize @param {Record<string, string>} params @param {PageWorld} world */
function authorizePage(params, world) {
	const checked = validateAuthorizeRequest(params, world);
	if (!checked.app) return checked.refusal;
	const hidden = ['client_id', 'site', 'redirect_uri', 'state']
		.filter((k) => params[k] !== undefined)
		.map((k) => `<input type="hidden" name="${k}" value="${escapeHtml(params[k])}">`)
		.join('');
	// every account that can authorize: the two buyers and the demo supplier (issue 15)
	const accounts = world.data.accounts
		.map(
			(b) =>
				`<option value="${escapeHtml(b.memberId)}">${escapeHtml(b.loginId)} (${escapeHtml(b.memberId)})</option>`,
		)
		.join('');
	return html(
		page(
			'1688 授权 Authorize',
			`<h1>1688 开放平台授权 / Authorize app</h1>
<p>应用 <code>${escapeHtml(checked.app.appKey)}</code> 申请访问您的 1688 账号数据（订单、账号信息）。</p>
<p>App <code>${escapeHtml(checked.app.appKey)}</code> asks to access your 1688 account data (orders, account info).</p>
<form method="post" action="/oauth/authorize">
${hidden}
<p><label>登录账号 / Sign in as: <select name="memberId">${accounts}</select></label></p>
<p><button type="submit">同意授权 / Authorize</button></p>
</form>
<p class="muted">沙盒环境 · 1688 sandbox · redirect_uri: ${escapeHtml(params.redirect_uri)}</p>`,
		),
	);
}

/** POST /oauth/authorize: the user approved. @param {Record<string, string>} params @param {PageWorld} world */
function approve(params, world) {
	const checked = validateAuthorizeRequest(params, world);
	if (!checked.app) return checked.refusal;
	const memberId = params.memberId || world.data.buyers[0].memberId;
	if (!world.state.users.has(memberId)) return refusal(`Unknown account ${memberId}`, '账号不存在');
	const code = world.state.issueAuthorizationCode({
		appKey: checked.app.appKey,
		redirectUri: params.redirect_uri,
		memberId,
	});
	const target = new URL(params.redirect_uri);
	target.searchParams.set('code', code);
	if (params.state !== undefined) target.searchParams.set('state', params.state);
	return redirect(target.toString());
}

/** GET /oauth/code: shows the code to copy. @param {Record<string, string>} params */
function codePage(params) {
	if (!params.code) {
		return html(
			page(
				'没有授权码 No code',
				'<h1>没有授权码 / No authorization code</h1><p class="error">This page expects ?code=…</p>',
			),
			400,
		);
	}
	const minutes = CODE_TTL_MS / 60000;
	const stateLine = params.state
		? `<p class="muted">state: <code>${escapeHtml(params.state)}</code></p>`
		: '';
	return html(
		page(
			'授权码 Authorization code',
			`<h1>授权成功 / Authorized</h1>
<p>授权码 / Authorization code:</p>
<div class="code" id="code">${escapeHtml(params.code)}</div>
<p>请在 ${minutes} 分钟内将授权码（或本页的完整地址）粘贴到凭证的 “Authorization Code” 字段中，授权码只能使用一次。</p>
<p>Paste this code, or this page's whole address, into the credential's <b>Authorization Code</b> field within ${minutes} minutes. It can be used once.</p>
${stateLine}`,
		),
	);
}

module.exports = { authorizePage, approve, codePage };
