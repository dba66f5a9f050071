import { createHmac } from 'crypto';
import { start1688Sandbox } from '../../sandbox';
import {
	sign,
	verify,
	signParamsOnly,
	verifyParamsOnly,
} from '../../sandbox/alibaba1688/signature';
import { BUSINESS_ERRORS } from '../../sandbox/alibaba1688/apis/business-errors';
import { format1688, parse1688 } from '../../sandbox/alibaba1688/dates';
import { callApi, sendForm, get } from '../support/sandbox-client';
import vectors from '../fixtures/vectors/1688-sign.json';

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;

const TRADE = 'com.alibaba.trade';
const LIST = 'alibaba.trade.getBuyerOrderList';
const VIEW = 'alibaba.trade.get.buyerView';
const DAY = 86400000;

/** A signed call as the demo app. */
function demoCall(
	sb: Sandbox,
	namespace: string,
	name: string,
	params: Record<string, string> = {},
) {
	return callApi(sb.url, {
		namespace,
		name,
		appKey: sb.demo.appKey,
		appSecret: sb.demo.appSecret,
		params,
	});
}

function tokenUrl(
	sb: Sandbox,
	endpoint: 'getToken' | 'postponeToken',
	appKey = sb.demo.appKey,
	protocol = 'param2',
) {
	return `${sb.url}/openapi/${protocol}/1/system.oauth2/${endpoint}/${appKey}`;
}

/** Runs the consent page as a user would and returns the code. */
async function approveConsent(sb: Sandbox, redirectUri = sb.demo.redirectUri, state = 'st-1') {
	const fields = { client_id: sb.demo.appKey, site: '1688', redirect_uri: redirectUri, state };
	const approved = await sendForm(`${sb.url}/oauth/authorize`, fields, { redirect: 'manual' });
	expect(approved.status).toBe(302);
	const location = new URL(approved.location ?? '');
	return {
		code: location.searchParams.get('code') ?? '',
		state: location.searchParams.get('state'),
		location,
	};
}

async function exchangeCode(sb: Sandbox, code: string, redirectUri = sb.demo.redirectUri) {
	return sendForm(
		tokenUrl(sb, 'getToken', sb.demo.appKey, 'http'),
		{
			grant_type: 'authorization_code',
			need_refresh_token: 'true',
			client_id: sb.demo.appKey,
			client_secret: sb.demo.appSecret,
			redirect_uri: redirectUri,
			code,
		},
		{ placement: 'query' },
	);
}

/** Community clients that sort by key instead of by key+value string. */
function keySortedSignature(urlPath: string, params: Record<string, string>, secret: string) {
	const text =
		urlPath +
		Object.keys(params)
			.sort()
			.map((k) => k + params[k])
			.join('');
	return createHmac('sha1', secret).update(text, 'utf8').digest('hex').toUpperCase();
}

