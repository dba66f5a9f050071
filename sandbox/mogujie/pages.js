// @ts-check
'use strict';

// The browser side, standing in for oauth.mogujie.com: the consent page, its form POST (302 back
// to redirect_uri with code, state and code_expires_in), /code (a landing page that shows the
// code to paste into a credential) and a home page.
const { escapeHtml, page: basePage } = require('../common/html');
const { html, redirect } = require('../common/replies');

/** Mogujie's pink. */
const ACCENT = '#ff4466';

/** @param {string} title @param {string} body */
const page = (title, body) => basePage(title, body, ACCENT);

/**
 * @typedef {{ state: import('./state').MogujieState, data: import('./data').MogujieData,
 *   settings: import('./state').Settings, baseUrl: () => string }} PageWorld
 */

/** @param {string} zh @param {string} en */
const refusal = (zh, en) =>
	html(
		page(
			'授权失败 Authorization failed',
			`<h1>授权失败 / Authorization failed</h1><p class="error">${escapeHtml(zh)}</p><p class="error">${escapeHtml(en)}</p>`,
		),
		400,
	);

/** @param {string} value */
function isHttpUrl(value) {
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

/** @param {Record<string, string>} params @param {PageWorld} world */
function validate(params, { state }) {
	const app = params.app_key ? state.apps.get(params.app_key) : undefined;
	if (!app)
		return {
			refusal: refusal(
				`应用不存在（app_key 无效）：${params.app_key ?? ''}`,
				`Unknown app_key: ${params.app_key ?? ''}`,
			),
		};
	if (params.response_type !== 'code') {
		return {
			refusal: refusal(
				'response_type 必须为 code',
				`response_type must be code, not ${params.response_type ?? '(missing)'}`,
			),
		};
	}
	if (!params.redirect_uri)
		return { refusal: refusal('缺少参数 redirect_uri', 'redirect_uri is missing') };
	if (!isHttpUrl(params.redirect_uri))
		return { refusal: refusal('redirect_uri 不是合法的URL', 'redirect_uri is not an http(s) URL') };
	return { app };
}

/** GET /authorize @param {Record<string, string>} params @param {PageWorld} world */
function authorizePage(params, world) {
	const checked = validate(params, world);
	if (!checked.app) return checked.refusal;
	const hidden = ['response_type', 'app_key', 'redirect_uri', 'state']
		.filter((k) => params[k] !== undefined)
		.map((k) => `<input type="hidden" name="${k}" value="${escapeHtml(params[k])}">`)
		.join('');
	const sellers = world.data.sellers
		.map(
			(s) =>
				`<option value="${escapeHtml(s.userId)}">${escapeHtml(s.shopName)} (${escapeHtml(s.userId)})</option>`,
		)
		.join('');
	const appKey = escapeHtml(checked.app.appKey);
	return html(
		page(
			'蘑菇街授权 Authorize',
			`<h1>蘑菇街开放平台授权 / Authorize app</h1>
<p>应用 <code>${appKey}</code> 申请访问您的小店数据（订单、商品、发货）。</p>
<p>App <code>${appKey}</code> asks to access your shop (orders, items, shipping).</p>
<form method="post" action="/authorize">
${hidden}
<p><label>登录店铺 / Sign in as: <select name="userId">${sellers}</select></label></p>
<p><button type="submit">同意授权 / Authorize</button></p>
</form>
<p class="muted">沙盒环境 · Mogujie sandbox · redirect_uri: ${escapeHtml(params.redirect_uri)}</p>`,
		),
	);
}

/** POST /authorize: the seller approved. @param {Record<string, string>} params @param {PageWorld} world */
function approve(params, world) {
	const checked = validate(params, world);
	if (!checked.app) return checked.refusal;
	const userId = params.userId || world.data.demoSeller.userId;
	if (!world.data.sellers.some((s) => s.userId === userId))
		return refusal(`账号不存在：${userId}`, `Unknown account ${userId}`);
	const code = world.state.issueAuthorizationCode({
		appKey: checked.app.appKey,
		redirectUri: params.redirect_uri,
		userId,
	});
	const target = new URL(params.redirect_uri);
	target.searchParams.set('code', code);
	target.searchParams.set('state', params.state ?? '');
	target.searchParams.set('code_expires_in', String(world.settings.codeTtlSec));
	return redirect(target.toString());
}

/** GET /code: shows the code to copy. @param {Record<string, string>} params @param {PageWorld} world */
function codePage(params, world) {
	if (!params.code) {
		return html(
			page(
				'没有授权码 No code',
				'<h1>没有授权码 / No authorization code</h1><p class="error">This page expects ?code=…</p>',
			),
			400,
		);
	}
	const minutes = Math.round(world.settings.codeTtlSec / 60);
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

/** GET / @param {PageWorld} world */
function homePage(world) {
	const base = escapeHtml(world.baseUrl());
	return html(
		page(
			'Mogujie sandbox',
			`<h1>蘑菇街开放平台沙盒 / Mogujie open platform sandbox</h1>
<p>OAuth: <code>${base}/authorize?response_type=code&amp;app_key=…&amp;redirect_uri=…&amp;state=…</code>, tokens at <code>${base}/token</code></p>
<p>Gateway: <code>${base}/invoke</code></p>`,
		),
	);
}

module.exports = { authorizePage, approve, codePage, homePage };
