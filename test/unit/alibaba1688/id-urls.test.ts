// The addresses By URL takes (node version 1.2): 1688's order pages and offer pages.
import {
	OFFER_URL_FORMS,
	offerPageUrl,
	parseBareOfferId,
	parseOfferId,
	parseOfferUrl,
} from '../../../nodes/Alibaba1688/helpers/offer-ids';
import {
	ORDER_URL_FORMS,
	orderPageUrl,
	parseOrderUrl,
} from '../../../nodes/Alibaba1688/helpers/order-ids';

const ID = '3298765432109876543';

describe('parseOrderUrl', () => {
	it.each([
		[`https://trade.1688.com/order/new_step_order_detail.htm?orderId=${ID}`],
		[`https://trade.1688.com/order/new_step_order_detail.htm?spm=a360q.8274423&orderId=${ID}#x`],
		[`http://trade.1688.com/order/unify_buyer_detail.htm?orderId=${ID}`],
		[`http://trade.1688.com/order/unify_seller_detail.htm?orderId=${ID}`],
		[`https://trade.1688.com/order/order_detail.htm?order_id=${ID}`],
		[
			`https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=${ID}&to=logisticsTabTitle`,
		],
		[`https://trade2.m.1688.com/page/orderDetail.html?orderId=${ID}`],
		[`  trade.1688.com/order/new_step_order_detail.htm?orderId=${ID}  `],
		[`HTTPS://TRADE.1688.COM/order/new_step_order_detail.htm?orderId=${ID}`],
	])('reads the order id of %s', (url) => {
		expect(parseOrderUrl(url)).toBe(ID);
	});

	it.each([
		['an offer page', 'https://detail.1688.com/offer/620201390233.html'],
		['the order list', `https://trade.1688.com/order/buyer_order_list.htm?orderId=${ID}`],
		['another site', `https://trade.taobao.com/order/new_step_order_detail.htm?orderId=${ID}`],
		['a look-alike host', `https://trade.1688.com.evil.example/order/x_detail.htm?orderId=${ID}`],
		['an order page without the id', 'https://trade.1688.com/order/new_step_order_detail.htm'],
		[
			'an id that is not digits',
			'https://trade.1688.com/order/new_step_order_detail.htm?orderId=ABC',
		],
		['a bare id', ID],
		['no text', ''],
		['not text', 42],
	])('refuses %s', (_label, value) => {
		expect(parseOrderUrl(value)).toBeUndefined();
	});

	it('links an id to the page it reads, and names the forms for messages', () => {
		expect(parseOrderUrl(orderPageUrl(ID))).toBe(ID);
		expect(ORDER_URL_FORMS).toContain('trade.1688.com/order/new_step_order_detail.htm?orderId=');
	});
});

describe('parseOfferUrl', () => {
	it.each([
		['https://detail.1688.com/offer/620201390233.html'],
		['https://detail.1688.com/offer/620201390233.html?spm=a26352.13672862&sk=consign'],
		['detail.1688.com/offer/620201390233.html'],
		['https://m.1688.com/offer/620201390233.html'],
		['https://offer.m.1688.com/offer/620201390233.html'],
		['https://www.1688.com/offerdetail/620201390233.htm'],
		['https://detail.m.1688.com/page/index.html?offerId=620201390233&spm=x'],
	])('reads the offer id of %s', (url) => {
		expect(parseOfferUrl(url)).toBe('620201390233');
	});

	it('takes only addresses: a bare id is By ID, not By URL (the text field of 1.1 takes both)', () => {
		expect(parseOfferUrl('620201390233')).toBeUndefined();
		expect(parseOfferId('620201390233')).toBe('620201390233');
		// By ID takes the number alone
		expect(parseBareOfferId(' 620201390233 ')).toBe('620201390233');
		expect(parseBareOfferId('https://detail.1688.com/offer/620201390233.html')).toBeUndefined();
		expect(
			parseOfferUrl(`https://trade.1688.com/order/new_step_order_detail.htm?orderId=${ID}`),
		).toBeUndefined();
		expect(parseOfferUrl(offerPageUrl('620201390233'))).toBe('620201390233');
		expect(OFFER_URL_FORMS).toContain('detail.1688.com/offer/{ID}.html');
	});
});
