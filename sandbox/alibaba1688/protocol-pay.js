// @ts-check
'use strict';

// The sandbox's stand-in for the page isopen's signUrl opens (on 1688, an Alipay page
// mapi.alipay.com/gateway.do?service=alipay.dut.customer.agreement.page.sign&scene=INDUSTRY|CBU_AOTUPAY,
// see fixture alibaba.trade.pay.protocolPay.isopen.doc-example.txt). Sandbox's own:
// GET /protocol-pay/sign?memberId=…&payChannel=ALIPAY shows the agreement and a button; POST (the
// button, or any POST with the same fields) signs it: signedStatus and bindingStatus become "true".
const { escapeHtml, page } = require('../common/html');
const { html } = require('./replies');
const { PROTOCOL_PAY_CHANNELS } = require('./buying-state');

const SIGN_PATH = '/protocol-pay/sign';

/** @param {string} baseUrl @param {string} memberId @param {string} channel */
const signUrl = (baseUrl, memberId, channel) =>
	`${baseUrl}${SIGN_PATH}?${new URLSearchParams({ memberId, payChannel: channel })}`;

/** @param {string} en @param {string} zh @param {number} status */
const problem = (en, zh, status) =>
	html(
		page(
			'代扣协议 Withholding agreement',
			`<h1>代扣协议 / Withholding agreement</h1><p class="error">${escapeHtml(zh)}</p><p class="error">${escapeHtml(en)}</p>`,
		),
		status,
	);

const CHANNEL_TEXT = { ALIPAY: '支付宝 Alipay', SHEGOU: '诚E赊 (shegou)' };

/**
 * @param {'GET' | 'POST' | string} method
 * @param {Record<string, string>} params
 * @param {{ data: import('./data').SandboxData, buying: import('./buying-state').BuyingState }} world
 * @returns {import('./replies').Reply}
 */
function signPage(method, params, { data, buying }) {
	const memberId = (params.memberId ?? '').trim();
	const channel = (params.payChannel ?? '').trim().toUpperCase();
	const buyer = data.buyers.find((b) => b.memberId === memberId);
	if (!buyer) return problem(`Unknown buyer ${memberId}`, '买家不存在', 404);
	if (!(/** @type {readonly string[]} */ (PROTOCOL_PAY_CHANNELS).includes(channel)))
		return problem(`payChannel must be ${PROTOCOL_PAY_CHANNELS.join(' or ')}`, '支付渠道错误', 400);
	const name = CHANNEL_TEXT[/** @type {'ALIPAY' | 'SHEGOU'} */ (channel)];
	if (method === 'POST') {
		buying.setProtocolPay(memberId, { [channel]: { signed: true, bound: true } });
		return html(
			page(
				'签约成功 Signed',
				`<h1>签约成功 / Signed</h1><p>${escapeHtml(buyer.loginId)}：${escapeHtml(name)} 免密支付（代扣）已开通。</p><p>Password-free payment by ${escapeHtml(name)} is open for ${escapeHtml(buyer.loginId)}.</p>`,
			),
		);
	}
	const current = buying.protocolPayOf(memberId)[/** @type {'ALIPAY' | 'SHEGOU'} */ (channel)];
	return html(
		page(
			'代扣协议 Withholding agreement',
			`<h1>代扣协议签约 / Sign the withholding agreement</h1>
<p>买家 Buyer: <code>${escapeHtml(buyer.loginId)}</code> (${escapeHtml(memberId)})</p>
<p>渠道 Channel: ${escapeHtml(name)}; 已签约 signed: ${current.signed}; 已绑定 bound: ${current.bound}</p>
<form method="post" action="${SIGN_PATH}"><input type="hidden" name="memberId" value="${escapeHtml(memberId)}">
<input type="hidden" name="payChannel" value="${escapeHtml(channel)}">
<button type="submit">同意并签约 Agree and sign</button></form>
<p class="muted">Sandbox page: signing sets signedStatus and bindingStatus to "true" for this channel.</p>`,
		),
	);
}

module.exports = { signPage, signUrl, SIGN_PATH };
