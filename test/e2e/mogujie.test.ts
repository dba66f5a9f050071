// The Mogujie credential and node in a real n8n 2.41 against the Mogujie sandbox: the example
// "ship orders from a sheet", refresh-token rotation persisted in n8n's stored credential, a
// body-level expired token renewed and retried once, the HTTP Request node signing with the
// credential, and the credential test over the REST API.
import shipExample from '../../examples/mogujie-ship-from-sheet.workflow.json';
import { startMogujieSandbox } from '../../sandbox';
import { N8nInstance, packPackage } from '../../scripts/lib/n8n';
import { mogujieSandboxCredentialData } from '../../scripts/lib/sandbox-credentials';
import type { Json } from '../support/json';
import { findLeaks, n8nArtifacts } from '../support/leak-scan';

jest.setTimeout(600_000);

type Sandbox = Awaited<ReturnType<typeof startMogujieSandbox>>;

const CRED_TYPE = 'mogujieOAuth2Api';
let sb: Sandbox;
let n8n: InstanceType<typeof N8nInstance>;

beforeAll(async () => {
	sb = await startMogujieSandbox({ orderCount: 400 });
	n8n = await N8nInstance.create();
	await n8n.installPackage(await packPackage());
});

afterAll(async () => {
	await n8n?.cleanup();
	await sb?.close();
});

beforeEach(() => sb.clearRequests());

async function stored(id: string): Promise<Json> {
	const [saved] = await n8n.exportCredentials({ id });
	return saved.data;
}

