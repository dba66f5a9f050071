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
 * The code of the body 1688 answers with HTTP 401 when the user's token is missing, expired or
 * revoked (1688.md §4.2 and simulator checklist item 3; clients key on `error_code == "401"` with the
 * exception "Request need user authorized"; sandbox/alibaba1688/errors.js answers the same):
 * `{"error_code":"401","error_message":"Request need user authorized","exception":"Request need
 * user authorized","request_id":"…"}`. No gateway (`gw.`) code for a token is on record.
 */
const TOKEN_REFUSED_CODE = '401';

/** What the nodes say of a refused token (gateway-errors.ts): authorize the credential again. */
const TOKEN_REFUSED = explainGatewayCode(TOKEN_REFUSED_CODE, apiLabel(TEST_CALL), '');

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
		// n8n 2.x: 401 still throws, so n8n renews the token and retries; every other reply is
		// judged by the rules below, which name 1688's code. n8n 1.x reads this option as a boolean
		// and lets every reply through, the 401 too: then its body meets the rules.
		ignoreHttpStatusErrors: { ignore: true, except: [401] },
	},
	// Both kinds of rule in one list: n8n's type wants one kind per list, but its credential tester
	// (1.x and 2.x alike) checks each rule's own type, `responseCode` ones on a thrown reply and
	// `responseSuccessBody` ones on a returned body.
	rules: [
		// n8n 2.x: n8n renewed the token and retried, and 1688 refused the new one too. The nodes say
		// the same then.
		{
			type: 'responseCode',
			properties: {
				value: 401,
				message: `${TOKEN_REFUSED.summary} (401). ${TOKEN_REFUSED.next}`,
			},
		},
		// n8n 1.x: the 401 reply itself, for the stored token, which nothing renewed first.
		{
			type: 'responseSuccessBody',
			properties: {
				key: 'error_code',
				value: TOKEN_REFUSED_CODE,
				message: `1688 refused the access token (401). ${TOKEN_REFUSED.next}`,
			},
		},
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
	] as ICredentialTestRequest['rules'],
};
