// Issue 14, cross-border buying in the 1688 sandbox, over loopback HTTP with signed calls:
// receiveAddress.get, createCrossOrder, protocolPay.isopen / preparePay (password-free pay),
// trade.receivegoods.confirm, product.image.upload / product.search.imageQuery, and the 铺货 pair
// alibaba.cross.syncProductListPushed / alibaba.cross.productInfo.
import { start1688Sandbox, SANDBOX_1688_CONSTANTS } from '../../sandbox/alibaba1688';
import {
	BUSINESS_ERRORS,
	BUYING_ERRORS,
	BUYING_ERROR_TEXTS,
	CROSSBORDER_CODES,
} from '../../sandbox/alibaba1688/apis/business-errors';
import { totalFen } from '../../sandbox/alibaba1688/data';
import { callApi, delay, get, sendForm } from '../support/sandbox-client';
import { startPushReceiver } from '../support/push-receiver';

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;
type Params = Record<string, string>;
type Order = Sandbox['data']['orders'][number];
type Product = Sandbox['data']['products'][number];

const TRADE = 'com.alibaba.trade';
const CROSSBORDER = 'com.alibaba.fenxiao.crossborder';
const PRODUCT = 'com.alibaba.product';
const PRODUCT_PUSH = 'com.alibaba.product.push';
const START = Date.UTC(2026, 0, 15, 4, 0, 0);
const PREPARE = 'alibaba.trade.pay.protocolPay.preparePay';
const ISOPEN = 'alibaba.trade.pay.protocolPay.isopen';
const CONFIRM = 'trade.receivegoods.confirm';

