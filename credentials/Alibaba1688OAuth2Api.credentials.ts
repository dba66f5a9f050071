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

import {
	DEFAULT_AUTHORIZE_URL,
	DEFAULT_GATEWAY_URL,
} from '../nodes/Alibaba1688/auth/credential-data';
import { hiddenField, sessionField } from '../nodes/shared/descriptions/credential-fields';
import { renewalKey, singleFlight } from '../nodes/shared/auth/single-flight';
import { renewTokens } from '../nodes/Alibaba1688/auth/renew-tokens';
import { signAlibaba1688Request } from '../nodes/Alibaba1688/auth/sign-request';
import { credentialTest } from '../nodes/Alibaba1688/transport/credential-test';

/**
 * 1688's OAuth2 done the way 1688 documents it (its token calls are POSTs with every parameter in
 * the query string, and every API call carries an HMAC-SHA1 signature over the token), which n8n's
 * generic OAuth2 cannot do. So this credential runs the flow itself in `preAuthentication`, keeps
 * the tokens in hidden fields, and signs in `authenticate` — also for the HTTP Request node.
 */
export class Alibaba1688OAuth2Api implements ICredentialType {
	name = 'alibaba1688OAuth2Api';

	displayName = '1688 OAuth2 API';

	icon: Icon = { light: 'file:../icons/1688.svg', dark: 'file:../icons/1688.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-1688-mogujie/n8n-nodes-1688-mogujie#connect-1688';

	properties: INodeProperties[] = [
		{
			displayName:
				'Fill in your open.1688.com app\'s App Key, App Secret and callback (Redirect URI), then save: the test checks the app and gives your authorization URL. Approve it in a browser, paste the address you land on into Authorization Code and save. The credential then renews its tokens by itself. <a href="https://github.com/n8n-nodes-1688-mogujie/n8n-nodes-1688-mogujie#connect-1688" target="_blank">Step by step, with pictures</a>',
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
			description: 'The AppKey of your app in the 1688 open-platform console (应用管理)',
		},
		{
			displayName: '应用密钥 (App Secret)',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The App Secret (签名密钥) of the same app; it signs every request',
		},
		{
			displayName: '回调地址 (Redirect URI)',
			name: 'redirectUri',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/1688/callback',
			description:
				'The callback address registered for the app; 1688 sends the authorization code there. Its domain must match the one in the app settings.',
		},
		{
			displayName: '授权码 (Authorization Code)',
			name: 'authorizationCode',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The address 1688 sends the browser to after you approve (…?code=…&state=…), or only its "code". It works once, for 2 minutes; the credential exchanges it for tokens on first use and then clears it.',
		},
		{
			displayName: '刷新令牌 (Refresh Token)',
			name: 'refreshToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Filled in by the credential after the code exchange; or paste an existing refresh token instead of a code. It lasts about half a year and is extended automatically in its last 30 days.',
		},
		{
			// n8n has no "advanced" section for credentials, and a field hidden behind a toggle would
			// lose its saved value (n8n drops fields that are not displayed), so a notice marks them.
			displayName:
				'Advanced: the addresses below point the credential at the local sandbox or a proxy. Leave them as they are for the real 1688.',
			name: 'advancedNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: '网关地址 (Gateway URL)',
			name: 'gatewayUrl',
			type: 'string',
			default: DEFAULT_GATEWAY_URL,
			description:
				'Advanced: change only to use the local sandbox or a proxy. Plain http:// is accepted only for localhost.',
		},
		{
			displayName: '授权页地址 (Authorize URL)',
			name: 'authorizeUrl',
			type: 'string',
			default: DEFAULT_AUTHORIZE_URL,
			description:
				'Advanced: the 1688 authorization page. Change only to use the local sandbox. Plain http:// is accepted only for localhost.',
		},
		hiddenField('accessToken', 'secret'),
		sessionField,
		hiddenField('accessTokenExpiresAt'),
		hiddenField('refreshTokenExpiresAt'),
		hiddenField('memberId'),
		hiddenField('aliId'),
		hiddenField('resource_owner'),
	];

	async preAuthentication(
		this: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<IDataObject> {
		return await singleFlight(
			renewalKey('1688', credentials),
			async () => await renewTokens(this.helpers.httpRequest, credentials),
		);
	}

	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => await signAlibaba1688Request(credentials, requestOptions);

	test: ICredentialTestRequest = credentialTest;
}
