// The demo supplier's side of the 1688 sandbox (issue 15): the seeded supplier account and its
// consent, its sales orders (getSellerOrderList, get.sellerView), sending goods with its own
// carrier (OpDeliverySendOrder.offline, whole and partial), memos (alibaba.order.memoAdd), its own
// products (alibaba.product.get, alibaba.product.list.get, alibaba.product.modifyStock) and the
// seller-view pushes, each reply set against the real samples under test/fixtures/real/1688.
import {
	start1688Sandbox,
	MAX_WAYBILL_USES,
	SELLER_ORDER_TOPICS,
	SELLING_ERRORS,
} from '../../sandbox/alibaba1688';
import { BUSINESS_ERRORS } from '../../sandbox/alibaba1688/apis/business-errors';
import { format1688, parse1688 } from '../../sandbox/alibaba1688/dates';
import type { Json } from '../support/json';
import { startPushReceiver } from '../support/push-receiver';
import { realReply } from '../support/real-replies';
import { callApi, get, sendForm } from '../support/sandbox-client';

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;
type Params = Record<string, string>;
type Order = Sandbox['data']['orders'][number];
type Product = Sandbox['data']['products'][number];

const TRADE = 'com.alibaba.trade';
const LOGISTICS = 'com.alibaba.logistics';
const PRODUCT = 'com.alibaba.product';
const LIST = 'alibaba.trade.getSellerOrderList';
const VIEW = 'alibaba.trade.get.sellerView';
const BUYER_VIEW = 'alibaba.trade.get.buyerView';
const SEND = 'alibaba.logistics.OpDeliverySendOrder.offline';
const MEMO = 'alibaba.order.memoAdd';
const PRODUCT_GET = 'alibaba.product.get';
const PRODUCT_LIST = 'alibaba.product.list.get';
const STOCK = 'alibaba.product.modifyStock';
const MINUTE = 60000;
const DAY = 86400000;
const START = Date.UTC(2026, 0, 15, 4, 0, 0);
const SYSTEM_BUSY = { success: false, errorMessage: '系统繁忙，请稍后再试' };

/** A real reply's body parsed (only its keys are looked at here). */
const real = (name: string) => JSON.parse(realReply('1688', name).text);
const keys = (value: object) => Object.keys(value).sort();
const ZTO = { cpCode: 'ZTO', logisticsCpName: '中通快递(ZTO)' };
let waybillCounter = 0;
/** A fresh waybill number ZTO's check accepts (14 digits). */
const waybill = () => `7310${String(++waybillCounter).padStart(10, '0')}`;

