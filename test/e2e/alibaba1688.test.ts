// The package installed into a real n8n 2.41 the way n8n installs community packages, driven
// headlessly against the 1688 sandbox: workflows executed by the CLI, tokens checked in the
// credential n8n persisted, the HTTP Request node signing with our credential, and the
// credential test over n8n's REST API.
import example from '../../examples/1688-sandbox-purchase-orders.workflow.json';
import { start1688Sandbox } from '../../sandbox';
import { N8nInstance, packPackage } from '../../scripts/lib/n8n';
import { alibaba1688SandboxCredentialData } from '../../scripts/lib/sandbox-credentials';
import { findLeaks, n8nArtifacts } from '../support/leak-scan';

jest.setTimeout(600_000);

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;

const CRED_TYPE = 'alibaba1688OAuth2Api';
const NODE_TYPE = 'n8n-nodes-1688-mogujie.alibaba1688';
let sb: Sandbox;
let n8n: InstanceType<typeof N8nInstance>;

const start = {
	id: 'e2e-start',
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

function workflow(id: string, node: Record<string, unknown>) {
	return {
		id,
		name: id,
		nodes: [start, { id: `${id}-node`, position: [240, 0], ...node }],
		connections: { Start: { main: [[{ node: node.name, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

function customCall(credentialId: string, namespace: string, apiName: string, params: object = {}) {
	return {
		name: '1688',
		type: NODE_TYPE,
		typeVersion: 1,
		parameters: {
			resource: 'customApiCall',
			operation: 'call',
			namespace,
			apiName,
			apiVersion: 1,
			parametersJson: JSON.stringify(params),
			requiresAuth: true,
			options: {},
		},
		credentials: { [CRED_TYPE]: { id: credentialId, name: credentialId } },
	};
}

function credential(id: string, data: Record<string, unknown>) {
	return {
		id,
		name: id,
		type: CRED_TYPE,
		data: alibaba1688SandboxCredentialData(sb, { refreshToken: '', ...data }),
	};
}

async function stored(id: string): Promise<Record<string, string>> {
	const [saved] = await n8n.exportCredentials({ id });
	return saved.data;
}

const apiStatuses = (api: string) => sb.requests.filter((r) => r.api === api).map((r) => r.status);

beforeAll(async () => {
	sb = await start1688Sandbox({ orderCount: 60 });
	n8n = await N8nInstance.create();
	await n8n.installPackage(await packPackage());
});

afterAll(async () => {
	await n8n?.cleanup();
	await sb?.close();
});

beforeEach(() => sb.clearRequests());

describe('1688 in a real n8n', () => {
	it('runs the example workflow with a credential that holds only a refresh token, and persists the tokens it obtained', async () => {
		// As a user creates it in the editor: no hidden fields at all.
		await n8n.importCredentials([
			{
				id: 'sandbox1688cred01',
				name: '1688 sandbox',
				type: CRED_TYPE,
				data: alibaba1688SandboxCredentialData(sb),
			},
		]);
		await n8n.importWorkflow(example);

		const run = await n8n.execute(example.id);
		expect(n8n.executionError(run)).toBeNull();
		// Purchase Order → Get Many with Simplify: one item per order, the id exact as text
		const orders = n8n.nodeOutput(run, '1688: purchase orders');
		expect(orders).toHaveLength(20);
		expect(orders[0].orderId).toMatch(/^\d{18,19}$/);
		expect(sb.data.orders.map((o: { id: string }) => String(o.id))).toContain(orders[0].orderId);

		const saved = await stored('sandbox1688cred01');
		expect(saved.accessToken).toMatch(/\S{8,}/);
		expect(saved.refreshToken).toBe(sb.demo.refreshToken);
		expect(saved.session).toMatch(/^=\{\{ \$now\.toMillis\(\) < \d+ \? "valid" : "" \}\}$/);
		expect(saved).toMatchObject({
			memberId: sb.demo.memberId,
			aliId: sb.demo.aliId,
			resource_owner: sb.demo.loginId,
		});
		expect(Date.parse(saved.accessTokenExpiresAt)).toBeGreaterThan(Date.now() + 9 * 3_600_000);

		// A second run reuses the stored token: no token call.
		sb.clearRequests();
		expect(n8n.executionError(await n8n.execute(example.id))).toBeNull();
		expect(sb.requests.filter((r) => r.api === 'system.oauth2:getToken')).toHaveLength(0);
		expect((await stored('sandbox1688cred01')).accessToken).toBe(saved.accessToken);
	});

	it('exchanges a pasted authorization code (query string only, empty body), then clears it and keeps the tokens', async () => {
		const code = sb.issueAuthorizationCode({
			appKey: sb.demo.appKey,
			redirectUri: sb.demo.redirectUri,
		});
		await n8n.importCredentials([credential('e2eCodeCred00001', { authorizationCode: code })]);
		await n8n.importWorkflow(
			workflow(
				'e2eCodeWf0000001',
				customCall('e2eCodeCred00001', 'com.alibaba.account', 'alibaba.account.basic'),
			),
		);

		const run = await n8n.execute('e2eCodeWf0000001');
		expect(n8n.executionError(run)).toBeNull();
		expect(n8n.nodeOutput(run, '1688')[0]).toMatchObject({
			success: true,
			result: { loginId: sb.demo.loginId },
		});

		const exchange = sb.requests.find((r) => r.api === 'system.oauth2:getToken');
		expect(exchange?.path).toBe(`/openapi/http/1/system.oauth2/getToken/${sb.demo.appKey}`);
		expect(exchange?.query).toMatchObject({
			grant_type: 'authorization_code',
			need_refresh_token: 'true',
			code,
		});
		expect(exchange?.rawBody).toBe('');

		const saved = await stored('e2eCodeCred00001');
		expect(saved.authorizationCode).toBe('');
		expect(saved.refreshToken).toMatch(/\S{8,}/);
		expect(saved.accessToken).toMatch(/\S{8,}/);
	});

	it('renews a token the gateway rejects (401), retries once re-signed, and persists the new token', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		sb.expireAccessToken(tokens.access_token);
		await n8n.importCredentials([
			credential('e2eReactiveCred1', {
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
				session: `={{ $now.toMillis() < ${Date.now() + 3_600_000} ? "valid" : "" }}`,
			}),
		]);
		await n8n.importWorkflow(
			workflow(
				'e2eReactiveWf001',
				customCall('e2eReactiveCred1', 'com.alibaba.account', 'alibaba.account.basic'),
			),
		);

		const run = await n8n.execute('e2eReactiveWf001');
		expect(n8n.executionError(run)).toBeNull();
		expect(apiStatuses('com.alibaba.account:alibaba.account.basic')).toEqual([401, 200]);
		const saved = await stored('e2eReactiveCred1');
		expect(saved.accessToken).not.toBe(tokens.access_token);
		expect(saved.accessToken).toBe(sb.requests.at(-1)?.params.access_token);
	});

	it('renews proactively when the stored session has expired', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		await n8n.importCredentials([
			credential('e2eProactiveCrd1', {
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
				session: `={{ $now.toMillis() < ${Date.now() - 1000} ? "valid" : "" }}`,
			}),
		]);
		await n8n.importWorkflow(
			workflow(
				'e2eProactiveWf01',
				customCall('e2eProactiveCrd1', 'com.alibaba.account', 'alibaba.account.basic'),
			),
		);

		expect(n8n.executionError(await n8n.execute('e2eProactiveWf01'))).toBeNull();
		expect(sb.requests.map((r) => `${r.api}:${r.status}`)).toEqual([
			'system.oauth2:getToken:200',
			'com.alibaba.account:alibaba.account.basic:200',
		]);
		expect((await stored('e2eProactiveCrd1')).accessToken).not.toBe(tokens.access_token);
	});

	it('signs requests of the HTTP Request node that uses this credential as a predefined credential type', async () => {
		await n8n.importCredentials([
			credential('e2eHttpCred00001', { refreshToken: sb.demo.refreshToken }),
		]);
		await n8n.importWorkflow(
			workflow('e2eHttpWf0000001', {
				name: 'HTTP Request',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: {
					method: 'POST',
					url: `${sb.url}/openapi/param2/1/com.alibaba.trade/alibaba.trade.getBuyerOrderList/${sb.demo.appKey}`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: CRED_TYPE,
					sendQuery: true,
					queryParameters: { parameters: [{ name: 'page', value: '2' }] },
					sendBody: true,
					contentType: 'form-urlencoded',
					bodyParameters: { parameters: [{ name: 'pageSize', value: '7' }] },
					options: {},
				},
				credentials: { [CRED_TYPE]: { id: 'e2eHttpCred00001', name: 'e2eHttpCred00001' } },
			}),
		);

		const run = await n8n.execute('e2eHttpWf0000001');
		expect(n8n.executionError(run)).toBeNull();
		const [reply] = n8n.nodeOutput(run, 'HTTP Request');
		expect(reply.result).toHaveLength(7);
		const call = sb.requests.find(
			(r) => r.api === 'com.alibaba.trade:alibaba.trade.getBuyerOrderList',
		);
		expect(call?.status).toBe(200);
		expect(call?.params).toMatchObject({ page: '2', pageSize: '7' });
		expect(call?.params._aop_signature).toMatch(/^[0-9A-F]{40}$/);
	});

	it('fails a run with a message that names the gateway code and the next step, and leaks no secret', async () => {
		const app = sb.createApp({ acl: ['com.alibaba.account:alibaba.account.basic'] });
		const tokens = sb.issueTokens({ appKey: app.appKey });
		await n8n.importCredentials([
			credential('e2eAclCred000001', {
				appKey: app.appKey,
				appSecret: app.appSecret,
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
				session: '={{ "valid" }}',
			}),
		]);
		await n8n.importWorkflow(
			workflow(
				'e2eAclWf00000001',
				customCall('e2eAclCred000001', 'com.alibaba.trade', 'alibaba.trade.getBuyerOrderList', {
					page: 1,
				}),
			),
		);
		const run = await n8n.execute('e2eAclWf00000001');
		expect(run.exitCode).not.toBe(0);
		expect(n8n.executionError(run)).toMatch(
			/\(gw\.APIACLDecline\)\. In the 1688 open-platform console, apply for this API/,
		);
		for (const secret of [
			app.appSecret,
			tokens.access_token,
			tokens.refresh_token,
			sb.demo.appSecret,
			sb.demo.refreshToken,
		]) {
			expect(n8n.logs()).not.toContain(secret);
		}
	});

	it('places exactly one order when the connection drops after 1688 created it', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		await n8n.importCredentials([
			credential('e2eCreateCred001', {
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
				session: '={{ "valid" }}',
			}),
		]);
		const ex = sb.data.examples;
		await n8n.importWorkflow(
			workflow('e2eCreateWf00001', {
				name: '1688',
				type: NODE_TYPE,
				typeVersion: 1,
				parameters: {
					resource: 'purchaseOrder',
					operation: 'create',
					address: {
						fullName: '张三',
						mobile: '13800000000',
						provinceText: '浙江省',
						cityText: '杭州市',
						areaText: '滨江区',
						address: '网商路 699 号',
					},
					cargo: { items: [{ offerId: String(ex.productId), specId: ex.specIds[0], quantity: 2 }] },
					flow: 'general',
					// the default External Order ID: workflow, execution, node, run and item
				},
				credentials: { [CRED_TYPE]: { id: 'e2eCreateCred001', name: 'e2eCreateCred001' } },
			}),
		);
		const ordersBefore = sb.data.orders.length;
		// 1688 creates the order, then the connection is cut before the reply
		sb.injectFault({
			match: 'com.alibaba.trade:alibaba.trade.fastCreateOrder',
			kind: 'resetAfterHandling',
		});

		const run = await n8n.execute('e2eCreateWf00001');
		expect(n8n.executionError(run)).toBeNull();
		const [created] = n8n.nodeOutput(run, '1688');
		expect(created.outOrderId).toMatch(/^n8n-e2eCreateWf00001-\d+-[0-9a-f]{8}-0-0$/);
		expect(created.foundByOutOrderId).toBe(true);
		expect(sb.data.orders.length).toBe(ordersBefore + 1);
		const placed = sb.data.orders.filter(
			(o: { outOrderId?: string }) => o.outOrderId === created.outOrderId,
		);
		expect(placed.map((o: { id: string }) => o.id)).toEqual([created.orderId]);
		expect(apiStatuses('com.alibaba.trade:alibaba.trade.fastCreateOrder')).toHaveLength(1);
	});

	describe('credential test over the REST API', () => {
		beforeAll(async () => {
			await n8n.start();
			await n8n.setupOwner();
		});

		// As the editor does: the credential is saved, then tested with the data in the form.
		let saved = 0;
		const test = async (data: Record<string, unknown>) => {
			const name = `rest test ${++saved}`;
			const created = (await n8n.rest('POST', '/rest/credentials', { name, type: CRED_TYPE, data }))
				.data as { id: string };
			const body = { credentials: { id: created.id, name, type: CRED_TYPE, data } };
			return (await n8n.rest('POST', '/rest/credentials/test', body)).data as {
				status: string;
				message: string;
			};
		};

		it('makes a real signed call and reports OK for a working credential', async () => {
			const result = await test(
				credential('x', { refreshToken: sb.demo.refreshToken, session: '' }).data,
			);
			expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
			expect(sb.requests.map((r) => `${r.api}:${r.status}`)).toContain(
				'com.alibaba.account:alibaba.account.basic:200',
			);
		});

		it.each(['/openapi', '/openapi/', '/'])(
			'reports OK with a Gateway URL ending in "%s", as the nodes accept it',
			async (suffix) => {
				const data = credential('x', { refreshToken: sb.demo.refreshToken, session: '' }).data;
				const result = await test({ ...data, gatewayUrl: `${String(data.gatewayUrl)}${suffix}` });
				expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
			},
		);

		it('gives the authorization URL for a credential that is not authorized yet', async () => {
			const result = await test(credential('x', { session: '' }).data);
			expect(result.status).toBe('Error');
			// short, with the URL alone on the last line, where it can be selected whole
			expect(result.message).toMatch(
				/not authorized yet\. Open this address .*:\nhttp:\/\/127\.0\.0\.1:\d+\/oauth\/authorize\?client_id=8688001&site=1688&redirect_uri=\S+&state=[0-9a-f]{16}$/,
			);
		});

		it('finds a wrong App Secret before giving the authorization URL', async () => {
			const result = await test(credential('x', { appSecret: 'not-the-secret', session: '' }).data);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/App Secret.*\(gw\.SignatureInvalid\)/);
			expect(result.message).not.toContain('/oauth/authorize');
		});

		it("does not hand the tokens to the editor: n8n's credential API blanks them and keeps them on save", async () => {
			const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
			const data = credential('x', {
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
			}).data;
			const name = 'redaction check';
			const { id } = (await n8n.rest('POST', '/rest/credentials', { name, type: CRED_TYPE, data }))
				.data as { id: string };
			const read = async () =>
				(await n8n.rest('GET', `/rest/credentials/${id}?includeData=true`)).data as {
					data: Record<string, string>;
				};
			const seen = await read();
			expect(seen.data.appKey).toBe(data.appKey);
			for (const secret of [tokens.access_token, tokens.refresh_token, data.appSecret])
				expect(JSON.stringify(seen)).not.toContain(secret);
			// the editor saves what it was given (blanked values): n8n puts the stored tokens back
			await n8n.rest('PATCH', `/rest/credentials/${id}`, {
				name,
				type: CRED_TYPE,
				data: seen.data,
			});
			const [saved] = await n8n.exportCredentials({ id });
			expect(saved.data).toMatchObject({
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
			});
		});

		it('names gw.SignatureInvalid for a wrong app secret', async () => {
			const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
			const result = await test(
				credential('x', {
					appSecret: 'not-the-secret',
					accessToken: tokens.access_token,
					session: 'valid',
				}).data,
			);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/gw\.SignatureInvalid/);
		});

		// The authorization revoked on 1688's side while the stored session still looks valid: the
		// account call is refused with HTTP 401. n8n 2.x throws on it and renews (refused: invalid_grant);
		// n8n 1.x ignores every status in a credential test, so the 401 body reaches the rules.
		it('says to authorize again when the authorization was revoked (HTTP 401 on the test call)', async () => {
			const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
			sb.revokeAccessToken(tokens.access_token);
			sb.revokeRefreshToken(tokens.refresh_token);
			const result = await test(
				credential('x', {
					accessToken: tokens.access_token,
					refreshToken: tokens.refresh_token,
					session: 'valid',
				}).data,
			);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/authorize (the credential )?again/i);
			expect(sb.requests.map((r) => `${r.api}:${r.status}`)).toContain(
				'com.alibaba.account:alibaba.account.basic:401',
			);
		});

		it('names invalid_grant for a revoked refresh token', async () => {
			const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
			sb.revokeRefreshToken(tokens.refresh_token);
			const result = await test(
				credential('x', { refreshToken: tokens.refresh_token, session: '' }).data,
			);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/invalid_grant/);
		});
	});
});

it('leaves no app secret or token the sandbox issued in any n8n output, file or database row', () => {
	const artifacts = n8nArtifacts(n8n);
	// The scan does read execution data: the account a run above returned is in the database rows.
	const rows = artifacts.filter((a) => a.where.endsWith('rows'));
	expect(findLeaks(rows, [sb.demo.loginId])).not.toEqual([]);
	expect(findLeaks(artifacts, sb.issuedSecrets())).toEqual([]);
});
