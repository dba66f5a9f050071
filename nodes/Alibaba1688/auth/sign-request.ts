import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { CredentialError } from '../../shared/auth/credential-error';
import type { AnyRequestOptions } from '../../shared/auth/request-params';
import {
	headerValue,
	normalizeParams,
	readFormBody,
	requestUrl,
	urlParams,
	withoutHeader,
	withSignedParams,
} from '../../shared/auth/request-params';
import { authorizationInstructions } from './authorization-url';
import { readCredentials } from './credential-data';
import { aopSignature, signingPath } from './signature';

/**
 * Set on a request (any value) for APIs that need no user authorization, such as
 * `alibaba.category.get`: the request is signed without an `access_token`. Removed before sending.
 */
export const APP_ONLY_CALL_HEADER = 'x-1688-app-only-call';

/**
 * The credential's `authenticate`: adds `access_token` and `_aop_timestamp` next to the business
 * parameters (in the form body when there is one, else the query), then signs everything that is
 * sent — parameters already in the URL, the query and the form body — with the official rule.
 * Idempotent: n8n applies it again to already-signed options when it retries after a refresh.
 */
export async function signAlibaba1688Request(
	data: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const options = requestOptions as AnyRequestOptions;
	const credentials = readCredentials(data);
	const url = requestUrl(options);
	const urlPath = signingPath(url);
	if (!urlPath) {
		throw new Error(
			`The 1688 credential signs only gateway API calls of the form {gatewayUrl}/openapi/param2/{version}/{namespace}/{apiName}/{appKey}; this URL is not one: ${url.split('?')[0]}`,
		);
	}
	let headers: IDataObject = { ...(options.headers ?? {}) };
	const withToken = headerValue(headers, APP_ONLY_CALL_HEADER) === undefined;
	headers = withoutHeader(headers, APP_ONLY_CALL_HEADER);
	if (withToken && !credentials.accessToken) {
		throw new CredentialError(
			`This 1688 credential is not authorized yet. ${authorizationInstructions(credentials)}`,
		);
	}

	const rawForm = readFormBody(options, headers);
	const form = rawForm && normalizeParams(rawForm, '_aop_signature');
	const query = normalizeParams(options.qs, '_aop_signature');
	const target = form ?? query;
	target._aop_timestamp = String(Date.now());
	if (withToken) target.access_token = credentials.accessToken;
	target._aop_signature = aopSignature(
		urlPath,
		{ ...urlParams(url, '_aop_signature'), ...query, ...(form ?? {}) },
		credentials.appSecret,
	);
	return withSignedParams(options, headers, query, form);
}
