/** 1688 ids are up to 19 digits: kept as text end to end so none is rounded. */
export function parseOrderId(value: unknown): string | undefined {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	return /^\d{1,20}$/.test(text) ? text : undefined;
}

/**
 * The order pages whose address carries the order's id, as public code that links to or reads
 * them builds them (ERP order screens, browser extensions and scrapers found by code search):
 * - `trade.1688.com/order/new_step_order_detail.htm?orderId=<id>`: the order detail, the buyer's
 *   and the seller's (the address most of that code links to);
 * - `trade.1688.com/order/unify_buyer_detail.htm?orderId=<id>` and `unify_seller_detail.htm`:
 *   the older buyer's and seller's detail pages;
 * - `air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=<id>`: the newer order
 *   detail, which 1688's own order list opens;
 * - `trade2.m.1688.com/page/orderDetail.html?orderId=<id>`: the mobile order detail;
 * - `trade.1688.com/order/order_detail.htm?order_id=<id>`: the link of a Wangwang order card.
 */
const ORDER_PAGES: Array<{ host: string; path: RegExp }> = [
	{ host: 'trade.1688.com', path: /^\/order\/[\w-]*detail\.html?$/i },
	{ host: 'air.1688.com', path: /^\/app\/ctf-page\/trade-order-detail\/(?:index\.html)?$/i },
	{ host: 'trade2.m.1688.com', path: /^\/page\/orderDetail\.html$/i },
];

/** The order page forms, as an error message names them. */
export const ORDER_URL_FORMS =
	'trade.1688.com/order/new_step_order_detail.htm?orderId=…, air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=… or trade2.m.1688.com/page/orderDetail.html?orderId=…';

/** The link an order's id opens: the detail page buyer and seller share. */
export function orderPageUrl(id: string): string {
	return `https://trade.1688.com/order/new_step_order_detail.htm?orderId=${id}`;
}

/**
 * The order id in the address of a 1688 order page (see ORDER_PAGES), with or without the scheme;
 * undefined for any other address.
 */
export function parseOrderUrl(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	let url: URL;
	try {
		url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
	} catch {
		return undefined;
	}
	const host = url.hostname.toLowerCase();
	if (!ORDER_PAGES.some((page) => page.host === host && page.path.test(url.pathname))) {
		return undefined;
	}
	const id = url.searchParams.get('orderId') ?? url.searchParams.get('order_id') ?? '';
	return /^\d{1,20}$/.test(id) ? id : undefined;
}
