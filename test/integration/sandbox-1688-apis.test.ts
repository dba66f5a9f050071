import { start1688Sandbox, SANDBOX_1688_CONSTANTS } from '../../sandbox/alibaba1688';
import { BUSINESS_ERRORS, CROSSBORDER_CODES } from '../../sandbox/alibaba1688/apis/business-errors';
import { parse1688 } from '../../sandbox/alibaba1688/dates';
import { callApi, get, sendForm } from '../support/sandbox-client';

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;
type Params = Record<string, string>;
type Order = Sandbox['data']['orders'][number];
type Product = Sandbox['data']['products'][number];

const TRADE = 'com.alibaba.trade';
const LOGISTICS = 'com.alibaba.logistics';
const PRODUCT = 'com.alibaba.product';
const CROSSBORDER = 'com.alibaba.fenxiao.crossborder';
const INFOS = 'alibaba.trade.getLogisticsInfos.buyerView';
const TRACE = 'alibaba.trade.getLogisticsTraceInfo.buyerView';
const LIST = 'alibaba.trade.getBuyerOrderList';
const DAY = 86400000;
const START = Date.UTC(2026, 0, 15, 4, 0, 0);
const KEYWORD = '一件代发';

/** A signed call as the demo app with a demo-buyer token. */
function buyerCall(
	sb: Sandbox,
	token: string,
	namespace: string,
	name: string,
	params: Params = {},
) {
	return callApi(sb.url, {
		namespace,
		name,
		appKey: sb.demo.appKey,
		appSecret: sb.demo.appSecret,
		params: { access_token: token, ...params },
	});
}

/** A token of the other seeded buyer. */
function otherBuyerToken(sb: Sandbox) {
	const other = sb.data.buyers.find((b) => b.memberId !== sb.demo.memberId);
	return sb.issueTokens({ appKey: sb.demo.appKey, memberId: other?.memberId }).access_token;
}

const demoOrders = (sb: Sandbox) =>
	sb.data.orders.filter((o) => o.buyer.memberId === sb.demo.memberId);
const order = (sb: Sandbox, id: string | undefined) => sb.data.ordersById.get(id ?? '') as Order;
const product = (sb: Sandbox, id: number | undefined) =>
	sb.data.productsById.get(id ?? 0) as Product;
const search = (query: Record<string, unknown>) => ({ offerQueryParam: JSON.stringify(query) });

/** Postage the sandbox charges one seller's cart (its documented rule). */
function expectedCarriage(goodsFen: number, offers: number, sameProvince: boolean) {
	const c = SANDBOX_1688_CONSTANTS.CARRIAGE;
	if (goodsFen >= c.freeFromFen) return 0;
	return (
		(sameProvince ? c.sameProvinceFen : c.otherProvinceFen) + (offers - 1) * c.perExtraOfferFen
	);
}

