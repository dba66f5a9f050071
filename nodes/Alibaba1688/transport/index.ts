import type { IDataObject } from 'n8n-workflow';

import { CREDENTIAL_TYPE, readCredentials, secretsOf } from '../auth/credential-data';
import { APP_ONLY_CALL_HEADER } from '../auth/sign-request';
import { toParamString } from '../auth/signature';
import type { RequestContext } from '../../shared/transport/send-through-credential';
import { credentialsInUse } from '../../shared/transport/send-through-credential';
import type { SignedRequest } from '../../shared/transport/platform-request';
import { signedRequest } from '../../shared/transport/platform-request';
import { bodyText } from '../../shared/helpers/text';
import { classifyResponse } from './classify-response';

/** 1688's list APIs serve at most 50 rows a page. */
export const MAX_PAGE_SIZE = 50;

export interface ApiCall {
	namespace: string;
	apiName: string;
	version?: number;
	/** Business parameters; objects and arrays are sent as JSON strings. */
	params?: IDataObject;
	/** Send and sign the user's `access_token` (default true). */
	requiresAuth?: boolean;
	/**
	 * `safe`: retry rate limits, gateway failures and dropped connections with backoff (reads).
	 * `never`: a write; it is sent once (plus one re-signed send if the token was refused first,
	 * which the gateway does before the API runs).
	 */
	retry: 'safe' | 'never';
	timeoutMs?: number;
}

/**
 * Calls one 1688 API, signed, and returns its parsed reply, or throws a NodeApiError a user can act on.
 * `onRetry` is told before each retry (a pager sends fewer pages at once after a rate limit).
 */
export async function alibaba1688ApiRequest(
	this: RequestContext,
	call: ApiCall,
	onRetry?: SignedRequest['onRetry'],
): Promise<IDataObject> {
	// the node run's credential data: read from n8n once, not for every page
	const credentials = readCredentials(await credentialsInUse.call(this, CREDENTIAL_TYPE));
	const api = `${call.namespace}:${call.apiName}-${call.version ?? 1}`;
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(call.params ?? {})) {
		if (value !== undefined && value !== null) body[key] = toParamString(value);
	}
	const timeoutMs = call.timeoutMs ?? 60_000;
	return await signedRequest.call(this, {
		platform: '1688',
		api,
		credentialType: CREDENTIAL_TYPE,
		build: () => ({
			method: 'POST',
			url: `${credentials.gatewayUrl}/openapi/param2/${call.version ?? 1}/${call.namespace}/${call.apiName}/${encodeURIComponent(credentials.appKey)}`,
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				...(call.requiresAuth === false ? { [APP_ONLY_CALL_HEADER]: '1' } : {}),
			},
			body: { ...body },
			encoding: 'text',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: timeoutMs,
		}),
		classify: (response) =>
			classifyResponse(
				api,
				response.statusCode,
				String(response.headers?.['content-type'] ?? ''),
				bodyText(response.body),
			),
		retry: call.retry,
		timeoutMs,
		secrets: secretsOf(credentials),
		onRetry,
	});
}
