// Dropshipping end to end in a real n8n against the 1688 sandbox: the two shipped examples,
// activated ("storefront order → 1688 purchase order → pay", delivered twice as storefronts do, and
// "1688 shipped → tracking back to the storefront" on the signed push the sandbox raises when a
// supplier ships: subscribePush + shipOrder), then a refund of one of those orders from its
// creation to the return shipment.
import orderExample from '../../examples/1688-storefront-order-to-purchase-order.workflow.json';
import trackingExample from '../../examples/1688-shipped-to-storefront-tracking.workflow.json';
import shopifyOrder from '../../examples/samples/shopify-order.json';
import { start1688Sandbox } from '../../sandbox';
import { N8nInstance, packPackage } from '../../scripts/lib/n8n';
import { alibaba1688SandboxCredentialData } from '../../scripts/lib/sandbox-credentials';
import type { Json } from '../support/json';
import { findLeaks, n8nArtifacts } from '../support/leak-scan';
import {
	outputOf,
	postJson,
	readExecution,
	runManually,
	waitForExecutions,
	waitForWebhook,
} from '../support/n8n-executions';

jest.setTimeout(900_000);

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;

const NODE_TYPE = 'n8n-nodes-1688-mogujie.alibaba1688';
const CREDENTIAL = { alibaba1688OAuth2Api: { id: 'sandbox1688cred01', name: '1688 sandbox' } };
/** The example's SKU table (node "Order and SKU table"): the sample's SKUs → sandbox offers. */
const SKU_TABLE: Record<string, { offerId: string; specId: string }> = {
	'TEE-BLK-M': { offerId: '673539894897', specId: '394b7924199d9c5774c9ea5ad84a7165' },
	'SNK-MESH-BW-39': { offerId: '142208944395', specId: 'ff32432f0ffb5b53e463345b032aa4f3' },
};
const outOrderIdOf = (line: Json) => `shopify-${shopifyOrder.id}-${line.id}`;
/** The topics the tracking example's trigger listens to: what the sandbox pushes to its webhook. */
const SHIPPED_TOPICS: string[] = (
	trackingExample.nodes.find((node) => node.name === '1688: order shipped') as Json
).parameters.topics;
const TRACKING_URL = () => `${n8n.baseUrl}/webhook/1688-shipped-to-storefront/messages`;

let sb: Sandbox;
let n8n: InstanceType<typeof N8nInstance>;
/** The 1688 orders example (a) placed, by storefront line id. */
const placed = new Map<string, Json>();

beforeAll(async () => {
	sb = await start1688Sandbox({ orderCount: 120 });
	n8n = await N8nInstance.create();
	await n8n.installPackage(await packPackage());
	await n8n.importCredentials([
		{
			...CREDENTIAL.alibaba1688OAuth2Api,
			type: 'alibaba1688OAuth2Api',
			data: alibaba1688SandboxCredentialData(sb),
		},
	]);
	await n8n.importWorkflow([orderExample, trackingExample]);
	await n8n.publishWorkflow(orderExample.id);
	await n8n.publishWorkflow(trackingExample.id);
	await n8n.start();
	await n8n.setupOwner();
	await waitForWebhook(`${n8n.baseUrl}/webhook/storefront-order`);
	await waitForWebhook(TRACKING_URL());
	// 1688 pushes the shipments of the buyer's orders to the tracking example from now on
	sb.subscribePush(TRACKING_URL(), { topics: SHIPPED_TOPICS });
});

afterAll(async () => {
	await sb?.flushPushes();
	await n8n?.cleanup();
	await sb?.close();
});

it('uses sandbox offers in its SKU table, and the sample order uses those SKUs', () => {
	const table = orderExample.nodes.find((node) => node.name === 'Order and SKU table') as Json;
	const row = table.parameters.assignments.assignments.find((a: Json) => a.name === 'skuTo1688');
	expect(JSON.parse(row.value)).toEqual(SKU_TABLE);
	for (const line of shopifyOrder.line_items) {
		const { offerId, specId } = SKU_TABLE[line.sku];
		const product = sb.data.productsById.get(Number(offerId)) as Json;
		expect(product.skus.map((sku: Json) => sku.specId)).toContain(specId);
	}
});