describe('1688 sandbox', () => {
	let sb: Sandbox;
	let accessToken: string;

	beforeAll(async () => {
		sb = await start1688Sandbox({
			port: 0,
			host: '127.0.0.1',
			latencyMs: 0,
			seed: 1688,
			orderCount: 300,
		});
		accessToken = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
	});

	afterAll(async () => {
		await sb.close();
	});

	describe('signature module', () => {
		it.each(Object.entries(vectors))('%s', (_name, v) => {
			const params: Record<string, string> = v.params;
			if (v.urlPath === '') {
				expect(signParamsOnly(params, v.secret)).toBe(v.signature);
				expect(verifyParamsOnly(params, v.secret, v.signature)).toBe(true);
				expect(verifyParamsOnly(params, v.secret, v.signature.toLowerCase())).toBe(true);
			} else {
				expect(sign(v.urlPath, params, v.secret)).toBe(v.signature);
				expect(verify(v.urlPath, params, v.secret, v.signature)).toBe(true);
				expect(verify(v.urlPath, params, `${v.secret}x`, v.signature)).toBe(false);
			}
		});

		it('refuses the key-sorted signature of EX3', () => {
			const v = vectors['EX3 sort-rule trap (sort key+value strings, not keys)'];
			const keySorted = keySortedSignature(v.urlPath, v.params, v.secret);
			expect(keySorted).toBe('92FA0E197147E23D51659B63C717215C09A65F2D');
			expect(verify(v.urlPath, v.params, v.secret, keySorted)).toBe(false);
		});
	});

	describe('dates', () => {
		it('formats in China time with 17 or 14 digits and parses only the 1688 format', () => {
			const ms = Date.UTC(2018, 7, 7, 7, 23, 15, 0);
			expect(format1688(ms)).toBe('20180807152315000+0800');
			expect(format1688(ms, 14)).toBe('20180807152315+0800');
			expect(parse1688('20180807152315000+0800')).toBe(ms);
			expect(parse1688('20180807002315000-0700')).toBe(ms);
			expect(parse1688('2018-08-07 15:23:15')).toBeNull();
			expect(parse1688('20180807152315+0800')).toBeNull();
			expect(parse1688('20181307152315000+0800')).toBeNull();
		});
	});

	describe('gateway signature check', () => {
		it('accepts a correctly signed POST, a signed GET, and a signature sent in the query with params in the body', async () => {
			const post = await demoCall(sb, 'system', 'currentTime', {
				_aop_timestamp: String(Date.now()),
			});
			expect(post.status).toBe(200);
			expect(typeof post.json.result).toBe('number');

			const viaGet = await callApi(sb.url, {
				namespace: 'system',
				name: 'currentTime',
				appKey: sb.demo.appKey,
				appSecret: sb.demo.appSecret,
				method: 'GET',
				params: { a: '1' },
			});
			expect(viaGet.status).toBe(200);

			const urlPath = `param2/1/system/currentTime/${sb.demo.appKey}`;
			const params = { b: '2', _aop_timestamp: '1700000000000' };
			const signature = sign(urlPath, params, sb.demo.appSecret);
			const split = await sendForm(
				`${sb.url}/openapi/${urlPath}?_aop_signature=${signature}`,
				params,
			);
			expect(split.status).toBe(200);
		});

		it('accepts the signature in lower case and on the /api prefix', async () => {
			const urlPath = `param2/1/system/currentTime/${sb.demo.appKey}`;
			const params = { a: '1' };
			const lower = sign(urlPath, params, sb.demo.appSecret).toLowerCase();
			const res = await sendForm(`${sb.url}/api/${urlPath}`, { ...params, _aop_signature: lower });
			expect(res.status).toBe(200);
		});

		it('refuses a wrong secret with gw.SignatureInvalid and a missing signature with gw.SignatureMissing', async () => {
			const wrong = await callApi(sb.url, {
				namespace: 'system',
				name: 'currentTime',
				appKey: sb.demo.appKey,
				appSecret: 'not-the-secret',
			});
			expect(wrong.status).toBe(400);
			expect(wrong.json).toMatchObject({ error_code: 'gw.SignatureInvalid' });
			expect(typeof wrong.json.request_id).toBe('string');

			const missing = await callApi(sb.url, {
				namespace: 'system',
				name: 'currentTime',
				appKey: sb.demo.appKey,
				appSecret: sb.demo.appSecret,
				signature: 'none',
			});
			expect(missing.status).toBe(400);
			expect(missing.json.error_code).toBe('gw.SignatureMissing');
		});

		it('refuses the key-sorted signature (EX3 trap) and accepts the official one for the same params', async () => {
			const params = { page: 'a', pageSize: '20' };
			const urlPath = `param2/1/system/currentTime/${sb.demo.appKey}`;
			const base = {
				namespace: 'system',
				name: 'currentTime',
				appKey: sb.demo.appKey,
				appSecret: sb.demo.appSecret,
				params,
			};
			const keySorted = await callApi(sb.url, {
				...base,
				signature: keySortedSignature(urlPath, params, sb.demo.appSecret),
			});
			expect(keySorted.json.error_code).toBe('gw.SignatureInvalid');
			const official = await callApi(sb.url, base);
			expect(official.status).toBe(200);
		});

		it('merges query and body with the body winning, and signs over the merged set', async () => {
			sb.clearRequests();
			const urlPath = `param2/1/system/currentTime/${sb.demo.appKey}`;
			const body = { _aop_timestamp: '2', x: 'body' };
			const signature = sign(urlPath, body, sb.demo.appSecret);
			const res = await sendForm(`${sb.url}/openapi/${urlPath}?_aop_timestamp=1`, {
				...body,
				_aop_signature: signature,
			});
			expect(res.status).toBe(200);
			const entry = sb.requests[0];
			expect(entry.query._aop_timestamp).toBe('1');
			expect(entry.body._aop_timestamp).toBe('2');
			expect(entry.params._aop_timestamp).toBe('2');
			expect(entry.api).toBe('system:currentTime');
			expect(entry.status).toBe(200);
			expect(entry.responseBody).toBe(res.text);
		});

		it('leaves multipart file parts out of the signature', async () => {
			sb.clearRequests();
			const urlPath = `param2/1/system/currentTime/${sb.demo.appKey}`;
			const fields = { note: '饼干', _aop_timestamp: '1700000000000' };
			const form = new FormData();
			for (const [k, v] of Object.entries(fields)) form.append(k, v);
			form.append('_aop_signature', sign(urlPath, fields, sb.demo.appSecret));
			form.append('imageBytes', new Blob([new Uint8Array([1, 2, 3, 4])]), 'picture.jpg');
			const res = await fetch(`${sb.url}/openapi/${urlPath}`, { method: 'POST', body: form });
			expect(res.status).toBe(200);
			expect(sb.requests[0].files).toEqual([
				expect.objectContaining({ name: 'imageBytes', filename: 'picture.jpg', size: 4 }),
			]);
			expect(sb.requests[0].params.note).toBe('饼干');
		});

		it('does not read parameters from a body that is not a form (as a servlet would not)', async () => {
			const urlPath = `param2/1/system/currentTime/${sb.demo.appKey}`;
			const params = { a: '1' };
			const text = new URLSearchParams({
				...params,
				_aop_signature: sign(urlPath, params, sb.demo.appSecret),
			}).toString();
			const res = await fetch(`${sb.url}/openapi/${urlPath}`, {
				method: 'POST',
				body: text,
				headers: { 'content-type': 'text/plain' },
			});
			expect(res.status).toBe(400);
			expect(JSON.parse(await res.text()).error_code).toBe('gw.SignatureMissing');
		});
	});

	describe('check order', () => {
		it('refuses an unknown or missing appKey and an unknown API', async () => {
			const unknownApp = await callApi(sb.url, {
				namespace: 'system',
				name: 'currentTime',
				appKey: '999999',
				appSecret: 'x',
			});
			expect(unknownApp.json.error_code).toBe('gw.AppKeyNotFound');
			const missingApp = await get(`${sb.url}/openapi/param2/1/system/currentTime`);
			expect(missingApp.json.error_code).toBe('gw.AppKeyMissing');
			const unknownApi = await demoCall(sb, 'com.alibaba.trade', 'alibaba.trade.noSuchThing');
			expect(unknownApi.status).toBe(400);
			expect(unknownApi.json.error_code).toBe('gw.APIUnsupported');
		});

		it('checks the signature before the token', async () => {
			const res = await callApi(sb.url, {
				namespace: TRADE,
				name: LIST,
				appKey: sb.demo.appKey,
				appSecret: 'wrong',
				params: { access_token: 'bogus' },
			});
			expect(res.json.error_code).toBe('gw.SignatureInvalid');
		});

		it('refuses a bad token with 401 before looking at the ACL', async () => {
			const noAcl = sb.createApp({ acl: [] });
			const res = await callApi(sb.url, {
				namespace: TRADE,
				name: LIST,
				appKey: noAcl.appKey,
				appSecret: noAcl.appSecret,
				params: { access_token: 'bogus' },
			});
			expect(res.status).toBe(401);
			expect(res.json).toEqual({
				error_code: '401',
				error_message: 'Request need user authorized',
				exception: 'Request need user authorized',
				request_id: expect.any(String),
			});

			const token = sb.issueTokens({ appKey: noAcl.appKey }).access_token;
			const acl = await callApi(sb.url, {
				namespace: TRADE,
				name: LIST,
				appKey: noAcl.appKey,
				appSecret: noAcl.appSecret,
				params: { access_token: token },
			});
			expect(acl.status).toBe(400);
			expect(acl.json).toMatchObject({
				error_code: 'gw.APIACLDecline',
				error_message: 'AppKey is not allowed(acl)',
			});
		});

		it('checks the ACL before required parameters', async () => {
			const noAcl = sb.createApp({ acl: [] });
			const viewOnly = sb.createApp({ acl: [`${TRADE}:${VIEW}`] });
			const call = (app: { appKey: string; appSecret: string }) =>
				callApi(sb.url, {
					namespace: TRADE,
					name: VIEW,
					appKey: app.appKey,
					appSecret: app.appSecret,
					params: { access_token: sb.issueTokens({ appKey: app.appKey }).access_token },
				});
			expect((await call(noAcl)).json.error_code).toBe('gw.APIACLDecline');
			const missing = await call(viewOnly);
			expect(missing.status).toBe(400);
			expect(missing.json).toMatchObject({
				error_code: 'gw.ParamMissing',
				error_message: 'Required argument webSite',
			});
		});

		it("refuses another app's token, a revoked token and an expired token with 401", async () => {
			const other = sb.createApp();
			const foreign = sb.issueTokens({ appKey: other.appKey }).access_token;
			expect(
				(
					await demoCall(sb, 'com.alibaba.account', 'alibaba.account.basic', {
						access_token: foreign,
					})
				).status,
			).toBe(401);

			const revoked = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
			expect(sb.revokeAccessToken(revoked)).toBe(true);
			expect(
				(
					await demoCall(sb, 'com.alibaba.account', 'alibaba.account.basic', {
						access_token: revoked,
					})
				).status,
			).toBe(401);

			const expired = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
			sb.expireAccessToken(expired);
			expect(
				(
					await demoCall(sb, 'com.alibaba.account', 'alibaba.account.basic', {
						access_token: expired,
					})
				).status,
			).toBe(401);

			const missing = await demoCall(sb, 'com.alibaba.account', 'alibaba.account.basic');
			expect(missing.status).toBe(401);
		});

		it('applies the per-app QPS limit on the sandbox clock', async () => {
			sb.settings.qpsPerApp = 2;
			try {
				expect((await demoCall(sb, 'system', 'currentTime')).status).toBe(200);
				expect((await demoCall(sb, 'system', 'currentTime')).status).toBe(200);
				const limited = await demoCall(sb, 'system', 'currentTime');
				expect(limited.status).toBe(400);
				expect(limited.json.error_code).toBe('gw.QosAppFrequencyLimit');
				sb.clock.advance(1001);
				expect((await demoCall(sb, 'system', 'currentTime')).status).toBe(200);
			} finally {
				sb.settings.qpsPerApp = 0;
			}
		});
	});

	describe('OAuth code flow', () => {
		it('runs consent page → POST → 302 with code → getToken with params in the query only', async () => {
			const query = new URLSearchParams({
				client_id: sb.demo.appKey,
				site: '1688',
				redirect_uri: sb.demo.redirectUri,
				state: 'st-1',
			});
			const consent = await get(`${sb.url}/oauth/authorize?${query}`);
			expect(consent.status).toBe(200);
			expect(consent.contentType).toMatch(/text\/html/);
			expect(consent.text).toContain(sb.demo.appKey);
			expect(consent.text).toContain('action="/oauth/authorize"');

			const { code, state, location } = await approveConsent(sb);
			expect(`${location.origin}${location.pathname}`).toBe(sb.demo.redirectUri);
			expect(state).toBe('st-1');
			expect(code).not.toBe('');

			const codePage = await get(location.toString());
			expect(codePage.status).toBe(200);
			expect(codePage.text).toContain(code);
			expect(codePage.text).toContain('Authorization Code');

			sb.clearRequests();
			const tokens = await exchangeCode(sb, code);
			expect(sb.requests[0].rawBody).toBe('');
			expect(tokens.status).toBe(200);
			expect(Object.keys(tokens.json)).toEqual([
				'aliId',
				'resource_owner',
				'memberId',
				'expires_in',
				'refresh_token',
				'refresh_token_timeout',
				'access_token',
			]);
			expect(tokens.json).toMatchObject({
				aliId: sb.demo.aliId,
				resource_owner: sb.demo.loginId,
				memberId: sb.demo.memberId,
				expires_in: '36000',
			});
			expect(tokens.json.refresh_token_timeout).toMatch(/^\d{17}\+0800$/);

			const account = await demoCall(sb, 'com.alibaba.account', 'alibaba.account.basic', {
				access_token: tokens.json.access_token,
			});
			expect(account.status).toBe(200);
			expect(account.json.result).toMatchObject({
				loginId: sb.demo.loginId,
				memberId: sb.demo.memberId,
				enterpriseAccount: true,
			});

			const reused = await exchangeCode(sb, code);
			expect(reused.status).toBe(400);
			expect(reused.json.error).toBe('invalid_grant');
		});

		it('refuses the consent page for an unknown app, a wrong site, no redirect_uri or a foreign domain', async () => {
			const base = { client_id: sb.demo.appKey, site: '1688', redirect_uri: sb.demo.redirectUri };
			const cases: Array<Record<string, string>> = [
				{ ...base, client_id: '123' },
				{ ...base, site: 'china' },
				{ client_id: base.client_id, site: base.site },
				{ ...base, redirect_uri: 'https://evil.example.com/cb' },
			];
			for (const fields of cases) {
				const page = await get(`${sb.url}/oauth/authorize?${new URLSearchParams(fields)}`);
				expect(page.status).toBe(400);
				expect(page.contentType).toMatch(/text\/html/);
				const post = await sendForm(`${sb.url}/oauth/authorize`, fields, { redirect: 'manual' });
				expect(post.status).toBe(400);
			}
		});

		it('binds the code to its redirect_uri and omits refresh fields without need_refresh_token', async () => {
			const other = `${sb.url}/elsewhere`;
			const { code } = await approveConsent(sb, other);
			const mismatch = await exchangeCode(sb, code);
			expect(mismatch.json.error).toBe('invalid_grant');

			const noRefresh = await sendForm(tokenUrl(sb, 'getToken'), {
				grant_type: 'authorization_code',
				client_id: sb.demo.appKey,
				client_secret: sb.demo.appSecret,
				redirect_uri: other,
				code,
			});
			expect(noRefresh.status).toBe(200);
			expect(noRefresh.json.refresh_token).toBeUndefined();
			expect(noRefresh.json.refresh_token_timeout).toBeUndefined();
			expect(typeof noRefresh.json.access_token).toBe('string');
		});

		it('accepts getToken as the Java SDK sends it: param2, form body, signed', async () => {
			const { code } = await approveConsent(sb);
			const params: Record<string, string> = {
				code,
				grant_type: 'authorization_code',
				need_refresh_token: 'true',
				client_id: sb.demo.appKey,
				client_secret: sb.demo.appSecret,
				redirect_uri: sb.demo.redirectUri,
				_aop_responseFormat: 'json2',
				_aop_datePattern: 'yyyy-MM-dd HH:mm:ss.SSS',
			};
			params._aop_signature = sign(
				`param2/1/system.oauth2/getToken/${sb.demo.appKey}`,
				params,
				sb.demo.appSecret,
			);
			const res = await sendForm(tokenUrl(sb, 'getToken'), params);
			expect(res.status).toBe(200);
			expect(typeof res.json.refresh_token).toBe('string');
		});

		it('answers token endpoint mistakes with OAuth errors', async () => {
			const viaGet = await get(`${tokenUrl(sb, 'getToken')}?grant_type=refresh_token`);
			expect(viaGet.status).toBe(400);
			expect(viaGet.json.error).toBe('invalid_request');

			const base = {
				client_id: sb.demo.appKey,
				client_secret: sb.demo.appSecret,
				refresh_token: sb.demo.refreshToken,
			};
			const wrongSecret = await sendForm(tokenUrl(sb, 'getToken'), {
				...base,
				grant_type: 'refresh_token',
				client_secret: 'nope',
			});
			expect(wrongSecret.status).toBe(401);
			expect(wrongSecret.json).toEqual({
				error: 'invalid_client',
				error_description: expect.any(String),
			});

			const unknownApp = await sendForm(tokenUrl(sb, 'getToken', '42'), {
				...base,
				grant_type: 'refresh_token',
				client_id: '42',
			});
			expect(unknownApp.json.error).toBe('invalid_client');

			const noCode = await sendForm(tokenUrl(sb, 'getToken'), {
				grant_type: 'authorization_code',
				client_id: sb.demo.appKey,
				client_secret: sb.demo.appSecret,
				redirect_uri: sb.demo.redirectUri,
			});
			expect(noCode.status).toBe(400);
			expect(noCode.json.error).toBe('invalid_request');

			const badGrant = await sendForm(tokenUrl(sb, 'getToken'), {
				...base,
				grant_type: 'password',
			});
			expect(badGrant.json.error).toBe('unsupported_grant_type');

			const unknownRefresh = await sendForm(tokenUrl(sb, 'getToken'), {
				...base,
				grant_type: 'refresh_token',
				refresh_token: 'nope',
			});
			expect(unknownRefresh.status).toBe(400);
			expect(unknownRefresh.json.error).toBe('invalid_grant');
		});
	});

	describe('refresh', () => {
		const refresh = (sb: Sandbox, fields: Record<string, string>) =>
			sendForm(tokenUrl(sb, 'getToken'), {
				grant_type: 'refresh_token',
				client_id: sb.demo.appKey,
				client_secret: sb.demo.appSecret,
				...fields,
			});

		it('accepts refresh_token and refreshToken and returns a new access token only', async () => {
			const snake = await refresh(sb, { refresh_token: sb.demo.refreshToken });
			expect(snake.status).toBe(200);
			expect(snake.json.refresh_token).toBeUndefined();
			expect(snake.json).toMatchObject({ memberId: sb.demo.memberId, expires_in: '36000' });

			const camel = await refresh(sb, { refreshToken: sb.demo.refreshToken });
			expect(camel.status).toBe(200);
			expect(camel.json.access_token).not.toBe(snake.json.access_token);

			const works = await demoCall(sb, 'com.alibaba.account', 'alibaba.account.basic', {
				access_token: camel.json.access_token,
			});
			expect(works.status).toBe(200);
		});

		it('includes the refresh token when configured, in 14 or 17 digits', async () => {
			sb.settings.refreshReplyIncludesRefreshToken = true;
			sb.settings.refreshTimeoutDigits = 14;
			try {
				const res = await refresh(sb, { refresh_token: sb.demo.refreshToken });
				expect(res.json.refresh_token).toBe(sb.demo.refreshToken);
				expect(res.json.refresh_token_timeout).toMatch(/^\d{14}\+0800$/);
			} finally {
				sb.settings.refreshReplyIncludesRefreshToken = false;
				sb.settings.refreshTimeoutDigits = 17;
			}
		});

		it('keeps older refresh tokens valid when new ones are issued, and refuses revoked ones', async () => {
			const first = await exchangeCode(sb, (await approveConsent(sb)).code);
			const second = await exchangeCode(sb, (await approveConsent(sb)).code);
			expect(first.json.refresh_token).not.toBe(second.json.refresh_token);
			expect((await refresh(sb, { refresh_token: first.json.refresh_token })).status).toBe(200);
			sb.revokeRefreshToken(first.json.refresh_token);
			expect((await refresh(sb, { refresh_token: first.json.refresh_token })).json.error).toBe(
				'invalid_grant',
			);
			expect((await refresh(sb, { refresh_token: second.json.refresh_token })).status).toBe(200);
		});
	});

	describe('getBuyerOrderList', () => {
		const list = (params: Record<string, string> = {}) =>
			demoCall(sb, TRADE, LIST, { access_token: accessToken, ...params });
		const demoOrders = () => sb.data.orders.filter((o) => o.buyer.memberId === sb.demo.memberId);

		it('pages the demo buyer orders newest first, 20 by default, without other buyers', async () => {
			const page1 = await list();
			expect(page1.status).toBe(200);
			expect(page1.json.totalRecord).toBe(300);
			expect(page1.json.success).toBeUndefined();
			expect(page1.json.result).toHaveLength(20);
			const page2 = await list({ page: '2' });
			const created = [...page1.json.result, ...page2.json.result].map(
				(t: { baseInfo: { createTime: string } }) => t.baseInfo.createTime,
			);
			expect(created).toEqual([...created].sort().reverse());
			expect(page1.json.result[0].baseInfo.buyerID).toBe(sb.demo.memberId);
			const last = await list({ page: '16' });
			expect(last.json.result).toEqual([]);
			expect(last.json.totalRecord).toBe(300);
		});

		it('prints the 18-19 digit order id as an exact bare number next to idOfStr', async () => {
			const page = await list({ pageSize: '5' });
			const pairs = [...page.text.matchAll(/"baseInfo":\{"id":(\d+),"idOfStr":"(\d+)"/g)];
			expect(pairs).toHaveLength(5);
			for (const [, bare, asString] of pairs) {
				expect(bare).toBe(asString);
				expect(asString.length).toBeGreaterThanOrEqual(18);
			}
			const first = page.json.result[0];
			expect(first.baseInfo).toMatchObject({ businessType: 'cn', buyerLoginId: sb.demo.loginId });
			expect(first.baseInfo.createTime).toMatch(/^\d{17}\+0800$/);
			// as in the real samples: no toMobile (the mobile is nativeLogistics.mobile)
			expect(first.baseInfo.receiverInfo).toEqual(
				expect.objectContaining({
					toFullName: expect.any(String),
					toDivisionCode: expect.any(String),
					toArea: expect.any(String),
				}),
			);
			expect(first.baseInfo.receiverInfo.toMobile).toBeUndefined();
			expect(first.baseInfo.sellerCompanyName).toBeUndefined();
			expect(first.baseInfo.sellerContact.companyName).toEqual(expect.any(String));
			expect(first.productItems[0]).toEqual(
				expect.objectContaining({
					productID: expect.any(Number),
					skuID: expect.any(Number),
					quantity: expect.any(Number),
					unit: expect.any(String),
				}),
			);
			expect(first.nativeLogistics.logisticsItems).toBeUndefined();
		});

		it('accepts 50 per page and refuses 51 with a business error', async () => {
			expect((await list({ pageSize: '50' })).json.result).toHaveLength(50);
			const tooLarge = await list({ pageSize: '51' });
			expect(tooLarge.status).toBe(200);
			expect(tooLarge.json).toMatchObject({
				success: false,
				errorCode: BUSINESS_ERRORS.PAGE_SIZE_TOO_LARGE,
			});
		});

		it('covers every order status and filters by it', async () => {
			for (const status of [
				'waitbuyerpay',
				'waitsellersend',
				'waitlogisticstakein',
				'waitbuyerreceive',
				'waitbuyersign',
				'signinsuccess',
				'confirm_goods',
				'success',
				'cancel',
				'terminated',
			]) {
				const res = await list({ orderStatus: status, pageSize: '50' });
				const expected = demoOrders().filter((o) => o.status === status).length;
				expect(expected).toBeGreaterThan(0);
				expect(res.json.totalRecord).toBe(expected);
				for (const t of res.json.result) expect(t.baseInfo.status).toBe(status);
			}
		});

		it('filters by create and modify time windows in the 1688 date format', async () => {
			const now = sb.clock.now();
			const from = now - 30 * DAY;
			const to = now - 10 * DAY;
			const created = await list({
				createStartTime: format1688(from),
				createEndTime: format1688(to),
				pageSize: '50',
			});
			expect(created.json.totalRecord).toBe(
				demoOrders().filter((o) => o.createTime >= from && o.createTime <= to).length,
			);
			expect(created.json.totalRecord).toBeGreaterThan(0);

			const modified = await list({ modifyStartTime: format1688(now - 3 * DAY) });
			expect(modified.json.totalRecord).toBe(
				demoOrders().filter((o) => o.modifyTime >= now - 3 * DAY).length,
			);

			const bad = await list({ createStartTime: '2024-01-01 00:00:00' });
			expect(bad.status).toBe(200);
			expect(bad.json).toMatchObject({
				success: false,
				errorCode: BUSINESS_ERRORS.DATE_FORMAT_ERROR,
			});
		});

		it('filters by orderIds and never returns another buyer order', async () => {
			const own = demoOrders()
				.slice(5, 7)
				.map((o) => o.id);
			const foreign = sb.data.orders.find((o) => o.buyer.memberId !== sb.demo.memberId);
			const res = await list({ orderIds: `[${own.join(',')},${foreign?.id}]` });
			expect(res.json.totalRecord).toBe(2);
			expect(
				res.json.result.map((t: { baseInfo: { idOfStr: string } }) => t.baseInfo.idOfStr).sort(),
			).toEqual([...own].sort());
		});
	});

	describe('get.buyerView', () => {
		const view = (params: Record<string, string>) =>
			demoCall(sb, TRADE, VIEW, { access_token: accessToken, ...params });

		it('returns the buyer own order with logistics when shipped', async () => {
			const shipped = sb.data.orders.find(
				(o) => o.buyer.memberId === sb.demo.memberId && o.status === 'waitbuyerreceive',
			);
			const res = await view({ webSite: '1688', orderId: shipped?.id ?? '' });
			expect(res.status).toBe(200);
			// a String, as the API page and the Java SDK type it
			expect(res.json.success).toBe('true');
			expect(res.text).toContain('"success":"true"');
			expect(res.json.result.baseInfo.idOfStr).toBe(shipped?.id);
			expect(res.json.result.baseInfo.sellerCompanyName).toBeUndefined();
			expect(res.text).toContain(`"id":${shipped?.id},`);
			expect(res.json.result.nativeLogistics.logisticsItems[0]).toEqual(
				expect.objectContaining({
					logisticsCompanyName: expect.any(String),
					logisticsBillNo: expect.any(String),
					status: 'alreadysend',
					deliveredTime: expect.stringMatching(/^\d{17}\+0800$/),
				}),
			);
		});

		it('refuses another buyer order and reports an unknown one', async () => {
			const foreign = sb.data.orders.find((o) => o.buyer.memberId !== sb.demo.memberId);
			const denied = await view({ webSite: '1688', orderId: foreign?.id ?? '' });
			expect(denied.status).toBe(200);
			expect(denied.json).toMatchObject({
				success: 'false',
				errorCode: BUSINESS_ERRORS.ORDER_NO_PERMISSION,
			});
			const unknown = await view({ webSite: '1688', orderId: '1234567890123456789' });
			expect(unknown.json).toMatchObject({
				success: 'false',
				errorCode: BUSINESS_ERRORS.ORDER_NOT_FOUND,
			});
		});

		it('requires webSite and orderId', async () => {
			const res = await view({ orderId: '1' });
			expect(res.status).toBe(400);
			expect(res.json.error_code).toBe('gw.ParamMissing');
		});
	});

	describe('alibaba.category.get', () => {
		const category = (id: string) =>
			demoCall(sb, 'com.alibaba.product', 'alibaba.category.get', { categoryID: id });

		it('lists the level-1 categories without a token, with the documented `succes` key', async () => {
			const res = await category('0');
			expect(res.status).toBe(200);
			expect(res.json.succes).toBe('true');
			const roots = res.json.categoryInfo[0].childCategorys;
			expect(roots.length).toBeGreaterThanOrEqual(10);
			expect(roots[0]).toEqual({
				id: expect.any(Number),
				name: expect.any(String),
				isLeaf: false,
				categoryType: '1',
			});
		});

		it('walks down to a leaf and reports unknown ids', async () => {
			const women = await category('10166');
			const child = women.json.categoryInfo[0].childCategorys[0];
			const leaf = (await category(String(child.id))).json.categoryInfo[0].childCategorys[0];
			expect(leaf.isLeaf).toBe(true);
			const unknown = await category('424242');
			expect(unknown.json).toMatchObject({
				succes: 'false',
				errorCode: BUSINESS_ERRORS.CATEGORY_NOT_FOUND,
			});
		});
	});

	describe('faults', () => {
		const ping = () => demoCall(sb, 'system', 'currentTime');

		it('html500 and html502 answer with Tengine HTML pages', async () => {
			sb.injectFault({ kind: 'html500' });
			const r500 = await ping();
			expect(r500.status).toBe(500);
			expect(r500.contentType).toMatch(/^text\/html/);
			expect(r500.text).toContain('500 Internal Server Error');
			sb.injectFault({ kind: 'html502', match: 'system:currentTime' });
			const r502 = await ping();
			expect(r502.status).toBe(502);
			expect(r502.text).toContain('Bad Gateway');
			expect((await ping()).status).toBe(200);
		});

		it('nonJson answers 200 text/plain "service busy"', async () => {
			sb.injectFault({ kind: 'nonJson' });
			const res = await ping();
			expect(res.status).toBe(200);
			expect(res.contentType).toMatch(/^text\/plain/);
			expect(res.text).toBe('service busy');
		});

		it('truncatedJson cuts the real reply in half', async () => {
			sb.injectFault({ kind: 'truncatedJson', match: `${TRADE}:${LIST}` });
			const res = await demoCall(sb, TRADE, LIST, { access_token: accessToken, pageSize: '3' });
			expect(res.status).toBe(200);
			expect(res.contentType).toMatch(/^application\/json/);
			expect(res.json).toBeUndefined();
			expect(res.text.startsWith('{"result":[{"baseInfo":')).toBe(true);
		});

		it('qos and noUsageLeft answer gateway errors', async () => {
			sb.injectFault({ kind: 'qos' });
			expect((await ping()).json.error_code).toBe('gw.QosAppFrequencyLimit');
			sb.injectFault({ kind: 'noUsageLeft' });
			const none = await ping();
			expect(none.status).toBe(400);
			expect(none.json).toMatchObject({
				error_code: 'gw.NoUsageLeftError',
				error_message: 'SLA bill has no usage left',
			});
		});

		it('reset drops the connection', async () => {
			sb.injectFault({ kind: 'reset' });
			await expect(ping()).rejects.toThrow();
			expect((await ping()).status).toBe(200);
		});

		it('timeout accepts the request and never answers', async () => {
			sb.injectFault({ kind: 'timeout' });
			await expect(
				callApi(sb.url, {
					namespace: 'system',
					name: 'currentTime',
					appKey: sb.demo.appKey,
					appSecret: sb.demo.appSecret,
					signal: AbortSignal.timeout(300),
				}),
			).rejects.toThrow();
			expect(sb.requests[sb.requests.length - 1]).toMatchObject({ fault: 'timeout', status: null });
			expect((await ping()).status).toBe(200);
		});

		it('status answers whatever it is told, only for the matching API and only `times` times', async () => {
			sb.injectFault({
				kind: 'status',
				match: 'getToken',
				status: 503,
				body: '{"oops":true}',
				contentType: 'application/json',
				times: 2,
			});
			expect((await ping()).status).toBe(200);
			const fields = {
				grant_type: 'refresh_token',
				client_id: sb.demo.appKey,
				client_secret: sb.demo.appSecret,
				refresh_token: sb.demo.refreshToken,
			};
			for (let i = 0; i < 2; i++) {
				const res = await sendForm(tokenUrl(sb, 'getToken'), fields);
				expect(res.status).toBe(503);
				expect(res.json).toEqual({ oops: true });
			}
			expect((await sendForm(tokenUrl(sb, 'getToken'), fields)).status).toBe(200);
		});

		it('latency delays replies without changing them', async () => {
			sb.settings.latencyMs = 20;
			try {
				expect((await ping()).status).toBe(200);
			} finally {
				sb.settings.latencyMs = 0;
			}
		});
	});
});

describe('1688 sandbox lifetimes on the sandbox clock', () => {
	let sb: Sandbox;

	beforeAll(async () => {
		sb = await start1688Sandbox({ port: 0, orderCount: 20 });
	});

	afterAll(async () => {
		await sb.close();
	});

	it('expires an authorization code after 2 minutes', async () => {
		const { code } = await approveConsent(sb);
		sb.clock.advance(121000);
		const res = await exchangeCode(sb, code);
		expect(res.status).toBe(400);
		expect(res.json.error).toBe('invalid_grant');
	});

	it('expires an access token after expires_in seconds', async () => {
		const token = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
		const basic = () =>
			demoCall(sb, 'com.alibaba.account', 'alibaba.account.basic', { access_token: token });
		expect((await basic()).status).toBe(200);
		sb.clock.advance(36001 * 1000);
		expect((await basic()).status).toBe(401);
	});

	it('postpones a refresh token only within 30 days of its expiry', async () => {
		const refreshOnce = async (refreshToken: string) =>
			sendForm(tokenUrl(sb, 'getToken'), {
				grant_type: 'refresh_token',
				client_id: sb.demo.appKey,
				client_secret: sb.demo.appSecret,
				refresh_token: refreshToken,
			});
		const issued = sb.issueTokens({ appKey: sb.demo.appKey });
		const postpone = (accessToken: string) =>
			sendForm(tokenUrl(sb, 'postponeToken'), {
				client_id: sb.demo.appKey,
				client_secret: sb.demo.appSecret,
				refresh_token: issued.refresh_token,
				access_token: accessToken,
			});

		const early = await postpone(issued.access_token);
		expect(early.status).toBe(400);
		expect(early.json.error).toBe('invalid_request');
		expect(early.json.error_description).toContain('30 days');

		sb.clock.advance(151 * DAY);
		const fresh = await refreshOnce(issued.refresh_token);
		expect(fresh.status).toBe(200);
		const late = await postpone(fresh.json.access_token);
		expect(late.status).toBe(200);
		expect(late.json.refresh_token).not.toBe(issued.refresh_token);
		const timeout = parse1688(late.json.refresh_token_timeout) ?? 0;
		expect(Math.round((timeout - sb.clock.now()) / DAY)).toBe(180);

		expect((await refreshOnce(issued.refresh_token)).json.error).toBe('invalid_grant');
		expect((await refreshOnce(late.json.refresh_token)).status).toBe(200);

		sb.clock.advance(181 * DAY);
		expect((await refreshOnce(late.json.refresh_token)).json.error).toBe('invalid_grant');
	});
});

describe('1688 sandbox seeding', () => {
	const startTime = Date.UTC(2026, 0, 15, 4, 0, 0);

	async function snapshot(seed: number) {
		const sb = await start1688Sandbox({ port: 0, seed, orderCount: 60, startTime });
		try {
			const access_token = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
			const page = await demoCall(sb, TRADE, LIST, { access_token, pageSize: '50' });
			return { text: page.text, refreshToken: sb.demo.refreshToken };
		} finally {
			await sb.close();
		}
	}

	it('gives identical data for the same seed and different data for another', async () => {
		const a = await snapshot(7);
		const b = await snapshot(7);
		const c = await snapshot(8);
		expect(a.text).toBe(b.text);
		expect(a.refreshToken).toBe(b.refreshToken);
		expect(c.text).not.toBe(a.text);
	});
});