describe('1688 sandbox: cross-border buying (issue 14)', () => {
	let sb: Sandbox;
	let token: string;
	let otherToken: string;
	let otherMemberId: string;

	const callAs = (accessToken: string, namespace: string, name: string, params: Params = {}) =>
		callApi(sb.url, {
			namespace,
			name,
			appKey: sb.demo.appKey,
			appSecret: sb.demo.appSecret,
			params: { access_token: accessToken, ...params },
		});
	const call = (namespace: string, name: string, params: Params = {}) =>
		callAs(token, namespace, name, params);

	const order = (id: string) => sb.data.ordersById.get(id) as Order;
	const product = (id: number) => sb.data.productsById.get(id) as Product;
	const demoOrders = () => sb.data.orders.filter((o) => o.buyer.memberId === sb.demo.memberId);
	/** A fresh unpaid order of the demo buyer. */
	const newUnpaidOrder = () => order(sb.createOrder().baseInfo.idOfStr as string);
	const buyerView = async (orderId: string) =>
		(await call(TRADE, 'alibaba.trade.get.buyerView', { webSite: '1688', orderId })).json.result;
	const prepare = (param: Record<string, unknown> | string) =>
		call(TRADE, PREPARE, {
			tradeWithholdPreparePayParam: typeof param === 'string' ? param : JSON.stringify(param),
		});

	beforeAll(async () => {
		sb = await start1688Sandbox({ port: 0, seed: 1688, orderCount: 300, startTime: START });
		token = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
		otherMemberId = sb.data.buyers.find((b) => b.memberId !== sb.demo.memberId)?.memberId as string;
		otherToken = sb.issueTokens({ appKey: sb.demo.appKey, memberId: otherMemberId }).access_token;
	});

	afterAll(async () => {
		await sb.close();
	});

	describe('alibaba.trade.receiveAddress.get', () => {
		it("answers the buyer's address book in the doc sample's shape, the first address default", async () => {
			const res = await call(TRADE, 'alibaba.trade.receiveAddress.get');
			expect(res.status).toBe(200);
			expect(Object.keys(res.json)).toEqual(['result', 'success']);
			expect(res.json.success).toBe(true);
			const items = res.json.result.receiveAddressItems;
			const book = sb.data.buyers[0].addresses;
			expect(items).toHaveLength(book.length);
			expect(items[0]).toEqual({
				id: book[0].addressId,
				fullName: book[0].toFullName,
				address: book[0].street,
				post: book[0].zip,
				mobilePhone: book[0].mobile,
				addressCode: book[0].areaCode,
				addressCodeText: `${book[0].province} ${book[0].city} ${book[0].area}`,
				isDefault: true,
				townCode: book[0].townCode,
				townName: book[0].town,
			});
			expect(items.slice(1).every((i: { isDefault: boolean }) => i.isDefault === false)).toBe(true);
			expect(items[0].id).toBe(sb.data.examples.addressId);
		});

		it("answers another buyer's own book", async () => {
			const res = await callAs(otherToken, TRADE, 'alibaba.trade.receiveAddress.get');
			const other = sb.data.buyers.find((b) => b.memberId === otherMemberId);
			expect(res.json.result.receiveAddressItems.map((i: { id: number }) => i.id)).toEqual(
				other?.addresses.map((a) => a.addressId),
			);
		});
	});

	describe('alibaba.trade.createCrossOrder', () => {
		const cargo = (p: Product, sku = p.skus[0], quantity = Math.max(2, p.minOrderQuantity)) => ({
			offerId: p.productID,
			specId: sku.specId,
			quantity,
		});
		const create = (params: Params) => call(TRADE, 'alibaba.trade.createCrossOrder', params);
		const basic = (extra: Params = {}) => {
			const p = product(sb.data.examples.productId);
			return {
				flow: 'general',
				addressParam: JSON.stringify({ addressId: sb.data.examples.addressId }),
				cargoParamList: JSON.stringify([cargo(p)]),
				...extra,
			};
		};

		afterEach(() => sb.setCreateCrossOrderReply('wrapped'));

		it('creates one order, amounts in fen, listed like any other order, and raises BUYER_MAKE', async () => {
			const before = sb.data.orders.length;
			const res = await create(basic({ message: '跨境订单', isvBizType: 'cross' }));
			expect(res.status).toBe(200);
			expect(Object.keys(res.json)).toEqual(['result', 'success']);
			const created = order(res.json.result.orderId);
			expect(res.json).toEqual({
				result: {
					success: true,
					totalSuccessAmount: totalFen(created),
					orderId: expect.stringMatching(/^\d{19}$/),
					postFee: created.shippingFeeFen,
					failedOfferList: [],
				},
				success: true,
			});
			expect(sb.data.orders.length).toBe(before + 1);
			const listed = await call(TRADE, 'alibaba.trade.getBuyerOrderList', { pageSize: '1' });
			expect(listed.json.result[0].baseInfo).toMatchObject({
				idOfStr: created.id,
				status: 'waitbuyerpay',
				buyerFeedback: '跨境订单',
			});
			expect((await buyerView(created.id)).baseInfo.idOfStr).toBe(created.id);
			expect(sb.buyingEvents).toContainEqual(
				expect.objectContaining({ type: 'ORDER_BUYER_VIEW_BUYER_MAKE', orderId: created.id }),
			);
		});

		it('answers a repeated outOrderId with the order it created, creating nothing', async () => {
			const first = await create(basic({ outOrderId: 'cross-0001' }));
			const before = sb.data.orders.length;
			const again = await create(basic({ outOrderId: 'cross-0001' }));
			expect(again.json).toEqual(first.json);
			expect(sb.data.orders.length).toBe(before);
		});

		it('prints accountPeriod for tradeType period, and the flat doc-sample reply on request', async () => {
			const period = await create(basic({ tradeType: 'period' }));
			expect(period.json.result.accountPeriod).toEqual({ tapType: 5, tapDate: 30, tapOverdue: 0 });
			sb.setCreateCrossOrderReply('docSample');
			const flat = await create(basic());
			expect(flat.json).toEqual({
				totalSuccessAmount: totalFen(order(flat.json.orderId)),
				orderId: expect.stringMatching(/^\d{19}$/),
				success: false,
			});
		});

		it('accepts the flows of its page, repurchase included', async () => {
			const res = await create(basic({ flow: 'repurchase' }));
			expect(res.json.success).toBe(true);
			expect(order(res.json.result.orderId).flow).toBe('repurchase');
		});

		it('refuses an unknown addressId with the documented 400 "AddressId invalid"', async () => {
			const before = sb.data.orders.length;
			const res = await create(basic({ addressParam: JSON.stringify({ addressId: 42 }) }));
			expect(res.json).toEqual({
				success: false,
				code: '400',
				message: 'AddressId invalid:AddressId invalid',
			});
			expect(BUYING_ERRORS.ADDRESS_ID_INVALID).toBe('400');
			expect(sb.data.orders.length).toBe(before);
		});

		it('refuses two suppliers and more than 50 SKUs with the documented text', async () => {
			const before = sb.data.orders.length;
			const [a, b] = sb.data.products.filter(
				(p, i, all) => all.findIndex((q) => q.seller === p.seller) === i,
			);
			const two = await create(basic({ cargoParamList: JSON.stringify([cargo(a), cargo(b)]) }));
			expect(two.json).toEqual({
				success: false,
				code: BUYING_ERRORS.CROSS_ORDER_MULTIPLE_SUPPLIERS,
				message: BUYING_ERROR_TEXTS.crossOrderSplit,
			});
			// 51 SKUs of one seller, each offer's minimum order met
			const seller = sb.data.sellers.find(
				(s) =>
					sb.data.products.filter((p) => p.seller === s).reduce((n, p) => n + p.skus.length, 0) >
					SANDBOX_1688_CONSTANTS.CROSS_ORDER_MAX_SKUS,
			);
			const many = sb.data.products
				.filter((p) => p.seller === seller)
				.flatMap((p) => p.skus.map((s) => cargo(p, s, p.minOrderQuantity)))
				.slice(0, SANDBOX_1688_CONSTANTS.CROSS_ORDER_MAX_SKUS + 1);
			expect(many).toHaveLength(51);
			const tooMany = await create(basic({ cargoParamList: JSON.stringify(many) }));
			expect(tooMany.json).toEqual({
				success: false,
				code: BUYING_ERRORS.CROSS_ORDER_TOO_MANY_SKUS,
				message: BUYING_ERROR_TEXTS.crossOrderSplit,
			});
			const fifty = await create(basic({ cargoParamList: JSON.stringify(many.slice(0, 50)) }));
			expect(fifty.json.success).toBe(true);
			expect(order(fifty.json.result.orderId).items).toHaveLength(50);
			expect(sb.data.orders.length).toBe(before + 1);
		});

		it("answers fastCreateOrder's checks with the same codes", async () => {
			const bad = await create(basic({ tradeType: 'barter' }));
			expect(bad.json).toEqual({
				success: false,
				code: BUSINESS_ERRORS.TRADE_TYPE_NOT_SUPPORTED,
				message: 'not support tradeType:【barter】',
			});
			const flow = await create(basic({ flow: 'nonsense' }));
			expect(flow.json.code).toBe(BUSINESS_ERRORS.FLOW_NOT_SUPPORTED);
			const p = product(sb.data.examples.productId);
			const stock = await create(
				basic({ cargoParamList: JSON.stringify([cargo(p, p.skus[0], 1_000_000)]) }),
			);
			expect(stock.json.code).toBe(BUSINESS_ERRORS.STOCK_NOT_ENOUGH);
			const missing = await create({ flow: 'general', addressParam: '{"addressId":1}' });
			expect(missing.status).toBe(400);
			expect(missing.json.error_code).toBe('gw.ParamMissing');
		});
	});

	describe('password-free pay: protocolPay.isopen and preparePay', () => {
		afterEach(() => {
			sb.setProtocolPay(sb.demo.memberId, {
				ALIPAY: { signed: true, bound: true },
				SHEGOU: { signed: false, bound: false },
			});
			sb.setBalance(sb.demo.memberId, SANDBOX_1688_CONSTANTS.PROTOCOL_PAY_DEFAULT_BALANCE_FEN);
			sb.setPayLimit(sb.demo.memberId, SANDBOX_1688_CONSTANTS.PROTOCOL_PAY_DEFAULT_LIMIT_FEN);
		});

		it('isopen: the demo buyer has Alipay signed and bound (strings "true"), 诚E赊 not', async () => {
			const res = await call(TRADE, ISOPEN);
			expect(res.status).toBe(200);
			expect(res.json).toEqual({
				result: {
					result: {
						paymentAgreements: [
							{ bindingStatus: 'false', payChannel: 'SHEGOU', signedStatus: 'false' },
							{
								bindingStatus: 'true',
								payChannel: 'ALIPAY',
								signedStatus: 'true',
								agreementNo: expect.stringMatching(/^\d{20}$/),
							},
						],
					},
					success: true,
				},
			});
		});

		it('isopen: an unsigned channel has a signUrl; opening and posting the page signs it', async () => {
			sb.setProtocolPay(sb.demo.memberId, { ALIPAY: { signed: false } });
			const res = await call(TRADE, ISOPEN);
			const alipay = res.json.result.result.paymentAgreements[1];
			expect(alipay).toEqual({
				bindingStatus: 'true',
				payChannel: 'ALIPAY',
				signedStatus: 'false',
				signUrl: `${sb.url}/protocol-pay/sign?memberId=${encodeURIComponent(sb.demo.memberId)}&payChannel=ALIPAY`,
			});
			const page = await get(alipay.signUrl);
			expect(page.status).toBe(200);
			expect(page.text).toContain('<form method="post"');
			expect(sb.protocolPayOf(sb.demo.memberId).ALIPAY.signed).toBe(false);
			const query = Object.fromEntries(new URL(alipay.signUrl).searchParams);
			const signed = await sendForm(`${sb.url}/protocol-pay/sign`, query);
			expect(signed.status).toBe(200);
			expect(signed.text).toContain('签约成功');
			const after = await call(TRADE, ISOPEN);
			expect(after.json.result.result.paymentAgreements[1]).toMatchObject({
				signedStatus: 'true',
				bindingStatus: 'true',
			});
			expect(
				(await get(`${sb.url}/protocol-pay/sign?memberId=nobody&payChannel=ALIPAY`)).status,
			).toBe(404);
		});

		it("isopen: another buyer looks like the page's example (Alipay bound, not signed)", async () => {
			const res = await callAs(otherToken, TRADE, ISOPEN);
			const [shegou, alipay] = res.json.result.result.paymentAgreements;
			expect(shegou).toEqual({
				bindingStatus: 'false',
				payChannel: 'SHEGOU',
				signedStatus: 'false',
			});
			expect(alipay).toMatchObject({ bindingStatus: 'true', signedStatus: 'false' });
			expect(alipay.signUrl).toContain('/protocol-pay/sign?');
		});

		it('preparePay pays like the cashier, takes the balance and pushes ORDER_PAY', async () => {
			const receiver = await startPushReceiver();
			const unsubscribe = sb.subscribePush(receiver.url, {
				topics: ['ORDER_BUYER_VIEW_ORDER_PAY'],
			});
			try {
				const o = newUnpaidOrder();
				const balance = sb.balanceOf(sb.demo.memberId);
				// the order id as a bare JSON number above 2^53 is read exactly
				const res = await prepare(`{"orderId":${o.id},"payAmount":${totalFen(o)}}`);
				expect(res.status).toBe(200);
				expect(res.json).toEqual({
					result: { success: true, result: { payChannel: 'Alipay', paySuccess: true } },
				});
				expect(o.status).toBe('waitsellersend');
				expect(Math.abs((o.payTime ?? 0) - sb.clock.now())).toBeLessThan(5000);
				expect(o.alipayTradeId).toMatch(/^\d{28}$/);
				expect(sb.balanceOf(sb.demo.memberId)).toBe(balance - totalFen(o));
				expect((await buyerView(o.id)).baseInfo.status).toBe('waitsellersend');
				await waitFor(() => receiver.received.length > 0);
				const form = new URLSearchParams(receiver.received[0].rawBody);
				const message = JSON.parse(form.get('message') as string);
				expect(message.type).toBe('ORDER_BUYER_VIEW_ORDER_PAY');
				expect(message.data).toMatchObject({ currentStatus: 'waitsellersend' });
				expect(form.get('message')).toContain(`"orderId":${o.id}`);
			} finally {
				unsubscribe();
				await receiver.close();
			}
		});

		it('a repeat with the same opRequestId answers success without paying twice', async () => {
			const o = newUnpaidOrder();
			const first = await prepare({ orderId: o.id, opRequestId: 'req-1' });
			expect(first.json.result.result.paySuccess).toBe(true);
			const balance = sb.balanceOf(sb.demo.memberId);
			const events = sb.buyingEvents.length;
			const again = await prepare({ orderId: o.id, opRequestId: 'req-1' });
			expect(again.json).toEqual(first.json);
			expect(sb.balanceOf(sb.demo.memberId)).toBe(balance);
			expect(sb.buyingEvents.length).toBe(events);
			const other = await prepare({ orderId: o.id, opRequestId: 'req-2' });
			expect(other.json.result).toMatchObject({
				success: false,
				code: BUYING_ERRORS.PROTOCOL_PAY_ORDER_STATUS_ERROR,
			});
			expect(sb.protocolPayments.get(o.id)).toMatchObject({
				opRequestId: 'req-1',
				payChannel: 'ALIPAY',
			});
		});

		it('prefers 诚E赊 when it is open, and pays by the asked channel', async () => {
			sb.setProtocolPay(sb.demo.memberId, { SHEGOU: { signed: true, bound: true } });
			const a = newUnpaidOrder();
			expect((await prepare({ orderId: a.id })).json.result.result.payChannel).toBe('Shegou');
			const b = newUnpaidOrder();
			expect((await prepare({ orderId: b.id, payChannel: 'alipay' })).json.result.result).toEqual({
				payChannel: 'Alipay',
				paySuccess: true,
			});
		});

		it('refuses when no agreement is signed and bound', async () => {
			const o = newUnpaidOrder();
			const shegou = await prepare({ orderId: o.id, payChannel: 'shegou' });
			expect(shegou.json).toEqual({
				result: {
					success: false,
					code: BUYING_ERRORS.PROTOCOL_PAY_NOT_OPEN,
					message: BUYING_ERROR_TEXTS.protocolPayNotOpen('SHEGOU'),
				},
			});
			sb.setProtocolPay(sb.demo.memberId, { ALIPAY: { bound: false } });
			const none = await prepare({ orderId: o.id });
			expect(none.json.result.code).toBe(BUYING_ERRORS.PROTOCOL_PAY_NOT_OPEN);
			expect(none.json.result.message).toBe(BUYING_ERROR_TEXTS.protocolPayNotOpen(undefined));
			expect(o.status).toBe('waitbuyerpay');
		});

		it('refuses over the per-payment limit and beyond the balance', async () => {
			const o = newUnpaidOrder();
			const due = totalFen(o);
			sb.setPayLimit(sb.demo.memberId, due - 1);
			const limit = await prepare({ orderId: o.id });
			expect(limit.json.result).toEqual({
				success: false,
				code: BUYING_ERRORS.PROTOCOL_PAY_OVER_LIMIT,
				message: BUYING_ERROR_TEXTS.protocolPayOverLimit(due, due - 1),
			});
			sb.setPayLimit(sb.demo.memberId, due);
			sb.setBalance(sb.demo.memberId, due - 1);
			const balance = await prepare({ orderId: o.id });
			expect(balance.json.result).toEqual({
				success: false,
				code: BUYING_ERRORS.PROTOCOL_PAY_BALANCE_NOT_ENOUGH,
				message: BUYING_ERROR_TEXTS.protocolPayBalanceNotEnough(due, due - 1),
			});
			expect(o.status).toBe('waitbuyerpay');
			sb.setBalance(sb.demo.memberId, due);
			expect((await prepare({ orderId: o.id })).json.result.success).toBe(true);
			expect(sb.balanceOf(sb.demo.memberId)).toBe(0);
		});

		it('refuses unknown, foreign and unpayable orders, and bad parameters', async () => {
			const cases: Array<[Record<string, unknown> | string, string]> = [
				['not json', BUYING_ERRORS.PROTOCOL_PAY_PARAM_INVALID],
				[{ payChannel: 'alipay' }, BUYING_ERRORS.PROTOCOL_PAY_PARAM_INVALID],
				[{ orderId: '1', payAmount: 'ten' }, BUYING_ERRORS.PROTOCOL_PAY_PARAM_INVALID],
				[{ orderId: '1', payChannel: 'kjpayV2' }, BUYING_ERRORS.PROTOCOL_PAY_CHANNEL_NOT_SUPPORTED],
				[{ orderId: '1234567890123456789' }, BUYING_ERRORS.PROTOCOL_PAY_ORDER_NOT_FOUND],
				[{ orderId: sb.data.examples.otherBuyerOrderId }, BUYING_ERRORS.PROTOCOL_PAY_NO_PERMISSION],
				[
					{ orderId: sb.data.examples.unshippedOrderId },
					BUYING_ERRORS.PROTOCOL_PAY_ORDER_STATUS_ERROR,
				],
				[
					{ orderId: newUnpaidOrder().id, payAmount: 1 },
					BUYING_ERRORS.PROTOCOL_PAY_AMOUNT_MISMATCH,
				],
			];
			for (const [param, code] of cases) {
				const res = await prepare(param);
				expect(res.status).toBe(200);
				expect(res.json.result).toEqual({ success: false, code, message: expect.any(String) });
			}
			const missing = await call(TRADE, PREPARE);
			expect(missing.json.error_code).toBe('gw.ParamMissing');
		});

		it('the cashier and fastCreateOrder raise the same events', async () => {
			const o = newUnpaidOrder();
			await sendForm(`${sb.url}/pay`, { orderIds: o.id });
			expect(o.status).toBe('waitsellersend');
			expect(sb.buyingEvents).toContainEqual(
				expect.objectContaining({ type: 'ORDER_BUYER_VIEW_ORDER_PAY', orderId: o.id }),
			);
			const p = product(sb.data.examples.productId);
			const created = await call(TRADE, 'alibaba.trade.fastCreateOrder', {
				flow: 'general',
				addressParam: JSON.stringify({ addressId: sb.data.examples.addressId }),
				cargoParamList: JSON.stringify([
					{ offerId: p.productID, specId: p.skus[0].specId, quantity: 1 },
				]),
			});
			expect(sb.buyingEvents).toContainEqual(
				expect.objectContaining({
					type: 'ORDER_BUYER_VIEW_BUYER_MAKE',
					orderId: created.json.result.orderId,
				}),
			);
		});
	});

	describe('trade.receivegoods.confirm', () => {
		const confirm = (orderId: string, entries: string[] | string, as = token) =>
			callAs(as, TRADE, CONFIRM, {
				orderId,
				orderEntryIds: typeof entries === 'string' ? entries : `[${entries.join(',')}]`,
			});
		const shipped = (min = 1) =>
			demoOrders().filter(
				(o) =>
					['waitbuyerreceive', 'waitbuyersign', 'signinsuccess'].includes(o.status) &&
					o.items.length >= min,
			);

		it('confirms a shipped order: confirm_goods, receipt time, COMFIRM_RECEIVEGOODS', async () => {
			const o = shipped()[0];
			const res = await confirm(
				o.id,
				o.items.map((i) => i.subItemID),
			);
			expect(res.json).toEqual({ result: { success: true, errorInfo: '', errorCode: '' } });
			expect(o.status).toBe('confirm_goods');
			expect(o.receivingTime).toBeDefined();
			expect((await buyerView(o.id)).baseInfo.status).toBe('confirm_goods');
			expect(sb.buyingEvents).toContainEqual(
				expect.objectContaining({
					type: 'ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS',
					orderId: o.id,
				}),
			);
			const again = await confirm(o.id, [o.items[0].subItemID]);
			expect(again.json.result).toEqual({
				success: false,
				errorInfo: BUYING_ERROR_TEXTS.receiveStatusError(o.id, 'confirm_goods'),
				errorCode: BUYING_ERRORS.RECEIVE_STATUS_ERROR,
			});
		});

		it('moves the order once every sub-order is confirmed', async () => {
			const o = shipped(2)[0];
			const status = o.status;
			const [first, ...rest] = o.items.map((i) => i.subItemID);
			expect((await confirm(o.id, [first])).json.result.success).toBe(true);
			expect(o.status).toBe(status);
			expect((await confirm(o.id, rest)).json.result.success).toBe(true);
			expect(o.status).toBe('confirm_goods');
		});

		it('answers unknown, foreign, unshipped orders and bad entries with errors', async () => {
			const o = shipped()[0];
			const notFound = await confirm('1234567890123456789', ['1']);
			expect(notFound.json).toEqual({
				result: { success: false, errorInfo: '订单信息不存在,请核对后重试', errorCode: '4003' },
			});
			const otherId = sb.data.examples.otherBuyerOrderId as string;
			const foreign = await confirm(otherId, [order(otherId).items[0].subItemID]);
			expect(foreign.json.result.errorCode).toBe(BUYING_ERRORS.RECEIVE_NO_PERMISSION);
			const entry = await confirm(o.id, ['999999999999999999']);
			expect(entry.json.result.errorCode).toBe(BUYING_ERRORS.RECEIVE_ENTRY_NOT_OF_ORDER);
			const unpaid = newUnpaidOrder();
			const early = await confirm(unpaid.id, [unpaid.items[0].subItemID]);
			expect(early.json.result.errorCode).toBe(BUYING_ERRORS.RECEIVE_STATUS_ERROR);
			for (const [orderId, entries] of [
				['abc', '[1]'],
				[o.id, '[]'],
				[o.id, 'x,y'],
			]) {
				const bad = await confirm(orderId, entries);
				expect(bad.json.result.errorCode).toBe(BUYING_ERRORS.RECEIVE_PARAM_INVALID);
			}
			expect(o.status).not.toBe('confirm_goods');
		});
	});

	describe('image search: product.image.upload and product.search.imageQuery', () => {
		const upload = (imageBase64: unknown) =>
			call(CROSSBORDER, 'product.image.upload', {
				uploadImageParam: JSON.stringify({ imageBase64 }),
			});
		const query = (q: Record<string, unknown>) =>
			call(CROSSBORDER, 'product.search.imageQuery', {
				offerQueryParam: JSON.stringify({ beginPage: 1, pageSize: 20, country: 'en', ...q }),
			});
		const ids = (res: { json: { result: { result: { data: Array<{ offerId: number }> } } } }) =>
			res.json.result.result.data.map((d) => d.offerId);
		const listing = () => sb.data.products.find((p) => p.searchListing) as Product;

		it('serves every offer its own small PNG', async () => {
			const p = listing();
			const res = await fetch(`${sb.url}/img/offer/${p.productID}.png`);
			expect(res.status).toBe(200);
			expect(res.headers.get('content-type')).toBe('image/png');
			const bytes = Buffer.from(await res.arrayBuffer());
			expect(bytes.equals(sb.offerImage(p.productID).bytes)).toBe(true);
			expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
			const other = sb.offerImage(sb.data.products[1].productID).bytes;
			expect(bytes.equals(other)).toBe(false);
			expect((await fetch(`${sb.url}/img/offer/1.png`)).status).toBe(404);
		});

		it("an upload of an offer's picture finds that offer first, then its category", async () => {
			const p = listing();
			const up = await upload(sb.offerImage(p.productID).bytes.toString('base64'));
			expect(up.status).toBe(200);
			expect(up.json).toEqual({
				result: {
					success: 'true',
					code: '200',
					message: null,
					result: expect.stringMatching(/^\d{16}$/),
				},
			});
			const imageId = up.json.result.result;
			const res = await query({ imageId });
			expect(res.json.result.success).toBe('true');
			const page = res.json.result.result;
			expect(page).toMatchObject({
				totalRecords: sb.data.products.length,
				pageSize: 20,
				currentPage: 1,
				picRegionInfo: { currentRegion: '2,2,13,13', yoloCropRegion: '2,2,13,13;0,0,8,8' },
			});
			expect(page.data[0]).toMatchObject({
				offerId: p.productID,
				subject: p.name,
				subjectTrans: p.subjectTrans,
				imageUrl: p.image,
			});
			const sameCategory = sb.data.products.filter((x) => x.categoryId === p.categoryId).length;
			const top = ids(res).slice(0, Math.min(20, sameCategory));
			expect(top.every((id) => product(id).categoryId === p.categoryId)).toBe(true);
			expect(sb.uploadedImages.get(imageId)).toMatchObject({ width: 16, height: 16 });
		});

		it("imageAddress: the offer's alicdn URL or its sandbox URL finds it first", async () => {
			const p = listing();
			expect(ids(await query({ imageAddress: p.image }))[0]).toBe(p.productID);
			const own = await query({ imageAddress: sb.offerImage(p.productID).url, pageSize: 1 });
			expect(ids(own)).toEqual([p.productID]);
		});

		it('any other picture gets a stable pseudo-random ranking of its own', async () => {
			const a = (await upload(Buffer.from('a picture of a cat').toString('base64'))).json.result
				.result;
			const b = (await upload(Buffer.from('a picture of a dog').toString('base64'))).json.result
				.result;
			const first = ids(await query({ imageId: a }));
			expect(ids(await query({ imageId: a }))).toEqual(first);
			expect(ids(await query({ imageId: b }))).not.toEqual(first);
			const again = (await upload(Buffer.from('a picture of a cat').toString('base64'))).json.result
				.result;
			expect(again).not.toBe(a);
			expect(ids(await query({ imageId: again }))).toEqual(first);
		});

		it("shares keywordQuery's filters, sort and paging", async () => {
			const p = listing();
			const imageId = (await upload(sb.offerImage(p.productID).bytes.toString('base64'))).json
				.result.result;
			const keyword = await query({
				imageId,
				keyword: sb.data.examples.searchKeyword,
				pageSize: 50,
			});
			expect(keyword.json.result.result.totalRecords).toBe(sb.data.examples.searchKeywordMatches);
			const sorted = await query({ imageId, sort: '{"price":"asc"}', pageSize: 50 });
			const prices = sorted.json.result.result.data.map((d: { priceInfo: { price: string } }) =>
				Number(d.priceInfo.price),
			);
			expect(prices).toEqual([...prices].sort((x, y) => x - y));
			const cheap = await query({ imageId, priceEnd: '20' });
			expect(
				cheap.json.result.result.data.every(
					(d: { priceInfo: { price: string } }) => Number(d.priceInfo.price) <= 20,
				),
			).toBe(true);
			const second = await query({ imageId, beginPage: 2, pageSize: 5 });
			expect(ids(second)).toEqual(ids(await query({ imageId, pageSize: 10 })).slice(5));
			const region = await query({ imageId, region: '1,2,3,4', pageSize: 1 });
			expect(region.json.result.result.picRegionInfo.currentRegion).toBe('1,2,3,4');
		});

		it('answers refused uploads with imageId "0" and bad ones with success "false"', async () => {
			const prefixed = await upload(
				`data:image/png;base64,${sb.offerImage(listing().productID).bytes.toString('base64')}`,
			);
			expect(prefixed.json.result).toMatchObject({ success: 'true', result: '0' });
			const big = Buffer.alloc(SANDBOX_1688_CONSTANTS.IMAGE_UPLOAD_MAX_BYTES + 1, 7);
			const tooBig = await upload(big.toString('base64'));
			expect(tooBig.json.result).toMatchObject({ success: 'true', result: '0' });
			for (const bad of ['', '%%% not base64 %%%', 42]) {
				const res = await upload(bad);
				expect(res.json.result).toEqual({
					success: 'false',
					code: CROSSBORDER_CODES.BAD_REQUEST,
					message: expect.any(String),
				});
			}
			const notJson = await call(CROSSBORDER, 'product.image.upload', { uploadImageParam: 'x' });
			expect(notJson.json.result.success).toBe('false');
		});

		it('answers bad queries with success "false"', async () => {
			expect((await query({})).json.result).toMatchObject({
				success: 'false',
				code: CROSSBORDER_CODES.BAD_REQUEST,
			});
			expect((await query({ imageId: '0' })).json.result).toMatchObject({
				success: 'false',
				code: CROSSBORDER_CODES.NOT_FOUND,
			});
			expect((await query({ imageAddress: 'x', pageSize: 51 })).json.result.code).toBe(
				CROSSBORDER_CODES.BAD_REQUEST,
			);
			expect((await query({ imageAddress: 'x', region: 'top' })).json.result.code).toBe(
				CROSSBORDER_CODES.BAD_REQUEST,
			);
		});
	});

	describe('铺货: alibaba.cross.syncProductListPushed and alibaba.cross.productInfo', () => {
		const sync = (productIdList: string, as = token) =>
			callAs(as, PRODUCT_PUSH, 'alibaba.cross.syncProductListPushed', { productIdList });
		const info = (productId: string, as = token) =>
			callAs(as, PRODUCT, 'alibaba.cross.productInfo', { productId });

		it('reads a product only after it joined the buyer’s 铺货 list', async () => {
			const p = sb.data.products[3];
			expect((await info(String(p.productID))).json).toEqual({
				success: false,
				message: '没有该商品的查询权限',
			});
			const res = await sync(`[${p.productID}]`);
			expect(res.json).toEqual({ result: { success: true } });
			expect(sb.listedProducts(sb.demo.memberId)).toContain(p.productID);
			const read = await info(String(p.productID));
			expect(read.json.success).toBe(true);
			expect(read.json.bizGroupInfos).toEqual([]);
			expect(read.json.productInfo).toMatchObject({
				productID: p.productID,
				subject: p.name,
				categoryID: p.categoryId,
				supplierLoginId: p.seller.loginId,
				crossBorderOffer: true,
				createTime: expect.stringMatching(/^\d{17}\+0800$/),
			});
			expect(read.json.productInfo.skuInfos.map((s: { specId: string }) => s.specId)).toEqual(
				p.skus.map((s) => s.specId),
			);
			expect(read.json.productInfo.image.images[0]).not.toMatch(/^https:/);
			// the relation is the buyer's own
			expect((await info(String(p.productID), otherToken)).json.message).toBe(
				'没有该商品的查询权限',
			);
		});

		it('answers unknown products and bad lists', async () => {
			expect((await info('1')).json).toEqual({ success: false, message: '商品[1]不存在' });
			expect((await sync('[]')).json).toEqual({
				result: { success: false, errorCode: 'OFFERIDS_IS_NULL', errorMsg: '商品ID列表参数为空' },
			});
			const many = sb.data.products.slice(0, 21).map((p) => p.productID);
			expect((await sync(JSON.stringify(many))).json.result).toEqual({
				success: false,
				errorCode: BUYING_ERRORS.OFFERIDS_TOO_MANY,
				errorMsg: BUYING_ERROR_TEXTS.offerIdsTooMany(20),
			});
			expect((await sync(JSON.stringify(many.slice(0, 20)))).json.result.success).toBe(true);
			expect((await sync('[1]')).json.result).toEqual({
				success: false,
				errorCode: BUYING_ERRORS.OFFER_NOT_EXIST,
				errorMsg: '商品[1]不存在',
			});
			expect((await sync('["abc"]')).json.result.errorCode).toBe(BUSINESS_ERRORS.PARAM_ERROR);
		});
	});
});

/** Waits (real time, at most 5 s) until `done` holds. */
async function waitFor(done: () => boolean) {
	for (let i = 0; i < 500 && !done(); i++) await delay(10);
	if (!done()) throw new Error('timed out waiting');
}
