// `npm start` as a newcomer runs it: a real n8n with the package, both sandboxes, the sandbox
// credentials and the example workflows; every example runs successfully from the editor's API.
import type { Json } from '../support/json';
import { findLeaks } from '../support/leak-scan';
import { flattedParse } from '../support/n8n-executions';
import { startStack } from '../support/start-script';
import { requestJson } from '../../scripts/lib/n8n-rest';
import { Alibaba1688 } from '../../nodes/Alibaba1688/Alibaba1688.node';

jest.setTimeout(600_000);

let stack: Awaited<ReturnType<typeof startStack>>;

beforeAll(async () => {
	stack = await startStack();
});

afterAll(async () => {
	await stack?.stop();
});

it.each([
	['1688 sandbox: list purchase orders', 'ex1688SandboxPO1'],
	["1688: sync yesterday's purchase orders", 'ex1688SyncYday01'],
	['1688: call any open-platform API', 'ex1688AnyApi0001'],
])('the example "%s" runs successfully', async (_name, id) => {
	const execution = await stack.executeWorkflow(id);
	expect(execution.status).toBe('success');
});

it.each([
	['Mogujie: ship orders from a sheet', 'exMogujieShip001', /\(1300001/],
	['1688: ship sales orders from a sheet', 'ex1688ShipSheet1', /is not paid yet/],
])(
	'the example "%s" ships the two paid rows of the seeded sandbox and sends the unpaid one to "Rows to fix"',
	async (_name, id, unpaid) => {
		const execution = await stack.executeWorkflow(id);
		expect(execution.status).toBe('success');
		const data = (
			typeof execution.data === 'string' ? flattedParse(execution.data) : execution.data
		) as Json;
		const items = (node: string) =>
			data.resultData.runData[node][0].data.main[0].map((item: Json) => item.json);
		expect(items('Shipped')).toHaveLength(2);
		expect(items('Rows to fix')).toEqual([
			expect.objectContaining({ problem: expect.stringMatching(unpaid) }),
		]);
	},
);

it("imports the 1688 sandbox credential of the supplier beside the buyer's, and activates the examples that start on their own", async () => {
	const credentials = (await stack.get('/rest/credentials')) as Array<{ id: string; name: string }>;
	expect(credentials.map((c) => [c.id, c.name])).toEqual(
		expect.arrayContaining([
			['sandbox1688cred01', '1688 sandbox'],
			['sandbox1688supp01', '1688 sandbox supplier'],
		]),
	);
	for (const id of ['ex1688ShopToPO01', 'ex1688ShipTrk001', 'ex1688PaidToChat']) {
		expect((await stack.get(`/rest/workflows/${id}`)).active).toBe(true);
	}
});

it("gives the editor's node search each node's aliases, 蘑菇街 and 采购 among them", async () => {
	const types = (await stack.getFile('/types/nodes.json')) as Array<{
		name: string;
		codex?: { alias?: string[] };
	}>;
	const aliases = (name: string) =>
		types.find((t) => t.name === `n8n-nodes-1688-mogujie.${name}`)?.codex?.alias ?? [];
	expect(aliases('mogujie')).toEqual(expect.arrayContaining(['蘑菇街', '小店']));
	expect(aliases('mogujieTrigger')).toContain('蘑菇街');
	expect(aliases('alibaba1688')).toEqual(expect.arrayContaining(['阿里巴巴', '采购', '批发']));
	expect(aliases('alibaba1688Trigger')).toContain('采购');
});

it('prints how to sign in and what to open', () => {
	expect(stack.output()).toMatch(
		/n8n is ready: http:\/\/localhost:\d+\n\s+Sign in:\s+owner@example\.com/,
	);
	expect(stack.output()).toMatch(/Mogujie sandbox: http:\/\/127\.0\.0\.1:\d+/);
	expect(stack.output()).toContain('credential "1688 sandbox supplier"');
});

it('leaves no app secret or token of its credentials in its output, n8n folder or database', async () => {
	const { secrets, artifacts } = await stack.leakScanInputs();
	// The three sandbox credentials, with the tokens the example runs obtained.
	expect(secrets.length).toBeGreaterThanOrEqual(4);
	expect(findLeaks(artifacts, secrets)).toEqual([]);
});

it('serves the output schema the editor asks for before a first run, for each node (as the editor asks: without the session cookie)', async () => {
	// the editor pads the node version to three parts: 1 → 1.0.0, 1.1 → 1.1.0
	const pad = (version: number) =>
		String(version).split('.').concat(['0', '0']).slice(0, 3).join('.');
	const alibaba1688 = new Alibaba1688().description;
	const schema = async (path: string) => {
		const reply = await requestJson(`${stack.baseUrl}/schemas/n8n-nodes-1688-mogujie.${path}`);
		return { path, status: reply.status, body: reply.body as Json };
	};
	for (const path of [
		`alibaba1688/${pad(alibaba1688.defaultVersion ?? 1)}/purchaseOrder/getMany.json`,
		'alibaba1688/1.0.0/purchaseOrder/getMany.json',
		`alibaba1688/${pad(alibaba1688.defaultVersion ?? 1)}/salesOrder/getMany.json`,
		'mogujie/1.0.0/order/getMany.json',
		'alibaba1688Trigger/1.0.0.json',
		'alibaba1688MessageTrigger/1.0.0.json',
		'mogujieTrigger/1.0.0.json',
	]) {
		const { status, body } = await schema(path);
		expect({ path, status, type: body?.type }).toEqual({ path, status: 200, type: 'object' });
		expect(Object.keys(body.properties).length).toBeGreaterThan(3);
	}
	const orders = (await schema('alibaba1688/1.0.0/purchaseOrder/getMany.json')).body;
	expect(Object.keys(orders.properties)).toEqual(expect.arrayContaining(['orderId', 'status']));
	const sales = (
		await schema(`alibaba1688/${pad(alibaba1688.defaultVersion ?? 1)}/salesOrder/getMany.json`)
	).body;
	expect(Object.keys(sales.properties)).toEqual(
		expect.arrayContaining(['orderId', 'buyerMemberId']),
	);
	const mogujie = (await schema('mogujie/1.0.0/order/getMany.json')).body;
	expect(Object.keys(mogujie.properties)).toEqual(expect.arrayContaining(['shopOrderId']));
	// and an operation the node does not have is still a 404
	expect((await schema('alibaba1688/1.0.0/purchaseOrder/noSuchOperation.json')).status).toBe(404);
});
