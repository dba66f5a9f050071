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
	const stored = await this.getCredentials(credentialType);
	remember(this, credentialType, stored);
	return stored;
}

/**
 * Per node run, the credential data its last successful call was sent with (tokens renewed on the
 * way included), so that paging does not make n8n read and decrypt the credential from its
 * database for every page. A token the platform refuses sends the caller back to the stored one.
 */
const inUse = new WeakMap<RequestContext, Map<string, ICredentialDataDecryptedObject>>();

function remember(
	context: RequestContext,
	credentialType: string,
	data: ICredentialDataDecryptedObject,
): void {
	const byType = inUse.get(context) ?? new Map<string, ICredentialDataDecryptedObject>();
	byType.set(credentialType, data);
	inUse.set(context, byType);
}

/** The credential data this node run is using, read from n8n on its first call. */
export async function credentialsInUse(
	this: RequestContext,
	credentialType: string,
): Promise<ICredentialDataDecryptedObject> {
	return (
		inUse.get(this)?.get(credentialType) ?? (await storedCredentials.call(this, credentialType))
	);
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
