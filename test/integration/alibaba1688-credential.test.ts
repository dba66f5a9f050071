import { Alibaba1688OAuth2Api } from '../../credentials/Alibaba1688OAuth2Api.credentials';
import { Alibaba1688 } from '../../nodes/Alibaba1688/Alibaba1688.node';
import { aopSignature } from '../../nodes/Alibaba1688/auth/signature';
import { start1688Sandbox } from '../../sandbox';
import { inAnotherProcess } from '../support/another-process';
import { CredentialStore, runNode } from '../../scripts/lib/n8n-context';

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;
type Entry = Sandbox['requests'][number];

const credentialType = new Alibaba1688OAuth2Api();
let sb: Sandbox;

beforeAll(async () => {
	sb = await start1688Sandbox({ orderCount: 40 });
});
afterAll(async () => {
	await sb.close();
});
beforeEach(() => {
	sb.clearRequests();
	sb.settings.refreshReplyIncludesRefreshToken = false;
});

function credentialData(extra: Record<string, unknown> = {}) {
	return {
		appKey: sb.demo.appKey,
		appSecret: sb.demo.appSecret,
		redirectUri: sb.demo.redirectUri,
		authorizationCode: '',
		refreshToken: '',
		gatewayUrl: sb.url,
		authorizeUrl: `${sb.url}/oauth/authorize`,
		accessToken: '',
		session: '',
		...extra,
	};
}

const accountBasic = {
	resource: 'customApiCall',
	operation: 'call',
	namespace: 'com.alibaba.account',
	apiName: 'alibaba.account.basic',
	apiVersion: 1,
	parametersJson: '{}',
	requiresAuth: true,
	options: {},
};

async function callAccountBasic(
	store: CredentialStore,
	parameters: Record<string, unknown> = accountBasic,
) {
	return await runNode(Alibaba1688, { credentialType, store, parameters, nodeName: '1688' });
}

const kinds = (requests: Entry[]) =>
	requests.map(
		(r) =>
			(r.api === 'system.oauth2:getToken'
				? `getToken(${r.params.grant_type})`
				: (r.api ?? r.path)) + `→${r.status}`,
	);

function expectNoSecrets(text: string, ...secrets: string[]) {
	for (const secret of secrets.filter(Boolean)) expect(text).not.toContain(secret);
}

