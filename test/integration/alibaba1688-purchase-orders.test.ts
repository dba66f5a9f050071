import { Alibaba1688OAuth2Api } from '../../credentials/Alibaba1688OAuth2Api.credentials';
import { Alibaba1688 } from '../../nodes/Alibaba1688/Alibaba1688.node';
import { formatGatewayDate } from '../../nodes/Alibaba1688/helpers/dates';
import { start1688Sandbox } from '../../sandbox';
import type { Json } from '../support/json';
import { runNode } from '../../scripts/lib/n8n-context';
import { signedInCredential } from '../support/signed-in-credential';

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;

const credentialType = new Alibaba1688OAuth2Api();
const LIST_API = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList';
let sb: Sandbox;
let tokens: Record<string, string>;

beforeAll(async () => {
	sb = await start1688Sandbox({ orderCount: 230 });
	tokens = sb.issueTokens({ appKey: sb.demo.appKey });
});
afterAll(async () => {
	await sb.close();
});
beforeEach(() => sb.clearRequests());

function store() {
	return signedInCredential(sb, tokens);
}

async function run(parameters: Json, timezone = 'Asia/Shanghai'): Promise<Json[]> {
	const { output } = await runNode(Alibaba1688, {
		credentialType,
		store: store(),
		parameters,
		timezone,
	});
	return output.map((item: { json: Json }) => item.json);
}

async function fails(parameters: Json) {
	return await runNode(Alibaba1688, { credentialType, store: store(), parameters }).then(
		() => {
			throw new Error('expected the node to fail');
		},
		(error: Error) => error,
	);
}

const getMany = (extra: Json = {}) => ({
	resource: 'purchaseOrder',
	operation: 'getMany',
	returnAll: false,
	limit: 50,
	filters: {},
	simplify: true,
	...extra,
});

const listCalls = () => sb.requests.filter((r) => r.api === LIST_API);

async function totalRecord(params: Json = {}) {
	const [reply] = await run({
		resource: 'customApiCall',
		operation: 'call',
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.getBuyerOrderList',
		apiVersion: 1,
		parametersJson: JSON.stringify({ page: 1, pageSize: 1, ...params }),
		requiresAuth: true,
		options: {},
	});
	sb.clearRequests();
	return reply.totalRecord as number;
}

