import { MogujieOAuth2Api } from '../../credentials/MogujieOAuth2Api.credentials';
import { Mogujie } from '../../nodes/Mogujie/Mogujie.node';
import { mogujieSignature } from '../../nodes/Mogujie/auth/signature';
import { startMogujieSandbox } from '../../sandbox';
import { mogujieSandboxCredentialData } from '../../scripts/lib/sandbox-credentials';
import type { Json } from '../support/json';
import { inAnotherProcess } from '../support/another-process';
import { CredentialStore, runNode } from '../../scripts/lib/n8n-context';

type Sandbox = Awaited<ReturnType<typeof startMogujieSandbox>>;

const credentialType = new MogujieOAuth2Api();
let sb: Sandbox;

beforeAll(async () => {
	sb = await startMogujieSandbox({ orderCount: 120 });
});
afterAll(async () => {
	await sb.close();
});
beforeEach(() => sb.clearRequests());

const itemGet = () => ({
	resource: 'customApiCall',
	operation: 'call',
	method: 'xiaodian.item.get',
	parametersJson: JSON.stringify({ itemId: sb.data.examples.itemId }),
	options: {},
});

function store(data: Json) {
	return new CredentialStore(
		'mogujieOAuth2Api',
		mogujieSandboxCredentialData(sb, { refreshToken: '', ...data }),
	);
}

async function run(credentials: CredentialStore, parameters: Json = itemGet()): Promise<Json[]> {
	const { output } = await runNode(Mogujie, { credentialType, store: credentials, parameters });
	return output.map((item: { json: Json }) => item.json);
}

/** The error as the editor shows it: the message, then the description (the authorization URL). */
const shown = (error: Error) =>
	[error.message, (error as Error & { description?: string }).description].join('\n');

async function fails(credentials: CredentialStore, parameters: Json = itemGet()): Promise<Error> {
	return await runNode(Mogujie, { credentialType, store: credentials, parameters }).then(
		() => {
			throw new Error('expected the node to fail');
		},
		(error: Error) => error,
	);
}

/** Not the app's secret: the platform must refuse what it signs. */
const WRONG = ['WRONG', 'SECRET', '0123'].join('-');

const kinds = () =>
	sb.requests.map(
		(r) => `${r.api === 'token' ? `token(${r.params.grant_type})` : r.api}→${r.status}`,
	);
const valid = (ms = 3_600_000) => `={{ $now.toMillis() < ${Date.now() + ms} ? "valid" : "" }}`;

function expectNoSecret(text: string, ...secrets: string[]) {
	for (const secret of secrets.filter(Boolean)) expect(text).not.toContain(secret);
}

