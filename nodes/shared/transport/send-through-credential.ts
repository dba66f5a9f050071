import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import type { FullResponse, RequestContext } from './context';
import { remember } from './credential-cache';

/**
 * Sends a request through n8n, which runs the credential's `preAuthentication` (token renewal) and
 * `authenticate` (signing) on it, with exactly the credential data given (so the caller knows
 * which tokens it sent). With `renew`, the expirable
 * `session` is emptied, so n8n renews the token, stores it in the credential, and signs this
 * request with the new one (n8n's supported way to force it).
 */
export async function sendThroughCredential(
	this: RequestContext,
	credentialType: string,
	request: IHttpRequestOptions,
	credentials: ICredentialDataDecryptedObject,
	renew: boolean,
): Promise<FullResponse> {
	const stored = this.getNode().credentials?.[credentialType];
	// n8n merges renewed tokens into this object: a copy keeps `credentials` as the caller read it.
	const data = { ...credentials, ...(renew ? { session: '' } : {}) };
	const response = (await this.helpers.httpRequestWithAuthentication.call(
		this,
		credentialType,
		request,
		{
			credentialsDecrypted: {
				id: stored?.id ?? '',
				name: stored?.name ?? '',
				type: credentialType,
				data,
			},
		},
	)) as FullResponse;
	remember(this, credentialType, data);
	return response;
}
