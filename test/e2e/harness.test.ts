// Proves the e2e harness against a real n8n using only built-in nodes, plus a throwaway
// community package built at test time (this repo's own nodes are not needed here).
import { randomBytes } from 'crypto';
import { N8nInstance } from '../../scripts/lib/n8n';
import {
	buildProbePackage,
	PROBE_CREDENTIAL_TYPE,
	PROBE_NODE_TYPE,
} from '../support/probe-package';
import { isListening } from '../../scripts/lib/ports';
import { livePids } from '../../scripts/lib/n8n-process';

jest.setTimeout(300_000);

const WORKFLOW_ID = 'harnessBuiltins1';
const FAILING_ID = 'harnessFailing01';
const PROBE_WORKFLOW_ID = 'harnessProbeWf01';
const HEADER_CRED_ID = 'harnessHdrCred01';
const PROBE_CRED_ID = 'harnessProbeCr01';
const SCHEDULED_ID = 'harnessSchedule1';

const manualTrigger = {
	id: 'n-start',
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

const chain = (...names: string[]) =>
	Object.fromEntries(
		names
			.slice(0, -1)
			.map((name, i) => [name, { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] }]),
	);

const builtinsWorkflow = {
	id: WORKFLOW_ID,
	name: 'harness: built-in nodes',
	nodes: [
		manualTrigger,
		{
			id: 'n-set',
			name: 'Set Fields',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [200, 0],
			parameters: {
				assignments: {
					assignments: [
						{ id: 'a1', name: 'greeting', value: 'hello', type: 'string' },
						{ id: 'a2', name: 'answer', value: '={{ 40 + 2 }}', type: 'number' },
					],
				},
				options: {},
			},
		},
		{
			// The Code node runs in n8n's JS task runner: proves the per-process broker port works.
			id: 'n-code',
			name: 'Code',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			position: [400, 0],
			parameters: {
				jsCode:
					'return $input.all().map((i) => ({ json: { ...i.json, doubled: i.json.answer * 2 } }));',
			},
		},
	],
	connections: chain('Start', 'Set Fields', 'Code'),
	settings: {},
};

const failingWorkflow = {
	id: FAILING_ID,
	name: 'harness: failing',
	nodes: [
		manualTrigger,
		{
			id: 'n-fail',
			name: 'Fail',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			position: [200, 0],
			parameters: { jsCode: "throw new Error('harness-boom');" },
		},
	],
	connections: chain('Start', 'Fail'),
	settings: {},
};

const probeWorkflow = {
	id: PROBE_WORKFLOW_ID,
	name: 'harness: community package',
	nodes: [
		manualTrigger,
		{
			id: 'n-probe',
			name: 'Probe',
			type: PROBE_NODE_TYPE,
			typeVersion: 1,
			position: [200, 0],
			parameters: { message: 'from-e2e' },
			credentials: { [PROBE_CREDENTIAL_TYPE]: { id: PROBE_CRED_ID, name: 'probe credential' } },
		},
	],
	connections: chain('Start', 'Probe'),
	settings: {},
};

const scheduledWorkflow = {
	id: SCHEDULED_ID,
	name: 'harness: scheduled',
	nodes: [
		{
			id: 'n-sched',
			name: 'Schedule',
			type: 'n8n-nodes-base.scheduleTrigger',
			typeVersion: 1.2,
			position: [0, 0],
			parameters: { rule: { interval: [{ field: 'hours', hoursInterval: 24 }] } },
		},
		{
			id: 'n-noop',
			name: 'NoOp',
			type: 'n8n-nodes-base.noOp',
			typeVersion: 1,
			position: [200, 0],
			parameters: {},
		},
	],
	connections: chain('Schedule', 'NoOp'),
	settings: {},
};

