import type {
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';

export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

export interface FullResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

/** The stored credential as n8n resolves it now (n8n reads it from its database on every call). */
export async function storedCredentials(
	this: RequestContext,
	credentialType: string,
): Promise<ICredentialDataDecryptedObject> {
	return await this.getCredentials(credentialType);
}

/**
 * Sends a request through n8n with the credential's `preAuthentication` and signing, using exactly
 * the credential data given (so the caller knows which tokens it sent). With `renew`, the expirable
 * `session` is emptied, so n8n renews the token, stores it in the credential, and signs this
 * request with the new one (n8n's supported way to force it).
 */
export async function sendSigned(
	this: RequestContext,
	credentialType: string,
	request: IHttpRequestOptions,
	credentials: ICredentialDataDecryptedObject,
	renew: boolean,
): Promise<FullResponse> {
	const stored = this.getNode().credentials?.[credentialType];
	return (await this.helpers.httpRequestWithAuthentication.call(this, credentialType, request, {
		credentialsDecrypted: {
			id: stored?.id ?? '',
			name: stored?.name ?? '',
			type: credentialType,
			// n8n merges renewed tokens into this object: a copy keeps `credentials` as sent.
			data: { ...credentials, ...(renew ? { session: '' } : {}) },
		},
	})) as FullResponse;
}
