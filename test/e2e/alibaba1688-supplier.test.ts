// Selling on 1688 end to end in a real n8n against the sandbox's demo supplier (issue 15), with the
// credential authorized by the supplier: the 1688 Trigger on sales orders across restarts, the
// example "paid sales orders → team chat" activated (a sales order paid in the sandbox becomes one
// DingTalk robot message), the example "ship sales orders from a sheet" run headlessly (two rows
// ship, the unpaid one goes to the error output), and Get Own Product in a workflow saved with node
// version 1 beside My Product → Get of version 1.1.
import paidExample from '../../examples/1688-paid-sales-orders-to-team-chat.workflow.json';
import sheetExample from '../../examples/1688-ship-from-sheet.workflow.json';
import { start1688Sandbox } from '../../sandbox';
import { N8nInstance, packPackage } from '../../scripts/lib/n8n';
import { alibaba1688SupplierCredentialData } from '../../scripts/lib/sandbox-credentials';
import type { Json } from '../support/json';
import { findLeaks, n8nArtifacts } from '../support/leak-scan';
import { outputOf, readExecution, waitForExecutions } from '../support/n8n-executions';
import {
	everyHour,
	restart,
	triggerWorkflow,
	waitForFirstPoll,
} from '../support/activated-triggers';

jest.setTimeout(900_000);

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;

const NODE_TYPE = 'n8n-nodes-1688-mogujie.alibaba1688';
/** The credential both examples name: the sandbox authorized by its demo supplier. */
const SUPPLIER = {
	alibaba1688OAuth2Api: { id: 'sandbox1688supp01', name: '1688 sandbox supplier' },
};
const SELLER_TRIGGER = 'e2eSellerTrig001';
const PAID_TRIGGER = '1688: sales order paid';

let sb: Sandbox;
let n8n: InstanceType<typeof N8nInstance>;

/** The workflow's executions once `count` have finished, newest first, asserting no more came. */
async function expectExecutions(workflowId: string, count: number, timeoutMs?: number) {
	const runs = await waitForExecutions(n8n, workflowId, count, timeoutMs);
	expect(runs).toHaveLength(count);
	return runs;
}

/** What the trigger node emitted in an execution: event, order ID and status of each item. */
async function emitted(executionId: string, nodeName = 'Trigger') {
	const items = outputOf(await readExecution(n8n, executionId), nodeName) ?? [];
	return items
		.map((item: Json) => ({ event: item.event, orderId: item.orderId, status: item.status }))
		.sort((a: Json, b: Json) => a.orderId.localeCompare(b.orderId));
}

beforeAll(async () => {
	// the default seed (and size), as `npm start`: the sheet example names orders of it
	sb = await start1688Sandbox();
	n8n = await N8nInstance.create();
	await n8n.installPackage(await packPackage());
	await n8n.importCredentials([
		{
			...SUPPLIER.alibaba1688OAuth2Api,
			type: 'alibaba1688OAuth2Api',
			data: alibaba1688SupplierCredentialData(sb),
		},
	]);
	await n8n.importWorkflow([
		paidExample,
		sheetExample,
		// every change of a sales order, polled only when n8n (re)starts
		triggerWorkflow(SELLER_TRIGGER, {
			type: 'n8n-nodes-1688-mogujie.alibaba1688Trigger',
			parameters: {
				...everyHour,
				orderView: 'seller',
				events: ['new', 'updated'],
				statuses: [],
				options: {},
				simplify: true,
			},
			credentials: SUPPLIER,
		}),
	]);
	await n8n.publishWorkflow(paidExample.id);
	await n8n.publishWorkflow(SELLER_TRIGGER);
	await n8n.start();
	await n8n.setupOwner();
	await waitForFirstPoll(n8n, SELLER_TRIGGER, 'Trigger');
	await waitForFirstPoll(n8n, paidExample.id, PAID_TRIGGER);
});

afterAll(async () => {
	await n8n?.cleanup();
	await sb?.close();
});