describe('1688 sandbox: the demo supplier', () => {
	let sb: Sandbox;
	let supplierToken: string;
	let buyerToken: string;

	const callAs = (token: string, namespace: string, name: string, params: Params = {}) =>
		callApi(sb.url, {
			namespace,
			name,
			appKey: sb.demo.appKey,
			appSecret: sb.demo.appSecret,
			params: { access_token: token, ...params },
		});
	const call = (namespace: string, name: string, params: Params = {}) =>
		callAs(supplierToken, namespace, name, params);
	const list = (params: Params = {}) => call(TRADE, LIST, params);
	const view = async (orderId: string, params: Params = {}) =>
		(await call(TRADE, VIEW, { webSite: '1688', orderId, ...params })).json.result;
	const order = (id: string | undefined) => sb.data.ordersById.get(id ?? '') as Order;
	const product = (id: number | undefined) => sb.data.productsById.get(id ?? 0) as Product;
	const sales = () => sb.salesOrders();
	const entriesOf = (o: Order, items = o.items) =>
		items.map((i) => ({ sourceEntryId: i.subItemID, amount: i.quantity, weight: 1.5 }));
	/** One package of ZTO with a fresh waybill for `orders` (every line of each unless `lines` says). */
	const send = (
		orders: Array<{ order: Order; items?: Order['items'] }>,
		params: Params = {},
		token = supplierToken,
	) =>
		callAs(token, LOGISTICS, SEND, {
			sendGoods: JSON.stringify(
				orders.map(({ order: o, items }) => ({
					sourceId: o.id,
					sendGoodEntries: entriesOf(o, items),
				})),
			),
			extBody: JSON.stringify({ ...ZTO, mailNo: waybill() }),
			...params,
		});
	const toShip = (i: number) => order(sb.data.examples.salesOrdersToShip[i]);
	const paidSalesOrder = () =>
		order(sb.createSalesOrder({ status: 'waitsellersend' }).baseInfo.idOfStr);

	beforeAll(async () => {
		sb = await start1688Sandbox({ port: 0, seed: 1688, orderCount: 80, startTime: START });
		supplierToken = sb.issueTokens({
			appKey: sb.demo.appKey,
			memberId: sb.supplier.memberId,
		}).access_token;
		buyerToken = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
	});

	afterAll(async () => {
		await sb.close();
	});

	describe('the account', () => {
		it('is a seller of the seeded world, exposed as sb.supplier, next to the unchanged buyers', () => {
			const seller = sb.data.sellers[0];
			expect(sb.supplier).toEqual({
				memberId: seller.memberId,
				userId: seller.userId,
				aliId: expect.stringMatching(/^\d+$/),
				loginId: seller.loginId,
				companyName: seller.companyName,
				refreshToken: expect.stringMatching(/^[0-9a-f-]{36}$/),
			});
			expect(sb.data.accounts.map((a) => a.memberId)).toEqual([
				...sb.data.buyers.map((b) => b.memberId),
				sb.supplier.memberId,
			]);
			// the buyers' seeded orders are as many as before
			expect(sb.data.orders.filter((o) => o.buyer.memberId === sb.demo.memberId)).toHaveLength(80);
			expect(sb.data.buyers).toHaveLength(2);
		});

		it('authorizes through the consent page', async () => {
			const query = { client_id: sb.demo.appKey, site: '1688', redirect_uri: sb.demo.redirectUri };
			const consent = await get(`${sb.url}/oauth/authorize?${new URLSearchParams(query)}`);
			expect(consent.status).toBe(200);
			expect(consent.text).toContain(`value="${sb.supplier.memberId}"`);
			expect(consent.text).toContain(sb.supplier.loginId);
			const approved = await sendForm(
				`${sb.url}/oauth/authorize`,
				{ ...query, state: 's1', memberId: sb.supplier.memberId },
				{ redirect: 'manual' },
			);
			expect(approved.status).toBe(302);
			const code = new URL(approved.location ?? '').searchParams.get('code') ?? '';
			const tokens = await sendForm(
				`${sb.url}/openapi/http/1/system.oauth2/getToken/${sb.demo.appKey}`,
				{
					grant_type: 'authorization_code',
					need_refresh_token: 'true',
					client_id: sb.demo.appKey,
					client_secret: sb.demo.appSecret,
					redirect_uri: sb.demo.redirectUri,
					code,
				},
				{ placement: 'query' },
			);
			expect(tokens.json).toMatchObject({
				memberId: sb.supplier.memberId,
				resource_owner: sb.supplier.loginId,
				aliId: sb.supplier.aliId,
			});
			const listed = await callAs(tokens.json.access_token, TRADE, LIST, { pageSize: '1' });
			expect(listed.json.totalRecord).toBe(sales().length);
		});

		it('has a seeded refresh token, the same on every start with the same seed', async () => {
			const again = await start1688Sandbox({
				port: 0,
				seed: 1688,
				orderCount: 80,
				startTime: START,
			});
			const other = await start1688Sandbox({ port: 0, seed: 7, orderCount: 80, startTime: START });
			try {
				expect(again.supplier).toEqual(sb.supplier);
				expect(other.supplier.refreshToken).not.toBe(sb.supplier.refreshToken);
				expect(sb.supplier.refreshToken).not.toBe(sb.demo.refreshToken);
			} finally {
				await again.close();
				await other.close();
			}
			expect(sb.refreshTokenIsLive(sb.supplier.refreshToken)).toBe(true);
			const refreshed = await sendForm(
				`${sb.url}/openapi/param2/1/system.oauth2/getToken/${sb.demo.appKey}`,
				{
					grant_type: 'refresh_token',
					client_id: sb.demo.appKey,
					client_secret: sb.demo.appSecret,
					refresh_token: sb.supplier.refreshToken,
				},
			);
			expect(refreshed.json.memberId).toBe(sb.supplier.memberId);
		});
	});

	describe('the seeded world', () => {
		it('has at least 45 sales orders in every status, from several buyers, over recent weeks', () => {
			const mine = sales();
			expect(mine.length).toBeGreaterThanOrEqual(45);
			for (const o of mine) expect(o.seller.memberId).toBe(sb.supplier.memberId);
			const statuses = new Set(mine.map((o) => o.status));
			for (const s of ['waitbuyerpay', 'waitsellersend', 'waitbuyerreceive', 'success', 'cancel'])
				expect(statuses).toContain(s);
			expect(new Set(mine.map((o) => o.buyer.memberId)).size).toBeGreaterThanOrEqual(4);
			expect(mine.some((o) => o.buyer.memberId === sb.demo.memberId)).toBe(true);
			const customers = mine.filter((o) => sb.data.customers.includes(o.buyer));
			const ages = customers.map((o) => (START - o.createTime) / DAY);
			expect(Math.max(...ages)).toBeGreaterThan(14);
			expect(Math.max(...ages)).toBeLessThanOrEqual(35);
			expect(Math.min(...ages)).toBeLessThan(2);
			// newest first, as the world keeps every order
			const times = mine.map((o) => o.createTime);
			expect([...times].sort((a, b) => b - a)).toEqual(times);
		});

		it('names an example of each case', () => {
			const ex = sb.data.examples;
			const toShip = order(ex.salesOrderToShip);
			expect(toShip.status).toBe('waitsellersend');
			expect(toShip.items.length).toBeGreaterThanOrEqual(2);
			expect(ex.salesOrdersToShip.length).toBeGreaterThanOrEqual(8);
			for (const id of ex.salesOrdersToShip) {
				expect(order(id).status).toBe('waitsellersend');
				expect(order(id).packages).toEqual([]);
			}
			expect(order(ex.salesOrderUnpaid).status).toBe('waitbuyerpay');
			expect(order(ex.salesOrderShipped).status).toBe('waitbuyerreceive');
			expect(order(ex.salesOrderCompleted).status).toBe('success');
			expect(order(ex.salesOrderCancelled).status).toBe('cancel');
			expect(order(ex.salesOrderTerminated).status).toBe('terminated');
			expect(order(ex.salesOrderRefunding).items[1].refundStatus).toBe('WAIT_SELLER_AGREE');
			expect(order(ex.salesOrderRefunded).items[1]).toMatchObject({
				refundStatus: 'REFUND_SUCCESS',
				status: 'terminated',
			});
			const partly = order(ex.salesOrderPartlyShipped);
			expect(partly.status).toBe('waitsellersend');
			expect(partly.packages[0].subItemIds).toEqual([partly.items[0].subItemID]);
			if (ex.salesOrderOfDemoBuyer)
				expect(order(ex.salesOrderOfDemoBuyer).buyer.memberId).toBe(sb.demo.memberId);
		});

		it('has own products with SKUs and stock, one without SKUs, in several statuses', () => {
			const ex = sb.data.examples;
			const withSkus = product(ex.supplierProductId);
			expect(withSkus.seller.memberId).toBe(sb.supplier.memberId);
			expect(withSkus.skus.length).toBeGreaterThanOrEqual(4);
			for (const s of withSkus.skus) {
				expect(s.skuID).toEqual(expect.any(Number));
				expect(s.specId).toMatch(/^[0-9a-f]{32}$/);
				expect(s.amountOnSale).toBeGreaterThan(0);
			}
			expect(product(ex.supplierProductWithoutSkus).skuless).toBe(true);
			expect(product(ex.supplierProductExpired).status).toBe('expired');
			expect(product(ex.supplierProductTBD).status).toBe('TBD');
			expect(product(ex.otherSellerProductId).seller.memberId).not.toBe(sb.supplier.memberId);
		});
	});

	describe('alibaba.trade.getSellerOrderList', () => {
		it('pages through every sales order, 20 a page, newest first, without a success key', async () => {
			const total = sales().length;
			const seen: string[] = [];
			for (let page = 1; page <= Math.ceil(total / 20); page++) {
				const res = await list({ page: String(page), pageSize: '20' });
				expect(res.status).toBe(200);
				expect(keys(res.json)).toEqual(['result', 'totalRecord']);
				expect(res.json.totalRecord).toBe(total);
				expect(res.json.result.length).toBe(Math.min(20, total - (page - 1) * 20));
				seen.push(...res.json.result.map((t: Json) => t.baseInfo.idOfStr));
			}
			expect(seen).toEqual(sales().map((o) => o.id));
			expect((await list()).json.result).toHaveLength(20);
		});

		it('refuses a page size above 20 and a page below 1', async () => {
			expect((await list({ pageSize: '21' })).json).toEqual({
				success: false,
				errorCode: BUSINESS_ERRORS.PAGE_SIZE_TOO_LARGE,
				errorMessage: 'pageSize must not be greater than 20',
			});
			expect((await list({ page: '0' })).json.errorCode).toBe(BUSINESS_ERRORS.PARAM_ERROR);
			expect((await list({ modifyStartTime: '2026-01-01' })).json.errorCode).toBe(
				BUSINESS_ERRORS.DATE_FORMAT_ERROR,
			);
		});

		it('lists only the caller as seller: a buyer who sells nothing gets none', async () => {
			const res = await callAs(buyerToken, TRADE, LIST);
			expect(res.json).toEqual({ result: [], totalRecord: 0 });
		});

		it('has the keys of the real samples', async () => {
			const erp = real('alibaba.trade.getSellerOrderList.observed-erp');
			const doc = real('alibaba.trade.getSellerOrderList.doc-example');
			expect(keys(doc)).toEqual(['result', 'totalRecord']);
			const sample = erp.result[0];
			const sampleItemKeys = new Set(
				[...erp.result[0].productItems, ...doc.result[0].productItems].flatMap(keys),
			);
			const res = await list({ orderStatus: 'waitsellersend', pageSize: '20' });
			for (const t of res.json.result) {
				expect(keys(t)).toEqual(keys(doc.result[0]));
				// every key of the paid sample's baseInfo but the Alipay account ids
				for (const key of keys(sample.baseInfo))
					if (!['buyerAlipayId', 'sellerAlipayId'].includes(key))
						expect(t.baseInfo).toHaveProperty(key);
				for (const key of keys(t.nativeLogistics))
					expect(keys(doc.result[0].nativeLogistics)).toContain(key);
				expect(t.nativeLogistics).toHaveProperty('town');
				for (const item of t.productItems) {
					expect(item.subItemIDString).toMatch(/^\d{18}$/);
					for (const key of keys(item))
						if (!['refundStatus', 'refundId'].includes(key)) expect(sampleItemKeys).toContain(key);
				}
				expect(t).not.toHaveProperty('orderBizInfo');
				expect(t.nativeLogistics).not.toHaveProperty('logisticsItems');
			}
			expect(res.text).toContain(`"id":${res.json.result[0].baseInfo.idOfStr},`);
		});

		it('filters by status, refund status, buyer, product name, times, bizTypes and history', async () => {
			const mine = sales();
			for (const status of ['waitbuyerpay', 'waitsellersend', 'cancel', 'success']) {
				const res = await list({ orderStatus: status });
				expect(res.json.totalRecord).toBe(mine.filter((o) => o.status === status).length);
			}
			const refunding = await list({ refundStatus: 'waitselleragree' });
			expect(refunding.json.result.map((t: Json) => t.baseInfo.idOfStr)).toContain(
				sb.data.examples.salesOrderRefunding,
			);
			const customer = sb.data.customers[1];
			const byMember = await list({ buyerMemberId: customer.memberId });
			expect(byMember.json.totalRecord).toBe(mine.filter((o) => o.buyer === customer).length);
			expect(byMember.json.totalRecord).toBeGreaterThan(0);
			expect((await list({ buyerLoginId: customer.loginId })).json.totalRecord).toBe(
				byMember.json.totalRecord,
			);
			const name = mine[0].items[0].product.name;
			expect((await list({ productName: name })).json.totalRecord).toBe(
				mine.filter((o) => o.items.some((i) => i.product.name.includes(name))).length,
			);
			const from = START - 7 * DAY;
			const week = await list({
				createStartTime: format1688(from),
				createEndTime: format1688(START),
			});
			expect(week.json.totalRecord).toBe(
				mine.filter((o) => o.createTime >= from && o.createTime <= START).length,
			);
			expect((await list({ bizTypes: '["cn"]' })).json.totalRecord).toBe(mine.length);
			expect((await list({ bizTypes: '["ws"]' })).json.totalRecord).toBe(0);
			const history = await list({ isHis: 'true' });
			expect(history.json.totalRecord).toBe(
				sb.data.historyOrders.filter((o) => o.seller.memberId === sb.supplier.memberId).length,
			);
		});

		it('adds canSendGoods with needCheckSend, and the address and phone when asked', async () => {
			const ex = sb.data.examples;
			const find = (res: { json: Json }, id: string | undefined) =>
				res.json.result.find((t: Json) => t.baseInfo.idOfStr === id);
			const plain = await list({ orderStatus: 'waitsellersend' });
			expect(find(plain, ex.salesOrderRefunding).productItems[0]).not.toHaveProperty(
				'canSendGoods',
			);
			const checked = await list({ orderStatus: 'waitsellersend', needCheckSend: 'true' });
			const lines = (id: string | undefined) =>
				find(checked, id).productItems.map((i: Json) => i.canSendGoods);
			expect(lines(ex.salesOrdersToShip[3])).toEqual(
				order(ex.salesOrdersToShip[3]).items.map(() => true),
			);
			expect(lines(ex.salesOrderRefunding)).toEqual([true, false]);
			expect(lines(ex.salesOrderRefunded)).toEqual([true, false]);
			expect(lines(ex.salesOrderPartlyShipped)).toEqual([false, true, true]);
			expect(find(checked, ex.salesOrderRefunding).productItems[1].cantSendReason).toEqual(
				expect.any(String),
			);
			const partly = find(checked, ex.salesOrderPartlyShipped).productItems;
			expect(partly.map((i: Json) => [i.status, i.logisticsStatus])).toEqual([
				['waitbuyerreceive', 2],
				['waitsellersend', 1],
				['waitsellersend', 1],
			]);
			const refunded = find(checked, ex.salesOrderRefunded).productItems[1];
			expect(refunded).toMatchObject({ status: 'terminated', refundStatus: 'REFUND_SUCCESS' });
			const withAddress = await list({ pageSize: '3', needBuyerAddressAndPhone: 'true' });
			for (const t of withAddress.json.result) {
				const o = order(t.baseInfo.idOfStr);
				expect(t.nativeLogistics).toMatchObject({
					address: o.address.street,
					mobile: o.address.mobile,
				});
			}
		});
	});

	describe('alibaba.trade.get.sellerView', () => {
		it('returns the detail with logistics, canSendGoods by default, and success "true"', async () => {
			const res = await call(TRADE, VIEW, {
				webSite: '1688',
				orderId: sb.data.examples.salesOrderShipped ?? '',
			});
			expect(res.status).toBe(200);
			expect(res.text).toContain('"success":"true"');
			// buyerView's TradeInfo (its sample has no success key; the sandbox's String success is buyerView's too)
			const sample = real('alibaba.trade.get.buyerView.success');
			expect(keys(res.json)).toEqual([...keys(sample), 'success']);
			expect(keys(res.json.result)).toEqual(keys(sample.result));
			const t = res.json.result;
			const o = order(sb.data.examples.salesOrderShipped);
			expect(t.baseInfo).toMatchObject({ idOfStr: o.id, status: 'waitbuyerreceive' });
			expect(t.nativeLogistics.logisticsItems[0]).toMatchObject({
				logisticsBillNo: o.packages[0].billNo,
				logisticsCompanyNo: o.packages[0].companyCode,
			});
			expect(t.productItems[0]).toMatchObject({
				canSendGoods: false,
				subItemIDString: o.items[0].subItemID,
			});
			// includeFields without CanSendCheck
			const without = await view(o.id, { includeFields: 'GuaranteesTerms,NativeLogistics' });
			expect(without.productItems[0]).not.toHaveProperty('canSendGoods');
			// no webSite: the newer SDK has none
			expect((await call(TRADE, VIEW, { orderId: o.id })).json.success).toBe('true');
		});

		it("refuses an order the caller did not sell as buyerView refuses another buyer's", async () => {
			const foreign = sb.data.orders.find(
				(o) => o.seller.memberId !== sb.supplier.memberId && o.buyer.memberId === sb.demo.memberId,
			) as Order;
			const denied = await call(TRADE, VIEW, { webSite: '1688', orderId: foreign.id });
			const buyerDenied = await callAs(supplierToken, TRADE, BUYER_VIEW, {
				webSite: '1688',
				orderId: foreign.id,
			});
			expect(denied.json).toEqual(buyerDenied.json);
			expect(denied.json).toEqual({
				success: 'false',
				errorCode: BUSINESS_ERRORS.ORDER_NO_PERMISSION,
				errorMessage: '你没有权限获取该订单详情(买家端)',
			});
			// the buyer of a sales order is not its seller
			const ofDemo = sales().find((o) => o.buyer.memberId === sb.demo.memberId) as Order;
			const asBuyer = await callAs(buyerToken, TRADE, VIEW, {
				webSite: '1688',
				orderId: ofDemo.id,
			});
			expect(asBuyer.json.errorCode).toBe(BUSINESS_ERRORS.ORDER_NO_PERMISSION);
			const unknown = await call(TRADE, VIEW, { webSite: '1688', orderId: '1234567890123456789' });
			expect(unknown.json).toMatchObject({
				success: 'false',
				errorCode: BUSINESS_ERRORS.ORDER_NOT_FOUND,
			});
			expect((await call(TRADE, VIEW, { webSite: '1688' })).json.error_code).toBe(
				'gw.ParamMissing',
			);
		});
	});

	describe('alibaba.logistics.OpDeliverySendOrder.offline', () => {
		it('ships a whole order: the reply of the page sample, the order waitbuyerreceive with a parcel', async () => {
			const o = toShip(0);
			const before = sb.clock.now();
			const mailNo = waybill();
			const res = await call(LOGISTICS, SEND, {
				sendGoods: JSON.stringify([{ sourceId: o.id, sendGoodEntries: entriesOf(o) }]),
				extBody: JSON.stringify({ ...ZTO, mailNo }),
				remarks: '请轻放',
			});
			expect(res.status).toBe(200);
			const sample = real('alibaba.logistics.OpDeliverySendOrder.offline.success');
			expect(keys(res.json)).toEqual(keys(sample));
			expect(keys(res.json.result)).toEqual(keys(sample.result));
			expect(keys(res.json.result.sendGoods[0])).toEqual(keys(sample.result.sendGoods[0]));
			expect(keys(res.json.result.sendGoods[0].sendGoodEntries[0])).toEqual(
				keys(sample.result.sendGoods[0].sendGoodEntries[0]),
			);
			expect(res.json.success).toBe(true);
			expect(res.json.result.logisticsId).toMatch(/^BX\d+$/);
			// the ids echoed as bare numbers, exact, as in the sample
			expect(res.text).toContain(`"sourceId":${o.id},`);
			expect(res.text).toContain(`"sourceEntryId":${o.items[0].subItemID},`);

			const t = await view(o.id);
			expect(t.baseInfo.status).toBe('waitbuyerreceive');
			expect(parse1688(t.baseInfo.allDeliveredTime)).toBeGreaterThanOrEqual(before - 1000);
			expect(
				t.productItems.map((i: Json) => [i.status, i.logisticsStatus, i.canSendGoods]),
			).toEqual(o.items.map(() => ['waitbuyerreceive', 2, false]));
			expect(t.nativeLogistics.logisticsItems).toEqual([
				expect.objectContaining({
					logisticsCompanyNo: 'ZTO',
					logisticsCompanyName: '中通快递(ZTO)',
					logisticsBillNo: mailNo,
					subItemIds: o.items.map((i) => i.subItemID).join(','),
				}),
			]);
			expect(`BX${o.packages[0].id}`).toBe(res.json.result.logisticsId);
			// a polling window from before the call sees the change
			const changed = await list({ modifyStartTime: format1688(before - 1000) });
			expect(changed.json.result.map((x: Json) => x.baseInfo.idOfStr)).toContain(o.id);
		});

		it('ships some lines: the order stays waitsellersend until the rest is sent (INFERRED)', async () => {
			const o = toShip(1);
			expect(o.items.length).toBeGreaterThanOrEqual(2);
			const first = await send([{ order: o, items: [o.items[0]] }]);
			expect(first.json.success).toBe(true);
			let t = await view(o.id);
			expect(t.baseInfo.status).toBe('waitsellersend');
			expect(t.baseInfo).not.toHaveProperty('allDeliveredTime');
			expect(
				t.productItems.map((i: Json) => [i.status, i.logisticsStatus, i.canSendGoods]),
			).toEqual(
				o.items.map((_, n) =>
					n === 0 ? ['waitbuyerreceive', 2, false] : ['waitsellersend', 1, true],
				),
			);
			expect(t.nativeLogistics.logisticsItems).toHaveLength(1);
			// the same line again: already sent
			expect((await send([{ order: o, items: [o.items[0]] }])).json).toEqual(SYSTEM_BUSY);
			const rest = await send([{ order: o, items: o.items.slice(1) }]);
			expect(rest.json.success).toBe(true);
			t = await view(o.id);
			expect(t.baseInfo.status).toBe('waitbuyerreceive');
			expect(t.productItems.every((i: Json) => i.status === 'waitbuyerreceive')).toBe(true);
			expect(t.nativeLogistics.logisticsItems).toHaveLength(2);
			// the seeded order shipped in part: its other lines finish it
			const partly = order(sb.data.examples.salesOrderPartlyShipped);
			expect((await send([{ order: partly, items: [partly.items[0]] }])).json).toEqual(SYSTEM_BUSY);
			expect((await send([{ order: partly, items: partly.items.slice(1) }])).json.success).toBe(
				true,
			);
			expect(partly.status).toBe('waitbuyerreceive');
			expect(partly.packages).toHaveLength(2);
		});

		it('ships the unrefunded line of an order whose other line was refunded, which completes it', async () => {
			const o = order(sb.data.examples.salesOrderRefunded);
			expect((await send([{ order: o }])).json).toEqual({
				success: false,
				errorCode: '5002',
				errorMessage: '下游销售订单已退款成功/交易关闭，不支持发货',
			});
			expect((await send([{ order: o, items: [o.items[0]] }])).json.success).toBe(true);
			const t = await view(o.id);
			expect(t.baseInfo.status).toBe('waitbuyerreceive');
			expect(t.productItems.map((i: Json) => [i.status, i.logisticsStatus])).toEqual([
				['waitbuyerreceive', 2],
				['terminated', 1],
			]);
		});

		it('sends several orders under one waybill and logistics id (合并发货)', async () => {
			const a = toShip(4);
			const b = toShip(5);
			const res = await send([{ order: a }, { order: b }]);
			expect(res.json.success).toBe(true);
			expect(res.json.result.sendGoods.map((g: Json) => String(g.sourceId).length)).toEqual([
				19, 19,
			]);
			expect(a.status).toBe('waitbuyerreceive');
			expect(b.status).toBe('waitbuyerreceive');
			expect(a.packages[0].id).toBe(b.packages[0].id);
			expect(a.packages[0].billNo).toBe(b.packages[0].billNo);
		});

		it('takes gmtSend as the time sent, the call time as the change', async () => {
			const o = toShip(6);
			const sent = START - 30 * MINUTE;
			const dated = await send([{ order: o }], { gmtSend: format1688(sent) });
			expect(dated.json.success).toBe(true);
			expect(o.allDeliveredTime).toBe(sent);
			expect(o.packages[0].deliveredTime).toBe(sent);
			expect(o.modifyTime).toBeGreaterThan(sent);
		});

		it('answers the documented errors, changing nothing (all or nothing)', async () => {
			const ex = sb.data.examples;
			const good = toShip(2);
			const unpaid = order(ex.salesOrderUnpaid);
			const mixed = await send([{ order: good }, { order: unpaid }]);
			expect(mixed.json).toEqual(SYSTEM_BUSY);
			expect(good.status).toBe('waitsellersend');
			expect(good.packages).toEqual([]);
			// shipped, cancelled, refunded in full, and another seller's order
			for (const id of [ex.salesOrderShipped, ex.salesOrderCancelled, ex.salesOrderTerminated])
				expect((await send([{ order: order(id) }])).json).toEqual(SYSTEM_BUSY);
			const foreign = sb.data.orders.find(
				(o) => o.seller.memberId !== sb.supplier.memberId && o.status === 'waitsellersend',
			) as Order;
			expect((await send([{ order: foreign }])).json).toEqual(SYSTEM_BUSY);
			// the buyer's token cannot send the supplier's goods
			expect((await send([{ order: good }], {}, buyerToken)).json).toEqual(SYSTEM_BUSY);
			const ids = (sourceId: string, sourceEntryId: string) =>
				JSON.stringify([{ sourceId, sendGoodEntries: [{ sourceEntryId, amount: 1, weight: 1 }] }]);
			const extBody = JSON.stringify({ ...ZTO, mailNo: waybill() });
			expect(
				(await call(LOGISTICS, SEND, { sendGoods: ids('1234567890123456789', '1'), extBody })).json,
			).toEqual(SYSTEM_BUSY);
			expect(
				(await call(LOGISTICS, SEND, { sendGoods: ids(good.id, '123456789012345678'), extBody }))
					.json,
			).toEqual(SYSTEM_BUSY);
			// a cpCode not in OpQueryLogisticCompanyList.offline, or the numeric id instead of the companyNo
			for (const cpCode of ['NOPE', '2'])
				expect(
					(
						await send([{ order: good }], {
							extBody: JSON.stringify({ cpCode, logisticsCpName: '中通', mailNo: waybill() }),
						})
					).json,
				).toEqual(SYSTEM_BUSY);
			// 5001: a line with a refund in progress
			const refunding = order(ex.salesOrderRefunding);
			expect((await send([{ order: refunding }])).json).toEqual({
				success: false,
				errorCode: '5001',
				errorMessage:
					'下游销售订单退款中，暂不支持发货，建议与您的客户沟通处理退款，再确定是否继续发货',
			});
			expect(refunding.packages).toEqual([]);
			// INVALID_PARAM: a waybill number the carrier does not use
			const invalid = {
				success: false,
				errorCode: SELLING_ERRORS.INVALID_PARAM,
				errorMessage: '运单号不符合规则或已被使用',
			};
			expect(
				(
					await send([{ order: good }], {
						extBody: JSON.stringify({ ...ZTO, mailNo: 'SF1234567890123' }),
					})
				).json,
			).toEqual(invalid);
			// unreadable or missing fields: HSF Server unexpected exception
			const hsf = { success: false, errorMessage: 'HSF Server unexpected exception' };
			expect((await call(LOGISTICS, SEND, { sendGoods: '{oops', extBody })).json).toEqual(hsf);
			expect(
				(await call(LOGISTICS, SEND, { sendGoods: ids(good.id, good.items[0].subItemID) })).json,
			).toEqual(hsf);
			expect(
				(
					await call(LOGISTICS, SEND, {
						sendGoods: JSON.stringify([
							{ sourceId: good.id, sendGoodEntries: [{ sourceEntryId: good.items[0].subItemID }] },
						]),
						extBody,
					})
				).json,
			).toEqual(hsf);
			expect((await send([{ order: good }], { gmtSend: '2026-01-15 12:00:00' })).json).toEqual(hsf);
			// multiPackage is not implemented
			expect((await send([{ order: good }], { multiPackage: 'true' })).json).toEqual({
				success: false,
				errorCode: SELLING_ERRORS.MULTI_PACKAGE_NOT_SUPPORTED,
				errorMessage: expect.stringContaining('multiPackage'),
			});
			expect((await call(LOGISTICS, SEND, { extBody })).json.error_code).toBe('gw.ParamMissing');
			expect(good.status).toBe('waitsellersend');
			expect(good.packages).toEqual([]);
		});

		it(`refuses a waybill used ${MAX_WAYBILL_USES} times (INVALID_PARAM)`, async () => {
			const mailNo = waybill();
			const extBody = JSON.stringify({ ...ZTO, mailNo });
			for (let i = 0; i < MAX_WAYBILL_USES; i++)
				expect((await send([{ order: paidSalesOrder() }], { extBody })).json.success).toBe(true);
			expect(sb.waybillUses(mailNo)).toBe(MAX_WAYBILL_USES);
			const o = paidSalesOrder();
			expect((await send([{ order: o }], { extBody })).json.errorCode).toBe('INVALID_PARAM');
			expect(o.status).toBe('waitsellersend');
		});
	});

	describe('alibaba.order.memoAdd', () => {
		it("sets the seller's memo (overwriting), shown with needMemoInfo and in the detail", async () => {
			const o = order(sb.data.examples.salesOrdersToShip[7]);
			const before = o.modifyTime;
			const first = await call(TRADE, MEMO, { orderId: o.id, memo: '先发黑色', remarkIcon: '1' });
			expect(first.json).toEqual({ success: true });
			const second = await call(TRADE, MEMO, { orderId: o.id, memo: '改发白色', remarkIcon: '3' });
			expect(second.json).toEqual({ success: true });
			expect(o.modifyTime).toBeGreaterThanOrEqual(before);
			const find = (res: { json: Json }) =>
				res.json.result.find((t: Json) => t.baseInfo.idOfStr === o.id);
			const withMemo = await list({ orderStatus: 'waitsellersend', needMemoInfo: 'true' });
			expect(find(withMemo).baseInfo).toMatchObject({
				sellerMemo: '改发白色',
				sellerRemarkIcon: '3',
			});
			const without = await list({ orderStatus: 'waitsellersend' });
			expect(find(without).baseInfo).not.toHaveProperty('sellerMemo');
			expect((await view(o.id)).baseInfo).toMatchObject({
				sellerMemo: '改发白色',
				sellerRemarkIcon: '3',
			});
		});

		it("sets the buyer's memo with a buyer's token", async () => {
			const mine = sb.data.orders.find((o) => o.buyer.memberId === sb.demo.memberId) as Order;
			const res = await callAs(buyerToken, TRADE, MEMO, {
				orderId: mine.id,
				memo: '催发货',
				remarkIcon: '2',
			});
			expect(res.json).toEqual({ success: true });
			const t = await callAs(buyerToken, TRADE, BUYER_VIEW, { webSite: '1688', orderId: mine.id });
			expect(t.json.result.baseInfo).toMatchObject({ buyerMemo: '催发货', buyerRemarkIcon: '2' });
			expect(t.json.result.baseInfo).not.toHaveProperty('sellerMemo');
		});

		it('answers an unknown order, or one not the caller’s, as the page’s 订单不存在 sample', async () => {
			const sample = real('alibaba.order.memoAdd.order-not-exist');
			const unknown = await call(TRADE, MEMO, {
				orderId: '1198263322216969811',
				memo: 'x',
				remarkIcon: '1',
			});
			expect(unknown.json).toEqual(sample);
			expect(unknown.text).toBe(
				'{"errorCode":"400_4","errorMsg":"修改备注信息出错[ORDER_NOT_EXIST]，order[1198263322216969811]is not exsits","success":true}',
			);
			const foreign = sb.data.orders.find(
				(o) => o.seller.memberId !== sb.supplier.memberId,
			) as Order;
			expect(
				(await call(TRADE, MEMO, { orderId: foreign.id, memo: 'x', remarkIcon: '1' })).json,
			).toEqual({
				errorCode: '400_4',
				errorMsg: `修改备注信息出错[ORDER_NOT_EXIST]，order[${foreign.id}]is not exsits`,
				success: true,
			});
			const icon = await call(TRADE, MEMO, {
				orderId: sb.data.examples.salesOrderToShip,
				memo: 'x',
				remarkIcon: '5',
			});
			expect(icon.json).toMatchObject({ success: false, errorCode: '400_4' });
			const missing = await call(TRADE, MEMO, {
				orderId: sb.data.examples.salesOrderToShip,
				remarkIcon: '1',
			});
			expect(missing.json.error_code).toBe('gw.ParamMissing');
		});
	});

	describe('alibaba.product.get', () => {
		const productGet = (productID: number | string, token = supplierToken) =>
			callAs(token, PRODUCT, PRODUCT_GET, { productID: String(productID), webSite: '1688' });

		it('returns an own product with its SKUs and stock, in the keys of the doc example', async () => {
			const p = product(sb.data.examples.supplierProductId);
			const res = await productGet(p.productID);
			expect(res.json.success).toBe(true);
			const sample = real('alibaba.product.get.secondhand-doc-example');
			for (const key of keys(sample)) expect(res.json).toHaveProperty(key);
			const info = res.json.productInfo;
			for (const key of keys(sample.productInfo)) expect(info).toHaveProperty(key);
			for (const sku of info.skuInfos)
				for (const key of keys(sku)) expect(keys(sample.productInfo.skuInfos[0])).toContain(key);
			for (const key of keys(info.saleInfo))
				expect(keys(sample.productInfo.saleInfo)).toContain(key);
			expect(info.skuInfos).toEqual(
				p.skus.map((s) =>
					expect.objectContaining({
						skuId: s.skuID,
						specId: s.specId,
						amountOnSale: s.amountOnSale,
						price: s.priceFen / 100,
						cargoNumber: expect.any(String),
					}),
				),
			);
			expect(info.saleInfo.amountOnSale).toBe(p.skus.reduce((sum, s) => sum + s.amountOnSale, 0));
			expect(info.status).toBe('published');
		});

		it('prints a product without SKUs with its stock in saleInfo.amountOnSale', async () => {
			const p = product(sb.data.examples.supplierProductWithoutSkus);
			const info = (await productGet(p.productID)).json.productInfo;
			expect(info).not.toHaveProperty('skuInfos');
			expect(info.saleInfo).toMatchObject({ amountOnSale: p.skus[0].amountOnSale, quoteType: 0 });
			const expired = (await productGet(sb.data.examples.supplierProductExpired)).json;
			expect(expired.productInfo.status).toBe('expired');
			expect(parse1688(expired.expireTime)).toEqual(expect.any(Number));
		});

		it("refuses another seller's product and an unknown one, in the result class's errMsg", async () => {
			const foreign = await productGet(sb.data.examples.otherSellerProductId);
			expect(foreign.status).toBe(200);
			expect(foreign.json).toEqual({
				success: false,
				errorCode: SELLING_ERRORS.PRODUCT_NOT_OWNED,
				errMsg: expect.stringContaining('只能查询自己所有的产品'),
			});
			// the buyer's token owns no product
			expect(
				(await productGet(sb.data.examples.supplierProductId, buyerToken)).json.errorCode,
			).toBe(SELLING_ERRORS.PRODUCT_NOT_OWNED);
			expect((await productGet('1')).json).toEqual({
				success: false,
				errorCode: SELLING_ERRORS.PRODUCT_NOT_EXIST,
				errMsg: expect.any(String),
			});
		});
	});

	describe('alibaba.product.list.get', () => {
		const productList = (params: Params = {}, token = supplierToken) =>
			callAs(token, PRODUCT, PRODUCT_LIST, params);
		const own = () =>
			[...sb.data.products, ...sb.data.supplierCatalog].filter(
				(p) => p.seller.memberId === sb.supplier.memberId,
			);
		const rootOf = (id: number) => {
			let c = sb.data.categories.byId.get(id);
			while (c && c.parentId !== 0) c = sb.data.categories.byId.get(c.parentId);
			return c?.id ?? 0;
		};

		it('pages through the own products, 20 at most, in the PHP SDK result classes', async () => {
			const listed = own().filter((p) => p.status !== 'deleted');
			expect(listed.length).toBeGreaterThan(20);
			const first = await productList({
				pageNo: '1',
				pageSize: '50',
				orderByCondition: 'ID',
				orderByType: 'ASC',
			});
			expect(first.status).toBe(200);
			expect(keys(first.json)).toEqual(['result', 'success']);
			expect(first.json.success).toBe(true);
			expect(keys(first.json.result)).toEqual(['pageResult']);
			const page = first.json.result.pageResult;
			expect(keys(page)).toEqual(['pageIndex', 'resultList', 'sizePerPage', 'totalRecords']);
			expect(page).toMatchObject({ pageIndex: 1, sizePerPage: 20, totalRecords: listed.length });
			expect(page.resultList).toHaveLength(20);
			const second = await productList({
				pageNo: '2',
				pageSize: '20',
				orderByCondition: 'ID',
				orderByType: 'ASC',
			});
			const ids = [...page.resultList, ...second.json.result.pageResult.resultList].map(
				(p: Json) => p.productID,
			);
			expect(ids).toEqual(listed.map((p) => p.productID).sort((a, b) => a - b));
			expect(page.resultList[0]).not.toHaveProperty('description');
			const detailed = await productList({ pageSize: '1', needDetail: 'true' });
			expect(detailed.json.result.pageResult.resultList[0].description).toContain('<img');
			// a buyer sells nothing
			expect((await productList({}, buyerToken)).json.result.pageResult.totalRecords).toBe(0);
		});

		it('filters by status, ids, subject, cargo number, category and modify time', async () => {
			const count = async (params: Params) =>
				(await productList(params)).json.result.pageResult.totalRecords as number;
			for (const status of [
				'published',
				'expired',
				'TBD',
				'deleted',
				'new',
				'modified',
				'member expired',
			])
				expect(await count({ statusList: JSON.stringify([status]) })).toBe(
					own().filter((p) => (p.status ?? 'published') === status).length,
				);
			expect(await count({ statusList: '["expired","TBD"]' })).toBe(3);
			const p = product(sb.data.examples.supplierProductId);
			const byId = await productList({
				productIds: `[${p.productID},${sb.data.examples.otherSellerProductId}]`,
			});
			expect(byId.json.result.pageResult.resultList.map((x: Json) => x.productID)).toEqual([
				p.productID,
			]);
			expect(await count({ subjectKey: '保温杯' })).toBe(1);
			expect(await count({ cargoNumber: p.cargoNumber })).toBe(1);
			expect(await count({ cargoNumber: `${p.cargoNumber}-2` })).toBe(1);
			// a level-1 category lists every product below it
			const kitchen = own().filter((x) => x.status !== 'deleted' && rootOf(x.categoryId) === 15);
			expect(kitchen.length).toBeGreaterThan(0);
			expect(await count({ categoryId: '15' })).toBe(kitchen.length);
			expect(await count({ categoryId: '1045560' })).toBe(
				own().filter((x) => x.status !== 'deleted' && x.categoryId === 1045560).length,
			);
			expect((await productList({ orderByCondition: 'NAME' })).json).toEqual({
				success: false,
				code: 'PARAM_ERROR',
				message: expect.stringContaining('orderByCondition'),
			});
			expect((await productList({ startModifyTime: 'yesterday' })).json.success).toBe(false);
		});
	});

	describe('alibaba.product.modifyStock', () => {
		const modify = (changes: unknown, params: Params = {}, token = supplierToken) =>
			callAs(token, PRODUCT, STOCK, {
				productStockChange: JSON.stringify(changes),
				webSite: '1688',
				...params,
			});
		const info = async (id: number) =>
			(
				await callAs(supplierToken, PRODUCT, PRODUCT_GET, {
					productID: String(id),
					webSite: '1688',
				})
			).json;

		it('adds to a SKU by its specId; product.get and list.get show it, and the modify time moves', async () => {
			const p = product(sb.data.examples.supplierProductId);
			const [a, b] = p.skus;
			const stockA = a.amountOnSale;
			const stockB = b.amountOnSale;
			sb.clock.advance(MINUTE);
			const at = sb.clock.now();
			const res = await modify([
				{
					productId: p.productID,
					skuStocks: [
						{ skuId: a.specId, stockChange: 5 },
						{ skuId: b.specId, stockChange: -3 },
					],
				},
			]);
			expect(res.json).toEqual({
				result: [{ productId: p.productID, result: true }],
				success: true,
			});
			const got = await info(p.productID);
			expect(got.productInfo.skuInfos[0].amountOnSale).toBe(stockA + 5);
			expect(got.productInfo.skuInfos[1].amountOnSale).toBe(stockB - 3);
			expect(got.productInfo.saleInfo.amountOnSale).toBe(
				p.skus.reduce((s, k) => s + k.amountOnSale, 0),
			);
			expect(parse1688(got.productInfo.modifyTime)).toBeGreaterThanOrEqual(at);
			const changed = await callAs(supplierToken, PRODUCT, PRODUCT_LIST, {
				startModifyTime: format1688(at),
			});
			const listed = changed.json.result.pageResult.resultList;
			expect(listed.map((x: Json) => x.productID)).toEqual([p.productID]);
			expect(listed[0].skuInfos[0].amountOnSale).toBe(stockA + 5);
		});

		it('sets the stock with increaceModify=false, productAmountChange for a product without SKUs', async () => {
			const p = product(sb.data.examples.supplierProductWithoutSkus);
			const res = await modify([{ productId: String(p.productID), productAmountChange: 42 }], {
				increaceModify: 'false',
			});
			expect(res.json.result).toEqual([{ productId: p.productID, result: true }]);
			expect((await info(p.productID)).productInfo.saleInfo.amountOnSale).toBe(42);
			await modify([{ productId: p.productID, productAmountChange: -2 }], {
				increaceModify: 'true',
			});
			expect((await info(p.productID)).productInfo.saleInfo.amountOnSale).toBe(40);
		});

		it('fails product by product, applying the others', async () => {
			const good = product(sb.data.examples.supplierProductId);
			const sku = good.skus[2];
			const before = sku.amountOnSale;
			const other = product(sb.data.examples.supplierProductExpired);
			const otherBefore = other.skus.map((s) => s.amountOnSale);
			const skuless = product(sb.data.examples.supplierProductWithoutSkus);
			const res = await modify([
				{ productId: good.productID, skuStocks: [{ skuId: sku.specId, stockChange: 1 }] },
				{ productId: sb.data.examples.otherSellerProductId, productAmountChange: 1 },
				{
					productId: other.productID,
					skuStocks: [{ skuId: String(other.skus[0].skuID), stockChange: 1 }],
				},
				{ productId: other.productID, skuStocks: [{ skuId: 'f'.repeat(32), stockChange: 1 }] },
				{
					productId: other.productID,
					skuStocks: [
						{ skuId: other.skus[0].specId, stockChange: 1 },
						{ skuId: other.skus[1].specId, stockChange: -100000 },
					],
				},
				{
					productId: skuless.productID,
					skuStocks: [{ skuId: skuless.skus[0].specId, stockChange: 1 }],
				},
				{ productId: other.productID, productAmountChange: 5 },
				{ productId: 1, productAmountChange: 1 },
			]);
			expect(res.json.success).toBe(true);
			const r = res.json.result;
			expect(r.map((x: Json) => [x.result, x.code ?? ''])).toEqual([
				[true, ''],
				[false, SELLING_ERRORS.PRODUCT_NOT_OWNED],
				[false, SELLING_ERRORS.SKU_ID_IS_NOT_SPEC_ID],
				[false, SELLING_ERRORS.SPEC_NOT_FOUND],
				[false, SELLING_ERRORS.STOCK_BELOW_ZERO],
				[false, SELLING_ERRORS.STOCK_TARGET_MISMATCH],
				[false, SELLING_ERRORS.STOCK_TARGET_MISMATCH],
				[false, SELLING_ERRORS.PRODUCT_NOT_EXIST],
			]);
			for (const x of r.slice(1)) expect(x.desc).toEqual(expect.any(String));
			expect(r[2].desc).toContain(other.skus[0].specId);
			expect(r[2].desc).toContain('specId');
			expect(sku.amountOnSale).toBe(before + 1);
			expect(other.skus.map((s) => s.amountOnSale)).toEqual(otherBefore);
		});

		it('refuses an unreadable productStockChange and a missing one', async () => {
			const res = await callAs(supplierToken, PRODUCT, STOCK, {
				productStockChange: '[{"productId":}',
			});
			expect(res.json).toMatchObject({ success: false, errorCode: SELLING_ERRORS.PARAM_ERROR });
			expect(
				(await callAs(supplierToken, PRODUCT, STOCK, { webSite: '1688' })).json.error_code,
			).toBe('gw.ParamMissing');
		});
	});
});

