import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

/** n8n's HTTP Request node still hands credentials the legacy request shape (`uri`, `form`). */
export type AnyRequestOptions = IHttpRequestOptions & { uri?: string; form?: IDataObject };

export function requestUrl(options: AnyRequestOptions): string {
	const url = options.url ?? options.uri ?? '';
	if (!options.baseURL || /^https?:\/\//i.test(url)) return url;
	return `${options.baseURL.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

export function headerValue(headers: IDataObject, name: string): string | undefined {
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	return key === undefined ? undefined : String(headers[key]);
}

export function withoutHeader(headers: IDataObject, name: string): IDataObject {
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

/**
 * Parameters as they are signed and sent: objects and arrays as JSON text, everything else as its
 * string form; `null`/`undefined` (and, with `dropEmpty`, "") are neither sent nor signed. The
 * signature field itself is dropped so signing twice gives the same result.
 */
export function normalizeParams(
	params: IDataObject | undefined,
	signatureField: string,
	dropEmpty = false,
): Record<string, string> {
	const result: Record<string, string> = {};
	for (const [key, value] of Object.entries(params ?? {})) {
		if (key === signatureField || value === undefined || value === null) continue;
		const text =
			typeof value === 'string'
				? value
				: typeof value === 'object'
					? JSON.stringify(value)
					: String(value);
		if (dropEmpty && text === '') continue;
		result[key] = text;
	}
	return result;
}

/** The form-urlencoded body a request carries (`form`, URLSearchParams, text or an object), else undefined. */
export function readFormBody(
	options: AnyRequestOptions,
	headers: IDataObject,
): IDataObject | undefined {
	if (isPlainObject(options.form)) return options.form;
	const body = options.body;
	const isForm = /application\/x-www-form-urlencoded/i.test(
		headerValue(headers, 'content-type') ?? '',
	);
	if (body instanceof URLSearchParams) return Object.fromEntries(body);
	if (isForm && typeof body === 'string') return Object.fromEntries(new URLSearchParams(body));
	if (isForm && isPlainObject(body)) return body;
	return undefined;
}

/** The parameters already written into the URL itself. */
export function urlParams(url: string, signatureField: string): Record<string, string> {
	const params = Object.fromEntries(new URL(url).searchParams);
	delete params[signatureField];
	return params;
}

/** The options to send: the signed query, and the signed form body where the request had one. */
export function withSignedParams(
	options: AnyRequestOptions,
	headers: IDataObject,
	query: Record<string, string>,
	form: Record<string, string> | undefined,
): IHttpRequestOptions {
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