describe('1688 credential against the sandbox', () => {
	it('exchanges an authorization code with every parameter in the query string and an empty body, then clears the code', async () => {
		const code = sb.issueAuthorizationCode({
			appKey: sb.demo.appKey,
			redirectUri: sb.demo.redirectUri,
		});
		const store = new CredentialStore(
			'alibaba1688OAuth2Api',
			credentialData({ authorizationCode: code }),
		);

		const { output } = await callAccountBasic(store);

		const exchange = sb.requests[0];
		expect(exchange.method).toBe('POST');
		expect(exchange.path).toBe(`/openapi/http/1/system.oauth2/getToken/${sb.demo.appKey}`);
		expect(exchange.query).toEqual({
			grant_type: 'authorization_code',
			need_refresh_token: 'true',
			client_id: sb.demo.appKey,
			client_secret: sb.demo.appSecret,
			redirect_uri: sb.demo.redirectUri,
			code,
		});
		expect(exchange.rawBody).toBe('');
		expect(kinds(sb.requests)).toEqual([
			'getToken(authorization_code)→200',
			'com.alibaba.account:alibaba.account.basic→200',
		]);
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({ success: true, result: { loginId: sb.demo.loginId } });

		const saved = store.data;
		expect(saved.authorizationCode).toBe('');
		expect(saved.accessToken).toMatch(/\S{8,}/);
		expect(saved.refreshToken).toMatch(/\S{8,}/);
		expect(saved).toMatchObject({
			memberId: sb.demo.memberId,
			aliId: sb.demo.aliId,
			resource_owner: sb.demo.loginId,
		});
		expect(Date.parse(saved.accessTokenExpiresAt as string) - sb.clock.now()).toBeGreaterThan(
			35_990_000,
		);
		expect(Date.parse(saved.refreshTokenExpiresAt as string) - sb.clock.now()).toBeGreaterThan(
			179 * 86_400_000,
		);
		expect(saved.session).toMatch(/^=\{\{ \$now\.toMillis\(\) < \d+ \? "valid" : "" \}\}$/);
	});

	it('signs the API call with the official rule, access_token and _aop_timestamp included', async () => {
		const store = new CredentialStore(
			'alibaba1688OAuth2Api',
			credentialData({ refreshToken: sb.demo.refreshToken }),
		);
		await callAccountBasic(store);
		const call = sb.requests.find(
			(r) => r.api === 'com.alibaba.account:alibaba.account.basic',
		) as Entry;
		const { _aop_signature, ...signed } = call.params;
		expect(Object.keys(signed).sort()).toEqual(['_aop_timestamp', 'access_token']);
		expect(signed.access_token).toBe(store.data.accessToken);
		expect(_aop_signature).toBe(
			aopSignature(
				`param2/1/com.alibaba.account/alibaba.account.basic/${sb.demo.appKey}`,
				signed,
				sb.demo.appSecret,
			),
		);
	});

	it('refuses a used code with the code, the reason and a fresh authorization URL, and leaks no secret', async () => {
		const code = sb.issueAuthorizationCode({
			appKey: sb.demo.appKey,
			redirectUri: sb.demo.redirectUri,
		});
		await callAccountBasic(
			new CredentialStore('alibaba1688OAuth2Api', credentialData({ authorizationCode: code })),
		);
		const reused = callAccountBasic(
			new CredentialStore('alibaba1688OAuth2Api', credentialData({ authorizationCode: code })),
		);
		const error = await reused.then(
			() => undefined,
			(e: Error) => e,
		);
		expect(error?.message).toMatch(/refused the authorization code \(invalid_grant/);
		expect(error?.message).toMatch(/only for 2 minutes/);
		expect((error as Error & { description?: string })?.description).toContain(
			`${sb.url}/oauth/authorize?client_id=${sb.demo.appKey}&site=1688&redirect_uri=`,
		);
		expectNoSecrets(String(error?.message), sb.demo.appSecret, code);
	});

	it('refuses an expired code (older than 2 minutes)', async () => {
		const code = sb.issueAuthorizationCode({
			appKey: sb.demo.appKey,
			redirectUri: sb.demo.redirectUri,
		});
		sb.clock.advance(121_000);
		await expect(
			callAccountBasic(
				new CredentialStore('alibaba1688OAuth2Api', credentialData({ authorizationCode: code })),
			),
		).rejects.toThrow(/invalid_grant/);
	});

	it('refreshes with all parameters in the query string on param2 and keeps the stored refresh token when the reply has none', async () => {
		const store = new CredentialStore(
			'alibaba1688OAuth2Api',
			credentialData({ refreshToken: sb.demo.refreshToken }),
		);
		await callAccountBasic(store);
		const refresh = sb.requests[0];
		expect(refresh.path).toBe(`/openapi/param2/1/system.oauth2/getToken/${sb.demo.appKey}`);
		expect(refresh.query).toEqual({
			grant_type: 'refresh_token',
			client_id: sb.demo.appKey,
			client_secret: sb.demo.appSecret,
			refresh_token: sb.demo.refreshToken,
		});
		expect(refresh.rawBody).toBe('');
		expect(store.data.refreshToken).toBe(sb.demo.refreshToken);
	});

	it('stores the refresh token and its timeout when the refresh reply carries them', async () => {
		sb.settings.refreshReplyIncludesRefreshToken = true;
		const store = new CredentialStore(
			'alibaba1688OAuth2Api',
			credentialData({ refreshToken: sb.demo.refreshToken }),
		);
		await callAccountBasic(store);
		expect(store.data.refreshToken).toBe(sb.demo.refreshToken);
		expect(Date.parse(store.data.refreshTokenExpiresAt as string)).toBeGreaterThan(
			sb.clock.now() + 150 * 86_400_000,
		);
	});

	it('extends the refresh token with postponeToken in its last 30 days and stores the new one', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey, refreshTtlSec: 10 * 86_400 });
		const store = new CredentialStore(
			'alibaba1688OAuth2Api',
			credentialData({
				refreshToken: tokens.refresh_token,
				refreshTokenExpiresAt: new Date(sb.clock.now() + 10 * 86_400_000).toISOString(),
			}),
		);
		await callAccountBasic(store);
		const postpone = sb.requests.find((r) => r.api === 'system.oauth2:postponeToken') as Entry;
		expect(postpone.method).toBe('POST');
		expect(postpone.query).toMatchObject({
			client_id: sb.demo.appKey,
			client_secret: sb.demo.appSecret,
			refresh_token: tokens.refresh_token,
		});
		expect(postpone.query.access_token).toBe(store.data.accessToken);
		expect(postpone.status).toBe(200);
		expect(store.data.refreshToken).not.toBe(tokens.refresh_token);
		expect(Date.parse(store.data.refreshTokenExpiresAt as string) - sb.clock.now()).toBeGreaterThan(
			170 * 86_400_000,
		);

		// the old refresh token is dead, the stored one works
		sb.clearRequests();
		await callAccountBasic(
			new CredentialStore(
				'alibaba1688OAuth2Api',
				credentialData({ refreshToken: store.data.refreshToken }),
			),
		);
		expect(sb.requests.at(-1)?.status).toBe(200);
	});

	it('does not postpone a refresh token with more than 30 days left', async () => {
		const store = new CredentialStore(
			'alibaba1688OAuth2Api',
			credentialData({
				refreshToken: sb.demo.refreshToken,
				refreshTokenExpiresAt: new Date(sb.clock.now() + 90 * 86_400_000).toISOString(),
			}),
		);
		await callAccountBasic(store);
		expect(sb.requests.some((r) => r.api === 'system.oauth2:postponeToken')).toBe(false);
	});

	it('renews proactively when the stored session has run out, before any call fails', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		const store = new CredentialStore(
			'alibaba1688OAuth2Api',
			credentialData({
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
				session: `={{ $now.toMillis() < ${Date.now() - 1000} ? "valid" : "" }}`,
			}),
		);
		await callAccountBasic(store);
		expect(kinds(sb.requests)).toEqual([
			'getToken(refresh_token)→200',
			'com.alibaba.account:alibaba.account.basic→200',
		]);
		expect(store.data.accessToken).not.toBe(tokens.access_token);
	});

	it('uses a valid stored session without renewing', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		const store = new CredentialStore(
			'alibaba1688OAuth2Api',
			credentialData({
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
				session: `={{ $now.toMillis() < ${Date.now() + 3_600_000} ? "valid" : "" }}`,
			}),
		);
		await callAccountBasic(store);
		expect(kinds(sb.requests)).toEqual(['com.alibaba.account:alibaba.account.basic→200']);
		expect(store.writes).toHaveLength(0);
	});

	it('renews reactively after the gateway rejects the token (401) and retries once, re-signed', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		sb.expireAccessToken(tokens.access_token);
		const store = new CredentialStore(
			'alibaba1688OAuth2Api',
			credentialData({
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
				session: `={{ $now.toMillis() < ${Date.now() + 3_600_000} ? "valid" : "" }}`,
			}),
		);
		const { output } = await callAccountBasic(store);
		expect(kinds(sb.requests)).toEqual([
			'com.alibaba.account:alibaba.account.basic→401',
			'getToken(refresh_token)→200',
			'com.alibaba.account:alibaba.account.basic→200',
		]);
		expect(output[0].json).toMatchObject({ success: true });
		expect(store.data.accessToken).not.toBe(tokens.access_token);
	});

	it('gives up after one renewal when the token is still refused, naming 401 and the next step', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		sb.injectFault({
			match: 'com.alibaba.account:alibaba.account.basic',
			times: 2,
			kind: 'status',
			status: 401,
			body: JSON.stringify({ error_code: '401', error_message: 'Request need user authorized' }),
			contentType: 'application/json',
		});
		const store = new CredentialStore(
			'alibaba1688OAuth2Api',
			credentialData({
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
				session: '={{ "valid" }}',
			}),
		);
		await expect(callAccountBasic(store)).rejects.toThrow(
			/refused the access token even after renewing it \(401\)\. .*authorize the credential again/,
		);
		expect(kinds(sb.requests)).toEqual([
			'com.alibaba.account:alibaba.account.basic→401',
			'getToken(refresh_token)→200',
			'com.alibaba.account:alibaba.account.basic→401',
		]);
	});

	it('reports a revoked refresh token with invalid_grant and how to authorize again, without secrets', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		sb.revokeRefreshToken(tokens.refresh_token);
		const store = new CredentialStore(
			'alibaba1688OAuth2Api',
			credentialData({ refreshToken: tokens.refresh_token }),
		);
		const error = await callAccountBasic(store).then(
			() => undefined,
			(e: Error) => e,
		);
		expect(error?.message).toMatch(
			/refused the refresh token \(invalid_grant.*expired or was revoked.*Authorize again: Open this address/,
		);
		expectNoSecrets(String(error?.message), sb.demo.appSecret, tokens.refresh_token);
	});

	it('reports a wrong app secret at the token endpoint (invalid_client) and at the gateway (gw.SignatureInvalid)', async () => {
		await expect(
			callAccountBasic(
				new CredentialStore(
					'alibaba1688OAuth2Api',
					credentialData({ refreshToken: sb.demo.refreshToken, appSecret: 'wrong-secret' }),
				),
			),
		).rejects.toThrow(/refused the app's credentials \(invalid_client.*App Secret/);

		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		const error = await callAccountBasic(
			new CredentialStore(
				'alibaba1688OAuth2Api',
				credentialData({
					accessToken: tokens.access_token,
					session: '={{ "valid" }}',
					appSecret: 'wrong-secret',
				}),
			),
		).then(
			() => undefined,
			(e: Error) => e,
		);
		expect(error?.message).toMatch(/gw\.SignatureInvalid/);
		expectNoSecrets(String(error?.message), 'wrong-secret', tokens.access_token);
	});

	it('explains how to authorize, with the authorization URL, when the credential has no token yet', async () => {
		await expect(
			callAccountBasic(new CredentialStore('alibaba1688OAuth2Api', credentialData())),
		).rejects.toMatchObject({
			message: expect.stringMatching(/not authorized yet\. Open this address in a browser/),
			// the URL alone, as the error's description, where it can be selected whole
			description: expect.stringMatching(
				/^http:\/\/127\.0\.0\.1:\d+\/oauth\/authorize\?client_id=8688001&site=1688&redirect_uri=http%3A%2F%2F127\.0\.0\.1%3A\d+%2Foauth%2Fcode&state=[0-9a-f]{16}$/,
			),
		});
		// before that, one signed call without a token checked the App Key and App Secret
		expect(kinds(sb.requests)).toEqual(['com.alibaba.account:alibaba.account.basic→401']);
		expect(sb.requests[0].params.access_token).toBeUndefined();
	});

	it('finds a wrong App Secret before sending the user to the consent page', async () => {
		const error = await callAccountBasic(
			new CredentialStore('alibaba1688OAuth2Api', credentialData({ appSecret: 'wrong-secret' })),
		).then(
			() => undefined,
			(e: Error) => e,
		);
		expect(error?.message).toMatch(
			/refused the signature made with this App Secret.*\(gw\.SignatureInvalid\) Then test the credential again/,
		);
		expect(String((error as Error & { description?: string }).description)).not.toContain(
			'/oauth/authorize',
		);
		expectNoSecrets(String(error?.message), 'wrong-secret');
	});

	it('takes the whole address 1688 redirected to as the authorization code, and checks its state', async () => {
		const notYet = (await callAccountBasic(
			new CredentialStore('alibaba1688OAuth2Api', credentialData()),
		).then(
			() => undefined,
			(e: Error) => e,
		)) as Error & { description: string };
		// approve on the consent page, as the browser would, and take the address it redirects to
		const consent = new URL(notYet.description);
		const approved = await fetch(`${sb.url}/oauth/authorize`, {
			method: 'POST',
			body: new URLSearchParams({
				...Object.fromEntries(consent.searchParams),
				memberId: sb.demo.memberId,
			}),
			redirect: 'manual',
		});
		const landedOn = approved.headers.get('location') as string;
		expect(landedOn).toMatch(/[?&]code=.+&state=[0-9a-f]{16}$/);

		const forged = landedOn.replace(/state=[0-9a-f]+$/, 'state=0123456789abcdef');
		await expect(
			callAccountBasic(
				new CredentialStore('alibaba1688OAuth2Api', credentialData({ authorizationCode: forged })),
			),
		).rejects.toThrow(/comes from another authorization request/);

		const store = new CredentialStore(
			'alibaba1688OAuth2Api',
			credentialData({ authorizationCode: landedOn }),
		);
		const { output } = await callAccountBasic(store);
		expect(output[0].json).toMatchObject({ success: true, result: { loginId: sb.demo.loginId } });
		expect(store.data.authorizationCode).toBe('');
		expect(store.data.refreshToken).not.toBe('');
	});

	it('calls an API that needs no authorization without any token', async () => {
		const { output } = await callAccountBasic(
			new CredentialStore('alibaba1688OAuth2Api', credentialData()),
			{
				...accountBasic,
				namespace: 'com.alibaba.product',
				apiName: 'alibaba.category.get',
				parametersJson: '{"categoryID": 0}',
				requiresAuth: false,
			},
		);
		expect(output[0].json.categoryInfo).toEqual(expect.any(Array));
		expect(sb.requests[0].params.access_token).toBeUndefined();
	});
});

