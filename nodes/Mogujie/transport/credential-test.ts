import type { ICredentialTestRequest } from 'n8n-workflow';

import { DEFAULT_GATEWAY_URL } from '../auth/credential-data';
import { explainStatus, CREDENTIAL_TEST_CODES } from './status-codes';

/** The call the credential test makes: one on-sale item, the cheapest read a shop always has. */
export const TEST_METHOD = 'xiaodian.item.onsale.get';

const REAUTHORIZE = 'Authorize the credential again: paste a new authorization code.';

/** The gateway URL the nodes use (trailing slashes dropped), as an n8n expression. */
const GATEWAY_EXPRESSION = `={{ ($credentials.gatewayUrl || "${DEFAULT_GATEWAY_URL}").trim().replace(/\\/+$/, "") }}`;

/**
 * The credential's Test: one signed call to the same gateway URL as the nodes, judged by the same
 * status-code table, so the credential test and the nodes say the same thing.
 */
export const credentialTest: ICredentialTestRequest = {
	request: {
		method: 'POST',
		url: GATEWAY_EXPRESSION,
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: { method: TEST_METHOD, isShelf: '0', page: '1', pageSize: '1' },
	},
	rules: Object.entries(CREDENTIAL_TEST_CODES).map(([code, msg]) => ({
		type: 'responseSuccessBody' as const,
		properties: {
			key: 'status.code',
			value: code,
			message: explainStatus(code, msg, TEST_METHOD, REAUTHORIZE).message,
		},
	})),
};
