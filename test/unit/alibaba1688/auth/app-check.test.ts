import type { IHttpRequestOptions } from 'n8n-workflow';

import { renewTokens } from '../../../../nodes/Alibaba1688/auth/renew-tokens';
import { aopSignature } from '../../../../nodes/Alibaba1688/auth/signature';

// A never-authorized credential checks its App Key and App Secret with one signed call without a
// token before it sends the user to the consent page (1688 checks the signature before the token).
let appNumber = 0;
const freshApp = () => ({
	appKey: String(9100000 + ++appNumber),
	appSecret: `secret-${appNumber}`,
	redirectUri: 'https://example.com/cb',
	gatewayUrl: 'https://gw.open.1688.com',
});

function gateway(statusCode: number, body: Record<string, unknown>) {
	const sent: IHttpRequestOptions[] = [];
	const httpRequest = jest.fn(async (options: IHttpRequestOptions) => {
		sent.push(options);
		return { statusCode, headers: {}, body: JSON.stringify(body) };
	});
	return { sent, httpRequest };
}

const needsUser = () =>
	gateway(401, { error_code: '401', error_message: 'Request need user authorized' });

describe('1688 credential: the app is checked before the consent page', () => {
	it('sends one signed call without access_token, and passes when 1688 asks only for the user', async () => {
		const app = freshApp();
		const { sent, httpRequest } = needsUser();
		await expect(renewTokens(httpRequest as never, app)).resolves.toEqual({});
		expect(sent).toHaveLength(1);
		const path = `param2/1/com.alibaba.account/alibaba.account.basic/${app.appKey}`;
		expect(sent[0].url).toBe(`https://gw.open.1688.com/openapi/${path}`);
		const form = Object.fromEntries(new URLSearchParams(sent[0].body as string));
		expect(form.access_token).toBeUndefined();
		const { _aop_signature: signature, ...signed } = form;
		expect(signature).toBe(aopSignature(path, signed, app.appSecret));
		// checked once per process: the next call does not repeat it
		await renewTokens(httpRequest as never, app);
		expect(sent).toHaveLength(1);
	});

	it.each([
		['gw.SignatureInvalid', /App Secret.*\(gw\.SignatureInvalid\)/],
		['gw.AppKeyNotFound', /does not know this App Key.*\(gw\.AppKeyNotFound\)/],
	])('reports %s as a wrong app, before any authorization', async (code, message) => {
		const { httpRequest } = gateway(400, { error_code: code, error_message: 'x' });
		await expect(renewTokens(httpRequest as never, freshApp())).rejects.toThrow(message);
	});

	it('leaves anything else (rate limit, network) to the call that follows, and checks again later', async () => {
		const app = freshApp();
		const busy = gateway(400, { error_code: 'gw.QosAppFrequencyLimit' });
		await expect(renewTokens(busy.httpRequest as never, app)).resolves.toEqual({});
		const down = jest.fn(async () => {
			throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
		});
		await expect(renewTokens(down as never, app)).resolves.toEqual({});
		const ok = needsUser();
		await renewTokens(ok.httpRequest as never, app);
		expect(ok.sent).toHaveLength(1);
	});

	it('does not check an authorized credential, nor one whose app fields are empty', async () => {
		const { sent, httpRequest } = needsUser();
		await renewTokens(httpRequest as never, { ...freshApp(), accessToken: 'live-token' });
		await renewTokens(httpRequest as never, { ...freshApp(), appSecret: '' });
		expect(sent).toHaveLength(0);
	});
});
