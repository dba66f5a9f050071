// Activated workflows in a real n8n: the polling triggers fire once per new or changed sandbox
// order across restarts (activation polls at once; the cursor lives in the workflow's static data),
// and the message trigger starts a workflow for a signed push, not for a forged or duplicate one.
import { start1688Sandbox, startMogujieSandbox } from '../../sandbox';
import { N8nInstance, packPackage } from '../../scripts/lib/n8n';
import {
	alibaba1688SandboxCredentialData,
	mogujieSandboxCredentialData,
} from '../../scripts/lib/sandbox-credentials';
import type { Json } from '../support/json';
import { delay } from '../support/sandbox-client';
import { findLeaks, n8nArtifacts } from '../support/leak-scan';
import { everyHour, restart as restartN8n, triggerWorkflow } from '../support/activated-triggers';

jest.setTimeout(900_000);

let sb1688: Json & { close: () => Promise<void> };
let mgj: Json & { close: () => Promise<void> };
let n8n: InstanceType<typeof N8nInstance>;

const CRED_1688 = { alibaba1688OAuth2Api: { id: 'trig1688Cred0001', name: 'trig1688Cred0001' } };
const CRED_MGJ = { mogujieOAuth2Api: { id: 'trigMgjCred00001', name: 'trigMgjCred00001' } };

async function executions(workflowId: string): Promise<Json[]> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const body = await n8n.rest('GET', `/rest/executions?filter=${filter}`);
	return (body.data?.results ?? []) as Json[];
}

async function executionText(id: string): Promise<string> {
	return JSON.stringify(await n8n.rest('GET', `/rest/executions/${id}`));
}

/** Waits until a workflow has `count` executions (activation polls run right after start). */
async function expectExecutions(workflowId: string, count: number): Promise<Json[]> {
	let found: Json[] = [];
	for (let i = 0; i < 60; i++) {
		found = await executions(workflowId);
		if (found.length >= count) break;
		await delay(500);
	}
	// give a stray extra execution the chance to show up before asserting none came
	await delay(1500);
	found = await executions(workflowId);
	expect(found).toHaveLength(count);
	return found;
}

const restart = () => restartN8n(n8n);

beforeAll(async () => {
	sb1688 = (await start1688Sandbox({ orderCount: 120 })) as never;
	mgj = (await startMogujieSandbox({ orderCount: 120 })) as never;
	n8n = await N8nInstance.create();
	await n8n.installPackage(await packPackage());
	const mgjTokens = mgj.issueTokens({ appKey: mgj.demo.appKey, rotate: false });
	await n8n.importCredentials([
		{
			...CRED_1688.alibaba1688OAuth2Api,
			type: 'alibaba1688OAuth2Api',
			data: alibaba1688SandboxCredentialData(sb1688 as never),
		},
		{
			...CRED_MGJ.mogujieOAuth2Api,
			type: 'mogujieOAuth2Api',
			data: mogujieSandboxCredentialData(mgj as never, { refreshToken: mgjTokens.refresh_token }),
		},
	]);
	await n8n.importWorkflow([
		triggerWorkflow('trigPoll1688Wf01', {
			type: 'n8n-nodes-1688-mogujie.alibaba1688Trigger',
			parameters: {
				...everyHour,
				events: ['new', 'updated'],
				statuses: [],
				options: {},
				simplify: true,
			},
			credentials: CRED_1688,
		}),
		triggerWorkflow('trigPollMgjWf001', {
			type: 'n8n-nodes-1688-mogujie.mogujieTrigger',
			parameters: {
				...everyHour,
				events: ['new', 'updated'],
				statuses: [],
				options: {},
				addYuan: true,
			},
			credentials: CRED_MGJ,
		}),
		triggerWorkflow('trigPush1688Wf01', {
			type: 'n8n-nodes-1688-mogujie.alibaba1688MessageTrigger',
			webhookId: 'e2e-1688-push',
			parameters: { topics: ['ORDER_BUYER_VIEW_ORDER_PAY', 'ORDER_BUYER_VIEW_BUYER_MAKE'] },
			credentials: CRED_1688,
		}),
	]);
	for (const id of ['trigPoll1688Wf01', 'trigPollMgjWf001', 'trigPush1688Wf01'])
		await n8n.publishWorkflow(id);
	await n8n.start();
	await n8n.setupOwner();
});

