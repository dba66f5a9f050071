import type { IHttpRequestOptions } from 'n8n-workflow';

import vectors from '../../fixtures/vectors/mogujie-sign.json';
import { mogujieSignature } from '../../../nodes/Mogujie/auth/signature';
import { signMogujieRequest } from '../../../nodes/Mogujie/auth/sign-request';

const v1 = vectors['V1 trade.sold.get'].params;
const credentials = {
	appKey: v1.app_key,
	// The vectors' dummy app secret opens every string to sign.
	appSecret: vectors['V1 trade.sold.get'].string_to_sign.slice(0, 32),
	accessToken: v1.access_token,
	gatewayUrl: 'https://openapi.mogujie.com/invoke',
};

function verify(params: Record<string, string>) {
	const { sign, ...rest } = params;
	expect(sign).toBe(mogujieSignature(rest, credentials.appSecret));
}

describe('signMogujieRequest (the credential authenticate)', () => {
	it('adds the system parameters to a form body and signs it', async () => {
		const signed = await signMogujieRequest(credentials, {
			method: 'POST',
			url: credentials.gatewayUrl,
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: {
				method: 'xiaodian.trade.get',
				openApiOrderDetailReqDto: '{"shopOrderId":"1"}',
				empty: '',
			},
		});
		const body = signed.body as Record<string, string>;
		expect(body).toMatchObject({
			app_key: v1.app_key,
			access_token: v1.access_token,
			format: 'json',
			sign_method: 'md5',
		});
		expect(body.timestamp).toMatch(/^\d{10}$/);
		expect(body).not.toHaveProperty('empty');
		verify(body);
	});

	it('is idempotent when n8n applies it again with a new token', async () => {
		const once = await signMogujieRequest(credentials, {
			method: 'GET',
			url: credentials.gatewayUrl,
			qs: { method: 'xiaodian.item.get', itemId: 'x1' },
		});
		const twice = await signMogujieRequest({ ...credentials, accessToken: 'NEW' }, once);
		const qs = twice.qs as Record<string, string>;
		expect(qs.access_token).toBe('NEW');
		verify(qs);
	});

	it('handles the legacy form shape of the HTTP Request node', async () => {
		const signed = (await signMogujieRequest(credentials, {
			uri: credentials.gatewayUrl,
			method: 'POST',
			form: { method: 'xiaodian.item.get', itemId: 'x1' },
		} as unknown as IHttpRequestOptions)) as IHttpRequestOptions & { form: Record<string, string> };
		verify(signed.form);
	});

	it('needs a method, and a token with instructions', async () => {
		await expect(
			signMogujieRequest(credentials, { url: credentials.gatewayUrl, qs: {} }),
		).rejects.toThrow(/needs a "method" parameter/);
		await expect(
			signMogujieRequest(
				{ ...credentials, accessToken: '', redirectUri: 'https://e.com/cb' },
				{ url: credentials.gatewayUrl, qs: { method: 'm' } },
			),
		).rejects.toThrow(
			/not authorized yet\. .*\nhttps:\/\/oauth\.mogujie\.com\/authorize\?response_type=code&app_key=100000&redirect_uri=https%3A%2F%2Fe\.com%2Fcb&state=[0-9a-f]{16}$/,
		);
	});
});