describe('example "storefront order → 1688 purchase order → pay", activated', () => {
	const url = () => `${n8n.baseUrl}/webhook/storefront-order`;

	it('orders and pays one 1688 order per storefront line, and a re-delivered webhook orders and pays nothing again', async () => {
		const paymentsBefore = sb.protocolPayments.size;
		// Shopify delivers the same order again when its first delivery was not answered in time.
		const first = await postJson(url(), shopifyOrder);
		const second = await postJson(url(), shopifyOrder);

		// One 1688 order per storefront line, carrying the line's External Order ID, for the mapped
		// offer, spec and quantity, delivered to the buyer's default address (the warehouse).
		const mine = (sb.data.orders as Json[]).filter((o: Json) =>
			String(o.outOrderId ?? '').startsWith(`shopify-${shopifyOrder.id}-`),
		);
		expect(mine.map((o) => o.outOrderId).sort()).toEqual(
			shopifyOrder.line_items.map(outOrderIdOf).sort(),
		);
		for (const line of shopifyOrder.line_items) {
			const order = mine.find((o) => o.outOrderId === outOrderIdOf(line)) as Json;
			expect(order.items).toHaveLength(1);
			expect(String(order.items[0].product.productID)).toBe(SKU_TABLE[line.sku].offerId);
			expect(order.items[0].sku.specId).toBe(SKU_TABLE[line.sku].specId);
			expect(order.items[0].quantity).toBe(line.quantity);
			expect(order.address.addressId).toBe(sb.data.examples.addressId);
			// paid once, without a password
			expect(order.status).toBe('waitsellersend');
			expect(sb.protocolPayments.get(order.id)).toBeDefined();
			placed.set(String(line.id), order);
		}
		expect(sb.protocolPayments.size).toBe(paymentsBefore + shopifyOrder.line_items.length);

		// the first delivery created and paid both, the second found both paid
		expect(first.status).toBe(200);
		expect(second.status).toBe(200);
		const answer = (reply: { json?: Json }) =>
			(reply.json as Json[]).map((r) => [r.outOrderId, r.orderId1688, r.placedNow, r.paidNow]);
		const expected = (now: boolean) =>
			shopifyOrder.line_items.map((line) => [
				outOrderIdOf(line),
				placed.get(String(line.id))!.id,
				now,
				now,
			]);
		expect(answer(first)).toEqual(expected(true));
		expect(answer(second)).toEqual(expected(false));

		const runs = await waitForExecutions(n8n, orderExample.id, 2);
		expect(runs.map((run) => run.status)).toEqual(['success', 'success']);
		// the second run found each order by its External Order ID (Skip If Already Placed) and 1688
		// refused to pay them again: the node reports them paid, as the order's status says
		const [secondRun, firstRun] = [
			await readExecution(n8n, runs[0].id),
			await readExecution(n8n, runs[1].id),
		];
		expect(
			outputOf(firstRun, 'Create Cross-Border Order')!.map((o: Json) => o.alreadyPlaced),
		).toEqual([undefined, undefined]);
		expect(
			outputOf(secondRun, 'Create Cross-Border Order')!.map((o: Json) => o.alreadyPlaced),
		).toEqual([true, true]);
		expect(
			sb.requests.filter((r: Json) => r.api === 'com.alibaba.trade:alibaba.trade.createCrossOrder'),
		).toHaveLength(shopifyOrder.line_items.length);
		expect(outputOf(secondRun, 'Pay Without Password')).toEqual(
			shopifyOrder.line_items.map(() =>
				expect.objectContaining({
					paid: true,
					confirmedByOrderStatus: true,
					orderStatus: 'waitsellersend',
				}),
			),
		);
	});
});