describe('1688 sandbox: seller-view pushes and sales controls', () => {
	let sb: Sandbox;
	let receiver: Awaited<ReturnType<typeof startPushReceiver>>;
	let supplierToken: string;

	/** What was pushed, in order: [type, userInfo, orderId as text, currentStatus]. */
	const pushed = () =>
		sb.pushedMessages.map((m) => {
			const message = JSON.parse(m.message);
			return [
				m.type,
				message.userInfo,
				/"orderId":(\d+)/.exec(m.message)?.[1],
				message.data.currentStatus,
			];
		});
	const call = (namespace: string, name: string, params: Params) =>
		callApi(sb.url, {
			namespace,
			name,
			appKey: sb.demo.appKey,
			appSecret: sb.demo.appSecret,
			params: { access_token: supplierToken, ...params },
		});

	beforeAll(async () => {
		sb = await start1688Sandbox({ port: 0, seed: 1688, orderCount: 80, startTime: START });
		supplierToken = sb.issueTokens({
			appKey: sb.demo.appKey,
			memberId: sb.supplier.memberId,
		}).access_token;
		receiver = await startPushReceiver();
		sb.subscribePush(receiver.url);
	});

	afterAll(async () => {
		await sb.flushPushes();
		await receiver.close();
		await sb.close();
	});

	beforeEach(async () => {
		await sb.flushPushes();
		sb.clearPushedMessages();
		receiver.received.length = 0;
	});

	it('createSalesOrder and changeOrder raise the seller topics for the supplier, not the buyer view of a customer', async () => {
		const at = START + MINUTE;
		const created = sb.createSalesOrder({ at });
		const id = created.baseInfo.idOfStr;
		expect(created.baseInfo).toMatchObject({
			status: 'waitbuyerpay',
			sellerID: sb.supplier.memberId,
		});
		expect(parse1688(created.baseInfo.createTime)).toBe(at);
		expect(created.productItems[0].subItemIDString).toMatch(/^\d{18}$/);
		sb.changeOrder(id, { at: at + MINUTE });
		sb.shipOrder(id, { carrier: 'SF', waybill: 'SF1234567890123', at: at + 2 * MINUTE });
		sb.changeOrder(id, { status: 'confirm_goods', at: at + 3 * MINUTE });
		sb.changeOrder(id, { status: 'success', at: at + 4 * MINUTE });
		const cancelled = sb.createSalesOrder({ at }).baseInfo.idOfStr;
		sb.changeOrder(cancelled, { status: 'cancel', at: at + MINUTE });
		await sb.flushPushes();
		const s = sb.supplier.memberId;
		expect(pushed()).toEqual([
			['ORDER_BUYER_MAKE', s, id, 'waitbuyerpay'],
			['ORDER_PAY', s, id, 'waitsellersend'],
			['ORDER_ANNOUNCE_SENDGOODS', s, id, 'waitbuyerreceive'],
			['ORDER_ORDER_COMFIRM_RECEIVEGOODS', s, id, 'confirm_goods'],
			['ORDER_ORDER_SUCCESS', s, id, 'success'],
			['ORDER_BUYER_MAKE', s, cancelled, 'waitbuyerpay'],
			['ORDER_ORDER_BUYER_CLOSE', s, cancelled, 'cancel'],
		]);
		expect(receiver.received).toHaveLength(7);
		// the data: the topic pages' order data (fixture push.ORDER_ORDER_PRICE_MODIFY.doc-data.txt) and sellerMemberId
		const message = JSON.parse(sb.pushedMessages[0].message);
		expect(Object.keys(message)).toEqual(['msgId', 'type', 'userInfo', 'gmtBorn', 'data']);
		for (const key of keys(real('push.ORDER_ORDER_PRICE_MODIFY.doc-data')))
			expect(message.data).toHaveProperty(key);
		expect(message.data).toMatchObject({
			buyerMemberId: sb.data.ordersById.get(id)?.buyer.memberId,
			sellerMemberId: s,
		});
		for (const type of pushed().map(([t]) => t)) expect(SELLER_ORDER_TOPICS).toContain(type);
	});

	it('a sales order of the demo buyer raises both views, each for its own member', async () => {
		const created = sb.createSalesOrder({
			buyerMemberId: sb.demo.memberId,
			status: 'waitsellersend',
		});
		const id = created.baseInfo.idOfStr;
		await sb.flushPushes();
		expect(pushed()).toEqual([
			['ORDER_BUYER_VIEW_ORDER_PAY', sb.demo.memberId, id, 'waitsellersend'],
			['ORDER_PAY', sb.supplier.memberId, id, 'waitsellersend'],
		]);
	});

	it('sending goods raises ANNOUNCE_SENDGOODS, or PART_PART_SENDGOODS while lines are left', async () => {
		let o = sb.data.ordersById.get(
			sb.createSalesOrder({ status: 'waitsellersend' }).baseInfo.idOfStr,
		) as Order;
		while (o.items.length < 2)
			o = sb.data.ordersById.get(
				sb.createSalesOrder({ status: 'waitsellersend' }).baseInfo.idOfStr,
			) as Order;
		await sb.flushPushes();
		sb.clearPushedMessages();
		const sendLines = (items: Order['items']) =>
			call(LOGISTICS, SEND, {
				sendGoods: JSON.stringify([
					{
						sourceId: o.id,
						sendGoodEntries: items.map((i) => ({
							sourceEntryId: i.subItemID,
							amount: i.quantity,
							weight: 1,
						})),
					},
				]),
				extBody: JSON.stringify({ ...ZTO, mailNo: waybill() }),
			});
		expect((await sendLines([o.items[0]])).json.success).toBe(true);
		expect((await sendLines(o.items.slice(1))).json.success).toBe(true);
		await sb.flushPushes();
		const s = sb.supplier.memberId;
		expect(pushed()).toEqual([
			['ORDER_PART_PART_SENDGOODS', s, o.id, 'waitsellersend'],
			['ORDER_ANNOUNCE_SENDGOODS', s, o.id, 'waitbuyerreceive'],
		]);
	});

	it("the seller's memo raises ORDER_MODIFY_MEMO; only the seller topics when asked for", async () => {
		const other = await startPushReceiver();
		const stop = sb.subscribePush(other.url, { topics: ['ORDER_MODIFY_MEMO'] });
		try {
			const id = sb.data.examples.salesOrderToShip;
			const res = await call(TRADE, MEMO, { orderId: id, memo: '加急', remarkIcon: '4' });
			expect(res.json).toEqual({ success: true });
			sb.createSalesOrder();
			await sb.flushPushes();
			expect(other.received).toHaveLength(1);
			const message = JSON.parse(
				new URLSearchParams(other.received[0].rawBody).get('message') ?? '',
			);
			expect(message).toMatchObject({ type: 'ORDER_MODIFY_MEMO', userInfo: sb.supplier.memberId });
			expect(other.received[0].rawBody).toContain(encodeURIComponent(`"orderId":${id}`));
		} finally {
			stop();
			await other.close();
		}
	});

	it('moves modify times so a polling window sees new and changed sales orders', async () => {
		const list = (params: Params) => call(TRADE, LIST, params);
		const t0 = START + 10 * MINUTE;
		const created = sb.createSalesOrder({ at: t0 }).baseInfo.idOfStr;
		const window = (from: number, to: number) =>
			list({ modifyStartTime: format1688(from), modifyEndTime: format1688(to) }).then((r) =>
				r.json.result.map((t: Json) => t.baseInfo.idOfStr),
			);
		expect(await window(t0, t0 + MINUTE)).toEqual([created]);
		sb.changeOrder(created, { at: t0 + 2 * MINUTE });
		expect(await window(t0 + MINUTE, t0 + 3 * MINUTE)).toEqual([created]);
		expect(await window(t0 + 3 * MINUTE, t0 + 4 * MINUTE)).toEqual([]);
	});

	it('simulateSales creates and moves sales orders, each raising its seller topic', async () => {
		const activity = sb.simulateSales({ newOrders: 2, changes: 10 });
		expect(activity.created).toHaveLength(2);
		expect(activity.transitions).toHaveLength(10);
		for (const id of [...activity.created, ...activity.changed])
			expect(sb.data.ordersById.get(id)?.seller.memberId).toBe(sb.supplier.memberId);
		await sb.flushPushes();
		const seller = pushed().filter(([, user]) => user === sb.supplier.memberId);
		for (const id of activity.created)
			expect(seller).toContainEqual(['ORDER_BUYER_MAKE', sb.supplier.memberId, id, 'waitbuyerpay']);
		for (const t of activity.transitions.filter((x) => x.to === 'waitsellersend'))
			expect(seller).toContainEqual(['ORDER_PAY', sb.supplier.memberId, t.id, 'waitsellersend']);
	});

	it('changeOrder refuses an order neither of the demo buyer nor sold by the supplier', () => {
		const foreign = sb.data.orders.find(
			(o) => o.buyer.memberId !== sb.demo.memberId && o.seller.memberId !== sb.supplier.memberId,
		) as Order;
		expect(() => sb.changeOrder(foreign.id, { status: 'cancel' })).toThrow(
			/not an order of the demo buyer/,
		);
		expect(() => sb.createSalesOrder({ buyerMemberId: 'b2b-nobody' })).toThrow(/unknown buyer/);
	});
});
