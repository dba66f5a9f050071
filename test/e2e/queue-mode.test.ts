// n8n in queue mode: one main and two workers sharing Postgres and Redis, the package installed on
// each. 20 executions started at once on one credential whose access token has expired must all
// succeed, spread over both workers, for 1688 and for Mogujie (whose refresh token rotates, so the
// two workers' renewals race across processes); afterwards the stored refresh token is the one the
// platform still accepts.
import { start1688Sandbox, startMogujieSandbox } from '../../sandbox';
import { packPackage } from '../../scripts/lib/n8n';
import { queueModeSkipReason } from '../../scripts/lib/queue-services';
import {
	alibaba1688SandboxCredentialData,
	mogujieSandboxCredentialData,
} from '../../scripts/lib/sandbox-credentials';
import type { Json } from '../support/json';
import { findLeaks } from '../support/leak-scan';
import {
	clusterArtifacts,
	executionsRunBy,
	report,
	startQueueCluster,
} from '../support/queue-cluster';
import { delay, get } from '../support/sandbox-client';

jest.setTimeout(1_200_000);

// Without Postgres and Redis this file is skipped (npm test says so in its summary), except in CI.
const missing = queueModeSkipReason();
const it = missing ? test.skip : test;

const RUNS = 20;
// Wide enough that executions on both workers usually find the expired token before either has
// renewed it (at 50 ms one worker often renewed before the other's first execution read it).
const LATENCY_MS = 250;

type Cluster = Awaited<ReturnType<typeof startQueueCluster>>;
type Sandbox1688 = Awaited<ReturnType<typeof start1688Sandbox>>;
type SandboxMogujie = Awaited<ReturnType<typeof startMogujieSandbox>>;

let sb1688: Sandbox1688;
let mgj: SandboxMogujie;
let cluster: Cluster;
let refreshToken1688 = '';

/** The stored state of a credential whose access token expired a second ago. */
const expired = () => `={{ $now.toMillis() < ${Date.now() - 1000} ? "valid" : "" }}`;

interface Case {
	platform: string;
	credentialId: string;
	credentialType: string;
	workflowId: string;
	path: string;
}

const CASE_1688: Case = {
	platform: '1688',
	credentialId: 'queue1688Cred001',
	credentialType: 'alibaba1688OAuth2Api',
	workflowId: 'queue1688Wf00001',
	path: 'queue-1688-account',
};
const CASE_MOGUJIE: Case = {
	platform: 'Mogujie',
	credentialId: 'queueMgjCred0001',
	credentialType: 'mogujieOAuth2Api',
	workflowId: 'queueMgjWf000001',
	path: 'queue-mogujie-item',
};

/** Webhook (answers with the last node's output) → one signed read on the platform. */
function webhookWorkflow(c: Case, node: Json) {
	return {
		id: c.workflowId,
		name: c.workflowId,
		nodes: [
			{
				id: `${c.workflowId}-hook`,
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: c.path,
				parameters: { httpMethod: 'GET', path: c.path, responseMode: 'lastNode', options: {} },
			},
			{
				id: `${c.workflowId}-call`,
				position: [240, 0],
				credentials: { [c.credentialType]: { id: c.credentialId, name: c.credentialId } },
				...node,
			},
		],
		connections: { Webhook: { main: [[{ node: node.name, type: 'main', index: 0 }]] } },
		settings: {
			executionOrder: 'v1',
			saveDataSuccessExecution: 'all',
			saveDataErrorExecution: 'all',
		},
	};
}

beforeAll(async () => {
	if (missing) return;
	sb1688 = await start1688Sandbox({ orderCount: 40, latencyMs: LATENCY_MS });
	mgj = await startMogujieSandbox({ orderCount: 40, latencyMs: LATENCY_MS });
	const tokens1688 = sb1688.issueTokens({ appKey: sb1688.demo.appKey });
	sb1688.expireAccessToken(tokens1688.access_token);
	refreshToken1688 = tokens1688.refresh_token;
	const tokensMgj = mgj.issueTokens({ appKey: mgj.demo.appKey });
	mgj.expireAccessToken(tokensMgj.access_token);

	cluster = await startQueueCluster({
		tarball: await packPackage(),
		workers: 2,
		concurrency: 5,
		prepareMain: async (main) => {
			await main.importCredentials([
				{
					id: CASE_1688.credentialId,
					name: CASE_1688.credentialId,
					type: CASE_1688.credentialType,
					data: alibaba1688SandboxCredentialData(sb1688, {
						accessToken: tokens1688.access_token,
						refreshToken: tokens1688.refresh_token,
						session: expired(),
					}),
				},
				{
					id: CASE_MOGUJIE.credentialId,
					name: CASE_MOGUJIE.credentialId,
					type: CASE_MOGUJIE.credentialType,
					data: mogujieSandboxCredentialData(mgj, {
						accessToken: tokensMgj.access_token,
						refreshToken: tokensMgj.refresh_token,
						session: expired(),
					}),
				},
			]);
			await main.importWorkflow([
				webhookWorkflow(CASE_1688, {
					name: 'Account',
					type: 'n8n-nodes-1688-mogujie.alibaba1688',
					typeVersion: 1,
					parameters: { resource: 'account', operation: 'getBasicInfo' },
				}),
				webhookWorkflow(CASE_MOGUJIE, {
					name: 'Item',
					type: 'n8n-nodes-1688-mogujie.mogujie',
					typeVersion: 1,
					parameters: {
						resource: 'item',
						operation: 'get',
						itemId: mgj.data.examples.itemId,
						addYuan: true,
					},
				}),
			]);
			await main.publishWorkflow(CASE_1688.workflowId);
			await main.publishWorkflow(CASE_MOGUJIE.workflowId);
		},
	});
});