describe('1688 Trigger on sales orders, activated', () => {
	it('emits no history on activation, each change once across restarts, and a change made while n8n was down once after it starts', async () => {
		// activation set the cursor and emitted nothing of the seeded world
		await expectExecutions(SELLER_TRIGGER, 0);

		// a buyer places an order (unpaid): the next poll (a restart) emits it as new
		const placed = sb.createSalesOrder({}).baseInfo.idOfStr as string;
		await restart(n8n);
		const [first] = await expectExecutions(SELLER_TRIGGER, 1);
		expect(await emitted(first.id)).toEqual([
			{ event: 'new', orderId: placed, status: 'waitbuyerpay' },
		]);

		// nothing changed: another restart polls again and emits nothing seen before
		await restart(n8n);
		await expectExecutions(SELLER_TRIGGER, 1);

		// while n8n is down the buyer cancels that order and the supplier ships a paid one
		await n8n.stop();
		const shippedId = sb.data.examples.salesOrdersToShip.at(-1) as string;
		sb.changeOrder(placed, { status: 'cancel' });
		sb.shipOrder(shippedId, { carrier: 'STO', waybill: '773100445500' });
		await n8n.start();
		await n8n.login();
		const [down] = await expectExecutions(SELLER_TRIGGER, 2);
		expect(await emitted(down.id)).toEqual(
			[
				{ event: 'updated', orderId: placed, status: 'cancel' },
				{ event: 'updated', orderId: shippedId, status: 'waitbuyerreceive' },
			].sort((a, b) => a.orderId.localeCompare(b.orderId)),
		);

		// and once only: the next start emits nothing again
		await restart(n8n);
		await expectExecutions(SELLER_TRIGGER, 2);

		// none of these was paid and waiting for shipment: the paid-orders example did not run
		await expectExecutions(paidExample.id, 0);
	});
});

describe('example "1688: paid sales orders → team chat", activated', () => {
	it('turns a sales order paid in the sandbox into one DingTalk robot markdown message naming it, and only once', async () => {
		const placed = sb.createSalesOrder({});
		const orderId = placed.baseInfo.idOfStr as string;
		// the buyer pays: the order now waits for the supplier to ship it
		sb.changeOrder(orderId, { status: 'waitsellersend' });

		// the trigger polls every minute
		const [run] = await expectExecutions(paidExample.id, 1, 150_000);
		expect(run.status).toBe('success');
		const execution = await readExecution(n8n, run.id);
		expect(outputOf(execution, PAID_TRIGGER)).toEqual([
			expect.objectContaining({
				event: expect.stringMatching(/^(new|updated)$/),
				orderId,
				status: 'waitsellersend',
				buyerLoginId: placed.baseInfo.buyerLoginId,
			}),
		]);

		const [message] = outputOf(execution, 'DingTalk robot message')!;
		// exactly what a DingTalk custom robot takes: {msgtype: 'markdown', markdown: {title, text}}
		expect(Object.keys(message).sort()).toEqual(['markdown', 'msgtype']);
		expect(message.msgtype).toBe('markdown');
		expect(Object.keys(message.markdown).sort()).toEqual(['text', 'title']);
		expect(message.markdown.title).toContain(orderId);
		const { text } = message.markdown;
		expect(text).toContain(`**订单号 Order:** ${orderId}`);
		expect(text).toContain(
			`**买家 Buyer:** ${placed.baseInfo.buyerContact.companyName} (${placed.baseInfo.buyerLoginId})`,
		);
		expect(text).toContain(`**金额 Total:** ¥${Number(placed.baseInfo.totalAmount).toFixed(2)}`);
		const items = placed.productItems as Json[];
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			const sku = (item.skuInfos ?? []).map((s: Json) => `${s.name}: ${s.value}`).join(', ');
			expect(text).toContain(
				`- ${item.name}${sku ? ` (${sku})` : ''} × ${item.quantity}${item.unit ?? ''}`,
			);
		}
		expect(text).toContain(
			`(https://trade.1688.com/order/new_step_order_detail.htm?orderId=${orderId})`,
		);
		// the HTTP Request that would post it to the robot is disabled: it passes the message on
		// untouched, no robot's reply
		expect(outputOf(execution, 'Send to the DingTalk robot')).toEqual([message]);

		// polled again (a restart): the order is not announced twice
		await restart(n8n);
		await expectExecutions(paidExample.id, 1);
	});
});