describe('1688 sandbox: more APIs', () => {
	let sb: Sandbox;
	let token: string;
	const call = (namespace: string, name: string, params: Params = {}) =>
		buyerCall(sb, token, namespace, name, params);

	beforeAll(async () => {
		sb = await start1688Sandbox({ port: 0, seed: 1688, orderCount: 300, startTime: START });
		token = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
	});

	afterAll(async () => {
		await sb.close();
	});

	describe('seeded world', () => {
		it('exposes examples for every case', () => {
			const ex = sb.data.examples;
			expect(order(sb, ex.shippedOrderId).packages).toHaveLength(1);
			expect(order(sb, ex.multiPackageOrderId).packages).toHaveLength(2);
			expect(order(sb, ex.receivedOrderId).receivingTime).toBeDefined();
			expect(order(sb, ex.unshippedOrderId).status).toBe('waitsellersend');
			expect(ex.unpaidOrderIds.length).toBeGreaterThanOrEqual(3);
			for (const id of ex.unpaidOrderIds) expect(order(sb, id).status).toBe('waitbuyerpay');
			expect(order(sb, ex.cancelledOrderId).status).toBe('cancel');
			expect(order(sb, ex.otherBuyerOrderId).buyer.memberId).not.toBe(sb.demo.memberId);
			expect(ex.historyOrderIds).toHaveLength(SANDBOX_1688_CONSTANTS.HISTORY_ORDER_COUNT);
			for (const id of ex.historyOrderIds) {
				const old = order(sb, id);
				const ageDays = (START - old.createTime) / DAY;
				expect(ageDays).toBeGreaterThanOrEqual(SANDBOX_1688_CONSTANTS.HISTORY_AGE_DAYS[0]);
				expect(ageDays).toBeLessThanOrEqual(SANDBOX_1688_CONSTANTS.HISTORY_AGE_DAYS[1]);
				expect(old.packages.length).toBeGreaterThan(0);
				expect(old.buyer.memberId).toBe(sb.demo.memberId);
			}
			expect(product(sb, ex.productId).skus.map((s) => s.specId)).toEqual(ex.specIds);
			expect(ex.minOrderProduct?.minOrderQuantity).toBeGreaterThan(1);
			expect(ex.addressId).toEqual(expect.any(Number));
		});

		it('keeps history orders out of `orders` so the seeded counts are unchanged', () => {
			expect(demoOrders(sb)).toHaveLength(300);
			expect(sb.data.historyOrders).toHaveLength(SANDBOX_1688_CONSTANTS.HISTORY_ORDER_COUNT);
			for (const old of sb.data.historyOrders) expect(sb.data.orders).not.toContain(old);
		});

		it('seeds at least 120 products, more than 50 of them matching the search keyword', () => {
			expect(sb.data.products.length).toBeGreaterThanOrEqual(120);
			expect(sb.data.examples.searchKeywordMatches).toBeGreaterThan(50);
			expect(sb.data.products.filter((p) => p.name.includes(KEYWORD))).toHaveLength(
				sb.data.examples.searchKeywordMatches,
			);
		});

		it('references only known products and SKUs from seeded orders', () => {
			for (const o of [...sb.data.orders, ...sb.data.historyOrders]) {
				for (const item of o.items) {
					const known = sb.data.productsById.get(item.product.productID);
					expect(known).toBe(item.product);
					expect(known?.skus).toContain(item.sku);
					expect(item.quantity).toBeGreaterThanOrEqual(item.product.minOrderQuantity);
				}
			}
		});
	});

	describe('getLogisticsInfos.buyerView', () => {
		const infos = (orderId: string | undefined, extra: Params = {}) =>
			call(LOGISTICS, INFOS, { orderId: orderId ?? '', webSite: '1688', ...extra });

		it('returns one entry per package with sender, receiver and goods', async () => {
			const o = order(sb, sb.data.examples.multiPackageOrderId);
			const res = await infos(o.id);
			expect(res.status).toBe(200);
			expect(Object.keys(res.json)).toEqual(['result', 'success']);
			expect(res.json.success).toBe(true);
			expect(res.json.result).toHaveLength(2);
			const entries = res.json.result as Array<{
				logisticsId: string;
				logisticsBillNo: string;
				orderEntryIds: string;
				gmtSystemSend: string;
				sender: unknown;
				receiver: unknown;
				sendGoods: unknown;
			}>;
			const covered = entries.flatMap((e) => String(e.orderEntryIds).split(','));
			expect(covered.sort()).toEqual(o.items.map((i) => i.subItemID).sort());
			expect(new Set(entries.map((e) => e.logisticsBillNo)).size).toBe(2);
			for (const [i, e] of entries.entries()) {
				expect(e).toEqual(
					expect.objectContaining({
						logisticsId: `BX${o.packages[i].id}`,
						logisticsBillNo: o.packages[i].billNo,
						// a String, as in the real sample ("logisticsCompanyId": "8")
						logisticsCompanyId: String(o.packages[i].companyId),
						logisticsCompanyName: o.packages[i].companyName,
						status: expect.stringMatching(/^(WAITACCEPT|ACCEPT|TRANSPORT|SIGN)$/),
						gmtSystemSend: expect.stringMatching(/^\d{17}\+0800$/),
					}),
				);
				expect(parse1688(e.gmtSystemSend)).toBe(o.packages[i].deliveredTime);
				// not a field of OpenPlatformLogisticsOrder
				expect(e).not.toHaveProperty('gmtLogisticsCompanySend');
				expect(e.sender).toEqual(
					expect.objectContaining({
						encrypt: 'CN',
						senderName: o.seller.contactName,
						senderProvince: o.seller.province,
						senderCity: o.seller.city,
					}),
				);
				expect(e.receiver).toEqual(
					expect.objectContaining({
						encrypt: 'CN',
						receiverName: o.address.toFullName,
						receiverMobile: o.address.mobile,
						receiverCountyCode: o.address.areaCode,
					}),
				);
				const ids = String(e.orderEntryIds).split(',');
				expect(e.sendGoods).toEqual(
					o.items
						.filter((item) => ids.includes(item.subItemID))
						.map((item) => ({
							goodName: item.product.name,
							quantity: item.quantity,
							unit: item.product.unit,
						})),
				);
			}
			// the same packages as get.buyerView's logistics items
			const view = await call(TRADE, 'alibaba.trade.get.buyerView', {
				webSite: '1688',
				orderId: o.id,
			});
			const items = view.json.result.nativeLogistics.logisticsItems as Array<{
				logisticsCode: string;
				subItemIds: string;
			}>;
			expect(items.map((i) => i.logisticsCode)).toEqual(entries.map((e) => e.logisticsId));
			expect(items.map((i) => i.subItemIds)).toEqual(entries.map((e) => e.orderEntryIds));
		});

		it('returns only the optional parts named in `fields`', async () => {
			const res = await infos(sb.data.examples.shippedOrderId, { fields: 'company.name,sendgood' });
			const [entry] = res.json.result;
			expect(entry.logisticsCompanyName).toEqual(expect.any(String));
			expect(entry.sendGoods).toHaveLength(1);
			expect(entry.sender).toBeUndefined();
			expect(entry.receiver).toBeUndefined();
			const senderOnly = (await infos(sb.data.examples.shippedOrderId, { fields: 'sender' })).json
				.result[0];
			expect(senderOnly.sender).toBeDefined();
			expect(senderOnly.logisticsCompanyName).toBeUndefined();
			expect(senderOnly.logisticsBillNo).toEqual(expect.any(String));
		});

		it('reports a signed package as SIGN', async () => {
			const [entry] = (await infos(sb.data.examples.receivedOrderId)).json.result;
			expect(entry.status).toBe('SIGN');
		});

		it('answers the documented and sandbox errors', async () => {
			const unshipped = await infos(sb.data.examples.unshippedOrderId);
			expect(unshipped.status).toBe(200);
			// the API page's 错误码 table: 500_2 订单尚未发货，暂无物流详情，请稍候再试。
			expect(unshipped.json).toEqual({
				success: false,
				errorCode: '500_2',
				errorMessage: '订单尚未发货，暂无物流详情，请稍候再试。',
			});
			expect(BUSINESS_ERRORS.ORDER_NOT_SHIPPED).toBe('500_2');
			expect((await infos(sb.data.examples.unpaidOrderIds[0])).json.errorCode).toBe('500_2');
			expect((await infos(sb.data.examples.otherBuyerOrderId)).json).toMatchObject({
				success: false,
				errorCode: BUSINESS_ERRORS.ORDER_NO_PERMISSION,
			});
			expect((await infos('1234567890123456789')).json).toMatchObject({
				success: false,
				errorCode: BUSINESS_ERRORS.ORDER_NOT_FOUND,
			});
			expect(
				(await infos(sb.data.examples.shippedOrderId, { webSite: 'taobao' })).json.errorCode,
			).toBe(BUSINESS_ERRORS.PARAM_ERROR);
			const missing = await call(LOGISTICS, INFOS, {
				orderId: sb.data.examples.shippedOrderId ?? '',
			});
			expect(missing.status).toBe(400);
			expect(missing.json).toMatchObject({
				error_code: 'gw.ParamMissing',
				error_message: 'Required argument webSite',
			});
		});

		it("lets the other buyer read its own order but not the demo buyer's", async () => {
			const other = otherBuyerToken(sb);
			// the other buyer's (the demo supplier's customers have orders too)
			const otherMemberId = sb.data.buyers[1].memberId;
			const own = sb.data.orders.find(
				(o) => o.buyer.memberId === otherMemberId && o.packages.length > 0,
			) as Order;
			const mine = await buyerCall(sb, other, LOGISTICS, INFOS, {
				orderId: own.id,
				webSite: '1688',
			});
			expect(mine.json.success).toBe(true);
			const theirs = await buyerCall(sb, other, LOGISTICS, TRACE, {
				orderId: sb.data.examples.shippedOrderId ?? '',
				webSite: '1688',
			});
			expect(theirs.json.errorCode).toBe(BUSINESS_ERRORS.ORDER_NO_PERMISSION);
		});

		it('still answers for history orders (only the trace is limited to a year)', async () => {
			const res = await infos(sb.data.examples.historyOrderIds[0]);
			expect(res.json.success).toBe(true);
			expect(res.json.result[0].status).toBe('SIGN');
		});
	});

	describe('getLogisticsTraceInfo.buyerView', () => {
		const trace = (orderId: string | undefined, extra: Params = {}) =>
			call(LOGISTICS, TRACE, { orderId: orderId ?? '', webSite: '1688', ...extra });
		const asMs = (t: string) => Date.parse(`${t.replace(' ', 'T')}+08:00`);

		it('lists the steps from pick-up to signature between the ship and receive times', async () => {
			const o = order(sb, sb.data.examples.receivedOrderId);
			const res = await trace(o.id);
			expect(res.status).toBe(200);
			expect(Object.keys(res.json)).toEqual(['logisticsTrace', 'success']);
			expect(res.text).toContain(`"orderId":${o.id},`);
			const [t] = res.json.logisticsTrace;
			expect(t).toMatchObject({
				logisticsId: `BX${o.packages[0].id}`,
				logisticsBillNo: o.packages[0].billNo,
			});
			const steps = t.logisticsSteps as Array<{ acceptTime: string; remark: string }>;
			expect(steps.length).toBeGreaterThanOrEqual(5);
			for (const s of steps) expect(s.acceptTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
			const times = steps.map((s) => asMs(s.acceptTime));
			expect(times).toEqual([...times].sort((a, b) => a - b));
			expect(times[0]).toBeGreaterThanOrEqual(o.packages[0].deliveredTime - 1000);
			expect(times[times.length - 1]).toBeLessThanOrEqual((o.receivingTime ?? 0) + 1000);
			expect(steps[0].remark).toBe(`【${o.seller.city}】已揽收，揽投部：${o.seller.county}营业部`);
			expect(steps[steps.length - 1].remark).toMatch(new RegExp(`^【${o.address.city}】已签收`));
		});

		it('filters by logisticsId and traces both packages otherwise', async () => {
			const o = order(sb, sb.data.examples.multiPackageOrderId);
			const both = await trace(o.id);
			expect(both.json.logisticsTrace.map((t: { logisticsId: string }) => t.logisticsId)).toEqual(
				o.packages.map((p) => `BX${p.id}`),
			);
			const one = await trace(o.id, { logisticsId: `BX${o.packages[1].id}` });
			expect(one.json.logisticsTrace).toHaveLength(1);
			expect(one.json.logisticsTrace[0].logisticsBillNo).toBe(o.packages[1].billNo);
			// the page's 错误码 404 for a logistics order that cannot be found
			const wrong = await trace(o.id, { logisticsId: 'BX1' });
			expect(wrong.json).toEqual({
				success: false,
				errorCode: BUSINESS_ERRORS.TRACE_NOT_FOUND,
				errorMessage: '无法找到相对应的物流单跟踪信息。',
			});
		});

		it('refuses orders older than a year with order.createtime.history', async () => {
			for (const id of sb.data.examples.historyOrderIds) {
				const res = await trace(id);
				expect(res.status).toBe(200);
				expect(res.json).toEqual({
					success: false,
					errorCode: BUSINESS_ERRORS.ORDER_CREATE_TIME_HISTORY,
					errorMessage: expect.any(String),
				});
			}
		});

		it('answers 404, order.nopermission.buyer and the real no-trace reply', async () => {
			expect((await trace('987654321098765432')).json.errorCode).toBe(
				BUSINESS_ERRORS.ORDER_NOT_FOUND,
			);
			expect((await trace(sb.data.examples.otherBuyerOrderId)).json).toEqual({
				success: false,
				errorCode: BUSINESS_ERRORS.ORDER_NO_PERMISSION,
				errorMessage: '你没有权限获取该订单详情(买家端)',
			});
			// fixture alibaba.trade.getLogisticsTraceInfo.buyerView.no-trace.txt, byte for byte
			const none = await trace(sb.data.examples.unshippedOrderId);
			expect(none.status).toBe(200);
			expect(none.text).toBe('{"errorMessage":"该订单没有物流跟踪信息。","success":true}');
			expect((await call(LOGISTICS, TRACE, { webSite: '1688' })).json.error_code).toBe(
				'gw.ParamMissing',
			);
		});
	});

	// "只能查询自己所有的产品": the demo supplier's token reads its own products (issue 15; the
	// supplier's side is covered in sandbox-1688-selling.test.ts)
	describe('alibaba.product.get', () => {
		let supplierToken: string;
		beforeAll(() => {
			supplierToken = sb.issueTokens({
				appKey: sb.demo.appKey,
				memberId: sb.supplier.memberId,
			}).access_token;
		});
		const productGet = (productID: string, webSite = '1688') =>
			buyerCall(sb, supplierToken, PRODUCT, 'alibaba.product.get', { productID, webSite });
		/** A product of the supplier that seeded orders reference. */
		const ordered = () =>
			sb.data.products.find(
				(p) =>
					p.seller.memberId === sb.supplier.memberId &&
					sb.data.orders.some((o) => o.items.some((i) => i.product === p)),
			) as Product;

		it('returns productInfo with SKUs (yuan) and sale info', async () => {
			const p = ordered();
			const res = await productGet(String(p.productID));
			expect(res.status).toBe(200);
			expect(Object.keys(res.json)).toEqual([
				'productInfo',
				'bizGroupInfos',
				'createTime',
				'lastUpdateTime',
				'success',
			]);
			expect(res.json.success).toBe(true);
			expect(parse1688(res.json.createTime)).toBe(p.createTime);
			expect(parse1688(res.json.lastUpdateTime)).toBeGreaterThanOrEqual(p.createTime);
			const info = res.json.productInfo;
			expect(info).toMatchObject({
				productID: p.productID,
				productType: 'wholesale',
				categoryID: p.categoryId,
				subject: p.name,
				status: 'published',
				language: 'CHINESE',
				bizType: 1,
			});
			expect(info.description).toContain('<img');
			expect(info.image.images.length).toBeGreaterThanOrEqual(3);
			expect(info.attributes).toContainEqual({
				attributeID: expect.any(Number),
				attributeName: '货号',
				value: p.cargoNumber,
				isCustom: false,
			});
			expect(info.skuInfos.map((s: { specId: string }) => s.specId)).toEqual(
				p.skus.map((s) => s.specId),
			);
			for (const [i, sku] of info.skuInfos.entries()) {
				expect(sku).toMatchObject({
					skuId: p.skus[i].skuID,
					price: p.skus[i].priceFen / 100,
					amountOnSale: p.skus[i].amountOnSale,
				});
				expect(sku.attributes.map((a: { attributeValue: string }) => a.attributeValue)).toEqual(
					p.skus[i].attrs.map((a) => a.value),
				);
			}
			const minYuan = Math.min(...p.skus.map((s) => s.priceFen)) / 100;
			expect(info.saleInfo).toMatchObject({
				priceRanges: [{ startQuantity: 1, price: minYuan }],
				unit: p.unit,
				minOrderQuantity: 1,
				amountOnSale: p.skus.reduce((sum, s) => sum + s.amountOnSale, 0),
			});
		});

		it("finds every product the supplier's seeded orders reference, with the ordered spec", async () => {
			const referenced = new Map<number, Set<string>>();
			for (const o of sb.salesOrders()) {
				// (a product sold without SKUs prints none: sandbox-1688-selling.test.ts)
				for (const i of o.items.filter((x) => !x.product.skuless))
					referenced.set(
						i.product.productID,
						(referenced.get(i.product.productID) ?? new Set()).add(i.sku.specId),
					);
			}
			expect(referenced.size).toBeGreaterThan(3);
			for (const [id, specs] of referenced) {
				const res = await productGet(String(id), 'alibaba');
				const offered = new Set(
					res.json.productInfo.skuInfos.map((s: { specId: string }) => s.specId),
				);
				for (const spec of specs) expect(offered.has(spec)).toBe(true);
			}
		});

		it('answers an unknown product, a wrong webSite and missing parameters', async () => {
			const unknown = await productGet('1');
			expect(unknown.status).toBe(200);
			// AlibabaProductGetResult (official PHP SDK) names its text errMsg
			expect(unknown.json).toEqual({
				success: false,
				errorCode: BUSINESS_ERRORS.PRODUCT_NOT_EXIST,
				errMsg: expect.any(String),
			});
			expect((await productGet(String(ordered().productID), 'taobao')).json.errorCode).toBe(
				BUSINESS_ERRORS.PARAM_ERROR,
			);
			// another seller's product, and the buyer's token (it owns none)
			expect((await productGet(String(sb.data.examples.productId))).json.errorCode).toBe(
				'PRODUCT_NOT_OWNED',
			);
			const asBuyer = await call(PRODUCT, 'alibaba.product.get', {
				productID: String(ordered().productID),
				webSite: '1688',
			});
			expect(asBuyer.json.errorCode).toBe('PRODUCT_NOT_OWNED');
			const missing = await call(PRODUCT, 'alibaba.product.get', {
				productID: String(sb.data.examples.productId),
			});
			expect(missing.json).toMatchObject({
				error_code: 'gw.ParamMissing',
				error_message: 'Required argument webSite',
			});
		});

		it('needs a user token', async () => {
			const res = await callApi(sb.url, {
				namespace: PRODUCT,
				name: 'alibaba.product.get',
				appKey: sb.demo.appKey,
				appSecret: sb.demo.appSecret,
				params: { productID: '1', webSite: '1688' },
			});
			expect(res.status).toBe(401);
		});
	});

	describe('crossborder product.search.keywordQuery', () => {
		const query = (q: Record<string, unknown>) =>
			call(CROSSBORDER, 'product.search.keywordQuery', search(q));

		it('pages through every match, 20 by default, at most 50', async () => {
			const total = sb.data.examples.searchKeywordMatches;
			const first = await query({ keyword: KEYWORD, beginPage: 1, country: 'en' });
			expect(first.status).toBe(200);
			expect(first.json.result).toMatchObject({
				success: true,
				code: CROSSBORDER_CODES.OK,
				message: null,
			});
			expect(first.json.result.result).toMatchObject({
				totalRecords: total,
				totalPage: Math.ceil(total / 20),
				pageSize: 20,
				currentPage: 1,
			});
			expect(first.json.result.result.data).toHaveLength(20);

			const seen: number[] = [];
			for (let page = 1; page <= Math.ceil(total / 50); page++) {
				const res = await query({ keyword: KEYWORD, beginPage: page, pageSize: 50, country: 'en' });
				expect(res.json.result.result).toMatchObject({
					totalRecords: total,
					totalPage: Math.ceil(total / 50),
					pageSize: 50,
					currentPage: page,
				});
				seen.push(...res.json.result.result.data.map((d: { offerId: number }) => d.offerId));
			}
			expect(seen).toHaveLength(total);
			expect(new Set(seen).size).toBe(total);
			const beyond = await query({ keyword: KEYWORD, beginPage: 99, pageSize: 50 });
			expect(beyond.json.result.result.data).toEqual([]);
		});

		it('prints offers with subject, translation, picture, price (yuan, string) and sales', async () => {
			const [offer] = (await query({ keyword: KEYWORD, pageSize: 1 })).json.result.result.data;
			const p = product(sb, offer.offerId);
			expect(offer).toEqual(
				expect.objectContaining({
					offerId: p.productID,
					subject: p.name,
					subjectTrans: p.subjectTrans,
					imageUrl: p.image,
					priceInfo: expect.objectContaining({
						price: (Math.min(...p.skus.map((s) => s.priceFen)) / 100).toFixed(2),
					}),
					monthSold: p.monthSold,
					repurchaseRate: p.repurchaseRate,
				}),
			);
			expect(offer.subject).toContain(KEYWORD);
		});

		it('matches English translations regardless of case, and every word of the keyword', async () => {
			const english = await query({ keyword: 'DropShipping', pageSize: 1 });
			expect(english.json.result.result.totalRecords).toBe(sb.data.examples.searchKeywordMatches);
			const tshirts = sb.data.products.filter(
				(p) => p.name.includes('T恤') && p.name.includes(KEYWORD),
			).length;
			expect(tshirts).toBeGreaterThan(0);
			expect((await query({ keyword: `${KEYWORD} T恤` })).json.result.result.totalRecords).toBe(
				tshirts,
			);
			expect((await query({ keyword: 'no such thing anywhere' })).json.result.result).toMatchObject(
				{ totalRecords: 0, data: [] },
			);
		});

		it('filters by price and category and sorts by price', async () => {
			const res = await query({
				keyword: KEYWORD,
				priceStart: '10',
				priceEnd: '30',
				pageSize: 50,
				sort: '{"price":"asc"}',
			});
			const prices = res.json.result.result.data.map((d: { priceInfo: { price: string } }) =>
				Number(d.priceInfo.price),
			);
			expect(prices.length).toBeGreaterThan(0);
			for (const price of prices) expect(price >= 10 && price <= 30).toBe(true);
			expect(prices).toEqual([...prices].sort((a, b) => a - b));

			const toys = await query({ keyword: KEYWORD, categoryId: 1813, pageSize: 50 });
			const ids = toys.json.result.result.data.map((d: { offerId: number }) => d.offerId);
			expect(ids.length).toBeGreaterThan(0);
			const toyLeaves = [1046981, 1046982, 1046990, 1046991];
			for (const id of ids) expect(toyLeaves).toContain(product(sb, id).categoryId);
		});

		it('answers bad queries with a nested success:false, and a missing parameter with gw.ParamMissing', async () => {
			const tooLarge = await query({ keyword: KEYWORD, pageSize: 51 });
			expect(tooLarge.status).toBe(200);
			expect(tooLarge.json).toEqual({
				result: {
					success: false,
					code: CROSSBORDER_CODES.BAD_REQUEST,
					message: expect.stringContaining('50'),
					result: null,
				},
			});
			expect((await query({ beginPage: 1 })).json.result).toMatchObject({
				success: false,
				code: CROSSBORDER_CODES.BAD_REQUEST,
			});
			expect((await query({ keyword: KEYWORD, beginPage: 0 })).json.result.code).toBe(
				CROSSBORDER_CODES.BAD_REQUEST,
			);
			const notJson = await call(CROSSBORDER, 'product.search.keywordQuery', {
				offerQueryParam: '{keyword:',
			});
			expect(notJson.json.result).toMatchObject({
				success: false,
				code: CROSSBORDER_CODES.BAD_REQUEST,
			});
			const missing = await call(CROSSBORDER, 'product.search.keywordQuery');
			expect(missing.status).toBe(400);
			expect(missing.json.error_code).toBe('gw.ParamMissing');
		});
	});

	describe('crossborder product.search.queryProductDetail', () => {
		const detail = (param: Record<string, unknown> | string) =>
			call(CROSSBORDER, 'product.search.queryProductDetail', {
				offerDetailParam: typeof param === 'string' ? param : JSON.stringify(param),
			});

		it('returns the offer with SKUs, sale info and the seller open id', async () => {
			const p = product(sb, sb.data.examples.productId);
			const res = await detail({ offerId: p.productID, country: 'en' });
			expect(res.status).toBe(200);
			expect(res.json.result).toMatchObject({ success: true, code: CROSSBORDER_CODES.OK });
			const d = res.json.result.result;
			expect(d).toMatchObject({
				offerId: p.productID,
				categoryId: p.categoryId,
				subject: p.name,
				subjectTrans: p.subjectTrans,
				sellerOpenId: p.seller.openId,
				minOrderQuantity: 1,
			});
			expect(d.productImage.images).toEqual(p.images);
			// neither is a field of the ProductDetailModel (real sample and API page)
			expect(d).not.toHaveProperty('mainImage');
			expect(d).not.toHaveProperty('monthSold');
			expect(d.productSkuInfos).toHaveLength(p.skus.length);
			expect(d.productSkuInfos[0]).toEqual(
				expect.objectContaining({
					skuId: p.skus[0].skuID,
					specId: p.skus[0].specId,
					price: (p.skus[0].priceFen / 100).toFixed(2),
					amountOnSale: p.skus[0].amountOnSale,
				}),
			);
			expect(d.productSkuInfos[0].skuAttributes[0]).toEqual(
				expect.objectContaining({
					attributeName: p.skus[0].attrs[0].name,
					value: p.skus[0].attrs[0].value,
					valueTrans: expect.any(String),
				}),
			);
			expect(d.productSaleInfo).toMatchObject({
				priceRangeList: [{ startQuantity: 1, price: expect.any(String) }],
				unitInfo: { unit: p.unit },
			});
		});

		it('accepts the offer id as a string and refuses unknown offers and bad JSON', async () => {
			const asString = await detail({ offerId: String(sb.data.examples.productId) });
			expect(asString.json.result.success).toBe(true);
			const unknown = await detail({ offerId: 1, country: 'en' });
			expect(unknown.status).toBe(200);
			expect(unknown.json).toEqual({
				result: {
					success: false,
					code: CROSSBORDER_CODES.NOT_FOUND,
					message: expect.any(String),
					result: null,
				},
			});
			expect((await detail({ country: 'en' })).json.result.code).toBe(
				CROSSBORDER_CODES.BAD_REQUEST,
			);
			expect((await detail('not json')).json.result.code).toBe(CROSSBORDER_CODES.BAD_REQUEST);
		});
	});

	describe('alibaba.createOrder.preview', () => {
		const address = () => JSON.stringify({ addressId: sb.data.examples.addressId });
		const preview = (cargos: unknown, extra: Params = {}) =>
			call(TRADE, 'alibaba.createOrder.preview', {
				addressParam: address(),
				cargoParamList: typeof cargos === 'string' ? cargos : JSON.stringify(cargos),
				...extra,
			});

		it('prices one seller cart in fen with unit prices in yuan', async () => {
			const p = product(sb, sb.data.examples.productId);
			const [sku] = p.skus;
			const res = await preview([{ offerId: p.productID, specId: sku.specId, quantity: 3 }]);
			expect(res.status).toBe(200);
			expect(res.json.success).toBe(true);
			expect(res.json.orderPreviewResuslt).toHaveLength(1);
			const [r] = res.json.orderPreviewResuslt;
			const goods = sku.priceFen * 3;
			const home = sb.data.buyers[0].addresses.find(
				(a) => a.addressId === sb.data.examples.addressId,
			);
			const carriage = expectedCarriage(goods, 1, home?.province === p.seller.province);
			expect(r).toMatchObject({
				sumPaymentNoCarriage: goods,
				sumCarriage: carriage,
				sumPayment: goods + carriage,
				flowFlag: 'general',
				status: true,
				tradeModeNameList: [expect.any(String)],
			});
			expect(r.cargoList).toEqual([
				expect.objectContaining({
					offerId: p.productID,
					specId: sku.specId,
					quantity: 3,
					finalUnitPrice: sku.priceFen / 100,
					amount: goods / 100,
				}),
			]);
		});

		it('splits a cart of two sellers, with a full address instead of an addressId', async () => {
			const a = product(sb, sb.data.examples.productId);
			const b = sb.data.products.find(
				(p) => p.seller.memberId !== a.seller.memberId && p.minOrderQuantity === 1,
			) as Product;
			const res = await preview(
				[
					{ offerId: a.productID, specId: a.skus[0].specId, quantity: 1 },
					{ offerId: String(b.productID), specId: b.skus[1].specId, quantity: 2 },
				],
				{
					addressParam: JSON.stringify({
						fullName: '测试收货人',
						mobile: '13511112222',
						provinceText: a.seller.province,
						cityText: a.seller.city,
						areaText: '某区',
						address: '测试路1号',
						postCode: '100000',
					}),
					flow: 'paired',
				},
			);
			expect(res.json.orderPreviewResuslt).toHaveLength(2);
			const [ra, rb] = res.json.orderPreviewResuslt;
			expect(ra.flowFlag).toBe('paired');
			expect(ra.sumCarriage).toBe(expectedCarriage(a.skus[0].priceFen, 1, true));
			expect(rb.sumPaymentNoCarriage).toBe(b.skus[1].priceFen * 2);
			expect(rb.sumCarriage).toBe(
				expectedCarriage(b.skus[1].priceFen * 2, 1, b.seller.province === a.seller.province),
			);
		});

		it('accepts the items of seeded orders again (their offers, specs and quantities)', async () => {
			for (const o of demoOrders(sb).slice(0, 25)) {
				const cargos = o.items.map((i) => ({
					offerId: i.product.productID,
					specId: i.sku.specId,
					quantity: i.quantity,
				}));
				const res = await preview(cargos);
				expect(res.json.success).toBe(true);
				expect(res.json.orderPreviewResuslt[0].sumPaymentNoCarriage).toBe(
					o.items.reduce((s, i) => s + i.amountFen, 0),
				);
			}
		});

		it('answers every cart and address mistake with errorCode / errorMsg', async () => {
			const p = product(sb, sb.data.examples.productId);
			const moq = sb.data.examples.minOrderProduct as {
				productId: number;
				specId: string;
				minOrderQuantity: number;
			};
			const ok1 = [{ offerId: p.productID, specId: p.skus[0].specId, quantity: 1 }];
			// the documented codes and texts of the preview page's 错误码 table
			const documented: Array<[unknown, string, string, Params?]> = [
				[
					[{ offerId: 1, specId: 'x', quantity: 1 }],
					'500_001',
					'商品[1]不支持在线交易，无法下单。',
				],
				[
					[{ offerId: p.productID, quantity: 1 }],
					'500_002',
					`商品[${p.productID}]不属于同一卖家或者没有指定specId。`,
				],
				[
					[{ offerId: p.productID, specId: 'nope', quantity: 1 }],
					'500_003',
					`商品[${p.productID}]不属于同一卖家或者规格[nope] 不属于商品[${p.productID}]`,
				],
				[
					[
						{
							offerId: p.productID,
							specId: p.skus[0].specId,
							quantity: p.skus[0].amountOnSale + 1,
						},
					],
					'500_004',
					`商品[${p.productID}_${p.skus[0].specId}]库存不足，请核实库存后订购。`,
				],
				[
					[{ offerId: moq.productId, specId: moq.specId, quantity: moq.minOrderQuantity - 1 }],
					'500_005',
					`商品[${moq.productId}]的购买数量不满足起批量限制。`,
				],
				[
					ok1,
					'500_007',
					'与供应商的代销关系不存在,不能使用saleproxy通道下单。',
					{ flow: 'saleproxy' },
				],
			];
			for (const [cargos, errorCode, errorMsg, extra] of documented) {
				const res = await preview(cargos, extra);
				expect(res.status).toBe(200);
				expect(res.json).toEqual({ success: false, errorCode, errorMsg });
			}
			expect([
				BUSINESS_ERRORS.OFFER_NOT_TRADABLE,
				BUSINESS_ERRORS.SPEC_ID_MISSING,
				BUSINESS_ERRORS.SPEC_NOT_OF_OFFER,
				BUSINESS_ERRORS.STOCK_NOT_ENOUGH,
				BUSINESS_ERRORS.QUANTITY_LESS_THAN_MIN_ORDER,
				BUSINESS_ERRORS.NO_SALEPROXY_RELATION,
			]).toEqual(['500_001', '500_002', '500_003', '500_004', '500_005', '500_007']);
			// the sandbox's own codes where nothing is documented
			const cases: Array<[unknown, string, Params?]> = [
				[
					[{ offerId: p.productID, specId: p.skus[0].specId, quantity: 0 }],
					BUSINESS_ERRORS.CARGO_PARAM_INVALID,
				],
				['[]', BUSINESS_ERRORS.CARGO_PARAM_INVALID],
				['not json', BUSINESS_ERRORS.CARGO_PARAM_INVALID],
				[
					[{ offerId: p.productID, specId: p.skus[0].specId, quantity: 1 }],
					BUSINESS_ERRORS.ADDRESS_PARAM_INVALID,
					{ addressParam: '{bad' },
				],
				[
					[{ offerId: p.productID, specId: p.skus[0].specId, quantity: 1 }],
					BUSINESS_ERRORS.ADDRESS_PARAM_INVALID,
					{ addressParam: '{"fullName":"张三"}' },
				],
				[
					[{ offerId: p.productID, specId: p.skus[0].specId, quantity: 1 }],
					BUSINESS_ERRORS.ADDRESS_PARAM_INVALID,
					{ addressParam: '{"addressId":42}' },
				],
				[
					[{ offerId: p.productID, specId: p.skus[0].specId, quantity: 1 }],
					BUSINESS_ERRORS.FLOW_NOT_SUPPORTED,
					{ flow: 'teleport' },
				],
				[ok1, BUSINESS_ERRORS.INVOICE_PARAM_INVALID, { invoiceParam: '[1]' }],
				[ok1, BUSINESS_ERRORS.INVOICE_PARAM_INVALID, { invoiceParam: '{"invoiceType":7}' }],
			];
			for (const [cargos, code, extra] of cases) {
				const res = await preview(cargos, extra);
				expect(res.status).toBe(200);
				expect(res.json).toEqual({ success: false, errorCode: code, errorMsg: expect.any(String) });
			}
			// mixing specs of one offer counts towards its minimum order
			const mixed = product(sb, moq.productId);
			const half = Math.ceil(moq.minOrderQuantity / 2);
			const ok = await preview([
				{ offerId: moq.productId, specId: mixed.skus[0].specId, quantity: half },
				{
					offerId: moq.productId,
					specId: mixed.skus[1].specId,
					quantity: moq.minOrderQuantity - half,
				},
			]);
			expect(ok.json.success).toBe(true);
			const missing = await call(TRADE, 'alibaba.createOrder.preview', { addressParam: address() });
			expect(missing.json).toMatchObject({
				error_code: 'gw.ParamMissing',
				error_message: 'Required argument cargoParamList',
			});
		});
	});

	describe('alibaba.alipay.url.get and the cashier page', () => {
		const payUrl = (orderIdList: string) => call(TRADE, 'alibaba.alipay.url.get', { orderIdList });

		it('gives a sandbox cashier URL that shows and pays the orders', async () => {
			const ids = sb.data.examples.unpaidOrderIds.slice(0, 2);
			const res = await payUrl(`[${ids.join(',')}]`);
			expect(res.status).toBe(200);
			expect(res.json).toEqual({
				success: true,
				payUrl: `${sb.url}/pay?orderIds=${ids.join(',')}`,
			});

			const page = await get(res.json.payUrl);
			expect(page.status).toBe(200);
			expect(page.contentType).toMatch(/text\/html/);
			for (const id of ids) expect(page.text).toContain(id);

			const paid = await sendForm(`${sb.url}/pay`, { orderIds: ids.join(',') });
			expect(paid.status).toBe(200);
			expect(paid.text).toContain('支付成功');
			for (const id of ids) {
				const view = await call(TRADE, 'alibaba.trade.get.buyerView', {
					webSite: '1688',
					orderId: id,
				});
				expect(view.json.result.baseInfo.status).toBe('waitsellersend');
				expect(view.json.result.baseInfo.payTime).toMatch(/^\d{17}\+0800$/);
			}
			// paid orders are no longer payable
			const again = await payUrl(`[${ids[0]}]`);
			expect(again.json).toMatchObject({
				success: false,
				errorCode: BUSINESS_ERRORS.ORDER_STATUS_NOT_ALLOW_PAY,
			});
		});

		it('reads ids as exact digit strings and names the failing orders', async () => {
			const unknown = '9223372036854775807';
			const res = await payUrl(`[${unknown}]`);
			expect(res.json).toMatchObject({
				success: false,
				errorCode: BUSINESS_ERRORS.ORDER_NOT_FOUND,
				erroMsg: expect.any(String),
			});
			expect(res.text).toContain(`"payFailureOrderList":[${unknown}]`);

			const foreign = await payUrl(JSON.stringify([sb.data.examples.otherBuyerOrderId]));
			expect(foreign.json.errorCode).toBe(BUSINESS_ERRORS.ORDER_NO_PERMISSION);
			const cancelled = await payUrl(`${sb.data.examples.cancelledOrderId}`);
			expect(cancelled.json.errorCode).toBe(BUSINESS_ERRORS.ORDER_STATUS_NOT_ALLOW_PAY);
			expect(cancelled.text).toContain(
				`"payFailureOrderList":[${sb.data.examples.cancelledOrderId}]`,
			);
		});

		it('refuses more than 100 orders and unreadable lists', async () => {
			const many = Array.from(
				{ length: SANDBOX_1688_CONSTANTS.MAX_PAY_ORDERS + 1 },
				(_, i) => `1000000000000000${String(i).padStart(3, '0')}`,
			);
			expect((await payUrl(`[${many.join(',')}]`)).json.errorCode).toBe(
				BUSINESS_ERRORS.ORDER_ID_LIST_TOO_LONG,
			);
			expect((await payUrl('[abc]')).json.errorCode).toBe(BUSINESS_ERRORS.PARAM_ERROR);
			expect((await payUrl('[]')).json.errorCode).toBe(BUSINESS_ERRORS.PARAM_ERROR);
			expect((await call(TRADE, 'alibaba.alipay.url.get')).json.error_code).toBe('gw.ParamMissing');
		});

		it('refuses an unknown order on the cashier page', async () => {
			expect((await get(`${sb.url}/pay?orderIds=1`)).status).toBe(404);
			expect((await get(`${sb.url}/pay`)).status).toBe(400);
		});
	});

	describe('alibaba.trade.cancel on seeded orders', () => {
		const cancel = (tradeID: string | undefined, extra: Params = {}) =>
			call(TRADE, 'alibaba.trade.cancel', {
				webSite: '1688',
				tradeID: tradeID ?? '',
				cancelReason: 'buyerCancel',
				...extra,
			});

		it('cancels an old unpaid order and refuses the others', async () => {
			const id = sb.data.examples.unpaidOrderIds[2];
			expect(await cancel(id, { remark: '不想要了' }).then((r) => r.json)).toEqual({
				success: true,
			});
			expect(order(sb, id)).toMatchObject({ status: 'cancel', closeReason: 'buyerCancel' });
			// raised once, as the status's topic (subscribePush pushes it)
			expect(sb.buyingEvents.filter((e) => e.orderId === id)).toEqual([
				expect.objectContaining({ type: 'ORDER_BUYER_VIEW_ORDER_BUYER_CLOSE' }),
			]);
			const again = await cancel(id);
			// the cancel page's 错误码 table, codes and texts
			expect(again.json).toEqual({
				success: false,
				errorCode: 'ORDER_STATUS_ERROR',
				errorMessage: '订单状态错误',
			});
			expect((await cancel(sb.data.examples.shippedOrderId)).json.errorCode).toBe(
				BUSINESS_ERRORS.ORDER_STATUS_ERROR,
			);
			expect((await cancel(sb.data.examples.otherBuyerOrderId)).json).toEqual({
				success: false,
				errorCode: '400_3',
				errorMessage: '没有权限取消该订单',
			});
			expect((await cancel('1234567890123456789')).json).toEqual({
				success: false,
				errorCode: 'ORDER_NOT_EXIST',
				errorMessage: '订单不存在',
			});
			expect(
				(await cancel(sb.data.examples.unpaidOrderIds[3], { cancelReason: 'bored' })).json
					.errorCode,
			).toBe(BUSINESS_ERRORS.PARAM_ERROR);
			const missing = await call(TRADE, 'alibaba.trade.cancel', {
				webSite: '1688',
				tradeID: sb.data.examples.unpaidOrderIds[3],
			});
			expect(missing.json).toMatchObject({
				error_code: 'gw.ParamMissing',
				error_message: 'Required argument cancelReason',
			});
		});
	});

	describe('alibaba.category.get', () => {
		const category = (id: number) =>
			callApi(sb.url, {
				namespace: PRODUCT,
				name: 'alibaba.category.get',
				appKey: sb.demo.appKey,
				appSecret: sb.demo.appSecret,
				params: { categoryID: String(id) },
			});

		it('lists consistent childIDs, childCategorys and parentIDs at every level', async () => {
			const queue: Array<{ id: number; parent?: number; leaf?: boolean }> = [{ id: 0 }];
			let visited = 0;
			while (queue.length > 0) {
				const { id, parent, leaf } = queue.shift() as {
					id: number;
					parent?: number;
					leaf?: boolean;
				};
				const res = await category(id);
				expect(res.json.succes).toBe('true');
				const [info] = res.json.categoryInfo;
				const children = info.childCategorys as Array<{ id: number; isLeaf: boolean }>;
				expect(info.childIDs).toEqual(children.map((c) => c.id));
				expect(info.isLeaf).toBe(children.length === 0);
				if (leaf !== undefined) expect(info.isLeaf).toBe(leaf);
				expect(info.parentIDs).toEqual(parent === undefined ? [] : [parent]);
				for (const c of children) queue.push({ id: c.id, parent: id, leaf: c.isLeaf });
				visited++;
			}
			expect(visited).toBe(sb.data.categories.byId.size + 1);
		});
	});

	describe('getBuyerOrderList extra filters', () => {
		const list = (params: Params = {}) => call(TRADE, LIST, { pageSize: '50', ...params });

		it('reads the history table with isHis=true and the current one otherwise', async () => {
			const history = await list({ isHis: 'true' });
			expect(history.json.totalRecord).toBe(SANDBOX_1688_CONSTANTS.HISTORY_ORDER_COUNT);
			expect(
				history.json.result.map((t: { baseInfo: { idOfStr: string } }) => t.baseInfo.idOfStr),
			).toEqual(sb.data.examples.historyOrderIds);
			const current = await list({ isHis: 'false' });
			expect(current.json.totalRecord).toBe(demoOrders(sb).length);
		});

		it('accepts bizTypes, refundStatus, tradeType, productName and the need* flags', async () => {
			const all = demoOrders(sb).length;
			expect((await list({ bizTypes: '["cn","ws"]' })).json.totalRecord).toBe(all);
			expect((await list({ bizTypes: '["ws"]' })).json.totalRecord).toBe(0);
			expect((await list({ bizTypes: '[not json' })).json.totalRecord).toBe(all);
			expect((await list({ tradeType: '50060' })).json.totalRecord).toBe(all);
			const refunded = await list({ refundStatus: 'refundsuccess' });
			expect(refunded.json.totalRecord).toBe(
				demoOrders(sb).filter((o) => o.status === 'terminated').length,
			);
			expect(refunded.json.result[0].baseInfo.refundStatus).toBe('refundsuccess');
			const name = product(sb, sb.data.examples.productId).name.slice(2, 8);
			const byName = await list({ productName: name });
			expect(byName.json.totalRecord).toBe(
				demoOrders(sb).filter((o) => o.items.some((i) => i.product.name.includes(name))).length,
			);
			expect(byName.json.totalRecord).toBeGreaterThan(0);
			const flags = await list({
				needBuyerAddressAndPhone: 'true',
				needMemoInfo: 'true',
				pageSize: '1',
			});
			expect(flags.json.totalRecord).toBe(all);
			expect(flags.json.result[0].nativeLogistics.mobile).toEqual(expect.any(String));
			expect(flags.json.result[0].baseInfo.receiverInfo.toMobile).toBeUndefined();
			const seller = demoOrders(sb)[0].seller.memberId;
			const bySeller = await list({ sellerMemberId: seller });
			expect(bySeller.json.totalRecord).toBe(
				demoOrders(sb).filter((o) => o.seller.memberId === seller).length,
			);
		});
	});
});

describe('1688 sandbox: buying changes the state', () => {
	let sb: Sandbox;
	let token: string;
	const call = (namespace: string, name: string, params: Params = {}) =>
		buyerCall(sb, token, namespace, name, params);

	beforeAll(async () => {
		sb = await start1688Sandbox({ port: 0, seed: 99, orderCount: 40, startTime: START });
		token = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
	});

	afterAll(async () => {
		await sb.close();
	});

	it('create → listed first → cancel too fast → 11 s later cancelled', async () => {
		const p = product(sb, sb.data.examples.productId);
		const sku = p.skus[0];
		const stock = sku.amountOnSale;
		const before = (await call(TRADE, LIST, { pageSize: '1' })).json.totalRecord;
		const cargoParamList = JSON.stringify([
			{ offerId: p.productID, specId: sku.specId, quantity: 4 },
		]);
		const addressParam = JSON.stringify({ addressId: sb.data.examples.addressId });

		const preview = await call(TRADE, 'alibaba.createOrder.preview', {
			addressParam,
			cargoParamList,
		});
		const created = await call(TRADE, 'alibaba.trade.fastCreateOrder', {
			flow: 'general',
			addressParam,
			cargoParamList,
			message: '请用纸箱包装',
		});
		expect(created.status).toBe(200);
		expect(Object.keys(created.json)).toEqual(['success', 'result']);
		const result = created.json.result;
		expect(result).toEqual({
			totalSuccessAmount: preview.json.orderPreviewResuslt[0].sumPayment,
			orderId: expect.stringMatching(/^\d{19}$/),
			postFee: preview.json.orderPreviewResuslt[0].sumCarriage,
			failedOfferList: [],
		});
		expect(sku.amountOnSale).toBe(stock - 4);

		const listed = await call(TRADE, LIST, { pageSize: '1' });
		expect(listed.json.totalRecord).toBe(before + 1);
		const base = listed.json.result[0].baseInfo;
		expect(base).toMatchObject({
			idOfStr: result.orderId,
			status: 'waitbuyerpay',
			buyerFeedback: '请用纸箱包装',
		});
		expect(listed.text).toContain(`"id":${result.orderId},`);
		expect(Math.round(base.totalAmount * 100)).toBe(result.totalSuccessAmount);
		expect(Math.round(base.shippingFee * 100)).toBe(result.postFee);
		expect(Math.abs((parse1688(base.createTime) ?? 0) - sb.clock.now())).toBeLessThan(5000);
		expect(listed.json.result[0].productItems[0]).toMatchObject({
			productID: p.productID,
			specId: sku.specId,
			quantity: 4,
		});
		const filtered = await call(TRADE, LIST, {
			orderStatus: 'waitbuyerpay',
			orderIds: `[${result.orderId}]`,
		});
		expect(filtered.json.totalRecord).toBe(1);

		const view = await call(TRADE, 'alibaba.trade.get.buyerView', {
			webSite: '1688',
			orderId: result.orderId,
		});
		expect(view.json.result.baseInfo.status).toBe('waitbuyerpay');
		expect(
			(await call(LOGISTICS, INFOS, { webSite: '1688', orderId: result.orderId })).json.errorCode,
		).toBe(BUSINESS_ERRORS.ORDER_NOT_SHIPPED);

		const cancel = () =>
			call(TRADE, 'alibaba.trade.cancel', {
				webSite: '1688',
				tradeID: result.orderId,
				cancelReason: 'other',
				remark: 'test',
			});
		const tooFast = await cancel();
		expect(tooFast.json).toEqual({
			success: false,
			errorCode: BUSINESS_ERRORS.CLOSE_ORDER_TOO_FAST,
			errorMessage: expect.any(String),
		});
		expect(order(sb, result.orderId).status).toBe('waitbuyerpay');

		sb.clock.advance(11_000);
		expect((await cancel()).json).toEqual({ success: true });
		const after = await call(TRADE, 'alibaba.trade.get.buyerView', {
			webSite: '1688',
			orderId: result.orderId,
		});
		expect(after.json.result.baseInfo).toMatchObject({ status: 'cancel', closeReason: 'other' });
		expect(parse1688(after.json.result.baseInfo.modifyTime)).toBeGreaterThan(
			parse1688(after.json.result.baseInfo.createTime) ?? 0,
		);
		expect(sku.amountOnSale).toBe(stock);
		expect(
			(await call(TRADE, LIST, { orderStatus: 'cancel', orderIds: `[${result.orderId}]` })).json
				.totalRecord,
		).toBe(1);
	});

	it('creates one order per seller and reports the first id with the totals of all', async () => {
		const a = product(sb, sb.data.examples.productId);
		const b = sb.data.products.find(
			(p) => p.seller.memberId !== a.seller.memberId && p.minOrderQuantity === 1,
		) as Product;
		const cargoParamList = JSON.stringify([
			{ offerId: a.productID, specId: a.skus[1].specId, quantity: 2 },
			{ offerId: b.productID, specId: b.skus[0].specId, quantity: 1 },
		]);
		const addressParam = JSON.stringify({ addressId: sb.data.examples.addressId });
		const preview = await call(TRADE, 'alibaba.createOrder.preview', {
			addressParam,
			cargoParamList,
			flow: 'fenxiao',
		});
		const created = await call(TRADE, 'alibaba.trade.fastCreateOrder', {
			flow: 'fenxiao',
			addressParam,
			cargoParamList,
		});
		const previews = preview.json.orderPreviewResuslt as Array<{
			sumPayment: number;
			sumCarriage: number;
		}>;
		expect(created.json.result.totalSuccessAmount).toBe(
			previews.reduce((s, r) => s + r.sumPayment, 0),
		);
		expect(created.json.result.postFee).toBe(previews.reduce((s, r) => s + r.sumCarriage, 0));
		const listed = await call(TRADE, LIST, { pageSize: '2' });
		const [first, second] = listed.json.result.map(
			(t: { baseInfo: { idOfStr: string; sellerID: string } }) => t.baseInfo,
		);
		expect([first.idOfStr, second.idOfStr]).toContain(created.json.result.orderId);
		expect(new Set([first.sellerID, second.sellerID])).toEqual(
			new Set([a.seller.memberId, b.seller.memberId]),
		);
	});

	it('answers fastCreateOrder mistakes with code / message and creates nothing', async () => {
		const before = sb.data.orders.length;
		const p = product(sb, sb.data.examples.productId);
		const addressParam = JSON.stringify({ addressId: sb.data.examples.addressId });
		const bad = await call(TRADE, 'alibaba.trade.fastCreateOrder', {
			flow: 'general',
			addressParam,
			cargoParamList: JSON.stringify([{ offerId: p.productID, specId: 'nope', quantity: 1 }]),
		});
		expect(bad.json).toEqual({
			success: false,
			code: BUSINESS_ERRORS.SPEC_NOT_OF_OFFER,
			message: `商品[${p.productID}]不属于同一卖家或者规格[nope] 不属于商品[${p.productID}]`,
		});
		const badAddress = await call(TRADE, 'alibaba.trade.fastCreateOrder', {
			flow: 'general',
			addressParam: 'x',
			cargoParamList: JSON.stringify([
				{ offerId: p.productID, specId: p.skus[0].specId, quantity: 1 },
			]),
		});
		expect(badAddress.json.code).toBe(BUSINESS_ERRORS.ADDRESS_PARAM_INVALID);
		const noFlow = await call(TRADE, 'alibaba.trade.fastCreateOrder', {
			addressParam,
			cargoParamList: '[]',
		});
		expect(noFlow.json).toMatchObject({
			error_code: 'gw.ParamMissing',
			error_message: 'Required argument flow',
		});
		expect(sb.data.orders.length).toBe(before);
	});

	it('shows more trace steps as the sandbox clock moves on', async () => {
		const inTransit = sb.data.orders
			.filter(
				(o) =>
					o.buyer.memberId === sb.demo.memberId &&
					o.packages.length > 0 &&
					o.receivingTime === undefined,
			)
			.sort((x, y) => y.packages[0].deliveredTime - x.packages[0].deliveredTime)[0];
		const trace = () => call(LOGISTICS, TRACE, { webSite: '1688', orderId: inTransit.id });
		const now = (await trace()).json.logisticsTrace[0].logisticsSteps.length;
		sb.clock.advance(10 * DAY);
		token = sb.issueTokens({ appKey: sb.demo.appKey }).access_token; // the old one expired meanwhile
		const later = (await trace()).json.logisticsTrace[0].logisticsSteps;
		expect(later.length).toBeGreaterThanOrEqual(now);
		expect(later).toHaveLength(7);
		expect(later[6].remark).toContain('派件中');
	});
});

describe('1688 sandbox: the new APIs are deterministic', () => {
	async function snapshot(seed: number) {
		const sb = await start1688Sandbox({ port: 0, seed, orderCount: 60, startTime: START });
		try {
			const token = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
			const call = (namespace: string, name: string, params: Params) =>
				buyerCall(sb, token, namespace, name, params);
			const ex = sb.data.examples;
			const replies = [
				await call(
					CROSSBORDER,
					'product.search.keywordQuery',
					search({ keyword: KEYWORD, beginPage: 2, pageSize: 30 }),
				),
				await buyerCall(
					sb,
					sb.issueTokens({ appKey: sb.demo.appKey, memberId: sb.supplier.memberId }).access_token,
					PRODUCT,
					'alibaba.product.get',
					{ productID: String(ex.supplierProductId), webSite: '1688' },
				),
				await call(CROSSBORDER, 'product.search.queryProductDetail', {
					offerDetailParam: JSON.stringify({ offerId: ex.productId }),
				}),
				await call(LOGISTICS, INFOS, { webSite: '1688', orderId: ex.multiPackageOrderId ?? '' }),
				await call(LOGISTICS, TRACE, { webSite: '1688', orderId: ex.receivedOrderId ?? '' }),
				await call(TRADE, LIST, { isHis: 'true' }),
			];
			return { texts: replies.map((r) => r.text), examples: JSON.stringify(ex) };
		} finally {
			await sb.close();
		}
	}

	it('gives identical replies and examples for the same seed and different ones for another', async () => {
		const a = await snapshot(5);
		const b = await snapshot(5);
		const c = await snapshot(6);
		expect(a.texts).toEqual(b.texts);
		expect(a.examples).toBe(b.examples);
		for (const [i, text] of c.texts.entries()) expect(text).not.toBe(a.texts[i]);
	});
});