function workflow(id: string, credentialId: string, node: Json) {
	return {
		id,
		name: id,
		nodes: [
			{
				id: 'start',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: `${id}-n`,
				position: [240, 0],
				credentials: { [CRED_TYPE]: { id: credentialId, name: credentialId } },
				...node,
			},
		],
		connections: { Start: { main: [[{ node: node.name, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

const itemGet = (itemId: string) => ({
	name: 'Item',
	type: 'n8n-nodes-1688-mogujie.mogujie',
	typeVersion: 1,
	parameters: { resource: 'item', operation: 'get', itemId, addYuan: true },
});

it('runs the example "ship orders from a sheet": only the rows it is given, with their own tracking numbers, and stores the rotated refresh token', async () => {
	await n8n.importCredentials([
		{
			id: 'sandboxMogujie001',
			name: 'Mogujie sandbox',
			type: CRED_TYPE,
			data: mogujieSandboxCredentialData(sb),
		},
	]);
	await n8n.importWorkflow(shipExample);
	// safe by default: nothing starts it but a person
	expect(shipExample.nodes.map((n) => n.type)).not.toContain('n8n-nodes-base.scheduleTrigger');
	expect((shipExample as { active?: boolean }).active ?? false).toBe(false);
	const paidBefore = sb.data.orders.filter((o: Json) => o.orderStatus === 'ORDER_PAID').length;

	const run = await n8n.execute(shipExample.id);
	expect(n8n.executionError(run)).toBeNull();
	const rows = n8n.nodeOutput(run, 'Sheet rows');
	expect(n8n.nodeOutput(run, 'Shipped')).toEqual(
		rows.slice(0, 2).map((row: Json) => ({ ...row, status: 'shipped' })),
	);
	// each order carries the courier and tracking number of its own row, and nothing else shipped
	for (const row of rows.slice(0, 2)) {
		const order = sb.data.orders.find((o: Json) => String(o.shopOrderId) === row.orderId);
		expect(order).toMatchObject({
			expressCode: row.courier,
			shipExpressId: row.trackingNumber,
		});
	}
	expect(sb.data.orders.filter((o: Json) => o.orderStatus === 'ORDER_PAID')).toHaveLength(
		paidBefore - 2,
	);
	expect(n8n.nodeOutput(run, 'Rows to fix')).toEqual([
		expect.objectContaining({
			orderId: rows[2].orderId,
			problem: expect.stringMatching(/\(1300001/),
		}),
	]);

	const saved = await stored('sandboxMogujie001');
	const refresh = sb.requests.find((r) => r.api === 'token');
	expect(refresh?.params).toMatchObject({
		grant_type: 'refresh_token',
		refresh_token: sb.demo.refreshToken,
	});
	const reply = JSON.parse(refresh?.responseBody ?? '{}');
	expect(saved.refreshToken).toBe(reply.refresh_token);
	expect(saved.refreshToken).not.toBe(sb.demo.refreshToken);
	expect(saved.accessToken).toBe(reply.access_token);
	expect(saved.userId).toBe(sb.demo.userId);
	expect(Date.parse(saved.accessTokenExpiresAt)).toBe(reply.access_expires_in * 1000);

	// A second run uses the stored tokens; the old refresh token is dead, so this only works if the
	// rotated one was persisted.
	sb.clearRequests();
	const again = await n8n.execute(shipExample.id);
	expect(n8n.executionError(again)).toBeNull();
	// shipped already: now every row goes to "Rows to fix"
	expect(n8n.nodeOutput(again, 'Ship', { output: 0 })).toHaveLength(0);
	expect(n8n.nodeOutput(again, 'Ship', { output: 1 })).toHaveLength(3);
	expect(sb.requests.filter((r) => r.api === 'token')).toHaveLength(0);
});

it('renews once after a body-level expired token (0000010), retries, and persists the rotation', async () => {
	const tokens = sb.issueTokens({ appKey: sb.demo.appKey, rotate: false });
	sb.expireAccessToken(tokens.access_token);
	await n8n.importCredentials([
		{
			id: 'e2eMgjExpired001',
			name: 'e2eMgjExpired001',
			type: CRED_TYPE,
			data: mogujieSandboxCredentialData(sb, {
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
				session: `={{ $now.toMillis() < ${Date.now() + 3_600_000} ? "valid" : "" }}`,
			}),
		},
	]);
	await n8n.importWorkflow(
		workflow('e2eMgjExpiredWf1', 'e2eMgjExpired001', itemGet(sb.data.examples.itemId)),
	);
	const run = await n8n.execute('e2eMgjExpiredWf1');
	expect(n8n.executionError(run)).toBeNull();
	expect(n8n.nodeOutput(run, 'Item')[0].itemId).toBe(sb.data.examples.itemId);
	expect(
		sb.requests.map(
			(r) =>
				`${r.api}:${JSON.parse(r.responseBody).status?.code ?? JSON.parse(r.responseBody).statusCode}`,
		),
	).toEqual(['xiaodian.item.get:0000010', 'token:0000000', 'xiaodian.item.get:0000000']);
	const saved = await stored('e2eMgjExpired001');
	expect(saved.refreshToken).toBe(JSON.parse(sb.requests[1].responseBody).refresh_token);
	expect(saved.accessToken).toBe(sb.requests[2].params.access_token);
});

it('reports an unknown token (0000011) with the way to authorize again, and no secret in any output', async () => {
	await n8n.importCredentials([
		{
			id: 'e2eMgjUnknown001',
			name: 'e2eMgjUnknown001',
			type: CRED_TYPE,
			data: mogujieSandboxCredentialData(sb, {
				accessToken: ['UNKNOWN', 'TOKEN', '0001'].join('-'),
				session: '={{ "valid" }}',
			}),
		},
	]);
	await n8n.importWorkflow(
		workflow('e2eMgjUnknownWf1', 'e2eMgjUnknown001', itemGet(sb.data.examples.itemId)),
	);
	const run = await n8n.execute('e2eMgjUnknownWf1');
	expect(n8n.executionError(run)).toMatch(
		/does not know this access token \(0000011: AccessToken不存在，请重新授权\)\. Authorize the credential again/,
	);
	for (const secret of [sb.demo.appSecret, sb.demo.refreshToken])
		expect(n8n.logs()).not.toContain(secret);
});

it('signs HTTP Request node calls made with the Mogujie credential', async () => {
	const tokens = sb.issueTokens({ appKey: sb.demo.appKey, rotate: false });
	await n8n.importCredentials([
		{
			id: 'e2eMgjHttp000001',
			name: 'e2eMgjHttp000001',
			type: CRED_TYPE,
			data: mogujieSandboxCredentialData(sb, {
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
				session: '={{ "valid" }}',
			}),
		},
	]);
	await n8n.importWorkflow(
		workflow('e2eMgjHttpWf0001', 'e2eMgjHttp000001', {
			name: 'HTTP Request',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			parameters: {
				method: 'POST',
				url: `${sb.url}/invoke`,
				authentication: 'predefinedCredentialType',
				nodeCredentialType: CRED_TYPE,
				sendBody: true,
				contentType: 'form-urlencoded',
				bodyParameters: {
					parameters: [
						{ name: 'method', value: 'xiaodian.item.get' },
						{ name: 'itemId', value: sb.data.examples.itemId },
					],
				},
				options: {},
			},
		}),
	);
	const run = await n8n.execute('e2eMgjHttpWf0001');
	expect(n8n.executionError(run)).toBeNull();
	const [reply] = n8n.nodeOutput(run, 'HTTP Request');
	expect(reply.status.code).toBe('0000000');
	expect(reply.result.data.itemId).toBe(sb.data.examples.itemId);
});

describe('credential test over the REST API', () => {
	beforeAll(async () => {
		await n8n.start();
		await n8n.setupOwner();
	});

	let saved = 0;
	const test = async (data: Json) => {
		const name = `mogujie rest test ${++saved}`;
		const created = (await n8n.rest('POST', '/rest/credentials', { name, type: CRED_TYPE, data }))
			.data as { id: string };
		return (
			await n8n.rest('POST', '/rest/credentials/test', {
				credentials: { id: created.id, name, type: CRED_TYPE, data },
			})
		).data as Json;
	};

	it('OK for a working credential (a real signed call)', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey, rotate: false });
		const result = await test(
			mogujieSandboxCredentialData(sb, { refreshToken: tokens.refresh_token, session: '' }),
		);
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(
			sb.requests.some(
				(r) =>
					r.api === 'xiaodian.item.onsale.get' &&
					JSON.parse(r.responseBody).status.code === '0000000',
			),
		).toBe(true);
	});

	it('names the signature error for a wrong app secret', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey, rotate: false });
		const result = await test(
			mogujieSandboxCredentialData(sb, {
				appSecret: ['NOT', 'THE', 'SECRET'].join('-'),
				accessToken: tokens.access_token,
				session: 'valid',
			}),
		);
		expect(result.status).toBe('Error');
		// the message is written before any reply exists, so it quotes no text Mogujie was never seen
		// to send: only the code the sandbox uses for a bad signature and the next step
		expect(result.message).toMatch(/rejected the request signature \(0000002\).*App Secret/);
	});

	it('gives the authorization URL when not authorized yet', async () => {
		const result = await test(mogujieSandboxCredentialData(sb, { refreshToken: '', session: '' }));
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(
			/not authorized yet\. Open this address .*:\nhttp:\/\/127\.0\.0\.1:\d+\/authorize\?response_type=code&app_key=\d+&redirect_uri=\S+&state=[0-9a-f]{16}$/,
		);
	});
});

it('leaves no app secret or token the sandbox issued in any n8n output, file or database row', () => {
	const artifacts = n8nArtifacts(n8n);
	expect(findLeaks(artifacts, sb.issuedSecrets())).toEqual([]);
});
