// The 1688 node's everyday operations in a real n8n against the sandbox: the shipped example
// "sync yesterday's purchase orders", and a chain Get Many → Get → Logistics Get Trace.
import syncExample from '../../examples/1688-sync-yesterdays-purchase-orders.workflow.json';
import { start1688Sandbox } from '../../sandbox';
import type { Json } from '../support/json';
import { N8nInstance, packPackage } from '../../scripts/lib/n8n';
import { alibaba1688SandboxCredentialData } from '../../scripts/lib/sandbox-credentials';
import { findLeaks, n8nArtifacts } from '../support/leak-scan';

jest.setTimeout(600_000);

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;

const NODE_TYPE = 'n8n-nodes-1688-mogujie.alibaba1688';
const CREDENTIAL = { alibaba1688OAuth2Api: { id: 'sandbox1688cred01', name: '1688 sandbox' } };
const DAY = 86_400_000;
const BEIJING = 8 * 3_600_000;

let sb: Sandbox;
let n8n: InstanceType<typeof N8nInstance>;

beforeAll(async () => {
	sb = await start1688Sandbox({ orderCount: 1200 });
	n8n = await N8nInstance.create();
	await n8n.installPackage(await packPackage());
	await n8n.importCredentials([
		{
			...CREDENTIAL.alibaba1688OAuth2Api,
			type: 'alibaba1688OAuth2Api',
			data: alibaba1688SandboxCredentialData(sb),
		},
	]);
});

afterAll(async () => {
	await n8n?.cleanup();
	await sb?.close();
});

function node(name: string, x: number, parameters: Json) {
	return {
		id: name,
		name,
		type: NODE_TYPE,
		typeVersion: 1,
		position: [x, 0],
		parameters,
		credentials: CREDENTIAL,
	};
}

it('runs the example "sync yesterday\'s purchase orders": every order created yesterday (Beijing time), as CSV rows', async () => {
	await n8n.importWorkflow(syncExample);
	const run = await n8n.execute(syncExample.id);
	expect(n8n.executionError(run)).toBeNull();

	const todayStart = Math.floor((Date.now() + BEIJING) / DAY) * DAY - BEIJING;
	const expected = sb.data.orders
		.filter(
			(o: Json) =>
				o.buyer.memberId === sb.demo.memberId &&
				o.createTime >= todayStart - DAY &&
				o.createTime < todayStart,
		)
		.map((o: Json) => o.id)
		.sort();
	const orders = n8n.nodeOutput(run, "Yesterday's purchase orders");
	expect(orders.map((o: Json) => o.orderId).sort()).toEqual(expected);
	expect(expected.length).toBeGreaterThan(0);

	const rows = n8n.nodeOutput(run, 'Rows for the sheet');
	expect(rows[0]).toEqual(
		expect.objectContaining({
			'订单号 Order ID': expect.stringMatching(/^\d{18,19}$/),
			'金额 Total (yuan)': expect.any(Number),
		}),
	);
	const csv = run.data.data.resultData.runData['Orders as CSV'][0].data.main[0][0];
	expect(csv.binary.data.fileName).toBe('1688-orders.csv');
});

it('chains Get Many → Get → Logistics Get Trace on shipped orders', async () => {
	const workflow = {
		id: 'e2eChain1688Wf01',
		name: 'chain',
		nodes: [
			{
				id: 'start',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			node('Shipped orders', 200, {
				resource: 'purchaseOrder',
				operation: 'getMany',
				returnAll: false,
				limit: 3,
				filters: { orderStatus: 'waitbuyerreceive' },
				simplify: true,
			}),
			node('Order', 400, {
				resource: 'purchaseOrder',
				operation: 'get',
				orderId: '={{ $json.orderId }}',
				simplify: false,
				options: {},
			}),
			node('Trace', 600, {
				resource: 'logistics',
				operation: 'getTrace',
				orderId: '={{ $json.baseInfo.idOfStr }}',
				options: {},
			}),
		],
		connections: {
			Start: { main: [[{ node: 'Shipped orders', type: 'main', index: 0 }]] },
			'Shipped orders': { main: [[{ node: 'Order', type: 'main', index: 0 }]] },
			Order: { main: [[{ node: 'Trace', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
	await n8n.importWorkflow(workflow);
	const run = await n8n.execute(workflow.id);
	expect(n8n.executionError(run)).toBeNull();

	const listed = n8n.nodeOutput(run, 'Shipped orders');
	expect(listed).toHaveLength(3);
	const details = n8n.nodeOutput(run, 'Order');
	expect(details.map((d: Json) => d.baseInfo.idOfStr)).toEqual(listed.map((o: Json) => o.orderId));
	const traces = n8n.nodeOutput(run, 'Trace');
	expect(traces.length).toBeGreaterThanOrEqual(3);
	expect(new Set(traces.map((t: Json) => t.orderId))).toEqual(
		new Set(listed.map((o: Json) => o.orderId)),
	);
	for (const trace of traces) {
		expect(trace.logisticsSteps.length).toBeGreaterThan(0);
		expect(trace.latestStep).toEqual(trace.logisticsSteps[trace.logisticsSteps.length - 1]);
	}
});

it('leaves no app secret or token the sandbox issued in any n8n output, file or database row', () => {
	const artifacts = n8nArtifacts(n8n);
	expect(findLeaks(artifacts, sb.issuedSecrets())).toEqual([]);
});
