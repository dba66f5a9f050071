// 1688's transport contract: every node, trigger, editor list and the credential test reach 1688
// through these functions, so the URL, signing, paging, retries and error messages are the same
// everywhere.
import type { IDataObject } from 'n8n-workflow';

import type { PagedList, PagingOptions } from '../../shared/transport/paginate';
import { fetchAllPages } from '../../shared/transport/paginate';
import type { RequestContext } from '../../shared/transport/context';
import { credentialsInUse } from '../../shared/transport/credential-cache';
import type { PlatformRequest } from '../../shared/transport/platform-request';
import { platformRequest } from '../../shared/transport/platform-request';
import { CREDENTIAL_TYPE, readCredentials, secretsOf } from '../auth/credential-data';
import { APP_ONLY_CALL_HEADER } from '../auth/sign-request';
import { toParamString } from '../auth/signature';
import type { MultipartFile } from '../../shared/helpers/multipart';
import { multipartBody } from '../../shared/helpers/multipart';
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
	/** A file part, sent multipart and left out of the signature (uploadRefundVoucher's imageData). */
	file?: MultipartFile;
	/** For a write with an idempotency key: how to find out whether a lost write was carried out. */
	verifyWrite?: PlatformRequest['verifyWrite'];
	timeoutMs?: number;
}

/** How 1688 names an API in its docs and messages: `namespace:apiName-version`. */
export function apiLabel(call: Pick<ApiCall, 'namespace' | 'apiName' | 'version'>): string {
	return `${call.namespace}:${call.apiName}-${call.version ?? 1}`;
}

/**
 * The path of an API under the gateway root: `/openapi/param2/{version}/{namespace}/{apiName}/{appKey}`.
 * `appKey` is inserted as given, so the credential test can pass an expression.
 */
export function apiPath(
	call: Pick<ApiCall, 'namespace' | 'apiName' | 'version'>,
	appKey: string,
): string {
	return `/openapi/param2/${call.version ?? 1}/${call.namespace}/${call.apiName}/${appKey}`;
}

/**
 * Calls one 1688 API, signed, and returns its parsed reply, or throws a NodeApiError a user can act on.
 * `onRetry` is told before each retry (a pager sends fewer pages at once after a rate limit).
 */
export async function alibaba1688ApiRequest(
	this: RequestContext,
	call: ApiCall,
	onRetry?: PlatformRequest['onRetry'],
): Promise<IDataObject> {
	// the node run's credential data: read from n8n once, not for every page
	const credentials = readCredentials(await credentialsInUse.call(this, CREDENTIAL_TYPE));
	const api = apiLabel(call);
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(call.params ?? {})) {
		if (value !== undefined && value !== null) body[key] = toParamString(value);
	}
	const timeoutMs = call.timeoutMs ?? 60_000;
	return await platformRequest.call(this, {
		platform: '1688',
		api,
		credentialType: CREDENTIAL_TYPE,
		url: `${credentials.gatewayUrl}${apiPath(call, encodeURIComponent(credentials.appKey))}`,
		form: body,
		multipart: call.file ? multipartBody(call.file) : undefined,
		headers: call.requiresAuth === false ? { [APP_ONLY_CALL_HEADER]: '1' } : undefined,
		classify: (reply) => classifyResponse(api, reply.statusCode, reply.contentType, reply.text),
		retry: call.retry,
		verifyWrite: call.verifyWrite,
		timeoutMs,
		secrets: secretsOf(credentials),
		onRetry,
	});
}

/** Every page of a 1688 list API (pages start at 1), up to `options.limit` items. */
export async function alibaba1688ApiPages(
	this: RequestContext,
	list: PagedList<ApiCall>,
	options: PagingOptions = {},
): Promise<IDataObject[]> {
	return await fetchAllPages(
		async (call, onRetry) => await alibaba1688ApiRequest.call(this, call, onRetry),
		list,
		options,
	);
}
