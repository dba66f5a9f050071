import { startMogujieSandbox } from '../../sandbox';
import { BUSINESS_CODES, EXPRESS_CODES, GATEWAY_CODES, TOKEN_CODES } from '../../sandbox/mogujie';
import { sign, stringToSign, verify } from '../../sandbox/mogujie/signature';
import { formatDateTime, startOfDay } from '../../sandbox/common/beijing-time';
import { orderView } from '../../sandbox/mogujie/methods/views';
import { callMogujie, get, sendForm } from '../support/sandbox-client';
import vectors from '../fixtures/vectors/mogujie-sign.json';

type Sandbox = Awaited<ReturnType<typeof startMogujieSandbox>>;
type Reply = Awaited<ReturnType<typeof callMogujie>>;

// 14:00 in Beijing, so "today" already has paid orders
const START = Date.UTC(2024, 4, 20, 6, 0, 0);
const HOUR = 3600000;
const DAY = 24 * HOUR;
const HEX32 = /^[0-9A-F]{32}$/;
const TOKEN_REPLY_KEYS = [
	'access_expires_in',
	'access_token',
	'errorMsg',
	'refresh_expires_in',
	'refresh_token',
	'state',
	'statusCode',
	'token_type',
	'userId',
];

/** Every vector was computed with this secret; the string to sign starts and ends with it. */
const vectorSecret = (v: { string_to_sign: string }) => v.string_to_sign.slice(0, 32);

function tokenUrl(sb: Sandbox) {
	return `${sb.url}/token`;
}

/** The consent page as a seller would use it; returns the code from the 302. */
async function approveConsent(
	sb: Sandbox,
	fields: Record<string, string> = {},
): Promise<{ code: string; location: string }> {
	const res = await sendForm(
		`${sb.url}/authorize`,
		{
			response_type: 'code',
			app_key: sb.demo.appKey,
			redirect_uri: sb.demo.redirectUri,
			state: 'st-1',
			...fields,
		},
		{ redirect: 'manual' },
	);
	expect(res.status).toBe(302);
	const location = res.location ?? '';
	return { code: new URL(location).searchParams.get('code') ?? '', location };
}

function exchange(
	sb: Sandbox,
	code: string,
	options: { method?: 'GET' | 'POST'; placement?: 'body' | 'query' } = {},
	fields: Record<string, string> = {},
) {
	return sendForm(
		tokenUrl(sb),
		{
			grant_type: 'authorization_code',
			code,
			app_key: sb.demo.appKey,
			app_secret: sb.demo.appSecret,
			redirect_uri: sb.demo.redirectUri,
			state: 'st-1',
			...fields,
		},
		options,
	);
}

function refresh(
	sb: Sandbox,
	refreshToken: string,
	options: { method?: 'GET' | 'POST'; placement?: 'body' | 'query' } = {},
) {
	return sendForm(
		tokenUrl(sb),
		{
			grant_type: 'refresh_token',
			refresh_token: refreshToken,
			app_key: sb.demo.appKey,
			app_secret: sb.demo.appSecret,
		},
		options,
	);
}

function expectEnvelopeError(res: Reply, code: string) {
	expect(res.status).toBe(200);
	expect(res.json).toEqual({
		status: { code, msg: expect.any(String) },
		result: {},
		st: expect.any(Number),
	});
}

