// @ts-check
'use strict';

// The cashier page alibaba.alipay.url.get points at (1688: trade.1688.com/order/cashier.htm).
// GET /pay?orderIds=1,2 shows the orders and the total; POST /pay (the button) pays those still
// waiting for payment: waitbuyerpay → waitsellersend with a pay time and an Alipay trade id.
const { escapeHtml, page } = require('../common/html');
const { html } = require('./replies');
const { totalFen } = require('./data');
const { STATUS_TEXT } = require('./apis/trade-info');
const { parseOrderIds } = require('./apis/params');
const { payOrder } = require('./orders');

/** @param {string} en @param {string} zh @param {number} status */
const problem = (en, zh, status) =>
	html(
		page(
			'收银台 Cashier',
			`<h1>收银台 / Cashier</h1><p class="error">${escapeHtml(zh)}</p><p class="error">${escapeHtml(en)}</p>`,
		),
		status,
	);

/**
 * @param {Record<string, string>} params
 * @param {import('./data').SandboxData} data
 * @returns {{ refusal: import('./replies').Reply } | { orders: import('./data').Order[] }}
 */
function ordersOf(params, data) {
	const ids = parseOrderIds(params.orderIds ?? '');
	if (!ids || ids.length === 0)
		return {
			refusal: problem('orderIds is missing or not a list of order ids', '缺少订单号', 400),
		};
	const unknown = ids.filter((id) => !data.ordersById.has(id));
	if (unknown.length > 0)
		return { refusal: problem(`Unknown orders: ${unknown.join(', ')}`, '订单不存在', 404) };
	return {
		orders: ids.map((id) => /** @type {import('./data').Order} */ (data.ordersById.get(id))),
	};
}

const yuan = (/** @type {number} */ fen) => `¥${(fen / 100).toFixed(2)}`;

/**
 * @param {'GET' | 'POST' | string} method
 * @param {Record<string, string>} params
 * @param {{ data: import('./data').SandboxData, clock: import('../common/clock').Clock,
 *   buying?: import('./buying-state').BuyingState }} world
 * @returns {import('./replies').Reply}
 */
function payPage(method, params, { data, clock, buying }) {
	const found = ordersOf(params, data);
	if ('refusal' in found) return found.refusal;
	const { orders } = found;
	if (method === 'POST') {
		const now = clock.now();
		const payable = orders.filter((o) => o.status === 'waitbuyerpay');
		for (const order of payable) {
			payOrder(data, order, now);
			buying?.emit('ORDER_BUYER_VIEW_ORDER_PAY', order);
		}
		const list = payable
			.map((o) => `<li><code>${escapeHtml(o.id)}</code> ${yuan(totalFen(o))}</li>`)
			.join('');
		return html(
			page(
				'支付成功 Paid',
				`<h1>支付成功 / Paid</h1><p>${payable.length} 笔订单已付款 (${payable.length} orders paid):</p><ul>${list}</ul>`,
			),
		);
	}
	const rows = orders
		.map(
			(o) =>
				`<tr><td><code>${escapeHtml(o.id)}</code></td><td>${escapeHtml(o.seller.companyName)}</td>` +
				`<td>${escapeHtml(STATUS_TEXT[o.status])}</td><td>${yuan(totalFen(o))}</td></tr>`,
		)
		.join('');
	const due = orders
		.filter((o) => o.status === 'waitbuyerpay')
		.reduce((s, o) => s + totalFen(o), 0);
	return html(
		page(
			'收银台 Cashier',
			`<h1>收银台 / Cashier</h1>
<table><tr><th>订单号</th><th>卖家</th><th>状态</th><th>金额</th></tr>${rows}</table>
<p>应付 / Amount due: <strong>${yuan(due)}</strong></p>
<form method="post" action="/pay"><input type="hidden" name="orderIds" value="${escapeHtml(orders.map((o) => o.id).join(','))}">
<button type="submit"${due === 0 ? ' disabled' : ''}>确认付款 Pay</button></form>
<p class="muted">Sandbox cashier: paying moves the orders to waitsellersend.</p>`,
		),
	);
}

module.exports = { payPage };
