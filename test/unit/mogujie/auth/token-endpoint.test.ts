import type { IHttpRequestOptions } from 'n8n-workflow';

import { renewTokens } from '../../../../nodes/Mogujie/auth/renew-tokens';
import { realReply } from '../../../support/real-replies';

// The reply is the real code-exchange reply quoted in the b2c OMS's MogujieOAuthController (2020-05).
const tokenReply = realReply('mogujie', 'token.authorization-code');

const credentials = {
	appKey: '100001',
	appSecret: 'unit-test-secret',
	redirectUri: 'https://example.com/callback?x=1',
	gatewayUrl: 'https://openapi.mogujie.com/invoke',
	oauthUrl: 'https://oauth.mogujie.com',
};

function recordingHttp() {
	const sent: IHttpRequestOptions[] = [];
	const httpRequest = jest.fn(async (options: IHttpRequestOptions) => {
		sent.push(options);
		return { statusCode: 200, headers: {}, body: tokenReply.text };
	});
	return { sent, httpRequest };
}

describe('Mogujie token endpoint: parameters in the query string, as the documentation shows', () => {
	it('exchanges an authorization code with a GET and every parameter in the query string', async () => {
		const { sent, httpRequest } = recordingHttp();
		const tokens = await renewTokens(httpRequest as never, {
			...credentials,
			authorizationCode: 'code-from-callback',
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].method).toBe('GET');
		expect(sent[0].url).toBe('https://oauth.mogujie.com/token');
		expect(sent[0].qs).toEqual({
			grant_type: 'authorization_code',
			code: 'code-from-callback',
			app_key: '100001',
			app_secret: 'unit-test-secret',
			redirect_uri: 'https://example.com/callback?x=1',
			state: '',
		});
		expect(sent[0].body).toBeUndefined();
		const reply = JSON.parse(tokenReply.text) as Record<string, string>;
		expect(tokens).toMatchObject({
			accessToken: reply.access_token,
			refreshToken: reply.refresh_token,
			accessTokenExpiresAt: '2020-05-21T12:05:11.000Z',
			refreshTokenExpiresAt: '2020-06-06T12:05:11.000Z',
			userId: '1eyma60',
			authorizationCode: '',
		});
	});

	it('refreshes with a POST whose parameters are all in the query string and whose body is empty', async () => {
		const { sent, httpRequest } = recordingHttp();
		await renewTokens(httpRequest as never, { ...credentials, refreshToken: 'OLD-REFRESH' });
		expect(sent[0].method).toBe('POST');
		expect(sent[0].qs).toEqual({
			grant_type: 'refresh_token',
			refresh_token: 'OLD-REFRESH',
			app_key: '100001',
			app_secret: 'unit-test-secret',
			state: '',
		});
		expect(sent[0].body).toBeUndefined();
	});
});

describe('Mogujie token refusals: each fault gets its own next step', () => {
	const refusing = (statusCode: string, errorMsg: string) =>
		jest.fn(async () => ({
			statusCode: 200,
			headers: {},
			body: JSON.stringify({ statusCode, errorMsg }),
		}));

	it('a wrong app secret asks to fix the app fields, not to authorize again', async () => {
		const promise = renewTokens(refusing('0000204', 'app_secret错误') as never, {
			...credentials,
			authorizationCode: 'code',
		});
		await expect(promise).rejects.toThrow(
			/^Mogujie refused the app's key or secret \(0000204: app_secret错误\)\. Copy "App Key" and "App Secret" exactly/,
		);
		await expect(promise).rejects.not.toThrow(/authorize again|Open this address/);
	});

	it('a refused refresh token explains that Mogujie keeps only the newest authorization of a shop', async () => {
		await expect(
			renewTokens(refusing('0000207', 'refresh_token已失效（已刷新或重新授权）') as never, {
				...credentials,
				refreshToken: 'OLD',
			}),
		).rejects.toThrow(/keeps only a shop's newest authorization.*Authorize again/s);
	});

	it('takes the code from a pasted redirect address', async () => {
		const { sent, httpRequest } = recordingHttp();
		await renewTokens(httpRequest as never, {
			...credentials,
			authorizationCode: 'https://example.com/callback?x=1&code=from-address',
		});
		expect((sent[0].qs as Record<string, string>).code).toBe('from-address');
	});
});