describe('Mogujie sandbox', () => {
	let sb: Sandbox;
	let token: string;

	const call = (
		method: string,
		params: Record<string, string> = {},
		options: Partial<Parameters<typeof callMogujie>[1]> = {},
	) =>
		callMogujie(sb.url, {
			appKey: sb.demo.appKey,
			appSecret: sb.demo.appSecret,
			method,
			accessToken: token,
			params,
			...options,
		});
	const soldGet = (
		query: Record<string, unknown>,
		options: Partial<Parameters<typeof callMogujie>[1]> = {},
	) => call('xiaodian.trade.sold.get', { Params: JSON.stringify(query) }, options);
	const tradeGet = (shopOrderId: string) =>
		call('xiaodian.trade.get', { openApiOrderDetailReqDto: JSON.stringify({ shopOrderId }) });
	const itemGet = (itemId: string) => call('xiaodian.item.get', { itemId });
	const fmt = (ms: number) => formatDateTime(ms);

	beforeAll(async () => {
		sb = await startMogujieSandbox({
			port: 0,
			host: '127.0.0.1',
			latencyMs: 0,
			seed: 4399,
			orderCount: 400,
			startTime: START,
		});
		token = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
	});

	afterAll(async () => {
		await sb.close();
	});

	describe('signature', () => {
		it.each(Object.entries(vectors))('%s', (_name, v) => {
			const params: Record<string, string> = v.params;
			const secret = vectorSecret(v);
			expect(v.string_to_sign.endsWith(secret)).toBe(true);
			expect(stringToSign(params, secret)).toBe(v.string_to_sign);
			expect(sign(params, secret)).toBe(v.sign);
			expect(sign({ ...params, sign: v.sign }, secret)).toBe(v.sign);
			expect(verify(params, secret, v.sign)).toBe(true);
			expect(verify(params, secret, v.sign.toLowerCase())).toBe(true);
			expect(verify(params, `${secret}0`, v.sign)).toBe(false);
		});

		it('the gateway accepts every vector as sent, and refuses it once a value changes', async () => {
			const v1 = vectors['V1 trade.sold.get'];
			sb.createApp({ appKey: v1.params.app_key, appSecret: vectorSecret(v1) });
			for (const v of Object.values(vectors)) {
				const params: Record<string, string> = v.params;
				const res = await sendForm(`${sb.url}/invoke`, { ...params, sign: v.sign });
				// past the signature: the vectors' token was never issued, V4's method is not served
				const expected =
					v.params.method === 'xiaodian.cpsdata.channelgroup.save'
						? GATEWAY_CODES.UNKNOWN_METHOD
						: GATEWAY_CODES.TOKEN_NOT_FOUND;
				expect(res.json.status.code).toBe(expected);
				const tampered = await sendForm(`${sb.url}/invoke`, {
					...params,
					timestamp: '1589187107',
					sign: v.sign,
				});
				expect(tampered.json).toEqual({
					status: { code: '0000002', msg: 'Sign错误' },
					result: {},
					st: expect.any(Number),
				});
			}
		});
	});

	describe('gateway', () => {
		it('answers a correct call with the success envelope', async () => {
			const res = await tradeGet(sb.data.examples.completedOrderId);
			expect(res.status).toBe(200);
			expect(res.contentType).toMatch(/^application\/json/);
			expect(res.json).toEqual({
				status: { code: '0000000', msg: 'success' },
				result: {
					data: expect.objectContaining({ shopOrderId: sb.data.examples.completedOrderId }),
				},
				success: true,
				st: expect.any(Number),
			});
			expect(res.json.st).toBeGreaterThanOrEqual(START);
			expect(res.json.st).toBeLessThanOrEqual(sb.clock.now());
		});

		it.each([
			['GET with a query string', { httpMethod: 'GET' as const }],
			['POST with everything in the query and an empty body', { placement: 'query' as const }],
			[
				'POST with system params in the query and business params in the body',
				{ placement: 'split' as const },
			],
			[
				'POST with optional sign_method and version',
				{ system: { sign_method: 'md5', version: '1.0' } },
			],
			['a timestamp in milliseconds', { timestamp: String(START) }],
		])('accepts %s', async (_name, options) => {
			const again = await call(
				'xiaodian.trade.get',
				{
					openApiOrderDetailReqDto: JSON.stringify({
						shopOrderId: sb.data.examples.completedOrderId,
					}),
				},
				options,
			);
			expect(again.json.status.code).toBe('0000000');
			expect(again.json.result.data.shopOrderId).toBe(sb.data.examples.completedOrderId);
		});

		it('merges query and body, the body winning on a clash', async () => {
			sb.clearRequests();
			const dto = JSON.stringify({ shopOrderId: sb.data.examples.completedOrderId });
			const params = {
				app_key: sb.demo.appKey,
				method: 'xiaodian.trade.get',
				access_token: token,
				timestamp: '1589187106',
				format: 'json',
				openApiOrderDetailReqDto: dto,
			};
			const signed = sign(params, sb.demo.appSecret);
			const query = new URLSearchParams({ method: 'xiaodian.item.get', sign: 'WRONG' });
			const res = await fetch(`${sb.url}/invoke?${query}`, {
				method: 'POST',
				body: new URLSearchParams({ ...params, sign: signed }),
			});
			const body = (await res.json()) as { status: { code: string } };
			expect(body.status.code).toBe('0000000');
			expect(sb.requests[0]).toMatchObject({
				method: 'POST',
				path: '/invoke',
				api: 'xiaodian.trade.get',
				query: { method: 'xiaodian.item.get', sign: 'WRONG' },
				params: { method: 'xiaodian.trade.get', sign: signed },
				status: 200,
			});
		});

		it('answers Sign错误 to a wrong or missing sign', async () => {
			for (const signature of ['0123456789ABCDEF0123456789ABCDEF', 'none', '']) {
				const res = await call(
					'xiaodian.trade.get',
					{ openApiOrderDetailReqDto: '{"shopOrderId":"1"}' },
					{ signature },
				);
				expect(res.status).toBe(200);
				expect(res.json).toEqual({
					status: { code: '0000002', msg: 'Sign错误' },
					result: {},
					st: expect.any(Number),
				});
				expect(res.json.success).toBeUndefined();
			}
			// signed with another app's secret
			const other = sb.createApp();
			const res = await call('xiaodian.trade.get', {}, { appSecret: other.appSecret });
			expect(res.json.status.code).toBe(GATEWAY_CODES.SIGN_ERROR);
		});

		it('refuses an unknown or missing app_key', async () => {
			expectEnvelopeError(
				await call('xiaodian.trade.get', {}, { appKey: '199999' }),
				GATEWAY_CODES.UNKNOWN_APP_KEY,
			);
			expectEnvelopeError(
				await call('xiaodian.trade.get', {}, { omit: ['app_key'] }),
				GATEWAY_CODES.UNKNOWN_APP_KEY,
			);
		});

		it('refuses missing and invalid system parameters', async () => {
			for (const name of ['method', 'timestamp', 'format']) {
				expectEnvelopeError(
					await call('xiaodian.trade.get', {}, { omit: [name] }),
					GATEWAY_CODES.MISSING_SYSTEM_PARAM,
				);
			}
			expectEnvelopeError(
				await call('xiaodian.trade.get', {}, { system: { format: 'xml' } }),
				GATEWAY_CODES.INVALID_SYSTEM_PARAM,
			);
			expectEnvelopeError(
				await call('xiaodian.trade.get', {}, { system: { sign_method: 'hmac' } }),
				GATEWAY_CODES.INVALID_SYSTEM_PARAM,
			);
			expectEnvelopeError(
				await call('xiaodian.trade.get', {}, { timestamp: '2020-05-11 12:00:00' }),
				GATEWAY_CODES.INVALID_SYSTEM_PARAM,
			);
		});

		it('ignores the timestamp age unless told to check it', async () => {
			const old = await call(
				'xiaodian.trade.get',
				{
					openApiOrderDetailReqDto: JSON.stringify({
						shopOrderId: sb.data.examples.completedOrderId,
					}),
				},
				{ timestamp: '1589187106' },
			);
			expect(old.json.status.code).toBe('0000000');
			sb.settings.timestampToleranceSec = 300;
			try {
				const refused = await call('xiaodian.trade.get', {}, { timestamp: '1589187106' });
				expectEnvelopeError(refused, GATEWAY_CODES.TIMESTAMP_OUT_OF_RANGE);
				const fresh = await call(
					'xiaodian.trade.get',
					{
						openApiOrderDetailReqDto: JSON.stringify({
							shopOrderId: sb.data.examples.completedOrderId,
						}),
					},
					{ timestamp: String(Math.floor(sb.clock.now() / 1000)) },
				);
				expect(fresh.json.status.code).toBe('0000000');
			} finally {
				sb.settings.timestampToleranceSec = 0;
			}
		});

		it('refuses an unknown method with its own code', async () => {
			const res = await call('xiaodian.no.such.method');
			expectEnvelopeError(res, GATEWAY_CODES.UNKNOWN_METHOD);
			expect(res.json.status.code).toMatch(/^\d{7}$/);
		});

		it('answers 0000011 to a missing, unknown or foreign access token', async () => {
			for (const accessToken of [undefined, '', 'ACCE55TOKEN0123456789ABCDEF012345']) {
				const res = await call('xiaodian.trade.get', {}, { accessToken });
				expect(res.json).toEqual({
					status: { code: '0000011', msg: 'AccessToken不存在，请重新授权' },
					result: {},
					st: expect.any(Number),
				});
			}
			const other = sb.createApp();
			const foreign = sb.issueTokens({ appKey: other.appKey }).access_token;
			expectEnvelopeError(
				await call('xiaodian.trade.get', {}, { accessToken: foreign }),
				GATEWAY_CODES.TOKEN_NOT_FOUND,
			);
		});

		it('answers 0000010 to an expired access token', async () => {
			const app = sb.createApp();
			const asApp = { appKey: app.appKey, appSecret: app.appSecret };
			const expired = sb.issueTokens({ appKey: app.appKey }).access_token;
			sb.expireAccessToken(expired);
			expectEnvelopeError(
				await call('xiaodian.trade.get', {}, { ...asApp, accessToken: expired }),
				GATEWAY_CODES.TOKEN_EXPIRED,
			);

			const app2 = sb.createApp();
			const asApp2 = { appKey: app2.appKey, appSecret: app2.appSecret };
			const shortLived = sb.issueTokens({ appKey: app2.appKey, accessTtlSec: 60 }).access_token;
			const dto = {
				openApiOrderDetailReqDto: JSON.stringify({
					shopOrderId: sb.data.examples.completedOrderId,
				}),
			};
			expect(
				(await call('xiaodian.trade.get', dto, { ...asApp2, accessToken: shortLived })).json.status
					.code,
			).toBe('0000000');
			sb.clock.advance(61000);
			const res = await call('xiaodian.trade.get', dto, { ...asApp2, accessToken: shortLived });
			expectEnvelopeError(res, GATEWAY_CODES.TOKEN_EXPIRED);
		});
	});

	describe('OAuth code flow', () => {
		// every exchange for the demo app and seller ends the tokens issued before it
		afterEach(() => {
			token = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
		});

		it('shows a bilingual consent page whose form posts back to /authorize', async () => {
			const query = new URLSearchParams({
				response_type: 'code',
				app_key: sb.demo.appKey,
				redirect_uri: sb.demo.redirectUri,
				state: 'hello',
			});
			const res = await get(`${sb.url}/authorize?${query}`);
			expect(res.status).toBe(200);
			expect(res.contentType).toMatch(/^text\/html/);
			expect(res.text).toContain('同意授权');
			expect(res.text).toContain('Authorize');
			expect(res.text).toContain('<form method="post" action="/authorize">');
			expect(res.text).toContain('name="state" value="hello"');
			expect(res.text).toContain(sb.demo.userId);
			expect(sb.requests[sb.requests.length - 1].api).toBe('authorize');
		});

		it.each([
			['an unknown app_key', { app_key: '199999' }],
			['response_type other than code', { response_type: 'token' }],
			['no redirect_uri', { redirect_uri: '' }],
			['a redirect_uri that is not a URL', { redirect_uri: 'not a url' }],
		])('refuses %s with an HTML 400', async (_name, change) => {
			const fields: Record<string, string> = {
				response_type: 'code',
				app_key: sb.demo.appKey,
				redirect_uri: sb.demo.redirectUri,
				...change,
			};
			const page = await get(`${sb.url}/authorize?${new URLSearchParams(fields)}`);
			expect(page.status).toBe(400);
			expect(page.contentType).toMatch(/^text\/html/);
			expect(page.text).toContain('授权失败');
			const post = await sendForm(`${sb.url}/authorize`, fields, { redirect: 'manual' });
			expect(post.status).toBe(400);
		});

		it('redirects with code, state and code_expires_in=600, and /code shows the code', async () => {
			const { code, location } = await approveConsent(sb, { state: 'ORDER_LIST' });
			expect(code).toMatch(HEX32);
			expect(location).toBe(
				`${sb.demo.redirectUri}?code=${code}&state=ORDER_LIST&code_expires_in=600`,
			);
			const page = await get(location);
			expect(page.status).toBe(200);
			expect(page.text).toContain(code);
			expect(page.text).toContain('Authorization Code');
		});

		it.each([
			['GET with a query string', { method: 'GET' as const }],
			['POST with a form body', {}],
			['POST with the query only', { placement: 'query' as const }],
		])('exchanges a code by %s', async (_name, options) => {
			const { code } = await approveConsent(sb);
			const now = sb.clock.now();
			const res = await exchange(sb, code, options);
			expect(res.status).toBe(200);
			expect(Object.keys(res.json).sort()).toEqual(TOKEN_REPLY_KEYS);
			expect(res.json).toMatchObject({
				errorMsg: '成功！',
				state: 'st-1',
				statusCode: '0000000',
				token_type: 'Bearer',
				userId: sb.demo.userId,
			});
			expect(res.json.access_token).toMatch(HEX32);
			expect(res.json.refresh_token).toMatch(HEX32);
			// absolute epoch seconds, 14 and 30 days out
			expect(
				Math.abs(res.json.access_expires_in - Math.floor(now / 1000) - 14 * 86400),
			).toBeLessThan(5);
			expect(
				Math.abs(res.json.refresh_expires_in - Math.floor(now / 1000) - 30 * 86400),
			).toBeLessThan(5);
			const works = await call(
				'xiaodian.item.get',
				{ itemId: sb.data.examples.itemId },
				{ accessToken: res.json.access_token },
			);
			expect(works.json.status.code).toBe('0000000');
		});

		it('refuses a code used twice, a code past its 600 s and a code of another app', async () => {
			const { code } = await approveConsent(sb);
			expect((await exchange(sb, code)).json.statusCode).toBe('0000000');
			const reused = await exchange(sb, code);
			expect(reused.status).toBe(200);
			expect(reused.json).toEqual({
				statusCode: TOKEN_CODES.INVALID_CODE,
				errorMsg: expect.stringContaining('已被使用'),
			});

			const { code: late } = await approveConsent(sb);
			sb.clock.advance(601000);
			expect((await exchange(sb, late)).json).toEqual({
				statusCode: TOKEN_CODES.INVALID_CODE,
				errorMsg: expect.stringContaining('过期'),
			});

			const other = sb.createApp();
			const foreign = sb.issueAuthorizationCode({
				appKey: other.appKey,
				redirectUri: sb.demo.redirectUri,
			});
			expect((await exchange(sb, foreign)).json.statusCode).toBe(TOKEN_CODES.INVALID_CODE);
			expect((await exchange(sb, 'F'.repeat(32))).json.statusCode).toBe(TOKEN_CODES.INVALID_CODE);
		});

		it('expires codes on the sandbox clock after settings.codeTtlSec', async () => {
			const { code } = await approveConsent(sb);
			sb.clock.advance(599000);
			expect((await exchange(sb, code)).json.statusCode).toBe('0000000');
		});

		it('refuses a redirect_uri other than the authorize one, leaving the code usable', async () => {
			const { code } = await approveConsent(sb);
			const mismatch = await exchange(sb, code, {}, { redirect_uri: `${sb.url}/elsewhere` });
			expect(mismatch.json).toEqual({
				statusCode: TOKEN_CODES.REDIRECT_URI_MISMATCH,
				errorMsg: expect.any(String),
			});
			expect((await exchange(sb, code)).json.statusCode).toBe('0000000');
			// a code issued without a redirect URI is bound to none
			const unbound = sb.issueAuthorizationCode({ appKey: sb.demo.appKey });
			expect(
				(await exchange(sb, unbound, {}, { redirect_uri: 'https://example.invalid/cb' })).json
					.statusCode,
			).toBe('0000000');
		});

		it('a new code exchange ends every earlier token of the seller and app', async () => {
			const first = (await exchange(sb, (await approveConsent(sb)).code)).json;
			const second = (await exchange(sb, (await approveConsent(sb)).code)).json;
			const dto = { itemId: sb.data.examples.itemId };
			expectEnvelopeError(
				await call('xiaodian.item.get', dto, { accessToken: first.access_token }),
				GATEWAY_CODES.TOKEN_NOT_FOUND,
			);
			expect((await refresh(sb, first.refresh_token)).json.statusCode).toBe(
				TOKEN_CODES.INVALID_REFRESH_TOKEN,
			);
			expect(
				(await call('xiaodian.item.get', dto, { accessToken: second.access_token })).json.status
					.code,
			).toBe('0000000');
		});

		it('signs in as the seller chosen on the consent page', async () => {
			const other = sb.data.examples.otherSellerUserId;
			const { code } = await approveConsent(sb, { userId: other });
			const tokens = (await exchange(sb, code)).json;
			expect(tokens.userId).toBe(other);
			const res = await soldGet({}, { accessToken: tokens.access_token });
			expect(res.json.result.data).toEqual({ totalNum: 0, hasNext: false });
			// the demo seller's token of the same app is still valid: another (seller, app) pair
			const demoToken = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
			const { code: otherCode } = await approveConsent(sb, { userId: other });
			expect((await exchange(sb, otherCode)).json.userId).toBe(other);
			const still = await call(
				'xiaodian.item.get',
				{ itemId: sb.data.examples.itemId },
				{ accessToken: demoToken },
			);
			expect(still.json.status.code).toBe('0000000');
		});
	});

	describe('refresh', () => {
		it('rotates: new tokens work, the used refresh token and the old access token are dead', async () => {
			const app = sb.createApp();
			const asApp = { appKey: app.appKey, appSecret: app.appSecret };
			const old = sb.issueTokens({ appKey: app.appKey });
			const fields = {
				grant_type: 'refresh_token',
				app_key: app.appKey,
				app_secret: app.appSecret,
				state: 'r1',
			};
			const renewed = await sendForm(tokenUrl(sb), { ...fields, refresh_token: old.refresh_token });
			expect(renewed.status).toBe(200);
			expect(Object.keys(renewed.json).sort()).toEqual(TOKEN_REPLY_KEYS);
			expect(renewed.json).toMatchObject({
				statusCode: '0000000',
				state: 'r1',
				userId: sb.demo.userId,
			});
			expect(renewed.json.access_token).not.toBe(old.access_token);
			expect(renewed.json.refresh_token).not.toBe(old.refresh_token);

			const dto = { itemId: sb.data.examples.itemId };
			expect(
				(await call('xiaodian.item.get', dto, { ...asApp, accessToken: renewed.json.access_token }))
					.json.status.code,
			).toBe('0000000');
			expectEnvelopeError(
				await call('xiaodian.item.get', dto, { ...asApp, accessToken: old.access_token }),
				GATEWAY_CODES.TOKEN_NOT_FOUND,
			);
			const reused = await sendForm(tokenUrl(sb), { ...fields, refresh_token: old.refresh_token });
			expect(reused.json).toEqual({
				statusCode: TOKEN_CODES.INVALID_REFRESH_TOKEN,
				errorMsg: expect.any(String),
			});

			// the new refresh token works, by GET too
			const again = await sendForm(
				tokenUrl(sb),
				{ ...fields, refresh_token: renewed.json.refresh_token },
				{ method: 'GET' },
			);
			expect(again.json.statusCode).toBe('0000000');
		});

		it('refuses a revoked or expired refresh token', async () => {
			const app = sb.createApp();
			const fields = {
				grant_type: 'refresh_token',
				app_key: app.appKey,
				app_secret: app.appSecret,
			};
			const revoked = sb.issueTokens({ appKey: app.appKey }).refresh_token;
			sb.revokeRefreshToken(revoked);
			expect(
				(await sendForm(tokenUrl(sb), { ...fields, refresh_token: revoked })).json.statusCode,
			).toBe(TOKEN_CODES.INVALID_REFRESH_TOKEN);
			const shortLived = sb.issueTokens({ appKey: app.appKey, refreshTtlSec: 10 });
			expect(shortLived.refresh_expires_in - shortLived.access_expires_in).toBeLessThan(0);
			sb.clock.advance(11000);
			expect(
				(await sendForm(tokenUrl(sb), { ...fields, refresh_token: shortLived.refresh_token })).json
					.statusCode,
			).toBe(TOKEN_CODES.INVALID_REFRESH_TOKEN);
		});

		it('issueTokens can leave earlier tokens alive', async () => {
			const app = sb.createApp();
			const first = sb.issueTokens({ appKey: app.appKey });
			const second = sb.issueTokens({ appKey: app.appKey, rotate: false });
			const asApp = { appKey: app.appKey, appSecret: app.appSecret };
			const dto = { itemId: sb.data.examples.itemId };
			for (const t of [first, second]) {
				expect(
					(await call('xiaodian.item.get', dto, { ...asApp, accessToken: t.access_token })).json
						.status.code,
				).toBe('0000000');
			}
		});
	});

	describe('token endpoint errors', () => {
		const base = () => ({
			grant_type: 'authorization_code',
			code: 'F'.repeat(32),
			app_key: sb.demo.appKey,
			app_secret: sb.demo.appSecret,
			redirect_uri: sb.demo.redirectUri,
		});

		it.each([
			['no grant_type', { grant_type: '' }, TOKEN_CODES.MISSING_PARAMETER],
			['an unsupported grant_type', { grant_type: 'password' }, TOKEN_CODES.UNSUPPORTED_GRANT_TYPE],
			['no code', { code: '' }, TOKEN_CODES.MISSING_PARAMETER],
			['no redirect_uri', { redirect_uri: '' }, TOKEN_CODES.MISSING_PARAMETER],
			['no app_secret', { app_secret: '' }, TOKEN_CODES.MISSING_PARAMETER],
			['an unknown app_key', { app_key: '199999' }, TOKEN_CODES.UNKNOWN_APP_KEY],
			['a wrong app_secret', { app_secret: '0'.repeat(32) }, TOKEN_CODES.WRONG_APP_SECRET],
			['an unknown code', {}, TOKEN_CODES.INVALID_CODE],
			['no refresh_token', { grant_type: 'refresh_token' }, TOKEN_CODES.MISSING_PARAMETER],
			[
				'an unknown refresh_token',
				{ grant_type: 'refresh_token', refresh_token: 'A'.repeat(32) },
				TOKEN_CODES.INVALID_REFRESH_TOKEN,
			],
		])('answers %s with its own statusCode and no tokens', async (_name, change, statusCode) => {
			const fields: Record<string, string> = { ...base(), ...change };
			for (const key of Object.keys(fields)) if (fields[key] === '') delete fields[key];
			const res = await sendForm(tokenUrl(sb), fields);
			expect(res.status).toBe(200);
			expect(res.json).toEqual({ statusCode, errorMsg: expect.any(String) });
			expect(res.json.statusCode).toMatch(/^(?!0000000)\d{7}$/);
			expect(res.json.errorMsg).toMatch(/[\u4e00-\u9fff]/);
		});

		it('uses distinct codes for distinct problems', () => {
			const codes = Object.values(TOKEN_CODES);
			expect(new Set(codes).size).toBe(codes.length);
		});
	});

	describe('xiaodian.trade.sold.get', () => {
		const mine = () => sb.data.orders.filter((o) => o.sellerUserId === sb.demo.userId);

		it('pages all orders newest first, 10 by default', async () => {
			const res = await soldGet({});
			const data = res.json.result.data;
			expect(data.totalNum).toBe(mine().length);
			expect(data.hasNext).toBe(true);
			expect(data.openApiOrderDetailResDtos).toHaveLength(10);
			const created = data.openApiOrderDetailResDtos.map(
				(o: { createdStr: string }) => o.createdStr,
			);
			expect([...created].sort().reverse()).toEqual(created);
		});

		it('walks every page once with page/pageSize/hasNext', async () => {
			const seen = new Set<string>();
			let page = 1;
			for (;;) {
				const data = (await soldGet({ page, pageSize: 50 })).json.result.data;
				for (const o of data.openApiOrderDetailResDtos) seen.add(o.shopOrderId);
				if (!data.hasNext) break;
				page++;
			}
			expect(page).toBe(Math.ceil(mine().length / 50));
			expect(seen.size).toBe(mine().length);
			const beyond = (await soldGet({ page: page + 1, pageSize: 50 })).json.result.data;
			expect(beyond).toEqual({ totalNum: mine().length, hasNext: false });
		});

		it('refuses pageSize above settings.maxPageSize and a bad page', async () => {
			expectEnvelopeError(await soldGet({ pageSize: 51 }), BUSINESS_CODES.PAGE_SIZE_TOO_LARGE);
			expectEnvelopeError(await soldGet({ pageSize: 0 }), BUSINESS_CODES.INVALID_PARAM);
			expectEnvelopeError(await soldGet({ page: 0 }), BUSINESS_CODES.INVALID_PARAM);
			expect((await soldGet({ pageSize: '50', page: '2' })).json.status.code).toBe('0000000');
		});

		it('filters by status', async () => {
			for (const status of ['ORDER_PAID', 'ORDER_CANCELLED', 'ORDER_SHIPPED']) {
				const data = (await soldGet({ orderStatus: status, pageSize: 50 })).json.result.data;
				expect(data.totalNum).toBe(mine().filter((o) => o.orderStatus === status).length);
				expect(data.totalNum).toBeGreaterThan(0);
				for (const o of data.openApiOrderDetailResDtos) expect(o.orderStatus).toBe(status);
			}
			expectEnvelopeError(await soldGet({ orderStatus: 'PAID' }), BUSINESS_CODES.INVALID_PARAM);
		});

		it("finds today's paid orders by a created window", async () => {
			const from = startOfDay(START);
			const to = sb.clock.now();
			const data = (
				await soldGet({
					startCreated: fmt(from),
					endCreated: fmt(to),
					orderStatus: 'ORDER_PAID',
					pageSize: 50,
				})
			).json.result.data;
			const expected = mine().filter(
				(o) => o.orderStatus === 'ORDER_PAID' && o.created >= from && o.created <= to,
			);
			expect(data.totalNum).toBe(expected.length);
			expect(data.totalNum).toBeGreaterThan(5);
			const ids = data.openApiOrderDetailResDtos.map((o: { shopOrderId: string }) => o.shopOrderId);
			expect(ids).toContain(sb.data.examples.paidOrderIds[0]);
			for (const o of data.openApiOrderDetailResDtos) {
				expect(o.createdStr >= fmt(from) && o.createdStr <= fmt(to)).toBe(true);
			}
		});

		it('filters by an updated window, inclusive at both ends, sorted ASC on request', async () => {
			const from = START - 3 * DAY;
			const to = from + DAY;
			const data = (
				await soldGet({
					startUpdated: fmt(from),
					endUpdated: fmt(to),
					orderBy: 'ASC',
					pageSize: 50,
				})
			).json.result.data;
			expect(data.totalNum).toBe(mine().filter((o) => o.updated >= from && o.updated <= to).length);
			const updated = data.openApiOrderDetailResDtos.map(
				(o: { updatedStr: string }) => o.updatedStr,
			);
			expect([...updated].sort()).toEqual(updated);
			const edge = mine().find((o) => o.updated < START - DAY)!;
			const exact = (
				await soldGet({ startUpdated: fmt(edge.updated), endUpdated: fmt(edge.updated) })
			).json.result.data;
			expect(
				exact.openApiOrderDetailResDtos.map((o: { shopOrderId: string }) => o.shopOrderId),
			).toContain(edge.shopOrderId);
		});

		it('allows a window of exactly settings.maxWindowHours and refuses a longer one', async () => {
			const from = START - 2 * DAY;
			expect(
				(await soldGet({ startCreated: fmt(from), endCreated: fmt(from + DAY) })).json.status.code,
			).toBe('0000000');
			expectEnvelopeError(
				await soldGet({ startCreated: fmt(from), endCreated: fmt(from + DAY + 1000) }),
				BUSINESS_CODES.TIME_RANGE_TOO_LONG,
			);
			expectEnvelopeError(
				await soldGet({ startUpdated: fmt(from), endUpdated: fmt(from + 2 * DAY) }),
				BUSINESS_CODES.TIME_RANGE_TOO_LONG,
			);
			sb.settings.maxWindowHours = 72;
			try {
				expect(
					(await soldGet({ startUpdated: fmt(from), endUpdated: fmt(from + 2 * DAY) })).json.status
						.code,
				).toBe('0000000');
			} finally {
				sb.settings.maxWindowHours = 24;
			}
		});

		it('refuses half a range, a bad date, a reversed range and unreadable Params', async () => {
			const from = fmt(START - DAY);
			expectEnvelopeError(await soldGet({ startCreated: from }), BUSINESS_CODES.INVALID_PARAM);
			expectEnvelopeError(
				await soldGet({ startCreated: '2024/05/19', endCreated: from }),
				BUSINESS_CODES.INVALID_PARAM,
			);
			expectEnvelopeError(
				await soldGet({ startCreated: from, endCreated: fmt(START - 2 * DAY) }),
				BUSINESS_CODES.INVALID_PARAM,
			);
			expectEnvelopeError(await soldGet({ orderBy: 'NEWEST' }), BUSINESS_CODES.INVALID_PARAM);
			expectEnvelopeError(
				await call('xiaodian.trade.sold.get', { Params: '{not json' }),
				BUSINESS_CODES.INVALID_PARAM,
			);
			expectEnvelopeError(await call('xiaodian.trade.sold.get', {}), BUSINESS_CODES.INVALID_PARAM);
			// the name is case-sensitive
			expectEnvelopeError(
				await call('xiaodian.trade.sold.get', { params: '{}' }),
				BUSINESS_CODES.INVALID_PARAM,
			);
			// empty strings count as absent, as clients send them for the unused range
			expect((await soldGet({ startCreated: '', endCreated: '' })).json.status.code).toBe(
				'0000000',
			);
		});
	});

	describe('xiaodian.trade.get', () => {
		it('answers the order with money in fen, string ids and Beijing dates', async () => {
			const id = sb.data.examples.multiItemOrderId;
			const order = (await tradeGet(id)).json.result.data;
			expect(order).toEqual(JSON.parse(JSON.stringify(orderView(sb.data.ordersById.get(id)!))));
			expect(order.shopOrderId).toBe(id);
			expect(typeof order.payOrderId).toBe('string');
			expect(order.createdStr).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
			expect(Number.isInteger(order.shopOrderPrice)).toBe(true);
			expect(order.number).toBe(order.itemOrderInfos.length);
			expect(order.itemOrderInfos.length).toBeGreaterThanOrEqual(2);
			for (const line of order.itemOrderInfos) {
				expect(line).toMatchObject({
					itemOrderId: expect.any(String),
					itemId: expect.any(String),
					skuId: expect.any(String),
				});
				expect(Number.isInteger(line.nowPrice)).toBe(true);
				for (const attr of line.skuAttributes)
					expect(Object.keys(attr).sort()).toEqual(['key', 'value']);
			}
			const goods = order.itemOrderInfos.reduce(
				(s: number, l: { nowPrice: number; number: number }) => s + l.nowPrice * l.number,
				0,
			);
			expect(order.shopOrderPrice).toBe(
				goods + order.shipExpense - order.promotionAmount + order.modifyPrice,
			);
		});

		it('leaves out the times an order has not reached', async () => {
			const created = (await tradeGet(sb.data.examples.createdOrderId)).json.result.data;
			expect(created.orderStatus).toBe('ORDER_CREATED');
			expect(created.payTimeStr).toBeUndefined();
			expect(created.shipTimeStr).toBeUndefined();
			const received = (await tradeGet(sb.data.examples.receivedOrderId)).json.result.data;
			expect(
				received.payTimeStr < received.shipTimeStr &&
					received.shipTimeStr < received.receiveTimeStr,
			).toBe(true);
			expect(received.shipExpressName).toEqual(expect.any(String));
			const closed = (await tradeGet(sb.data.examples.closedOrderId)).json.result.data;
			expect(closed.itemOrderInfos[0].refundStatus).toBe('refund_completed');
		});

		it('accepts shopOrderId as a JSON number and refuses unknown or missing ids', async () => {
			const id = sb.data.examples.completedOrderId;
			const byNumber = await call('xiaodian.trade.get', {
				openApiOrderDetailReqDto: `{"shopOrderId":${id}}`,
			});
			expect(byNumber.json.result.data.shopOrderId).toBe(id);
			expectEnvelopeError(await tradeGet('10000000000000'), BUSINESS_CODES.ORDER_NOT_FOUND);
			expectEnvelopeError(
				await call('xiaodian.trade.get', { openApiOrderDetailReqDto: '{}' }),
				BUSINESS_CODES.INVALID_PARAM,
			);
		});
	});

	describe('shipping', () => {
		// paid orders no other test here ships
		const spare = () =>
			sb.data.examples.paidOrderIds.filter(
				(id) => id !== sb.data.examples.paidOrderId && id !== sb.data.examples.paidYesterdayOrderId,
			);
		const consign = (dto: Record<string, unknown>) =>
			call('xiaodian.logistics.online.send', { openAPIOrderConsignReqDTO: JSON.stringify(dto) });

		it('ships a paid order once', async () => {
			const id = sb.data.examples.paidOrderId;
			const before = fmt(sb.clock.now());
			const res = await consign({
				shipType: 0,
				shopOrderId: id,
				expressCode: 'zhongtong',
				expressId: '75312345678901',
				needSplit: false,
			});
			expect(res.json).toMatchObject({
				status: { code: '0000000' },
				result: { data: { hasShipSuccess: true } },
				success: true,
			});
			const order = (await tradeGet(id)).json.result.data;
			expect(order).toMatchObject({
				orderStatus: 'ORDER_SHIPPED',
				shipExpressId: '75312345678901',
				shipExpressName: '中通速递',
				shipType: 0,
			});
			expect(order.shipTimeStr).toBe(order.updatedStr);
			expect(order.shipTimeStr >= before).toBe(true);
			for (const line of order.itemOrderInfos) expect(line.orderStatus).toBe('ORDER_SHIPPED');

			const again = await consign({
				shipType: 0,
				shopOrderId: id,
				expressCode: 'zhongtong',
				expressId: '75312345678901',
			});
			expectEnvelopeError(again, BUSINESS_CODES.ORDER_NOT_SHIPPABLE);

			const window = await soldGet({
				startUpdated: before,
				endUpdated: fmt(sb.clock.now()),
				orderStatus: 'ORDER_SHIPPED',
			});
			expect(
				window.json.result.data.openApiOrderDetailResDtos.map(
					(o: { shopOrderId: string }) => o.shopOrderId,
				),
			).toContain(id);
		});

		it('refuses orders that are not paid', async () => {
			const { cancelledOrderId, createdOrderId, shippedOrderId, completedOrderId } =
				sb.data.examples;
			for (const id of [cancelledOrderId, createdOrderId, shippedOrderId, completedOrderId]) {
				expectEnvelopeError(
					await consign({
						shipType: 0,
						shopOrderId: id,
						expressCode: 'yunda',
						expressId: '4312345678901',
					}),
					BUSINESS_CODES.ORDER_NOT_SHIPPABLE,
				);
			}
			expectEnvelopeError(
				await consign({
					shipType: 0,
					shopOrderId: '10000000000000',
					expressCode: 'yunda',
					expressId: '1',
				}),
				BUSINESS_CODES.ORDER_NOT_FOUND,
			);
		});

		it('refuses an unknown courier code and an empty tracking number, leaving the order paid', async () => {
			const id = spare()[0];
			expectEnvelopeError(
				await consign({ shipType: 0, shopOrderId: id, expressCode: 'ZTO', expressId: '7531' }),
				BUSINESS_CODES.UNKNOWN_EXPRESS_CODE,
			);
			expectEnvelopeError(
				await consign({ shipType: 0, shopOrderId: id, expressCode: 'yunda', expressId: ' ' }),
				BUSINESS_CODES.EMPTY_EXPRESS_ID,
			);
			expectEnvelopeError(
				await consign({ shipType: 0, shopOrderId: id, expressCode: 'yunda' }),
				BUSINESS_CODES.EMPTY_EXPRESS_ID,
			);
			expectEnvelopeError(
				await consign({ shipType: 3, shopOrderId: id, expressCode: 'yunda', expressId: '1' }),
				BUSINESS_CODES.INVALID_PARAM,
			);
			expect((await tradeGet(id)).json.result.data.orderStatus).toBe('ORDER_PAID');
		});

		it('accepts each of the 15 courier codes', async () => {
			expect(EXPRESS_CODES).toHaveLength(15);
			const ids = spare().slice(2, 2 + EXPRESS_CODES.length);
			expect(ids).toHaveLength(15);
			for (const [i, expressCode] of EXPRESS_CODES.entries()) {
				const res = await consign({
					shipType: 0,
					shopOrderId: ids[i],
					expressCode,
					expressId: `T${i}`,
				});
				expect(res.json.status.code).toBe('0000000');
			}
		});

		it('ships by the older xiaodian.logistics.send too', async () => {
			const id = sb.data.examples.paidYesterdayOrderId;
			const res = await call('xiaodian.logistics.send', {
				shipOrderForOpenApiReqDTO: JSON.stringify({
					expressCode: 'shunfeng',
					expressId: 'SF1234567890123',
					orderId: id,
				}),
			});
			expect(res.json).toMatchObject({ status: { code: '0000000' }, result: { data: true } });
			expect((await tradeGet(id)).json.result.data).toMatchObject({
				orderStatus: 'ORDER_SHIPPED',
				shipExpressName: '顺丰速运',
			});
		});

		it('ships virtually without a courier', async () => {
			const id = spare()[1];
			expect((await consign({ shipType: 1, shopOrderId: id })).json.status.code).toBe('0000000');
			const order = (await tradeGet(id)).json.result.data;
			expect(order).toMatchObject({ orderStatus: 'ORDER_SHIPPED', shipType: 4 });
			expect(order.shipExpressId).toBeUndefined();
		});
	});

	describe('items', () => {
		const onsale = (params: Record<string, string>) => call('xiaodian.item.onsale.get', params);

		it('lists on-shelf and off-shelf items, paged', async () => {
			const { onShelfCount, offShelfCount, offShelfItemId } = sb.data.examples;
			expect(onShelfCount + offShelfCount).toBeGreaterThanOrEqual(60);
			const seen = new Set<string>();
			for (let page = 1; page <= Math.ceil(onShelfCount / 20); page++) {
				const data = (await onsale({ isShelf: '0', page: String(page), pageSize: '20' })).json
					.result.data;
				expect(data.total).toBe(onShelfCount);
				for (const item of data.items) {
					expect(item.isShelf).toBe(0);
					expect(Object.keys(item).sort()).toEqual([
						'code',
						'created',
						'image',
						'isShelf',
						'itemId',
						'modified',
						'price',
						'stock',
						'title',
					]);
					seen.add(item.itemId);
				}
			}
			expect(seen.size).toBe(onShelfCount);
			const off = (await onsale({ isShelf: '1', pageSize: '50' })).json.result.data;
			expect(off.total).toBe(offShelfCount);
			expect(off.items.map((i: { itemId: string }) => i.itemId)).toContain(offShelfItemId);
			expect((await onsale({})).json.result.data.items).toHaveLength(10);
		});

		it('refuses a bad isShelf and a pageSize above the cap', async () => {
			expectEnvelopeError(await onsale({ isShelf: '2' }), BUSINESS_CODES.INVALID_PARAM);
			expectEnvelopeError(await onsale({ pageSize: '51' }), BUSINESS_CODES.PAGE_SIZE_TOO_LARGE);
		});

		it('answers an item with its SKUs; price is the cheapest SKU, stock their sum', async () => {
			const item = (await itemGet(sb.data.examples.itemId)).json.result.data;
			expect(Object.keys(item).sort()).toEqual([
				'code',
				'image',
				'isShelf',
				'itemId',
				'price',
				'skus',
				'stock',
				'title',
			]);
			expect(item.skus.map((s: { skuId: string }) => s.skuId)).toEqual(sb.data.examples.skuIds);
			expect(item.price).toBe(Math.min(...item.skus.map((s: { price: number }) => s.price)));
			expect(item.stock).toBe(
				item.skus.reduce((n: number, s: { stock: number }) => n + s.stock, 0),
			);
			for (const sku of item.skus)
				for (const attr of sku.attrs) expect(Object.keys(attr).sort()).toEqual(['name', 'value']);
			expect((await itemGet(sb.data.examples.offShelfItemId)).json.result.data.isShelf).toBe(1);
			expectEnvelopeError(await itemGet('1zzzzzz'), BUSINESS_CODES.ITEM_NOT_FOUND);
		});

		it('sets a SKU stock absolutely', async () => {
			const [skuId, other] = sb.data.examples.skuIds;
			const res = await call('xiaodian.item.skustock.update', { skuId, stock: '7' });
			expect(res.json).toMatchObject({
				status: { code: '0000000' },
				result: { data: true },
				success: true,
			});
			const item = (await itemGet(sb.data.examples.itemId)).json.result.data;
			const stocks = new Map<string, number>(
				item.skus.map((s: { skuId: string; stock: number }) => [s.skuId, s.stock]),
			);
			expect(stocks.get(skuId)).toBe(7);
			expect(item.stock).toBe([...stocks.values()].reduce((a, b) => a + b, 0));
			expect(
				(await call('xiaodian.item.skustock.update', { skuId: other, stock: '0' })).json.status
					.code,
			).toBe('0000000');
		});

		it('answers 1100400 to an unknown SKU and another code to a bad stock', async () => {
			const unknown = await call('xiaodian.item.skustock.update', {
				skuId: '1ltdroo_sku',
				stock: '10',
			});
			expectEnvelopeError(unknown, '1100400');
			for (const stock of ['-1', '1.5', 'abc', '']) {
				expectEnvelopeError(
					await call('xiaodian.item.skustock.update', { skuId: sb.data.examples.skuIds[0], stock }),
					BUSINESS_CODES.INVALID_STOCK,
				);
			}
		});
	});

	describe('categories', () => {
		const children = (parentID: string) =>
			call('xiaodian.item.getAllCategory', { parentID, userId: sb.demo.userId });
		const decrypt = (id: string) => call('xiaodian.common.decryptID', { id });

		it('lists the roots with opaque ids that decryptID turns into numbers', async () => {
			const roots = (await children('0')).json.result.data;
			expect(roots.length).toBeGreaterThan(3);
			for (const c of roots) {
				expect(Object.keys(c).sort()).toEqual(['categoryId', 'isLeaf', 'name', 'parentId']);
				expect(c.categoryId).not.toMatch(/^\d+$/);
				expect(c).toMatchObject({ isLeaf: false, parentId: '0' });
			}
			const root = roots.find(
				(c: { categoryId: string }) => c.categoryId === sb.data.examples.rootCategoryId,
			);
			const decrypted = await decrypt(root.categoryId);
			expect(decrypted.json.result.data).toBe(sb.data.examples.rootCategoryNumericId);
		});

		it('walks down to the leaves by encrypted or numeric parent id', async () => {
			const { rootCategoryId, rootCategoryNumericId } = sb.data.examples;
			const byEncrypted = (await children(rootCategoryId)).json.result.data;
			expect((await children(rootCategoryNumericId)).json.result.data).toEqual(byEncrypted);
			for (const c of byEncrypted) expect(c.parentId).toBe(rootCategoryId);
			const level3 = (await children(byEncrypted[0].categoryId)).json.result.data;
			expect(level3.length).toBeGreaterThan(0);
			for (const c of level3) expect(c.isLeaf).toBe(true);
			expect((await children(level3[0].categoryId)).json.result.data).toEqual([]);
			expect((await decrypt(sb.data.examples.leafCategoryId)).json.result.data).toBe(
				sb.data.examples.leafCategoryNumericId,
			);
		});

		it('refuses unknown ids', async () => {
			expectEnvelopeError(await children('nosuchid'), BUSINESS_CODES.CATEGORY_NOT_FOUND);
			expectEnvelopeError(await decrypt('nosuchid'), BUSINESS_CODES.DECRYPT_FAILED);
			expectEnvelopeError(
				await call('xiaodian.item.getAllCategory', {}),
				BUSINESS_CODES.INVALID_PARAM,
			);
		});
	});

	describe('faults', () => {
		const ping = () => itemGet(sb.data.examples.itemId);

		it('html500 and html502 answer with HTML error pages', async () => {
			sb.injectFault({ kind: 'html500' });
			const r500 = await ping();
			expect(r500.status).toBe(500);
			expect(r500.contentType).toMatch(/^text\/html/);
			expect(r500.text).toContain('500 Internal Server Error');
			sb.injectFault({ kind: 'html502', match: 'xiaodian.item.get' });
			const r502 = await ping();
			expect(r502.status).toBe(502);
			expect(r502.text).toContain('Bad Gateway');
			expect((await ping()).status).toBe(200);
		});

		it('nonJson answers 200 text/plain', async () => {
			sb.injectFault({ kind: 'nonJson' });
			const res = await ping();
			expect(res.status).toBe(200);
			expect(res.contentType).toMatch(/^text\/plain/);
			expect(res.json).toBeUndefined();
		});

		it('truncatedJson cuts the real reply in half, only for the matching method', async () => {
			sb.injectFault({ kind: 'truncatedJson', match: 'xiaodian.trade.sold.get' });
			expect((await ping()).json.status.code).toBe('0000000');
			const res = await soldGet({});
			expect(res.status).toBe(200);
			expect(res.json).toBeUndefined();
			expect(res.text.startsWith('{"status":{"code":"0000000"')).toBe(true);
		});

		it('tokenInvalid answers the 0000001 envelope', async () => {
			sb.injectFault({ kind: 'tokenInvalid', match: 'xiaodian.item.get' });
			const res = await ping();
			expectEnvelopeError(res, GATEWAY_CODES.TOKEN_INVALID);
			expect(res.json.status.code).toBe('0000001');
			expect((await ping()).json.status.code).toBe('0000000');
		});

		it('reset drops the connection', async () => {
			sb.injectFault({ kind: 'reset' });
			await expect(ping()).rejects.toThrow();
			expect((await ping()).status).toBe(200);
		});

		it('timeout accepts the request and never answers', async () => {
			sb.injectFault({ kind: 'timeout' });
			await expect(
				call(
					'xiaodian.item.get',
					{ itemId: sb.data.examples.itemId },
					{ signal: AbortSignal.timeout(300) },
				),
			).rejects.toThrow();
			expect(sb.requests[sb.requests.length - 1]).toMatchObject({ fault: 'timeout', status: null });
			expect((await ping()).status).toBe(200);
		});

		it('status answers whatever it is told, for the token endpoint only, `times` times', async () => {
			sb.injectFault({ kind: 'status', match: 'token', status: 503, body: 'busy', times: 2 });
			expect((await ping()).status).toBe(200);
			const app = sb.createApp();
			const fields = {
				grant_type: 'refresh_token',
				app_key: app.appKey,
				app_secret: app.appSecret,
				refresh_token: sb.issueTokens({ appKey: app.appKey }).refresh_token,
			};
			for (let i = 0; i < 2; i++) {
				const res = await sendForm(tokenUrl(sb), fields);
				expect(res.status).toBe(503);
				expect(res.text).toBe('busy');
				expect(sb.requests[sb.requests.length - 1]).toMatchObject({
					api: 'token',
					fault: 'status',
					status: 503,
				});
			}
			expect((await sendForm(tokenUrl(sb), fields)).json.statusCode).toBe('0000000');
		});

		it('latency delays replies without changing them', async () => {
			sb.settings.latencyMs = 400;
			try {
				await expect(
					call(
						'xiaodian.item.get',
						{ itemId: sb.data.examples.itemId },
						{ signal: AbortSignal.timeout(50) },
					),
				).rejects.toThrow();
				sb.settings.latencyMs = 20;
				expect((await ping()).json.status.code).toBe('0000000');
			} finally {
				sb.settings.latencyMs = 0;
			}
		});

		it('refuses an unknown kind', () => {
			expect(() => sb.injectFault({ kind: 'qos' as never })).toThrow(/unknown fault kind/);
		});
	});

	describe('request log', () => {
		it('records every request with its API, merged params and reply', async () => {
			sb.clearRequests();
			await itemGet(sb.data.examples.itemId);
			await sendForm(tokenUrl(sb), { grant_type: 'nope' }, { placement: 'query' });
			expect(sb.requests).toHaveLength(2);
			expect(sb.requests[0]).toMatchObject({
				method: 'POST',
				path: '/invoke',
				api: 'xiaodian.item.get',
				params: { method: 'xiaodian.item.get', itemId: sb.data.examples.itemId, format: 'json' },
				status: 200,
				headers: expect.objectContaining({
					'content-type': expect.stringContaining('x-www-form-urlencoded'),
				}),
			});
			expect(JSON.parse(sb.requests[0].responseBody).status.code).toBe('0000000');
			expect(sb.requests[0].rawBody).toContain('method=xiaodian.item.get');
			expect(sb.requests[1]).toMatchObject({
				path: '/token',
				api: 'token',
				query: { grant_type: 'nope' },
				rawBody: '',
			});
			expect(sb.requests[1].at).toBeGreaterThanOrEqual(sb.requests[0].at);
		});
	});
});