describe('n8n e2e harness (built-in nodes)', () => {
	let n8n: N8nInstance;
	const secret = `hdr-${randomBytes(8).toString('hex')}`;

	beforeAll(async () => {
		n8n = await N8nInstance.create();
	});

	afterAll(async () => {
		await n8n?.cleanup();
	});

	test('imports a workflow and executes it headlessly', async () => {
		await n8n.importWorkflow([builtinsWorkflow, failingWorkflow]);
		const run = await n8n.execute(WORKFLOW_ID);

		expect(run.exitCode).toBe(0);
		expect(n8n.executionError(run)).toBeNull();
		expect(n8n.nodeOutput(run, 'Set Fields')).toEqual([{ greeting: 'hello', answer: 42 }]);
		expect(n8n.nodeOutput(run, 'Code')).toEqual([{ greeting: 'hello', answer: 42, doubled: 84 }]);
	});

	test('a failing workflow exits 1 and reports the node error', async () => {
		const run = await n8n.execute(FAILING_ID);

		expect(run.exitCode).toBe(1);
		expect(n8n.executionError(run)).toContain('harness-boom');
		expect(() => n8n.nodeOutput(run, 'Fail')).toThrow(/harness-boom/);
	});

	test('imports a credential and exports it decrypted', async () => {
		await n8n.importCredentials([
			{
				id: HEADER_CRED_ID,
				name: 'header auth',
				type: 'httpHeaderAuth',
				data: { name: 'X-Api-Key', value: secret },
			},
		]);

		const [one] = await n8n.exportCredentials({ id: HEADER_CRED_ID });
		expect(one).toMatchObject({
			id: HEADER_CRED_ID,
			type: 'httpHeaderAuth',
			data: { name: 'X-Api-Key', value: secret },
		});

		const all = await n8n.exportCredentials();
		expect(all.map((c) => c.id)).toContain(HEADER_CRED_ID);
	});

	test('installs a community package tarball that n8n then loads', async () => {
		const probe = await buildProbePackage();
		try {
			const installed = await n8n.installPackage(probe.tarball);
			expect(installed.name).toBe('n8n-nodes-harness-probe');

			await n8n.importCredentials([
				{
					id: PROBE_CRED_ID,
					name: 'probe credential',
					type: PROBE_CREDENTIAL_TYPE,
					data: { token: 'abcdef' },
				},
			]);
			await n8n.importWorkflow(probeWorkflow);
			const run = await n8n.execute(PROBE_WORKFLOW_ID);

			expect(n8n.executionError(run)).toBeNull();
			expect(n8n.nodeOutput(run, 'Probe')).toEqual([
				{ probe: true, message: 'from-e2e', tokenLength: 6 },
			]);
		} finally {
			probe.remove();
		}
	});

	test('runs the server: owner setup, REST, CLI alongside, stop', async () => {
		await n8n.start();
		expect(n8n.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		const port = Number(new URL(n8n.baseUrl).port);

		const owner = await n8n.setupOwner();
		expect(owner).toMatchObject({ email: N8nInstance.OWNER.email });
		await n8n.setupOwner(); // idempotent: logs in the second time

		const workflows = await n8n.rest('GET', '/rest/workflows');
		const ids = workflows.data.map((w: { id: string }) => w.id);
		expect(ids).toEqual(expect.arrayContaining([WORKFLOW_ID, FAILING_ID, PROBE_WORKFLOW_ID]));

		const credentials = await n8n.rest('GET', '/rest/credentials');
		expect(credentials.data.map((c: { id: string }) => c.id)).toContain(HEADER_CRED_ID);

		const notFound = await n8n.rest('GET', '/rest/workflows/doesNotExist0001', undefined, {
			allowError: true,
			full: true,
		});
		expect(notFound.status).toBe(404);
		await expect(n8n.rest('GET', '/rest/workflows/doesNotExist0001')).rejects.toThrow(/HTTP 404/);

		// The CLI starts its own task broker; it must not clash with the server's.
		const run = await n8n.execute(WORKFLOW_ID);
		expect(n8n.nodeOutput(run, 'Code')).toEqual([{ greeting: 'hello', answer: 42, doubled: 84 }]);

		await n8n.stop();
		expect(await isListening(port)).toBe(false);
		expect(n8n.logs()).toContain('Editor is now accessible');
	});

	test('logs() holds the output of every n8n process, and no credential secret', () => {
		const logs = n8n.logs();
		expect(logs).toContain('$ n8n import:workflow');
		expect(logs).toContain('$ n8n execute');
		expect(logs).toContain('$ n8n start');
		// export --decrypted writes to a file, not to stdout.
		expect(logs).not.toContain(secret);
	});

	test('publish:workflow activates at the next start; the session survives a restart', async () => {
		await n8n.importWorkflow(scheduledWorkflow);
		await n8n.publishWorkflow(SCHEDULED_ID);
		await n8n.start();

		// No setupOwner() here: the cookie from before the restart (or an automatic re-login) works.
		const { data } = await n8n.rest('GET', `/rest/workflows/${SCHEDULED_ID}`);
		expect(data).toMatchObject({ id: SCHEDULED_ID, active: true });
		expect(data.activeVersionId).toBeTruthy();
	});

	test('cleanup() leaves nothing running', async () => {
		expect(livePids().length).toBeGreaterThan(0);
		await n8n.cleanup();
		expect(livePids()).toEqual([]);
	});
});