describe('example "1688 shipped → tracking back to the storefront", activated', () => {
	/** Waits for the pushes raised so far and returns the one that announced `orderId`'s shipment. */
	async function shipmentPushOf(orderId: string) {
		await sb.flushPushes();
		const pushes = sb.pushedMessages.filter(
			(m) =>
				m.url === TRACKING_URL() &&
				m.type === 'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS' &&
				m.message.includes(`"orderId":${orderId},`),
		);
		expect(pushes).toHaveLength(1);
		return pushes[0];
	}

	it('the shipment topics are those the trigger listens to', () => {
		expect(SHIPPED_TOPICS).toContain('ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS');
	});

	it("turns the shipment push of a storefront order into Shopify's fulfillment body with the parcel the supplier sent", async () => {
		const line = shopifyOrder.line_items[0];
		const order = placed.get(String(line.id));
		expect(order).toBeDefined();
		// the supplier ships by YTO and 1688 pushes it
		sb.shipOrder(order!.id, { carrier: 'YTO', waybill: 'YT7512345678901' });
		const parcel = order!.packages[0];
		expect(parcel).toMatchObject({ companyCode: 'YTO', billNo: 'YT7512345678901' });
		const push = await shipmentPushOf(order!.id);
		expect(push.status).toBe(200);

		const [run] = await waitForExecutions(n8n, trackingExample.id, 1);
		expect(run.status).toBe('success');
		const execution = await readExecution(n8n, run.id);
		expect(outputOf(execution, 'Shopify fulfillment')).toEqual([
			{
				storefrontOrderId: String(shopifyOrder.id),
				storefrontLineItemId: String(line.id),
				orderId1688: order!.id,
				trackingNumber: parcel.billNo,
				carrierCode: parcel.companyCode,
				carrierName: parcel.companyName,
				fulfillment: {
					notify_customer: false,
					tracking_info: { number: parcel.billNo, company: expect.any(String) },
					// filled from Shopify's fulfillment orders once that HTTP Request node is enabled
					line_items_by_fulfillment_order: [],
				},
			},
		]);
	});

	it('lets a shipment of an order placed elsewhere through to no storefront', async () => {
		const before = (await waitForExecutions(n8n, trackingExample.id, 1)).length;
		// a paid order of the buyer's that no storefront placed (no External Order ID)
		const elsewhere = (sb.data.orders as Json[]).find(
			(o) =>
				o.buyer.memberId === sb.demo.memberId &&
				o.status === 'waitsellersend' &&
				o.outOrderId === undefined &&
				o.packages.length === 0,
		) as Json;
		sb.shipOrder(elsewhere.id);
		const push = await shipmentPushOf(elsewhere.id);
		expect(push.status).toBe(200);
		const [run] = await waitForExecutions(n8n, trackingExample.id, before + 1);
		const execution = await readExecution(n8n, run.id);
		expect(execution.status).toBe('success');
		expect(outputOf(execution, 'From the storefront?')).toEqual([]);
		expect(outputOf(execution, 'Shopify fulfillment')).toBeNull();
	});
});

