import { MogujieOAuth2Api } from '../../credentials/MogujieOAuth2Api.credentials';
import { Mogujie } from '../../nodes/Mogujie/Mogujie.node';
import { formatMogujieDate } from '../../nodes/Mogujie/helpers/dates';
import { startMogujieSandbox } from '../../sandbox';
import type { Json } from '../support/json';
import { runNode } from '../../scripts/lib/n8n-context';
import { signedInMogujieCredential } from '../support/signed-in-credential';

type Sandbox = Awaited<ReturnType<typeof startMogujieSandbox>>;

const credentialType = new MogujieOAuth2Api();
const DAY = 86_400_000;
let sb: Sandbox;
let tokens: Json;
let ex: Json;

beforeAll(async () => {
	sb = await startMogujieSandbox({ orderCount: 400 });
	tokens = sb.issueTokens({ appKey: sb.demo.appKey });
	ex = sb.data.examples;
});
afterAll(async () => {
	await sb.close();
});
beforeEach(() => sb.clearRequests());

const store = () => signedInMogujieCredential(sb, tokens);

async function run(parameters: Json, timezone = 'Asia/Shanghai'): Promise<Json[]> {
	const { output } = await runNode(Mogujie, {
		credentialType,
		store: store(),
		parameters,
		timezone,
	});
	return output.map((item: { json: Json }) => item.json);
}

async function fails(parameters: Json): Promise<Error> {
	return await runNode(Mogujie, { credentialType, store: store(), parameters }).then(
		() => {
			throw new Error('expected the node to fail');
		},
		(error: Error) => error,
	);
}

const calls = (method: string) => sb.requests.filter((r) => r.api === method);
const soldGet = () => calls('xiaodian.trade.sold.get').map((r) => JSON.parse(r.params.Params));
const getMany = (extra: Json = {}) => ({
	resource: 'order',
	operation: 'getMany',
	returnAll: false,
	limit: 50,
	filters: {},
	addYuan: true,
	...extra,
});

describe('Order → Get Many', () => {
	it('Return All over a 5-day range: 12-hour windows, every page once, no duplicates, newest first', async () => {
		const now = sb.clock.now();
		const start = new Date(now - 5 * DAY).toISOString();
		const end = new Date(now).toISOString();
		const orders = await run(
			getMany({ returnAll: true, filters: { startUpdated: start, endUpdated: end } }),
		);

		const expected = sb.data.orders.filter(
			(o: Json) => o.updated >= Math.floor(Date.parse(start) / 1000) * 1000 && o.updated <= now,
		);
		expect(orders.length).toBe(expected.length);
		expect(new Set(orders.map((o) => o.shopOrderId)).size).toBe(orders.length);
		expect(orders.length).toBeGreaterThan(50);

		const queries = soldGet();
		const windows = [...new Set(queries.map((q) => `${q.startUpdated}|${q.endUpdated}`))];
		expect(windows).toHaveLength(10);
		// windows are asked several at once, so they may arrive in any order
		expect([...windows].sort().reverse()[0]).toBe(
			`${formatMogujieDate(Date.parse(end) - 12 * 3_600_000)}|${formatMogujieDate(Date.parse(end))}`,
		);
		expect(new Set(queries.map((q) => `${q.startUpdated}|${q.page}`)).size).toBe(queries.length);
		expect(queries.every((q) => q.pageSize === 50 && q.orderBy === 'DESC')).toBe(true);

		const updated = orders.map((o) => o.updatedStr);
		expect([...updated].sort().reverse()).toEqual(updated);
	});

	it('a Limit stops fetching as soon as it is reached', async () => {
		const now = sb.clock.now();
		const orders = await run(
			getMany({ limit: 3, filters: { startCreated: new Date(now - 30 * DAY).toISOString() } }),
		);
		expect(orders).toHaveLength(3);
		expect(soldGet()).toHaveLength(1);
		expect(soldGet()[0].pageSize).toBe(3);
	});

	it('filters by status and adds yuan amounts', async () => {
		const orders = await run(getMany({ returnAll: true, filters: { orderStatus: 'ORDER_PAID' } }));
		expect(orders.length).toBe(ex.paidOrderIds.length);
		for (const order of orders) {
			expect(order.orderStatus).toBe('ORDER_PAID');
			expect(order.shopOrderPriceYuan).toBeCloseTo(order.shopOrderPrice / 100, 2);
		}
		expect(soldGet()[0].orderStatus).toBe('ORDER_PAID');
	});

	it('needs both ends of a range, in the right order', async () => {
		expect(
			(await fails(getMany({ filters: { endCreated: '2026-01-01T00:00:00' } }))).message,
		).toMatch(/Set "Created After" too/);
		expect(
			(
				await fails(
					getMany({
						filters: { startCreated: '2026-01-02T00:00:00', endCreated: '2026-01-01T00:00:00' },
					}),
				)
			).message,
		).toMatch(/must be earlier/);
		expect(sb.requests).toHaveLength(0);
	});
});

