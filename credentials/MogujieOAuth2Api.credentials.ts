import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { DEFAULT_GATEWAY_URL, DEFAULT_OAUTH_URL } from '../nodes/Mogujie/auth/credential-data';
import { hiddenField, sessionField } from '../nodes/shared/descriptions/credential-fields';
import { renewalKey, singleFlight } from '../nodes/shared/auth/single-flight';
import { renewTokens } from '../nodes/Mogujie/auth/renew-tokens';
import { signMogujieRequest } from '../nodes/Mogujie/auth/sign-request';
import { credentialTest } from '../nodes/Mogujie/transport/credential-test';

/**
 * Mogujie's OAuth2 as the platform runs it (app_key/app_secret instead of client_id, expiries as
 * absolute epoch seconds, a refresh token that rotates on every refresh, errors inside HTTP 200
 * bodies, MD5-signed calls): n8n's generic OAuth2 can do none of it, so this credential runs the
 * flow in `preAuthentication`, keeps the tokens in hidden fields, and signs in `authenticate`.
 */
export class MogujieOAuth2Api implements ICredentialType {
	name = 'mogujieOAuth2Api';

	displayName = 'Mogujie OAuth2 API';

	icon: Icon = { light: 'file:../icons/mogujie.svg', dark: 'file:../icons/mogujie.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-1688-mogujie/n8n-nodes-1688-mogujie#connect-mogujie';

	properties: INodeProperties[] = [
		{
			displayName:
				'Fill in your Mogujie app\'s App Key, App Secret and callback (Redirect URI), then save: the test result gives your authorization URL. Approve it with the shop\'s account, paste the address you land on into Authorization Code and save. Mogujie keeps only a shop\'s newest authorization: authorizing the same shop again elsewhere ends this credential\'s tokens. <a href="https://github.com/n8n-nodes-1688-mogujie/n8n-nodes-1688-mogujie#connect-mogujie" target="_blank">Step by step</a>',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		{
			displayName: '应用 Key (App Key)',
			name: 'appKey',
			type: 'string',
			default: '',
			required: true,
			description: 'The app_key of your app (控制台 › 应用列表)',
		},
		{
			displayName: '应用密钥 (App Secret)',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The app_secret of the same app; it signs every request',
		},
		{
			displayName: '回调地址 (Redirect URI)',
			name: 'redirectUri',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/mogujie/callback',
			description: 'The callback address of the app; Mogujie sends the authorization code there',
		},
		{
			displayName: '授权码 (Authorization Code)',
			name: 'authorizationCode',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The address Mogujie sends the browser to after the shop approves (…?code=…&state=…), or only its "code". It works once, for 10 minutes; the credential exchanges it on first use and then clears it.',
		},
		{
			displayName: '刷新令牌 (Refresh Token)',
			name: 'refreshToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Filled in by the credential. Mogujie replaces it at every refresh (the old one stops working), and the credential stores the new one each time.',
		},
		{
			// n8n has no "advanced" section for credentials, and a field hidden behind a toggle would
			// lose its saved value (n8n drops fields that are not displayed), so a notice marks them.
			displayName:
				'Advanced: the addresses below point the credential at the local sandbox or a proxy. Leave them as they are for the real Mogujie.',
			name: 'advancedNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: '授权服务地址 (OAuth URL)',
			name: 'oauthUrl',
			type: 'string',
			default: DEFAULT_OAUTH_URL,
			description:
				'Advanced: where /authorize and /token live. Change only to use the local sandbox or a proxy. Plain http:// is accepted only for localhost.',
		},
		{
			displayName: '网关地址 (Gateway URL)',
			name: 'gatewayUrl',
			type: 'string',
			default: DEFAULT_GATEWAY_URL,
			description:
				'Advanced: the API endpoint. Change only to use the local sandbox or a proxy. Plain http:// is accepted only for localhost.',
		},
		hiddenField('accessToken', 'secret'),
		sessionField,
		hiddenField('accessTokenExpiresAt'),
		hiddenField('refreshTokenExpiresAt'),
		hiddenField('userId'),
	];

	async preAuthentication(
		this: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<IDataObject> {
		return await singleFlight(
			renewalKey('mogujie', credentials),
			async () => await renewTokens(this.helpers.httpRequest, credentials),
		);
	}

	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => await signMogujieRequest(credentials, requestOptions);

	test: ICredentialTestRequest = credentialTest;
}