describe('concurrent executions on one credential', () => {
	/** The credential as a second n8n process has it: no in-flight renewal is shared. */
	const credentialOfAnotherProcess = async () =>
		await inAnotherProcess(async () => {
			const module = await import('../../credentials/Alibaba1688OAuth2Api.credentials');
			return new module.Alibaba1688OAuth2Api();
		});

	it('20 executions on an expired token all succeed, across two processes, while the refresh token is being extended', async () => {
		// In its last 30 days the refresh token is extended (postponeToken), which kills the old one:
		// the process that loses the race must pick up the winner's tokens from the store.
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey, refreshTtlSec: 10 * 86_400 });
		sb.clearRequests();
		const store = new CredentialStore(
			'alibaba1688OAuth2Api',
			credentialData({
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
				refreshTokenExpiresAt: new Date(sb.clock.now() + 10 * 86_400_000).toISOString(),
			}),
		);
		store.writeDelayMs = 150;
		const processes = [credentialType, await credentialOfAnotherProcess()];
		const results = await Promise.all(
			Array.from({ length: 20 }, async (_, i) => {
				const { output } = await runNode(Alibaba1688, {
					credentialType: processes[i % 2],
					store,
					parameters: accountBasic,
					nodeName: '1688',
				});
				return output;
			}),
		);
		expect(results.flat()).toHaveLength(20);
		const tokenCalls = sb.requests.filter((r) => r.api?.startsWith('system.oauth2:'));
		// At most one renewal per process; everything else rode on it or on the stored result.
		expect(
			tokenCalls.filter((r) => r.api === 'system.oauth2:postponeToken').length,
		).toBeLessThanOrEqual(2);
		expect(sb.refreshTokenIsLive(String(store.data.refreshToken))).toBe(true);
		expect(sb.refreshTokenIsLive(tokens.refresh_token)).toBe(false);
		expect(
			sb.requests.filter((r) => r.api === 'alibaba.account.basic' && r.status !== 200),
		).toHaveLength(0);
	});
});
