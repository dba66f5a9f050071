import type {
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

/**
 * Sends a request through n8n with the credential's `preAuthentication` and signing. With `renew`,
 * hands n8n the credential with its expirable `session` emptied, so n8n renews the token, stores it
 * in the credential, and signs this request with the new one (n8n's supported way to force it).
 */
export async function sendSigned(
	this: RequestContext,
	credentialType: string,
	request: IHttpRequestOptions,
	renew: boolean,
): Promise<FullResponse> {
	if (!renew) {
		return (await this.helpers.httpRequestWithAuthentication.call(
			this,
			credentialType,
			request,
		)) as FullResponse;
	}
	const credentials = await this.getCredentials(credentialType);
	const stored = this.getNode().credentials?.[credentialType];
	return (await this.helpers.httpRequestWithAuthentication.call(this, credentialType, request, {
		credentialsDecrypted: {
			id: stored?.id ?? '',
			name: stored?.name ?? '',
			type: credentialType,
			data: { ...credentials, session: '' },
		},
	})) as FullResponse;
}