describe('example "1688: ship sales orders from a sheet", run headlessly', () => {
	it('ships the two paid rows with their carrier and tracking number, and sends the unpaid one to "Rows to fix" with the reason', async () => {
		const run = await n8n.execute(sheetExample.id);
		expect(n8n.executionError(run)).toBeNull();

		const rows = n8n.nodeOutput(run, 'Sheet rows');
		const { salesOrdersToShip, salesOrderUnpaid } = sb.data.examples;
		expect(rows).toHaveLength(3);
		const [good1, good2, bad] = rows;
		expect(salesOrdersToShip).toEqual(expect.arrayContaining([good1.orderId, good2.orderId]));
		expect(bad.orderId).toBe(salesOrderUnpaid);

		// the sandbox's orders: shipped whole, under the row's carrier and tracking number
		for (const row of [good1, good2]) {
			const order = sb.data.ordersById.get(row.orderId) as Json;
			expect(order.status).toBe('waitbuyerreceive');
			expect(order.packages).toHaveLength(1);
			expect(order.packages[0]).toMatchObject({
				companyCode: row.carrier,
				billNo: row.trackingNumber,
			});
			expect(order.packages[0].subItemIds.sort()).toEqual(
				order.items.map((item: Json) => item.subItemID).sort(),
			);
			expect(sb.waybillUses(row.trackingNumber)).toBe(1);
		}
		const unpaid = sb.data.ordersById.get(bad.orderId) as Json;
		expect(unpaid.status).toBe('waitbuyerpay');
		expect(unpaid.packages).toEqual([]);
		expect(sb.waybillUses(bad.trackingNumber)).toBe(0);

		// Ship's success output and the error output (On Error → Continue (using error output))
		expect(n8n.nodeOutput(run, 'Ship')).toEqual(
			[good1, good2].map((row) =>
				expect.objectContaining({
					orderId: row.orderId,
					shipped: true,
					carrierCode: row.carrier,
					trackingNumber: row.trackingNumber,
				}),
			),
		);
		const failed = n8n.nodeOutput(run, 'Ship', { output: 1 });
		expect(failed).toEqual([expect.objectContaining({ orderId: bad.orderId })]);

		expect(n8n.nodeOutput(run, 'Shipped')).toEqual(
			[good1, good2].map((row) => ({
				orderId: row.orderId,
				status: 'shipped',
				carrier: expect.stringContaining(row.carrier),
				trackingNumber: row.trackingNumber,
				logisticsId: expect.stringMatching(/\S/),
			})),
		);
		expect(n8n.nodeOutput(run, 'Rows to fix')).toEqual([
			{
				orderId: bad.orderId,
				carrier: bad.carrier,
				trackingNumber: bad.trackingNumber,
				problem: `Order ${bad.orderId} is not paid yet (waitbuyerpay)`,
			},
		]);
	});
});

describe('Get Own Product, saved with node version 1', () => {
	it('still runs as Product → Get Own Product and returns the raw product, the same product My Product → Get of version 1.1 returns', async () => {
		const productId = String(sb.data.examples.supplierProductId);
		const step = (name: string, typeVersion: number, x: number, parameters: Json) => ({
			id: name,
			name,
			type: NODE_TYPE,
			typeVersion,
			position: [x, 0],
			parameters: { productId, scene: '1688', webSite: '1688', ...parameters },
			credentials: SUPPLIER,
		});
		const workflow = {
			id: 'e2eOwnProduct001',
			name: 'e2e: own product, node versions 1 and 1.1',
			nodes: [
				{
					id: 'start',
					name: 'Start',
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				},
				step('Get Own Product (v1)', 1, 220, { resource: 'product', operation: 'get' }),
				step('My Product raw (v1.1)', 1.1, 440, {
					resource: 'myProduct',
					operation: 'get',
					simplify: false,
				}),
				step('My Product (v1.1)', 1.1, 660, { resource: 'myProduct', operation: 'get' }),
			],
			connections: {
				Start: { main: [[{ node: 'Get Own Product (v1)', type: 'main', index: 0 }]] },
				'Get Own Product (v1)': {
					main: [[{ node: 'My Product raw (v1.1)', type: 'main', index: 0 }]],
				},
				'My Product raw (v1.1)': {
					main: [[{ node: 'My Product (v1.1)', type: 'main', index: 0 }]],
				},
			},
			settings: { executionOrder: 'v1' },
		};
		await n8n.importWorkflow(workflow);
		const run = await n8n.execute(workflow.id);
		expect(n8n.executionError(run)).toBeNull();

		const product = sb.data.productsById.get(Number(productId)) as Json;
		expect(product.seller.memberId).toBe(sb.supplier.memberId);

		const [v1] = n8n.nodeOutput(run, 'Get Own Product (v1)');
		// 1688's ProductInfo as the API prints it: productID, subject, saleInfo, skuInfos…
		expect(String(v1.productID)).toBe(productId);
		expect(v1.subject).toBe(product.name);
		expect(v1.skuInfos).toHaveLength(product.skus.length);
		expect(v1.saleInfo).toEqual(expect.any(Object));
		expect(v1).not.toHaveProperty('productId');

		expect(n8n.nodeOutput(run, 'My Product raw (v1.1)')).toEqual([v1]);
		expect(n8n.nodeOutput(run, 'My Product (v1.1)')).toEqual([
			expect.objectContaining({
				productId,
				subject: product.name,
				url: `https://detail.1688.com/offer/${productId}.html`,
				skus: product.skus.map((sku: Json) => expect.objectContaining({ specId: sku.specId })),
			}),
		]);
	});
});

it('leaves no app secret or token the sandbox issued in any n8n output, file or database row', () => {
	const artifacts = n8nArtifacts(n8n);
	expect(findLeaks(artifacts, sb.issuedSecrets())).toEqual([]);
});