describe('Mogujie credential against the sandbox', () => {
	it('exchanges a code at {oauthUrl}/token with app_key/app_secret, stores absolute expiries and userId, clears the code', async () => {
		const code = sb.issueAuthorizationCode({
			appKey: sb.demo.appKey,
			redirectUri: sb.demo.redirectUri,
		});
		const credentials = store({ authorizationCode: code });
		const [item] = await run(credentials);
		expect(item.itemId).toBe(sb.data.examples.itemId);

		// as Mogujie's documentation shows it: a GET with every parameter in the query string
		const exchange = sb.requests[0];
		expect(exchange.method).toBe('GET');
		expect(exchange.path).toBe('/token');
		expect(exchange.query).toMatchObject({
			grant_type: 'authorization_code',
			code,
			app_key: sb.demo.appKey,
			app_secret: sb.demo.appSecret,
			redirect_uri: sb.demo.redirectUri,
		});
		expect(exchange.body).toEqual({});
		const reply = JSON.parse(exchange.responseBody);

		const saved = credentials.data;
		expect(saved.authorizationCode).toBe('');
		expect(saved.accessToken).toBe(reply.access_token);
		expect(saved.refreshToken).toBe(reply.refresh_token);
		expect(saved.userId).toBe(sb.demo.userId);
		expect(Date.parse(saved.accessTokenExpiresAt as string)).toBe(reply.access_expires_in * 1000);
		expect(Date.parse(saved.refreshTokenExpiresAt as string)).toBe(reply.refresh_expires_in * 1000);
		expect(saved.session).toBe(
			`={{ $now.toMillis() < ${reply.access_expires_in * 1000 - 3_600_000} ? "valid" : "" }}`,
		);
	});

	it('signs the call with the MD5 rule over every parameter sent', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		await run(
			store({
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
				session: valid(),
			}),
		);
		const call = sb.requests[0];
		expect(call.status).toBe(200);
		const { sign, ...signed } = call.params;
		expect(Object.keys(signed).sort()).toEqual([
			'access_token',
			'app_key',
			'format',
			'itemId',
			'method',
			'sign_method',
			'timestamp',
		]);
		expect(sign).toBe(mogujieSignature(signed, sb.demo.appSecret));
	});

	it('persists the rotated refresh token at every refresh; the previous one is dead', async () => {
		const first = sb.issueTokens({ appKey: sb.demo.appKey });
		const credentials = store({ refreshToken: first.refresh_token });
		await run(credentials);
		const second = credentials.data.refreshToken as string;
		expect(second).not.toBe(first.refresh_token);
		// a POST with every parameter in the query string and an empty body, as public clients send it
		const refresh = sb.requests.find((r: { path: string }) => r.path === '/token');
		expect(refresh?.method).toBe('POST');
		expect(refresh?.query).toMatchObject({
			grant_type: 'refresh_token',
			refresh_token: first.refresh_token,
			app_key: sb.demo.appKey,
		});
		expect(refresh?.body).toEqual({});

		// renew again (proactively): the second refresh token is used and replaced in turn
		credentials.data.session = '';
		await run(credentials);
		expect(credentials.data.refreshToken).not.toBe(second);

		// the first refresh token no longer works
		const stale = await fails(store({ refreshToken: first.refresh_token }));
		expect(stale.message).toMatch(
			/Mogujie refused the refresh token \(0000207: .+\)\. The refresh token has expired or was replaced: Mogujie keeps only a shop's newest authorization/,
		);
		expectNoSecret(stale.message, sb.demo.appSecret, first.refresh_token);
	});

	it('renews proactively when the stored session has run out', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		const credentials = store({
			accessToken: tokens.access_token,
			refreshToken: tokens.refresh_token,
			session: valid(-1000),
		});
		await run(credentials);
		expect(kinds()).toEqual(['token(refresh_token)→200', 'xiaodian.item.get→200']);
	});

	it('refreshes once on a body-level expired token (0000010) and retries, re-signed', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		sb.expireAccessToken(tokens.access_token);
		const credentials = store({
			accessToken: tokens.access_token,
			refreshToken: tokens.refresh_token,
			session: valid(),
		});
		const [item] = await run(credentials);
		expect(item.itemId).toBe(sb.data.examples.itemId);
		expect(kinds()).toEqual([
			'xiaodian.item.get→200',
			'token(refresh_token)→200',
			'xiaodian.item.get→200',
		]);
		expect(JSON.parse(sb.requests[0].responseBody).status.code).toBe('0000010');
		expect(credentials.data.refreshToken).not.toBe(tokens.refresh_token);
		expect(credentials.data.accessToken).toBe(sb.requests[2].params.access_token);
	});

	it('refreshes once on 0000001 and gives up if it comes again', async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		sb.injectFault({ match: 'xiaodian.item.get', kind: 'tokenInvalid', times: 2 });
		const error = await fails(
			store({
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
				session: valid(),
			}),
		);
		expect(shown(error)).toMatch(
			/refused the access token even after renewing it \(0000001.*Authorize the credential again: Open this address.*\nhttp/,
		);
		expect(kinds()).toEqual([
			'xiaodian.item.get→200',
			'token(refresh_token)→200',
			'xiaodian.item.get→200',
		]);
	});

	it('an unknown token (0000011) asks to authorize again, with the authorization URL, without refreshing', async () => {
		const error = await fails(
			store({
				accessToken: 'NOT-A-TOKEN-AT-ALL',
				refreshToken: 'unused-refresh-token',
				session: valid(),
			}),
		);
		expect(error.message).toMatch(
			/does not know this access token \(0000011: AccessToken不存在，请重新授权\)\. Authorize the credential again: Open this address/,
		);
		// the URL on a line of its own: n8n shows it as the error's description
		expect((error as Error & { description?: string }).description).toMatch(
			/^http:\/\/127\.0\.0\.1:\d+\/authorize\?response_type=code&app_key=\d+&redirect_uri=\S+&state=[0-9a-f]{16}$/m,
		);
		expect(sb.requests.filter((r) => r.api === 'token')).toHaveLength(0);
	});

	it("a wrong app secret: Sign错误 at the gateway, and the token endpoint's errorMsg when renewing", async () => {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		const signature = await fails(
			store({ accessToken: tokens.access_token, appSecret: WRONG, session: valid() }),
		);
		expect(signature.message).toMatch(
			/rejected the request signature \(0000002: Sign错误\)\. Check that the credential's App Secret/,
		);
		expectNoSecret(signature.message, WRONG, tokens.access_token);

		const refresh = await fails(store({ refreshToken: tokens.refresh_token, appSecret: WRONG }));
		// the app is at fault, not the authorization: fix the secret, no need to authorize again
		expect(refresh.message).toMatch(
			/Mogujie refused the app's key or secret \(0000204: app_secret错误\)\. Copy "App Key" and "App Secret" exactly/,
		);
		expect(shown(refresh)).not.toMatch(/authorize again/i);
	});

	it('a used code reports the platform message and how to get a new one', async () => {
		const code = sb.issueAuthorizationCode({
			appKey: sb.demo.appKey,
			redirectUri: sb.demo.redirectUri,
		});
		await run(store({ authorizationCode: code }));
		const error = await fails(store({ authorizationCode: code }));
		expect(error.message).toMatch(
			/Mogujie refused the authorization code \(0000205: .+\)\. A code works once and only for 10 minutes/,
		);
		expectNoSecret(error.message, code, sb.demo.appSecret);
	});

	it('without any token it explains how to authorize', async () => {
		expect(shown(await fails(store({})))).toMatch(
			/This Mogujie credential is not authorized yet\. Open this address.*\nhttp:\/\/127\.0\.0\.1:\d+\/authorize\?/,
		);
		expect(sb.requests).toHaveLength(0);
	});
});