afterAll(async () => {
	await cluster?.stop();
	await sb1688?.close();
	await mgj?.close();
});

/** Every execution of the workflow once none is still queued or running. */
async function finishedExecutions(workflowId: string): Promise<Json[]> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	let results: Json[] = [];
	for (let i = 0; i < 240; i++) {
		const body = await cluster.main.rest('GET', `/rest/executions?filter=${filter}&limit=100`);
		results = (body.data?.results ?? []) as Json[];
		const pending = results.filter((e) => ['new', 'running', 'waiting'].includes(e.status));
		if (results.length >= RUNS && pending.length === 0) break;
		await delay(500);
	}
	return results;
}

/**
 * Fires RUNS requests at the production webhook at once, then checks every execution: all
 * successful, each run by exactly one worker, both workers used. Returns what the test reports.
 */
async function runConcurrently(c: Case, expectReply: (json: Json) => void) {
	const url = `${cluster.main.baseUrl}/webhook/${c.path}`;
	const replies = await Promise.all(Array.from({ length: RUNS }, async () => await get(url)));
	const executions = await finishedExecutions(c.workflowId);
	const statuses = executions.map((e) => String(e.status));
	const failed = statuses.filter((s) => s !== 'success');
	const ids = executions.map((e) => String(e.id)).sort();
	const ranBy = cluster.workers.map((w) => executionsRunBy(w).filter((id) => ids.includes(id)));
	const line = `${c.platform}: ${RUNS} executions, ${statuses.length - failed.length} succeeded, ${failed.length} failed; per worker ${ranBy.map((r) => r.length).join(' + ')}`;

	expect(replies.map((r) => r.status)).toEqual(Array(RUNS).fill(200));
	for (const reply of replies) expectReply(reply.json);
	expect(executions).toHaveLength(RUNS);
	expect(failed).toEqual([]);
	expect(ranBy.flat().sort()).toEqual(ids);
	for (const ran of ranBy) expect(ran.length).toBeGreaterThan(0);
	return line;
}

async function stored(id: string): Promise<Json> {
	const [saved] = await cluster.main.exportCredentials({ id });
	return saved.data;
}

it('1688: 20 concurrent executions with an expired access token all succeed across both workers', async () => {
	sb1688.clearRequests();
	const line = await runConcurrently(CASE_1688, (json) =>
		expect(json).toMatchObject({ loginId: sb1688.demo.loginId }),
	);
	const refreshes = sb1688.requests.filter((r) => r.api === 'system.oauth2:getToken');
	const accepted = refreshes.filter(
		(r) => r.status === 200 && /"access_token"/.test(r.responseBody),
	);
	report(
		`[queue mode] ${line}; token refresh calls: ${refreshes.length} (${accepted.length} accepted)`,
	);

	expect(refreshes.length).toBeGreaterThan(0);
	expect(accepted).toHaveLength(refreshes.length);
	const saved = await stored(CASE_1688.credentialId);
	// 1688 keeps the refresh token across renewals; the stored access token is one a renewal issued.
	expect(saved.refreshToken).toBe(refreshToken1688);
	expect(sb1688.refreshTokenIsLive(saved.refreshToken)).toBe(true);
	expect(accepted.map((r) => JSON.parse(r.responseBody).access_token)).toContain(saved.accessToken);
	expect(saved.session).toMatch(/^=\{\{ \$now\.toMillis\(\) < \d+ \? "valid" : "" \}\}$/);
});

it('Mogujie: 20 concurrent executions with an expired access token all succeed across both workers, and the stored rotated refresh token is the live one', async () => {
	mgj.clearRequests();
	const line = await runConcurrently(CASE_MOGUJIE, (json) =>
		expect(json).toMatchObject({ itemId: mgj.data.examples.itemId }),
	);
	const refreshes = mgj.requests.filter((r) => r.api === 'token');
	const accepted = refreshes.filter((r) => JSON.parse(r.responseBody).statusCode === '0000000');
	report(
		`[queue mode] ${line}; token refresh calls: ${refreshes.length} (${accepted.length} accepted, ${refreshes.length - accepted.length} refused)`,
	);

	expect(accepted.length).toBeGreaterThan(0);
	const saved = await stored(CASE_MOGUJIE.credentialId);
	expect(mgj.refreshTokenIsLive(saved.refreshToken)).toBe(true);
	const issued = accepted.map((r) => JSON.parse(r.responseBody));
	expect(issued.map((t) => t.refresh_token)).toContain(saved.refreshToken);
	expect(issued.map((t) => t.access_token)).toContain(saved.accessToken);
});

it('leaves no app secret or token the sandboxes issued in any process output, user folder or database row', async () => {
	const artifacts = await clusterArtifacts(cluster);
	expect(artifacts.find((a) => a.where === 'Postgres rows')?.text).toMatch(/execution_entity/);
	expect(findLeaks(artifacts, [...sb1688.issuedSecrets(), ...mgj.issuedSecrets()])).toEqual([]);
});
