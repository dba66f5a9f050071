import type { ICredentialTestRequest } from 'n8n-workflow';

import { DEFAULT_GATEWAY_URL } from '../auth/credential-data';
import { explainGatewayCode } from './gateway-errors';
import { apiLabel, apiPath } from './index';

/** The call the credential test makes: the authorized account's basic info. */
export const TEST_CALL = { namespace: 'com.alibaba.account', apiName: 'alibaba.account.basic' };

/** Gateway codes the test can meet before the account's data comes back. */
const TEST_CODES = [
	'gw.SignatureInvalid',
	'gw.SignatureMissing',
	'gw.AppKeyMissing',
	'gw.AppKeyNotFound',
	'gw.APIUnsupported',
	'gw.APIACLDecline',
	'gw.QosAppFrequencyLimit',
	'gw.QosAPIFrequencyLimit',
	'gw.QosRequestLimit',
	'gw.NoUsageLeftError',
];

/**
 * `gatewayRoot` (auth/credential-data.ts) as an n8n expression: the credential test is declarative,
 * so n8n resolves its URL from the credential's fields.
 */
const GATEWAY_ROOT_EXPRESSION = `={{ ($credentials.gatewayUrl || "${DEFAULT_GATEWAY_URL}").trim().replace(/\\/+$/, "").replace(/\\/openapi$/, "").replace(/\\/+$/, "") }}`;

/**
 * The credential's Test: one signed call through the same path and error table as the nodes,
 * so the credential test and the nodes agree on URLs and messages.
 */
export const credentialTest: ICredentialTestRequest = {
	request: {
		method: 'POST',
		baseURL: GATEWAY_ROOT_EXPRESSION,
		url: `=${apiPath(TEST_CALL, '{{$credentials.appKey}}')}`,
		// 401 must still throw so n8n renews the token and retries; every other reply is judged
		// by the rules below, which name 1688's code.
		ignoreHttpStatusErrors: { ignore: true, except: [401] },
	},
	rules: [
		...TEST_CODES.map((code) => {
			const { summary, next } = explainGatewayCode(code, apiLabel(TEST_CALL), '');
			return {
				type: 'responseSuccessBody' as const,
				properties: { key: 'error_code', value: code, message: `${summary} (${code}). ${next}` },
			};
		}),
		{
			type: 'responseSuccessBody',
			properties: {
				key: 'success',
				value: false,
				message:
					'1688 answered the test call with an error. Check the App Key, App Secret and authorization.',
			},
		},
	],
};
