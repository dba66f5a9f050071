import vectors from '../../fixtures/vectors/1688-sign.json';
import type { IHttpRequestOptions } from 'n8n-workflow';

import { aopSignature } from '../../../nodes/Alibaba1688/auth/signature';
import {
	APP_ONLY_CALL_HEADER,
	signAlibaba1688Request,
} from '../../../nodes/Alibaba1688/auth/sign-request';

const ex2 = vectors['EX2 buyerView with token and timestamp'];
const credentials = {
	appKey: '1234567',
	appSecret: ex2.secret,
	accessToken: ex2.params.access_token,
	gatewayUrl: 'https://gw.open.1688.com',
};
const path = 'param2/1/com.alibaba.trade/alibaba.trade.get.buyerView/1234567';
const url = `https://gw.open.1688.com/openapi/${path}`;

function verify(params: Record<string, unknown>) {
	const { _aop_signature, ...rest } = params;
	expect(_aop_signature).toBe(aopSignature(path, rest, credentials.appSecret));
}

describe('signAlibaba1688Request (the credential authenticate)', () => {
	it('adds token, timestamp and a valid signature to a form body', async () => {
		const signed = await signAlibaba1688Request(credentials, {
			method: 'POST',
			url,
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: { webSite: '1688', orderId: '3298765432109876543' },
		});
		const body = signed.body as Record<string, string>;
		expect(body.access_token).toBe(credentials.accessToken);
		expect(body._aop_timestamp).toMatch(/^\d{13}$/);
		verify(body);
		expect(signed.qs).toEqual({});
	});

	it('is idempotent: re-applying to signed options yields a fresh valid signature, not a signature of the old one', async () => {
		const once = await signAlibaba1688Request(credentials, {
			method: 'POST',
			url,
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: { orderId: '1' },
		});
		const twice = await signAlibaba1688Request({ ...credentials, accessToken: 'NEW-TOKEN' }, once);
		const body = twice.body as Record<string, string>;
		expect(body.access_token).toBe('NEW-TOKEN');
		expect(Object.keys(body).sort()).toEqual([
			'_aop_signature',
			'_aop_timestamp',
			'access_token',
			'orderId',
		]);
		const { _aop_signature, ...rest } = body;
		expect(_aop_signature).toBe(aopSignature(path, rest, credentials.appSecret));
	});

	it('signs query parameters, parameters already in the URL and JSON-serialises objects', async () => {
		const signed = await signAlibaba1688Request(credentials, {
			method: 'GET',
			url: `${url}?webSite=1688`,
			qs: { orderId: 5, extra: { a: 1 } },
		} as IHttpRequestOptions);
		const qs = signed.qs as Record<string, string>;
		expect(qs.extra).toBe('{"a":1}');
		const { _aop_signature, ...rest } = qs;
		expect(_aop_signature).toBe(
			aopSignature(path, { ...rest, webSite: '1688' }, credentials.appSecret),
		);
	});

	it('handles the legacy shape the HTTP Request node uses (uri + form) and baseURL joining', async () => {
		const legacy = (await signAlibaba1688Request(credentials, {
			uri: url,
			method: 'POST',
			form: { orderId: '9' },
		} as unknown as IHttpRequestOptions)) as IHttpRequestOptions & { form: Record<string, string> };
		verify(legacy.form);

		const joined = await signAlibaba1688Request(credentials, {
			baseURL: 'https://gw.open.1688.com/',
			url: `/openapi/${path}`,
		});
		verify(joined.qs as Record<string, string>);
	});

	it('leaves out the access token for app-only calls and removes the marker header', async () => {
		const signed = await signAlibaba1688Request(
			{ ...credentials, accessToken: '' },
			{ url, method: 'POST', headers: { [APP_ONLY_CALL_HEADER]: '1' } },
		);
		expect(signed.headers).toEqual({});
		expect((signed.qs as Record<string, string>).access_token).toBeUndefined();
		verify(signed.qs as Record<string, string>);
	});

	it('explains how to authorize, with the authorization URL, when there is no token', async () => {
		const promise = signAlibaba1688Request(
			{ ...credentials, accessToken: '', redirectUri: 'https://example.com/cb' },
			{ url, method: 'POST' },
		);
		await expect(promise).rejects.toThrow(
			// the URL alone on the last line, where it can be selected whole
			/not authorized yet\. .*\nhttps:\/\/auth\.1688\.com\/oauth\/authorize\?client_id=1234567&site=1688&redirect_uri=https%3A%2F%2Fexample\.com%2Fcb&state=[0-9a-f]{16}$/,
		);
	});

	it('refuses URLs that are not gateway API calls, and plain http to non-loopback gateways', async () => {
		await expect(
			signAlibaba1688Request(credentials, { url: 'https://example.com/x' }),
		).rejects.toThrow(/signs only gateway API calls/);
		await expect(
			signAlibaba1688Request({ ...credentials, gatewayUrl: 'http://gw.example.com' }, { url }),
		).rejects.toThrow(/must use https/);
	});
});
