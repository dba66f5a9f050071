import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { authorizationInstructions } from './authorization-url';
import { CredentialError } from '../../shared/credential-error';
import { readCredentials } from './credential-data';
import { aopSignature, signingPath, toParamString } from './signature';

/**
 * Set on a request (any value) for APIs that need no user authorization, such as
 * `alibaba.category.get`: the request is signed without an `access_token`. Removed before sending.
 */
export const APP_ONLY_CALL_HEADER = 'x-1688-app-only-call';

/** n8n's HTTP Request node still hands credentials the legacy request shape (`uri`, `form`). */
type AnyRequestOptions = IHttpRequestOptions & { uri?: string; form?: IDataObject };

function joinUrl(baseURL: string | undefined, url: string): string {
	if (!baseURL || /^https?:\/\//i.test(url)) return url;
	return `${baseURL.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

function headerValue(headers: IDataObject, name: string): string | undefined {
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	return key === undefined ? undefined : String(headers[key]);
}

function withoutHeader(headers: IDataObject, name: string): IDataObject {
	return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== name));
}

function isPlainObject(value: unknown): value is IDataObject {
	return (
		value !== null &&
		typeof value === 'object' &&
		!Array.isArray(value) &&
		!Buffer.isBuffer(value) &&
		Object.getPrototypeOf(value) === Object.prototype
	);
}

/** Values as they are signed and sent; `null`/`undefined` are neither (as in the official SDKs). */
function normalizeParams(params: IDataObject | undefined): Record<string, string> {
	const result: Record<string, string> = {};
	for (const [key, value] of Object.entries(params ?? {})) {
		if (key !== '_aop_signature' && value !== undefined && value !== null) {
			result[key] = toParamString(value);
		}
	}
	return result;
}

/** A form-urlencoded body, wherever this request carries one; undefined for JSON, multipart or none. */
function readFormBody(
	options: AnyRequestOptions,
	headers: IDataObject,
): Record<string, string> | undefined {
	if (isPlainObject(options.form)) return normalizeParams(options.form);
	const body = options.body;
	const isForm = /application\/x-www-form-urlencoded/i.test(
		headerValue(headers, 'content-type') ?? '',
	);
	if (body instanceof URLSearchParams) return normalizeParams(Object.fromEntries(body));
	if (isForm && typeof body === 'string')
		return normalizeParams(Object.fromEntries(new URLSearchParams(body)));
	if (isForm && isPlainObject(body)) return normalizeParams(body);
	return undefined;
}

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
	const url = joinUrl(options.baseURL, options.url ?? options.uri ?? '');
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

	const form = readFormBody(options, headers);
	const query = normalizeParams(options.qs);
	const system: Record<string, string> = { _aop_timestamp: String(Date.now()) };
	if (withToken) system.access_token = credentials.accessToken;
	const target = form ?? query;
	Object.assign(target, system);

	const inUrl = Object.fromEntries(new URL(url).searchParams);
	delete inUrl._aop_signature;
	const signature = aopSignature(
		urlPath,
		{ ...inUrl, ...query, ...(form ?? {}) },
		credentials.appSecret,
	);
	target._aop_signature = signature;

	const signed: AnyRequestOptions = { ...options, headers, qs: query };
	if (form && isPlainObject(options.form)) {
		signed.form = form;
	} else if (form) {
		signed.body = form;
		signed.headers = {
			...withoutHeader(headers, 'content-type'),
			'content-type': 'application/x-www-form-urlencoded',
		};
	}
	return signed;
}