describe('Mogujie sandbox: seeding and demo', () => {
	const start = (seed: number) =>
		startMogujieSandbox({
			port: 0,
			seed,
			orderCount: 120,
			startTime: Date.UTC(2024, 0, 10, 2, 0, 0),
		});

	it('is deterministic per seed', async () => {
		const [a, b, c] = await Promise.all([start(7), start(7), start(8)]);
		try {
			const world = (sb: Sandbox) =>
				JSON.stringify({
					demo: { ...sb.demo, redirectUri: undefined },
					orders: sb.data.orders.map(orderView),
					items: sb.data.items,
					categories: sb.data.categories.list,
					examples: sb.data.examples,
				});
			expect(world(a)).toBe(world(b));
			expect(world(a)).not.toBe(world(c));
			expect(a.demo.appKey).not.toBe(c.demo.appKey);
			expect(a.demo.appKey).toMatch(/^1\d{5}$/);
			expect(a.demo.appSecret).toMatch(HEX32);
			expect(a.demo.refreshToken).toMatch(HEX32);
			expect(a.demo.userId).toMatch(/^[0-9a-z]{7}$/);
			expect(a.demo.redirectUri).toBe(`${a.url}/code`);
			expect(a.data.orders).toHaveLength(120);
		} finally {
			await Promise.all([a.close(), b.close(), c.close()]);
		}
	});

	it('seeds every status over the 60 days before the start, paid ones today and yesterday', async () => {
		const sb = await start(4399);
		try {
			const now = sb.clock.now();
			const statuses = new Set(sb.data.orders.map((o) => o.orderStatus));
			expect(statuses.size).toBe(7);
			for (const o of sb.data.orders) {
				expect(o.created).toBeGreaterThanOrEqual(sb.data.startMs - 61 * DAY);
				expect(o.updated).toBeLessThanOrEqual(now);
				expect(o.updated).toBeGreaterThanOrEqual(o.created);
			}
			const today = startOfDay(sb.data.startMs);
			const paid = sb.data.orders.filter((o) => o.orderStatus === 'ORDER_PAID');
			expect(paid.some((o) => o.created >= today)).toBe(true);
			expect(paid.some((o) => o.created >= today - DAY && o.created < today)).toBe(true);
			expect(sb.data.examples.paidOrderId).not.toBe('');
			expect(sb.data.items.length).toBeGreaterThanOrEqual(60);
		} finally {
			await sb.close();
		}
	});

	it('hands out a live demo refresh token', async () => {
		const sb = await start(4399);
		try {
			const res = await sendForm(tokenUrl(sb), {
				grant_type: 'refresh_token',
				refresh_token: sb.demo.refreshToken,
				app_key: sb.demo.appKey,
				app_secret: sb.demo.appSecret,
			});
			expect(res.json).toMatchObject({ statusCode: '0000000', userId: sb.demo.userId });
			const orders = await callMogujie(sb.url, {
				appKey: sb.demo.appKey,
				appSecret: sb.demo.appSecret,
				method: 'xiaodian.trade.sold.get',
				accessToken: res.json.access_token,
				params: { Params: '{"page":1,"pageSize":5}' },
			});
			expect(orders.json.result.data.totalNum).toBe(120);
		} finally {
			await sb.close();
		}
	});
});
