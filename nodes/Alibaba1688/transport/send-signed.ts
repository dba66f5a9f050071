import type {
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../auth/credential-data';

export type Alibaba1688Context = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

export interface FullResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

/**
 * Sends a request through n8n with the credential's `preAuthentication` and signing. With `renew`,
 * hands n8n the credential with its session emptied, so n8n renews the token, stores it in the
 * credential, and signs this request with the new one (n8n's supported way to force a renewal).
 */
export async function sendSigned(
	this: Alibaba1688Context,
	request: IHttpRequestOptions,
	renew: boolean,
): Promise<FullResponse> {
	if (!renew) {
		return (await this.helpers.httpRequestWithAuthentication.call(
			this,
			CREDENTIAL_TYPE,
			request,
		)) as FullResponse;
	}
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const stored = this.getNode().credentials?.[CREDENTIAL_TYPE];
	return (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, request, {
		credentialsDecrypted: {
			id: stored?.id ?? '',
			name: stored?.name ?? '',
			type: CREDENTIAL_TYPE,
			data: { ...credentials, session: '' },
		},
	})) as FullResponse;
}
