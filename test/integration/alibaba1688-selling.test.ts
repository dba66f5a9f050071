// The supplier's side through the node, over loopback HTTP against the sandbox: Sales Order (Get
// Many, Get, Ship, Add Memo) and My Product (Get Many, Get, Update Stock), with the credential
// authorized by the sandbox's supplier, and every refusal with its next step.
import { Alibaba1688OAuth2Api } from '../../credentials/Alibaba1688OAuth2Api.credentials';
import { Alibaba1688 } from '../../nodes/Alibaba1688/Alibaba1688.node';
import { start1688Sandbox } from '../../sandbox';
import type { Json } from '../support/json';
import { runNode } from '../../scripts/lib/n8n-context';
import { signedInCredential } from '../support/signed-in-credential';

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;

const credentialType = new Alibaba1688OAuth2Api();
let sb: Sandbox;
let ex: Json;
let supplier: ReturnType<typeof signedInCredential>;

beforeAll(async () => {
	sb = await start1688Sandbox({ orderCount: 200 });
	ex = sb.data.examples;
	supplier = signedInCredential(
		sb,
		sb.issueTokens({ appKey: sb.demo.appKey, memberId: sb.supplier.memberId }),
	);
});
afterAll(async () => {
	await sb.close();
});
beforeEach(() => sb.clearRequests());

async function runItems(parameters: Json, items?: Json[], continueOnFail = false) {
	const { output } = await runNode(Alibaba1688, {
		credentialType,
		store: supplier,
		parameters,
		items,
		continueOnFail,
	});
	return output as Array<{ json: Json; pairedItem: Json }>;
}

const run = async (parameters: Json): Promise<Json[]> =>
	(await runItems(parameters)).map((item) => item.json);

async function fails(parameters: Json): Promise<Error> {
	return await run(parameters).then(
		() => {
			throw new Error('expected the node to fail');
		},
		(error: Error) => error,
	);
}

const calls = (api: string) => sb.requests.filter((r) => r.api === api);
const SEND = 'com.alibaba.logistics:alibaba.logistics.OpDeliverySendOrder.offline';
const getOrder = async (orderId: string) =>
	(
		await run({ resource: 'salesOrder', operation: 'get', orderId, simplify: true, options: {} })
	)[0];
const ship = (orderId: string, extra: Json = {}) => ({
	resource: 'salesOrder',
	operation: 'ship',
	orderId,
	lines: 'all',
	carrierCode: 'ZTO',
	trackingNumber: `73${orderId.slice(-11)}`,
	options: {},
	...extra,
});