function manualWorkflow(name: string, steps: Array<[string, string, Json]>) {
	const nodes: Json[] = [
		{
			id: `${name}-start`,
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		...steps.map(([stepName, type, parameters], i) => ({
			id: `${name}-${i + 1}`,
			name: stepName,
			type,
			typeVersion: type === NODE_TYPE ? 1 : type.endsWith('.filter') ? 2.2 : 1,
			position: [220 * (i + 1), 0],
			parameters,
			...(type === NODE_TYPE ? { credentials: CREDENTIAL } : {}),
		})),
	];
	const connections: Json = {};
	nodes.slice(1).forEach((node, i) => {
		connections[nodes[i].name] = { main: [[{ node: node.name, type: 'main', index: 0 }]] };
	});
	return { name, nodes, connections, settings: { executionOrder: 'v1' } };
}

/**
 * Saves a workflow through the editor's API and returns its id (n8n makes a 16-character one).
 * `active: false` as the 1.x editor sends it (n8n 1.x's column has no default; 2.x ignores it).
 */
async function saveWorkflow(workflow: Json): Promise<string> {
	const saved = await n8n.rest('POST', '/rest/workflows', { active: false, ...workflow });
	return saved.data.id;
}

describe('a refund in the real n8n', () => {
	it('goes from Get Reasons and Create (return and refund) to the seller agreeing and Return Goods: the refund waits for the seller to receive the parcel', async () => {
		// the storefront line shipped above: the customer sends it back
		const order = placed.get(String(shopifyOrder.line_items[0].id));
		expect(order?.status).toBe('waitbuyerreceive');
		const item = order!.items[0];
		const line = { orderId: order!.id, orderEntryIds: String(item.subItemID) };

		const createId = await saveWorkflow(
			manualWorkflow('e2e refund: create', [
				[
					'Get Reasons',
					NODE_TYPE,
					{
						resource: 'refund',
						operation: 'getReasons',
						...line,
						goodsStatus: 'refundBuyerReceived',
					},
				],
				[
					'No proof needed',
					'n8n-nodes-base.filter',
					{
						conditions: {
							options: { caseSensitive: true, leftValue: '', typeValidation: 'loose', version: 2 },
							conditions: [
								{
									id: 'no-voucher',
									leftValue: '={{ $json.needVoucher }}',
									rightValue: '',
									operator: { type: 'boolean', operation: 'false', singleValue: true },
								},
							],
							combinator: 'and',
						},
						options: {},
					},
				],
				['First reason', 'n8n-nodes-base.limit', { maxItems: 1 }],
				[
					'Create',
					NODE_TYPE,
					{
						resource: 'refund',
						operation: 'create',
						...line,
						disputeRequest: 'returnRefund',
						goodsStatus: 'refundBuyerReceived',
						applyReasonId: '={{ $json.id }}',
						applyPayment: item.amountFen / 100,
						applyCarriage: 0,
						description: 'The customer sent the item back: wrong size',
						options: {},
					},
				],
			]),
		);
		expect(createId.length).toBeLessThanOrEqual(16);
		const created = await runManually(n8n, createId);
		expect(created.error).toBeNull();
		const reasons = outputOf(created, 'Get Reasons') ?? [];
		expect(reasons.length).toBeGreaterThan(0);
		const [refund] = outputOf(created, 'Create') ?? [];
		expect(refund).toEqual(
			expect.objectContaining({
				refundId: expect.stringMatching(/^TQ\d+$/),
				orderId: order!.id,
				applyPayment: item.amountFen,
			}),
		);
		expect(sb.refundsOf(order!.id)).toEqual([
			expect.objectContaining({
				refundId: refund.refundId,
				status: 'waitselleragree',
				disputeRequest: 'returnRefund',
			}),
		]);

		// the seller agrees to take the goods back
		expect(sb.sellerAgreeRefund(refund.refundId).status).toBe('waitbuyersend');

		const returnId = await saveWorkflow(
			manualWorkflow('e2e refund: return goods', [
				[
					'Return Goods',
					NODE_TYPE,
					{
						resource: 'refund',
						operation: 'returnGoods',
						refundId: refund.refundId,
						logisticsCompanyNo: 'ZTO',
						freightBill: '73100445500343',
						options: { description: 'Returned by ZTO from the forwarding warehouse' },
					},
				],
			]),
		);
		const returned = await runManually(n8n, returnId);
		expect(returned.error).toBeNull();
		expect(outputOf(returned, 'Return Goods')).toEqual([
			expect.objectContaining({
				refundId: refund.refundId,
				logisticsCompanyNo: 'ZTO',
				freightBill: '73100445500343',
			}),
		]);
		expect(sb.refundsOf(order!.id)).toEqual([
			expect.objectContaining({
				refundId: refund.refundId,
				status: 'waitsellerreceive',
				logisticsCompanyNo: 'ZTO',
				freightBill: '73100445500343',
			}),
		]);
	});
});

it('leaves no app secret or token the sandbox issued in any n8n output, file or database row', () => {
	const artifacts = n8nArtifacts(n8n);
	expect(findLeaks(artifacts, sb.issuedSecrets())).toEqual([]);
});