describe('Purchase Order → Get Many', () => {
	it('Return All pages through every order, 50 a page from page 1, each page once, no duplicates', async () => {
		const total = await totalRecord();
		expect(total).toBeGreaterThan(150);
		const orders = await run(getMany({ returnAll: true }));
		expect(orders).toHaveLength(total);
		expect(new Set(orders.map((o) => o.orderId)).size).toBe(total);
		// page 1 first; the rest are asked several at once, so they may arrive in any order
		const pages = listCalls().map((r) => [Number(r.params.page), r.params.pageSize]);
		expect(pages[0]).toEqual([1, '50']);
		expect([...pages].sort(([a], [b]) => Number(a) - Number(b))).toEqual(
			Array.from({ length: Math.ceil(total / 50) }, (_, i) => [i + 1, '50']),
		);
	});

	it('Limit asks only for what it needs', async () => {
		expect(await run(getMany({ limit: 7 }))).toHaveLength(7);
		expect(listCalls().map((r) => [r.params.page, r.params.pageSize])).toEqual([['1', '7']]);

		sb.clearRequests();
		const orders = await run(getMany({ limit: 120 }));
		expect(orders).toHaveLength(120);
		expect(listCalls()[0].params.page).toBe('1');
		expect(
			listCalls()
				.map((r) => r.params.page)
				.sort(),
		).toEqual(['1', '2', '3']);
	});

	it('keeps the platform order (newest first) and simplifies each order', async () => {
		const orders = await run(getMany({ limit: 60 }));
		const created = orders.map((o) => Date.parse(o.createTime));
		expect([...created].sort((a, b) => b - a)).toEqual(created);
		expect(orders[0]).toEqual(
			expect.objectContaining({
				orderId: expect.stringMatching(/^\d{18,19}$/),
				status: expect.any(String),
				totalAmountYuan: expect.any(Number),
				items: expect.any(Array),
			}),
		);
	});

	it('returns the raw 1688 data with Simplify off', async () => {
		const [order] = await run(getMany({ limit: 1, simplify: false }));
		expect(order.baseInfo.idOfStr).toMatch(/^\d{18,19}$/);
		expect(order.baseInfo.id).toBe(order.baseInfo.idOfStr);
		expect(order.productItems).toEqual(expect.any(Array));
	});

	it('filters by status', async () => {
		const total = await totalRecord({ orderStatus: 'waitsellersend' });
		const orders = await run(
			getMany({ returnAll: true, filters: { orderStatus: 'waitsellersend' } }),
		);
		expect(orders.length).toBe(total);
		expect(orders.length).toBeGreaterThan(0);
		expect(new Set(orders.map((o) => o.status))).toEqual(new Set(['waitsellersend']));
	});

	it("sends n8n dates in 1688's format, read in the workflow timezone", async () => {
		const now = sb.clock.now();
		const from = new Date(now - 30 * 86_400_000).toISOString();
		await run(
			getMany({ filters: { createStartTime: from, createEndTime: '2030-01-01T00:00:00' } }),
			'Europe/Berlin',
		);
		const params = listCalls()[0].params;
		expect(params.createStartTime).toBe(formatGatewayDate(Date.parse(from)));
		expect(params.createEndTime).toBe('20300101070000000+0800');
	});

	it('returns only orders in a created-time window, and the same set as a modified-time window would', async () => {
		const now = sb.clock.now();
		const start = new Date(now - 20 * 86_400_000).toISOString();
		const end = new Date(now - 10 * 86_400_000).toISOString();
		const orders = await run(
			getMany({ returnAll: true, filters: { createStartTime: start, createEndTime: end } }),
		);
		expect(orders.length).toBeGreaterThan(0);
		for (const order of orders) {
			expect(Date.parse(order.createTime)).toBeGreaterThanOrEqual(Date.parse(start));
			expect(Date.parse(order.createTime)).toBeLessThan(Date.parse(end));
		}
		const changed = await run(getMany({ returnAll: true, filters: { modifyStartTime: start } }));
		for (const order of changed)
			expect(Date.parse(order.modifyTime)).toBeGreaterThanOrEqual(Date.parse(start));
	});

	it('refuses a filter that is not a date, before calling 1688', async () => {
		const error = await fails(getMany({ filters: { createStartTime: 'last tuesday' } }));
		expect(error.name).toBe('NodeOperationError');
		expect(error.message).toMatch(/createStartTime.*not a date/);
		expect(sb.requests).toHaveLength(0);
	});

	it("a page size above 1688's limit is the platform's business error (Custom API Call)", async () => {
		const error = await fails({
			resource: 'customApiCall',
			operation: 'call',
			namespace: 'com.alibaba.trade',
			apiName: 'alibaba.trade.getBuyerOrderList',
			apiVersion: 1,
			parametersJson: '{"page":1,"pageSize":51}',
			requiresAuth: true,
			options: {},
		});
		expect(error.message).toMatch(/PAGE_SIZE_TOO_LARGE/);
	});
});

describe('Purchase Order → Get', () => {
	it('gets one order by its 19-digit id, simplified or raw, with include fields passed on', async () => {
		const [listed] = await run(getMany({ limit: 1 }));
		sb.clearRequests();
		const [order] = await run({
			resource: 'purchaseOrder',
			operation: 'get',
			orderId: listed.orderId,
			simplify: true,
			options: {},
		});
		expect(order.orderId).toBe(listed.orderId);
		expect(order.status).toBe(listed.status);

		const [raw] = await run({
			resource: 'purchaseOrder',
			operation: 'get',
			orderId: listed.orderId,
			simplify: false,
			options: { includeFields: ['NativeLogistics', 'OrderInvoice'] },
		});
		expect(raw.baseInfo.idOfStr).toBe(listed.orderId);
		const call = sb.requests.at(-1)!;
		expect(call.params).toMatchObject({
			webSite: '1688',
			orderId: listed.orderId,
			includeFields: 'NativeLogistics,OrderInvoice',
		});
	});

	it('refuses an id that is not one, and an id that lost digits in an expression', async () => {
		expect(
			(await fails({ resource: 'purchaseOrder', operation: 'get', orderId: '12ab', options: {} }))
				.message,
		).toMatch(/not a 1688 order ID/);
		const rounded = await fails({
			resource: 'purchaseOrder',
			operation: 'get',
			orderId: Number('3298765432109876543'),
			options: {},
		});
		expect(rounded.message).toMatch(/lost digits/);
		expect(sb.requests).toHaveLength(0);
	});

	it('maps order.nopermission.buyer and 404', async () => {
		const foreign = sb.data.orders.find((o: Json) => o.buyer.memberId !== sb.demo.memberId)!.id;
		expect(
			(await fails({ resource: 'purchaseOrder', operation: 'get', orderId: foreign, options: {} }))
				.message,
		).toMatch(/order\.nopermission\.buyer/);
		expect(
			(await fails({ resource: 'purchaseOrder', operation: 'get', orderId: '1', options: {} }))
				.message,
		).toMatch(/\(404/);
	});
});