describe('Sales Order', () => {
	it('Get Many: Return All lists every sales order once, simplified with the buyer and the shipping check', async () => {
		const orders = await run({
			resource: 'salesOrder',
			operation: 'getMany',
			returnAll: true,
			filters: {},
			simplify: true,
		});
		const expected = sb.salesOrders().filter((o: Json) => !o.history);
		expect(orders.length).toBe(expected.length);
		expect(new Set(orders.map((o) => o.orderId)).size).toBe(orders.length);
		expect(calls('com.alibaba.trade:alibaba.trade.getSellerOrderList')[0].params).toMatchObject({
			pageSize: '20',
			needCheckSend: 'true',
		});
		const toShip = orders.find((o) => o.orderId === String(ex.salesOrderToShip)) as Json;
		expect(toShip.status).toBe('waitsellersend');
		expect(toShip.buyerMemberId).toMatch(/^b2b-/);
		expect(toShip.items.every((item: Json) => item.canSendGoods === true)).toBe(true);
	});

	it('Get Many filters by status and buyer, and stops at Limit', async () => {
		const paid = await run({
			resource: 'salesOrder',
			operation: 'getMany',
			returnAll: true,
			filters: { orderStatus: 'waitsellersend' },
			simplify: true,
		});
		expect(paid.length).toBeGreaterThan(0);
		expect(paid.every((o) => o.status === 'waitsellersend')).toBe(true);
		const buyer = paid[0].buyerMemberId;
		const ofBuyer = await run({
			resource: 'salesOrder',
			operation: 'getMany',
			returnAll: false,
			limit: 2,
			filters: { buyerMemberId: buyer },
			simplify: true,
		});
		expect(ofBuyer.length).toBeLessThanOrEqual(2);
		expect(ofBuyer.every((o) => o.buyerMemberId === buyer)).toBe(true);
	});

	it('Ship: every waiting line, after which Get shows the order shipped with the parcel', async () => {
		const orderId = String(ex.salesOrdersToShip[0]);
		const [shipped] = await run(ship(orderId));
		const order = await getOrder(orderId);
		expect(shipped).toMatchObject({ orderId, shipped: true, carrierCode: 'ZTO' });
		expect(shipped.subItemIds).toEqual(order.items.map((item: Json) => item.subItemId));
		expect(order.status).toBe('waitbuyerreceive');
		expect(order.shipments).toEqual([
			expect.objectContaining({ companyNo: 'ZTO', trackingNumber: shipped.trackingNumber }),
		]);
		expect(calls(SEND)).toHaveLength(1);
	});

	it('Ship: chosen lines are a partial shipment, and the rest ships later', async () => {
		const orderId = String(ex.salesOrderPartlyShipped);
		const before = await getOrder(orderId);
		const waiting = before.items.filter((item: Json) => item.status === 'waitsellersend');
		expect(waiting.length).toBeGreaterThanOrEqual(2);
		await run(ship(orderId, { lines: 'chosen', orderEntryIds: waiting[0].subItemId }));
		expect((await getOrder(orderId)).status).toBe('waitsellersend');
		const [rest] = await run(ship(orderId, { trackingNumber: '7300000000123' }));
		expect(rest.subItemIds).toEqual(waiting.slice(1).map((item: Json) => item.subItemId));
		expect((await getOrder(orderId)).status).toBe('waitbuyerreceive');
	});

	it.each([
		['unpaid', () => ex.salesOrderUnpaid, /not paid yet \(waitbuyerpay\)/],
		['already shipped', () => ex.salesOrderShipped, /nothing waiting for shipment/],
	])('Ship refuses an %s order before sending', async (_, id, message) => {
		expect((await fails(ship(String(id())))).message).toMatch(message);
		expect(calls(SEND)).toHaveLength(0);
	});

	it('Ship of an order with a line under refund names the line 1688 holds back, before sending', async () => {
		const error = (await fails(ship(String(ex.salesOrderRefunding)))) as Error & Json;
		expect(error.message).toMatch(/1688 does not let line \d+ of order \d+ ship now/);
		expect(error.description).not.toBe('');
		expect(calls(SEND)).toHaveLength(0);
	});

	it("Ship with a tracking number the carrier does not use names 1688's INVALID_PARAM", async () => {
		const error = await fails(ship(String(ex.salesOrdersToShip[1]), { trackingNumber: 'ABC' }));
		expect(error.message).toMatch(/INVALID_PARAM.*at most 15 times/);
	});

	it('Ship with an unknown carrier code is refused before sending', async () => {
		const error = await fails(ship(String(ex.salesOrdersToShip[1]), { carrierCode: 'NOPE' }));
		expect(error.message).toMatch(/"NOPE" is not one of 1688's carriers/);
		expect(calls(SEND)).toHaveLength(0);
	});

	it('Ship with Continue On Fail: rows from a sheet, the bad one as its error, each paired', async () => {
		// one parameter set per row, as n8n resolves {{ $json.orderId }} for each item
		const ids = [ex.salesOrdersToShip[2], ex.salesOrderUnpaid, ex.salesOrdersToShip[3]];
		const output = await runItems(
			ids.map((id, i) => ship(String(id), { trackingNumber: `730000000100${i}` })) as never,
			ids.map((id) => ({ json: { orderId: String(id) } })),
			true,
		);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].json.shipped).toBe(true);
		expect(output[1].json.error).toMatch(/not paid yet/);
		expect(output[2].json.shipped).toBe(true);
	});

	it("Add Memo sets the seller's memo and flag, which Get shows", async () => {
		const orderId = String(ex.salesOrderToShip);
		const [memo] = await run({
			resource: 'salesOrder',
			operation: 'addMemo',
			orderId,
			memo: '先发顺丰',
			remarkIcon: '2',
		});
		expect(memo).toEqual({ orderId, memo: '先发顺丰', remarkIcon: '2', success: true });
		const order = await getOrder(orderId);
		expect([order.sellerMemo, order.sellerRemarkIcon]).toEqual(['先发顺丰', '2']);
	});

	it("Add Memo of an order that is not the supplier's names 400_4, although 1688 says success", async () => {
		const error = await fails({
			resource: 'salesOrder',
			operation: 'addMemo',
			orderId: '1198263322216969811',
			memo: 'x',
			remarkIcon: '1',
		});
		expect(error.message).toMatch(/400_4.*ORDER_NOT_EXIST.*not this account's/);
	});
});

