import * as getAuthorizationUrl from '../../../../../nodes/Alibaba1688/actions/account/getAuthorizationUrl.operation';
import {
	gatewayError1688,
	operationContext,
	runOperation,
} from '../../../../support/operation-context';

// No API is called: any request the operation sent would get this refusal.
const noCall = () => gatewayError1688('gw.APIUnsupported', 'API is not supported');

describe('1688 › Account › Get Authorization URL', () => {
	it("builds 1688's web authorization URL from the credential without calling 1688", async () => {
		const { items, sent } = await runOperation(getAuthorizationUrl, {
			platform: '1688',
			parameters: { resource: 'account', operation: 'getAuthorizationUrl' },
			reply: noCall,
		});
		expect(sent).toHaveLength(0);
		expect(items).toEqual([expect.objectContaining({ pairedItem: { item: 0 } })]);

		const { authorizationUrl, redirectUri, state, instructions } = items[0].json as Record<
			string,
			string
		>;
		const url = new URL(authorizationUrl);
		expect(`${url.origin}${url.pathname}`).toBe('https://auth.1688.com/oauth/authorize');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			client_id: '8688001',
			site: '1688',
			redirect_uri: 'https://example.com/callback',
			state: expect.stringMatching(/^[0-9a-f]{16}$/),
		});
		expect(state).toBe(url.searchParams.get('state'));
		expect(redirectUri).toBe('https://example.com/callback');
		// one URL, one state: the instructions end with the same URL as the item, on its own line
		expect(instructions.split('\n').at(-1)).toBe(authorizationUrl);
	});

	it("uses the credential's own authorize URL, app key and redirect URI", async () => {
		const { items } = await runOperation(getAuthorizationUrl, {
			platform: '1688',
			parameters: {},
			reply: noCall,
			credentials: {
				appKey: '1234567',
				redirectUri: 'https://n8n.example.org/rest/1688/callback?from=n8n',
				authorizeUrl: 'http://127.0.0.1:8688/oauth/authorize',
			},
		});
		const url = new URL(items[0].json.authorizationUrl as string);
		expect(url.href.startsWith('http://127.0.0.1:8688/oauth/authorize?')).toBe(true);
		expect(url.searchParams.get('client_id')).toBe('1234567');
		expect(url.searchParams.get('redirect_uri')).toBe(
			'https://n8n.example.org/rest/1688/callback?from=n8n',
		);
	});

	it('asks for the redirect URI when the credential has none, and sends nothing', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: {},
			reply: noCall,
			credentials: { redirectUri: '' },
		});
		await expect(getAuthorizationUrl.execute.call(context, 0)).rejects.toThrow(
			'Fill in "App Key" and "Redirect URI"',
		);
		expect(sent).toHaveLength(0);
	});
});