describe('concurrent executions on one credential', () => {
	async function expiredCredential() {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		sb.clearRequests();
		return store({
			accessToken: tokens.access_token,
			refreshToken: tokens.refresh_token,
			session: valid(-1000),
		});
	}

	/** The credential as a second n8n process has it: no in-flight renewal is shared. */
	const credentialOfAnotherProcess = async () =>
		await inAnotherProcess(async () => {
			const module = await import('../../credentials/MogujieOAuth2Api.credentials');
			return new module.MogujieOAuth2Api();
		});

	it('refresh the rotating token once and all succeed (single flight within a process)', async () => {
		const credentials = await expiredCredential();
		const results = await Promise.all(
			Array.from({ length: 20 }, async () => await run(credentials)),
		);
		expect(results.every(([item]) => item.itemId === sb.data.examples.itemId)).toBe(true);
		const refreshes = sb.requests.filter((r) => r.api === 'token');
		expect(refreshes).toHaveLength(1);
		expect(credentials.data.refreshToken).toBe(JSON.parse(refreshes[0].responseBody).refresh_token);
	});

	it('across two processes, the one whose refresh is refused re-reads the stored credential and uses the newer token', async () => {
		const credentials = await expiredCredential();
		// The winner's tokens land in the store a little after the loser's refusal, as with a database.
		credentials.writeDelayMs = 150;
		const processes = [credentialType, await credentialOfAnotherProcess()];
		const results = await Promise.all(
			Array.from({ length: 20 }, async (_, i) => {
				const { output } = await runNode(Mogujie, {
					credentialType: processes[i % 2],
					store: credentials,
					parameters: itemGet(),
				});
				return output.map((item: { json: Json }) => item.json);
			}),
		);
		expect(results.every(([item]) => item.itemId === sb.data.examples.itemId)).toBe(true);
		const refreshes = sb.requests.filter((r) => r.api === 'token');
		const granted = refreshes.filter((r) => JSON.parse(r.responseBody).statusCode === '0000000');
		// One refresh per process; Mogujie accepts the first and refuses the spent token in the other.
		expect(refreshes).toHaveLength(2);
		expect(granted).toHaveLength(1);
		// Every execution that shared the winning refresh stores the same tokens; none stores a dead one.
		expect(new Set(credentials.writes.map((w) => w.refreshToken)).size).toBe(1);
		expect(credentials.data.refreshToken).toBe(JSON.parse(granted[0].responseBody).refresh_token);
		// The stored refresh token is the live one: it refreshes.
		const next = await fetch(`${sb.url}/token`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({
				grant_type: 'refresh_token',
				refresh_token: String(credentials.data.refreshToken),
				app_key: sb.demo.appKey,
				app_secret: sb.demo.appSecret,
			}).toString(),
		});
		expect(((await next.json()) as Json).statusCode).toBe('0000000');
	});

	it('a refresh token refused while nobody stored a newer one still fails with the platform code', async () => {
		const credentials = await expiredCredential();
		sb.revokeRefreshToken(String(credentials.data.refreshToken));
		const error = await fails(credentials);
		expect(error.message).toMatch(/Mogujie refused the refresh token \(\d+/);
		expect(error.message).toMatch(/Authorize again/);
		expect(error.message).toContain('refresh_token已失效');
	});
});