describe('My Product', () => {
	const productOf = (id: unknown) => sb.data.productsById.get(id as number) as Json;

	it('Get Many: Return All walks every published product once, in ID order', async () => {
		const products = await run({
			resource: 'myProduct',
			operation: 'getMany',
			returnAll: true,
			filters: { statusList: ['published'] },
			simplify: true,
			options: {},
		});
		const published = [...sb.data.products, ...sb.data.supplierCatalog].filter(
			(p: Json) =>
				p.seller.memberId === sb.supplier.memberId && (p.status ?? 'published') === 'published',
		);
		expect(products.map((p) => p.productId).sort()).toEqual(
			published.map((p: Json) => String(p.productID)).sort(),
		);
		expect(calls('com.alibaba.product:alibaba.product.list.get')[0].params).toMatchObject({
			orderByCondition: 'ID',
			statusList: '["published"]',
		});
	});

	it('Get Many by status finds the expired product', async () => {
		const products = await run({
			resource: 'myProduct',
			operation: 'getMany',
			returnAll: true,
			filters: { statusList: ['expired'] },
			simplify: true,
			options: {},
		});
		expect(products.map((p) => p.productId)).toContain(String(ex.supplierProductExpired));
	});

	it('Update Stock sets one SKU by cargo number, adds to another, and Get shows both', async () => {
		const productId = String(ex.supplierProductId);
		const [first, second] = productOf(ex.supplierProductId).skus as Json[];
		const [before] = await run({
			resource: 'myProduct',
			operation: 'get',
			productId,
			webSite: '1688',
			simplify: true,
		});
		const stockOf = (product: Json, specId: string) =>
			product.skus.find((s: Json) => s.specId === specId).stock;
		await run({
			resource: 'myProduct',
			operation: 'updateStock',
			productId,
			mode: 'set',
			stock: { items: [{ sku: first.specId, quantity: 321 }] },
		});
		const [adjusted] = await run({
			resource: 'myProduct',
			operation: 'updateStock',
			productId,
			mode: 'adjust',
			stock: { items: [{ sku: second.specId, quantity: -2 }] },
		});
		const [after] = await run({
			resource: 'myProduct',
			operation: 'get',
			productId,
			webSite: '1688',
			simplify: true,
		});
		expect(stockOf(after, first.specId)).toBe(321);
		expect(stockOf(after, second.specId)).toBe(stockOf(before, second.specId) - 2);
		expect(adjusted.changes[0].stockAfter).toBe(stockOf(after, second.specId));
	});

	it('Update Stock of a product without SKUs sets its whole stock', async () => {
		const productId = String(ex.supplierProductWithoutSkus);
		await run({
			resource: 'myProduct',
			operation: 'updateStock',
			productId,
			mode: 'set',
			stock: { items: [{ sku: '', quantity: 77 }] },
		});
		const [after] = await run({
			resource: 'myProduct',
			operation: 'get',
			productId,
			webSite: '1688',
			simplify: true,
		});
		expect(after.stock).toBe(77);
		expect(after.skus).toEqual([]);
	});

	it("Update Stock below zero fails with 1688's per-product code, though the call succeeded", async () => {
		const productId = String(ex.supplierProductId);
		const [sku] = productOf(ex.supplierProductId).skus as Json[];
		const error = await fails({
			resource: 'myProduct',
			operation: 'updateStock',
			productId,
			mode: 'adjust',
			stock: { items: [{ sku: sku.specId, quantity: -1_000_000 }] },
		});
		expect(error.message).toMatch(/did not change the stock of product .*STOCK_BELOW_ZERO/);
	});

	it("Get of another seller's product names 1688's refusal", async () => {
		const error = await fails({
			resource: 'myProduct',
			operation: 'get',
			productId: String(ex.otherSellerProductId),
			webSite: '1688',
			simplify: true,
		});
		expect(error.message).toMatch(/PRODUCT_NOT_OWNED/);
	});
});
