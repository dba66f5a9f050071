import { Alibaba1688OAuth2Api } from '../../credentials/Alibaba1688OAuth2Api.credentials';
import { Alibaba1688 } from '../../nodes/Alibaba1688/Alibaba1688.node';
import { start1688Sandbox } from '../../sandbox';
import type { Json } from '../support/json';
import { createExecuteContext, runNode } from '../../scripts/lib/n8n-context';
import { signedInCredential } from '../support/signed-in-credential';

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;

const credentialType = new Alibaba1688OAuth2Api();
let sb: Sandbox;
let tokens: Record<string, string>;
let ex: Json;

beforeAll(async () => {
	sb = await start1688Sandbox({ orderCount: 300 });
	tokens = sb.issueTokens({ appKey: sb.demo.appKey });
	ex = sb.data.examples;
});
afterAll(async () => {
	await sb.close();
});
beforeEach(() => sb.clearRequests());

function store(extra: Json = {}) {
	return signedInCredential(sb, tokens, extra);
}

async function run(parameters: Json, credentials = store()): Promise<Json[]> {
	const { output } = await runNode(Alibaba1688, { credentialType, store: credentials, parameters });
	return output.map((item: { json: Json }) => item.json);
}

async function fails(parameters: Json, credentials = store()): Promise<Error> {
	return await runNode(Alibaba1688, { credentialType, store: credentials, parameters }).then(
		() => {
			throw new Error('expected the node to fail');
		},
		(error: Error) => error,
	);
}

const calls = (api: string) => sb.requests.filter((r) => r.api === api);
const address = {
	fullName: '张三',
	mobile: '13800000000',
	provinceText: '浙江省',
	cityText: '杭州市',
	areaText: '滨江区',
	address: '网商路 699 号',
	postCode: '310052',
};

