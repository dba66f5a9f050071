import { createHmac } from 'crypto';

/**
 * A parameter as it is signed and sent: objects and arrays travel as JSON strings
 * (the official SDKs serialise them so), everything else as its plain string form.
 */
export function toParamString(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'object' && value !== null) return JSON.stringify(value);
	return String(value);
}

/**
 * 1688's `_aop_signature`: HMAC-SHA1 keyed with the app secret over the URL path factor followed by
 * every `key + value` string, those strings sorted as a whole (not by key: see vector EX3), in
 * UTF-16 code-unit order like Java's `String.compareTo`; uppercase hex.
 */
export function aopSignature(
	urlPath: string,
	params: Record<string, unknown>,
	appSecret: string,
): string {
	const factors = Object.entries(params)
		.filter(([key, value]) => key !== '_aop_signature' && value !== undefined && value !== null)
		.map(([key, value]) => key + toParamString(value));
	factors.sort();
	return createHmac('sha1', appSecret)
		.update(urlPath + factors.join(''), 'utf8')
		.digest('hex')
		.toUpperCase();
}

const SIGNED_PATH = /\/(?:openapi|api)\/((?:param2|param|json2|json|xml2|xml|http)\/\d+\/[^?#]+)/;

/**
 * The URL path factor of a gateway URL: `param2/1/{namespace}/{apiName}/{appKey}`, i.e. what follows
 * `/openapi/` (or `/api/`) without the query. Anchored on the protocol segment so a proxy prefix
 * in the gateway URL does not change it.
 */
export function signingPath(url: string): string | undefined {
	const match = SIGNED_PATH.exec(url);
	return match ? decodeURIComponent(match[1]) : undefined;
}