afterAll(async () => {
	await n8n?.cleanup();
	await sb1688?.close();
	await mgj?.close();
});

describe('polling triggers, activated', () => {
	it('do not emit history on activation, then fire once per change across restarts', async () => {
		// activation polled once and only set the cursors
		await expectExecutions('trigPoll1688Wf01', 0);
		await expectExecutions('trigPollMgjWf001', 0);

		const order1688 = sb1688.createOrder({});
		const orderMgj = mgj.createOrder({ status: 'ORDER_PAID' });
		await restart();

		const [run1688] = await expectExecutions('trigPoll1688Wf01', 1);
		expect(await executionText(run1688.id)).toContain(order1688.baseInfo.idOfStr);
		const [runMgj] = await expectExecutions('trigPollMgjWf001', 1);
		expect(await executionText(runMgj.id)).toContain(String(orderMgj.shopOrderId));

		// nothing changed: another restart (another activation poll) starts nothing
		await restart();
		await expectExecutions('trigPoll1688Wf01', 1);
		await expectExecutions('trigPollMgjWf001', 1);

		// a change of the same order fires once more
		sb1688.changeOrder(order1688.baseInfo.idOfStr, {});
		await restart();
		const runs = await expectExecutions('trigPoll1688Wf01', 2);
		expect(await executionText(runs[0].id)).toMatch(/"updated"/);
	});
});

describe('1688 message trigger, activated', () => {
	const url = () => `${n8n.baseUrl}/webhook/e2e-1688-push/messages`;

	it('starts the workflow for a signed message, answering 200', async () => {
		const before = (await executions('trigPush1688Wf01')).length;
		const push = await sb1688.pushMessage({
			url: url(),
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			msgId: '700000001',
		});
		expect(push.status).toBe(200);
		const runs = await expectExecutions('trigPush1688Wf01', before + 1);
		expect(await executionText(runs[0].id)).toContain('700000001');
	});

	it('refuses forged and unsigned messages with 401 and starts nothing', async () => {
		const before = (await executions('trigPush1688Wf01')).length;
		for (const forge of ['badSignature', 'unsigned', 'wrongSecret']) {
			const push = await sb1688.pushMessage({
				url: url(),
				type: 'ORDER_BUYER_VIEW_ORDER_PAY',
				forge,
			});
			expect(push.status).toBe(401);
		}
		await expectExecutions('trigPush1688Wf01', before);
	});

	it('drops a redelivered message and topics not chosen, still acknowledging them', async () => {
		const before = (await executions('trigPush1688Wf01')).length;
		const again = await sb1688.pushMessage({
			url: url(),
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			msgId: '700000001',
		});
		expect(again.status).toBe(200);
		const other = await sb1688.pushMessage({
			url: url(),
			type: 'LOGISTICS_BUYER_VIEW_TRACE',
			msgId: '700000002',
		});
		expect(other.status).toBe(200);
		await expectExecutions('trigPush1688Wf01', before);
	});

	it('acknowledges a correctly signed message created more than 24 hours ago and starts nothing', async () => {
		const before = (await executions('trigPush1688Wf01')).length;
		const old = await sb1688.pushMessage({
			url: url(),
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			msgId: '700000003',
			gmtBorn: Date.now() - 25 * 3_600_000,
		});
		// Any other answer would make 1688 deliver it again and again.
		expect(old.status).toBe(200);
		await expectExecutions('trigPush1688Wf01', before);
	});
});

it('leaves no app secret or token the sandbox issued in any n8n output, file or database row', () => {
	const artifacts = n8nArtifacts(n8n);
	expect(findLeaks(artifacts, [...sb1688.issuedSecrets(), ...mgj.issuedSecrets()])).toEqual([]);
});