describe('Order → Get and Ship', () => {
	it('gets an order with yuan amounts', async () => {
		const [order] = await run({
			resource: 'order',
			operation: 'get',
			orderId: ex.multiItemOrderId,
			addYuan: true,
		});
		expect(String(order.shopOrderId)).toBe(String(ex.multiItemOrderId));
		expect(order.itemOrderInfos.length).toBeGreaterThan(1);
		expect(order.itemOrderInfos[0].nowPriceYuan).toBeCloseTo(
			order.itemOrderInfos[0].nowPrice / 100,
			2,
		);
		expect(JSON.parse(sb.requests[0].params.openApiOrderDetailReqDto)).toEqual({
			shopOrderId: String(ex.multiItemOrderId),
		});
	});

	it('ships a paid order once; shipping it again is refused with the platform code', async () => {
		const orderId = ex.paidOrderIds[ex.paidOrderIds.length - 1];
		const ship = {
			resource: 'order',
			operation: 'ship',
			orderId,
			expressCode: 'zhongtong',
			expressId: 'ZT123456789',
		};
		const [result] = await run(ship);
		expect(result).toEqual({
			orderId: String(orderId),
			expressCode: 'zhongtong',
			expressId: 'ZT123456789',
			hasShipSuccess: true,
		});
		expect(sb.requests[0].params.openAPIOrderConsignReqDTO).toBe(
			`{"shipType":0,"shopOrderId":${orderId},"expressCode":"zhongtong","expressId":"ZT123456789","needSplit":false}`,
		);
		const [order] = await run({ resource: 'order', operation: 'get', orderId, addYuan: false });
		expect(order).toMatchObject({ orderStatus: 'ORDER_SHIPPED', shipExpressId: 'ZT123456789' });

		expect((await fails(ship)).message).toMatch(
			/xiaodian\.logistics\.online\.send \(1300001: .+\)/,
		);
	});

	it("an unknown courier code is the platform's error; a dropped ship call is never retried", async () => {
		const orderId = ex.paidOrderIds[ex.paidOrderIds.length - 2];
		expect(
			(
				await fails({
					resource: 'order',
					operation: 'ship',
					orderId,
					expressCode: 'nosuchcourier',
					expressId: 'X1',
				})
			).message,
		).toMatch(/\(1300002: /);

		sb.clearRequests();
		sb.injectFault({ match: 'xiaodian.logistics.online.send', kind: 'reset' });
		const error = await fails({
			resource: 'order',
			operation: 'ship',
			orderId,
			expressCode: 'yuantong',
			expressId: 'YT1',
		});
		expect(error.message).toMatch(
			/\(ECONNRESET\)\. The request may have reached Mogujie and been carried out/,
		);
		expect(calls('xiaodian.logistics.online.send')).toHaveLength(1);
	});

	it('reads are retried after gateway failures', async () => {
		sb.injectFault({ match: 'xiaodian.trade.get', kind: 'html502', times: 2 });
		const [order] = await run({
			resource: 'order',
			operation: 'get',
			orderId: ex.shippedOrderId,
			addYuan: false,
		});
		expect(String(order.shopOrderId)).toBe(String(ex.shippedOrderId));
		expect(calls('xiaodian.trade.get').map((r) => r.status)).toEqual([502, 502, 200]);
	});

	it("an unknown order is the platform's error", async () => {
		expect(
			(await fails({ resource: 'order', operation: 'get', orderId: '1', addYuan: true })).message,
		).toMatch(/\(1200404: /);
	});
});

describe('Item', () => {
	it('Get Many on sale and off shelf, paging through all', async () => {
		const onSale = await run({
			resource: 'item',
			operation: 'getMany',
			shelf: 'onSale',
			returnAll: true,
			addYuan: true,
		});
		expect(onSale).toHaveLength(ex.onShelfCount);
		// item prices come in yuan, as xiaodian.item.get's page shows them: priceYuan repeats them
		expect(onSale[0].priceYuan).toBe(onSale[0].price);
		const pages = calls('xiaodian.item.onsale.get').map((r) => Number(r.params.page));
		expect(pages[0]).toBe(1);
		expect(pages.sort((a, b) => a - b)).toEqual(
			Array.from({ length: Math.ceil(ex.onShelfCount / 50) }, (_, i) => i + 1),
		);
		const offShelf = await run({
			resource: 'item',
			operation: 'getMany',
			shelf: 'offShelf',
			returnAll: false,
			limit: 100,
			addYuan: false,
		});
		expect(offShelf).toHaveLength(ex.offShelfCount);
		expect(offShelf.map((i) => i.itemId)).toContain(ex.offShelfItemId);
	});

	it('Update SKU Stock sets the stock, sent once; Get shows it', async () => {
		const skuId = ex.skuIds[0];
		const [result] = await run({ resource: 'item', operation: 'updateSkuStock', skuId, stock: 77 });
		expect(result).toMatchObject({ skuId, stock: 77, updated: true });
		const [item] = await run({
			resource: 'item',
			operation: 'get',
			itemId: ex.itemId,
			addYuan: true,
		});
		expect(item.skus.find((s: Json) => s.skuId === skuId).stock).toBe(77);
		// item prices come in yuan (xiaodian.item.get's page: "price": 0.1), with two decimals at most
		expect(item.skus[0].priceYuan).toBe(item.skus[0].price);
		expect(Math.round(item.skus[0].price * 100)).toBeCloseTo(item.skus[0].price * 100, 6);
	});

	it('an unknown SKU is 1100400 with a hint; a bad stock never reaches Mogujie', async () => {
		expect(
			(await fails({ resource: 'item', operation: 'updateSkuStock', skuId: 'nosuchsku', stock: 1 }))
				.message,
		).toMatch(/\(1100400: .+\)\. The SKU does not exist/);
		sb.clearRequests();
		expect(
			(
				await fails({
					resource: 'item',
					operation: 'updateSkuStock',
					skuId: ex.skuIds[0],
					stock: 1.5,
				})
			).message,
		).toMatch(/whole number/);
		expect(sb.requests).toHaveLength(0);
	});
});

describe('Category and Custom API Call', () => {
	it('Category Get Many lists roots and children, sending the seller user id', async () => {
		const roots = await run({
			resource: 'category',
			operation: 'getMany',
			parentId: '0',
			returnAll: true,
		});
		expect(roots.map((c) => c.categoryId)).toContain(ex.rootCategoryId);
		expect(sb.requests[0].params).toMatchObject({ parentID: '0', userId: sb.demo.userId });
		const children = await run({
			resource: 'category',
			operation: 'getMany',
			parentId: ex.rootCategoryId,
			returnAll: false,
			limit: 2,
		});
		expect(children.length).toBeGreaterThan(0);
		expect(children.length).toBeLessThanOrEqual(2);
	});

	it('Custom API Call sends an object value as one JSON-string field and returns result.data', async () => {
		const orders = await run({
			resource: 'customApiCall',
			operation: 'call',
			method: 'xiaodian.trade.sold.get',
			parametersJson: '{"Params": {"page": 1, "pageSize": 2, "orderStatus": "ORDER_PAID"}}',
			options: {},
		});
		expect(sb.requests[0].params.Params).toBe('{"page":1,"pageSize":2,"orderStatus":"ORDER_PAID"}');
		expect(orders).toHaveLength(1);
		expect(orders[0].openApiOrderDetailResDtos).toHaveLength(2);
	});

	it('Custom API Call returns one item per element when result.data is an array, and wraps scalars', async () => {
		const categories = await run({
			resource: 'customApiCall',
			operation: 'call',
			method: 'xiaodian.item.getAllCategory',
			parametersJson: JSON.stringify({ parentID: '0', userId: sb.demo.userId }),
			options: {},
		});
		expect(categories.length).toBeGreaterThan(1);
		const [decoded] = await run({
			resource: 'customApiCall',
			operation: 'call',
			method: 'xiaodian.common.decryptID',
			parametersJson: JSON.stringify({ id: ex.rootCategoryId }),
			options: {},
		});
		expect(decoded).toEqual({ data: String(ex.rootCategoryNumericId) });
	});

	it('bad parameters JSON and an unknown method', async () => {
		const bad = await fails({
			resource: 'customApiCall',
			operation: 'call',
			method: 'xiaodian.item.get',
			parametersJson: '{"itemId":',
			options: {},
		});
		expect(bad.name).toBe('NodeOperationError');
		expect(sb.requests).toHaveLength(0);
		const unknown = await fails({
			resource: 'customApiCall',
			operation: 'call',
			method: 'xiaodian.nothing',
			parametersJson: '{}',
			options: {},
		});
		expect(unknown.message).toMatch(/xiaodian\.nothing \(0000007: /);
	});
});