describe('Logistics', () => {
	it('Get Info: one item per shipment, with the order id', async () => {
		const shipments = await run({
			resource: 'logistics',
			operation: 'getInfo',
			orderId: ex.multiPackageOrderId,
			options: {},
		});
		expect(shipments).toHaveLength(2);
		for (const shipment of shipments) {
			expect(shipment).toMatchObject({
				orderId: ex.multiPackageOrderId,
				logisticsBillNo: expect.any(String),
				logisticsCompanyName: expect.any(String),
			});
		}
		expect(
			calls('com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView')[0].params,
		).toMatchObject({
			webSite: '1688',
			orderId: ex.multiPackageOrderId,
		});
	});

	it('Get Info passes the chosen fields', async () => {
		await run({
			resource: 'logistics',
			operation: 'getInfo',
			orderId: ex.shippedOrderId,
			options: { fields: ['company.name', 'receiver'] },
		});
		expect(sb.requests[0].params.fields).toBe('company.name,receiver');
	});

	it('Get Trace: steps in time order and the latest step', async () => {
		const [trace] = await run({
			resource: 'logistics',
			operation: 'getTrace',
			orderId: ex.receivedOrderId,
			options: {},
		});
		expect(trace.orderId).toBe(ex.receivedOrderId);
		expect(trace.logisticsSteps.length).toBeGreaterThan(1);
		expect(trace.latestStep).toEqual(trace.logisticsSteps.at(-1));
		expect(trace.latestStep.remark).toMatch(/签收/);
	});

	it('Get Trace of one shipment by logistics id', async () => {
		const shipments = await run({
			resource: 'logistics',
			operation: 'getInfo',
			orderId: ex.multiPackageOrderId,
			options: {},
		});
		const traces = await run({
			resource: 'logistics',
			operation: 'getTrace',
			orderId: ex.multiPackageOrderId,
			options: { logisticsId: shipments[1].logisticsId },
		});
		expect(traces.map((t) => t.logisticsId)).toEqual([shipments[1].logisticsId]);
	});

	it.each([
		[
			'an order older than a year',
			() => ex.historyOrderIds[0],
			/order\.createtime\.history.*within the last year/,
		],
		["another buyer's order", () => ex.otherBuyerOrderId, /order\.nopermission\.buyer/],
		['an unknown order', () => '1234567890', /\(404/],
	])('Get Trace of %s names the code', async (_name, id, message) => {
		expect(
			(await fails({ resource: 'logistics', operation: 'getTrace', orderId: id(), options: {} }))
				.message,
		).toMatch(message);
	});

	it('Get Trace of an order not shipped yet says there is no trace (1688 answers success)', async () => {
		const [trace] = await run({
			resource: 'logistics',
			operation: 'getTrace',
			orderId: ex.unshippedOrderId,
			options: {},
		});
		expect(trace).toEqual({
			orderId: ex.unshippedOrderId,
			logisticsSteps: [],
			latestStep: null,
			message: '该订单没有物流跟踪信息。',
		});
	});

	it('Get Info of an order not shipped yet names 500_2 and when to ask again', async () => {
		expect(
			(
				await fails({
					resource: 'logistics',
					operation: 'getInfo',
					orderId: ex.unshippedOrderId,
					options: {},
				})
			).message,
		).toMatch(/500_2.*has not shipped yet/);
	});
});

describe('Product', () => {
	it("Get Own Product (version 1): the supplier's own product with SKUs, raw", async () => {
		const supplier = signedInCredential(
			sb,
			sb.issueTokens({ appKey: sb.demo.appKey, memberId: sb.supplier.memberId }),
		);
		const productId = String(ex.supplierProductId);
		const [product] = await run(
			{ resource: 'product', operation: 'get', productId, webSite: '1688' },
			supplier,
		);
		expect(String(product.productID)).toBe(productId);
		const specIds = (sb.data.productsById.get(ex.supplierProductId) as Json).skus.map(
			(s: Json) => s.specId,
		);
		expect(product.skuInfos.map((s: Json) => s.specId)).toEqual(specIds);
		expect(product.success).toBe(true);
	});

	it("Get Own Product of another seller's product names 1688's refusal", async () => {
		expect(
			(
				await fails({
					resource: 'product',
					operation: 'get',
					productId: String(ex.productId),
					webSite: '1688',
				})
			).message,
		).toMatch(/PRODUCT_NOT_OWNED/);
	});

	it('Get of an unknown product names PRODUCT_NOT_EXIST', async () => {
		expect(
			(await fails({ resource: 'product', operation: 'get', productId: '1', webSite: '1688' }))
				.message,
		).toMatch(/PRODUCT_NOT_EXIST/);
	});

	it('Search by Keyword: Return All pages through every match once', async () => {
		const products = await run({
			resource: 'product',
			operation: 'search',
			keyword: ex.searchKeyword,
			returnAll: true,
			options: {},
		});
		expect(products).toHaveLength(ex.searchKeywordMatches);
		expect(new Set(products.map((p) => p.offerId)).size).toBe(ex.searchKeywordMatches);
		const pages = calls('com.alibaba.fenxiao.crossborder:product.search.keywordQuery').map((r) =>
			JSON.parse(r.params.offerQueryParam),
		);
		expect(pages.map((p) => [p.beginPage, p.pageSize])).toEqual([
			[1, 50],
			[2, 50],
		]);
		expect(pages[0]).toMatchObject({ keyword: ex.searchKeyword, country: 'en' });
	});

	it('Search by Keyword: limit and options', async () => {
		const products = await run({
			resource: 'product',
			operation: 'search',
			keyword: ex.searchKeywordEn,
			returnAll: false,
			limit: 5,
			options: { country: 'ja', priceStart: 1, priceEnd: 500 },
		});
		expect(products).toHaveLength(5);
		expect(JSON.parse(sb.requests[0].params.offerQueryParam)).toMatchObject({
			beginPage: 1,
			pageSize: 5,
			country: 'ja',
			priceStart: '1',
			priceEnd: '500',
		});
	});

	it('Get Detail (cross-border) with the offer id as an exact number', async () => {
		const listed = await run({
			resource: 'product',
			operation: 'search',
			keyword: ex.searchKeyword,
			returnAll: false,
			limit: 1,
			options: {},
		});
		sb.clearRequests();
		const [detail] = await run({
			resource: 'product',
			operation: 'getDetail',
			productId: String(listed[0].offerId),
			country: 'en',
		});
		expect(String(detail.offerId)).toBe(String(listed[0].offerId));
		expect(detail.productSkuInfos).toEqual(expect.any(Array));
		expect(sb.requests[0].params.offerDetailParam).toBe(
			`{"offerId":${listed[0].offerId},"country":"en"}`,
		);
	});

	it('Get Detail of an unknown offer names the nested code', async () => {
		expect(
			(await fails({ resource: 'product', operation: 'getDetail', productId: '1', country: 'en' }))
				.message,
		).toMatch(/\(404/);
	});
});

describe('Category', () => {
	it('Get: the top level and a category with its children, with no user token at all', async () => {
		const noToken = store({ accessToken: '', refreshToken: '', session: '' });
		const [root] = await run({ resource: 'category', operation: 'get', categoryId: 0 }, noToken);
		expect(root.childCategorys.length).toBeGreaterThan(0);
		const first = root.childCategorys[0];
		const [category] = await run(
			{ resource: 'category', operation: 'get', categoryId: first.id },
			noToken,
		);
		expect(category).toMatchObject({ categoryID: first.id, name: first.name });
		expect(sb.requests.every((r) => r.params.access_token === undefined)).toBe(true);
	});

	it('the editor lists top-level categories (load options)', async () => {
		const context = createExecuteContext({ credentialType, store: store() });
		const options = await new Alibaba1688().methods.loadOptions.getTopCategories.call(
			context as never,
		);
		expect(options.length).toBeGreaterThan(0);
		expect(options[0]).toEqual({
			name: expect.stringMatching(/\(\d+\)$/),
			value: expect.any(Number),
		});
	});
});

describe('Purchase Order writes and payment', () => {
	const cargo = () => ({
		items: [{ offerId: String(ex.productId), specId: ex.specIds[0], quantity: 2 }],
	});

	it('Preview prices an order in fen and yuan', async () => {
		const [preview] = await run({
			resource: 'purchaseOrder',
			operation: 'preview',
			address,
			cargo: cargo(),
			flow: 'general',
		});
		expect(preview.sumPayment).toEqual(expect.any(Number));
		expect(preview.sumPaymentYuan).toBeCloseTo(preview.sumPayment / 100, 2);
		const sent = sb.requests[0].params;
		expect(JSON.parse(sent.addressParam)).toEqual(address);
		expect(sent.cargoParamList).toBe(
			`[{"offerId":${ex.productId},"specId":${JSON.stringify(ex.specIds[0])},"quantity":2}]`,
		);
	});

	it('Preview names the business error for a quantity under the minimum order', async () => {
		const { productId, specId, minOrderQuantity } = ex.minOrderProduct;
		const error = await fails({
			resource: 'purchaseOrder',
			operation: 'preview',
			address,
			cargo: { items: [{ offerId: String(productId), specId, quantity: minOrderQuantity - 1 }] },
			flow: 'general',
		});
		expect(error.message).toMatch(/500_005.*minimum order/);
	});

	it('Create places an order that Get finds; Cancel is refused while it is under 10 s old, then succeeds', async () => {
		const [created] = await run({
			resource: 'purchaseOrder',
			operation: 'create',
			address,
			cargo: cargo(),
			flow: 'general',
			message: '请尽快发货',
		});
		expect(created.orderId).toMatch(/^\d{19}$/);
		expect(created.totalSuccessAmountYuan).toBeCloseTo(created.totalSuccessAmount / 100, 2);

		const [order] = await run({
			resource: 'purchaseOrder',
			operation: 'get',
			orderId: created.orderId,
			simplify: true,
			options: {},
		});
		expect(order.status).toBe('waitbuyerpay');

		sb.clearRequests();
		const cancel = {
			resource: 'purchaseOrder',
			operation: 'cancel',
			orderId: created.orderId,
			cancelReason: 'buyerCancel',
			remark: '',
		};
		const tooFast = await fails(cancel);
		expect(tooFast.message).toMatch(/CLOSE_ORDER_TOO_FAST.*10 seconds/);
		expect(calls('com.alibaba.trade:alibaba.trade.cancel')).toHaveLength(1);

		sb.clock.advance(11_000);
		const [cancelled] = await run(cancel);
		expect(cancelled).toMatchObject({ orderId: created.orderId, cancelled: true, success: true });
		const [after] = await run({
			resource: 'purchaseOrder',
			operation: 'get',
			orderId: created.orderId,
			simplify: true,
			options: {},
		});
		expect(after.status).toBe('cancel');
	});

	it('Create carries an External Order ID: a lost reply is looked up by it, so there is one order', async () => {
		const create = {
			resource: 'purchaseOrder',
			operation: 'create',
			address,
			cargo: cargo(),
			flow: 'general',
			message: '',
			outOrderId: `IT-${Date.now()}`,
		};
		// the order is created, then the connection drops before any reply
		sb.injectFault({
			match: 'com.alibaba.trade:alibaba.trade.fastCreateOrder',
			kind: 'resetAfterHandling',
		});
		const [created] = await run(create);
		expect(created).toMatchObject({ outOrderId: create.outOrderId, foundByOutOrderId: true });
		expect(created.orderId).toMatch(/^\d{19}$/);
		expect(calls('com.alibaba.trade:alibaba.trade.fastCreateOrder')).toHaveLength(1);
		expect(calls('com.alibaba.trade:alibaba.trade.getBuyerOrderList')).toHaveLength(1);
		const [listed] = await run({
			resource: 'customApiCall',
			operation: 'call',
			namespace: 'com.alibaba.trade',
			apiName: 'alibaba.trade.getBuyerOrderList',
			apiVersion: 1,
			parametersJson: JSON.stringify({ outOrderId: create.outOrderId }),
			requiresAuth: true,
			options: {},
		});
		expect(listed.result.map((o: Json) => o.baseInfo.idOfStr)).toEqual([created.orderId]);

		// sent again with the same id (a rerun): still that one order
		const [again] = await run(create);
		expect(again.orderId).toBe(created.orderId);
	});

	it('a rate-limited Create is sent again (the gateway refused it before it ran); a reset Cancel is sent once', async () => {
		sb.injectFault({ match: 'com.alibaba.trade:alibaba.trade.fastCreateOrder', kind: 'qos' });
		const [created] = await run({
			resource: 'purchaseOrder',
			operation: 'create',
			address,
			cargo: cargo(),
			flow: 'general',
			message: '',
		});
		expect(created.orderId).toMatch(/^\d{19}$/);
		expect(calls('com.alibaba.trade:alibaba.trade.fastCreateOrder')).toHaveLength(2);

		sb.injectFault({ match: 'com.alibaba.trade:alibaba.trade.cancel', kind: 'reset' });
		const reset = await fails({
			resource: 'purchaseOrder',
			operation: 'cancel',
			orderId: ex.unpaidOrderIds[0],
			cancelReason: 'other',
			remark: '',
		});
		expect(reset.message).toMatch(/may have reached 1688 and been carried out/);
		expect(calls('com.alibaba.trade:alibaba.trade.cancel')).toHaveLength(1);
	});

	it('reads are retried: a Get Trace after two gateway failures succeeds', async () => {
		sb.injectFault({
			match: 'com.alibaba.logistics:alibaba.trade.getLogisticsTraceInfo.buyerView',
			kind: 'html502',
			times: 2,
		});
		const traces = await run({
			resource: 'logistics',
			operation: 'getTrace',
			orderId: ex.shippedOrderId,
			options: {},
		});
		expect(traces.length).toBeGreaterThan(0);
		expect(
			calls('com.alibaba.logistics:alibaba.trade.getLogisticsTraceInfo.buyerView').map(
				(r) => r.status,
			),
		).toEqual([502, 502, 200]);
	});

	it('Cancel of a paid order names the status error', async () => {
		expect(
			(
				await fails({
					resource: 'purchaseOrder',
					operation: 'cancel',
					orderId: ex.unshippedOrderId,
					cancelReason: 'buyerCancel',
					remark: '',
				})
			).message,
		).toMatch(/ORDER_STATUS_ERROR.*waiting for payment/);
	});

	it('Get Payment URL for several unpaid orders, ids exact in the Long[] parameter', async () => {
		const ids = ex.unpaidOrderIds.slice(1, 3);
		const [result] = await run({
			resource: 'purchaseOrder',
			operation: 'getPaymentUrl',
			orderIds: ids.join(', '),
		});
		expect(result.payUrl).toContain(`${sb.url}/pay?orderIds=`);
		expect(result.orderIds).toEqual(ids);
		expect(sb.requests[0].params.orderIdList).toBe(`[${ids.join(',')}]`);
	});

	it("Get Payment URL refuses more than 100 orders before calling 1688, and names 1688's status error", async () => {
		const many = Array.from({ length: 101 }, (_, i) => String(1000 + i)).join(',');
		expect(
			(await fails({ resource: 'purchaseOrder', operation: 'getPaymentUrl', orderIds: many }))
				.message,
		).toMatch(/at most 100/);
		expect(sb.requests).toHaveLength(0);
		expect(
			(
				await fails({
					resource: 'purchaseOrder',
					operation: 'getPaymentUrl',
					orderIds: ex.cancelledOrderId,
				})
			).message,
		).toMatch(/ORDER_STATUS_NOT_ALLOW_PAY/);
	});
});
