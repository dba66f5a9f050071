const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

function isLoopback(hostname: string): boolean {
	return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function tryParseUrl(text: string): URL | undefined {
	try {
		return new URL(text);
	} catch {
		return undefined;
	}
}

/**
 * Validates a base URL from a credential field and returns it without trailing slashes.
 * Tokens and secrets travel in these requests, so plain `http://` is accepted only for loopback
 * (the local sandbox or a local proxy).
 */
export function normalizeBaseUrl(
	raw: unknown,
	fieldName: string,
	fallback: string,
	makeError: (message: string) => Error = (message) => new Error(message),
): string {
	const text = typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : fallback;
	const url = tryParseUrl(text);
	if (!url) throw makeError(`The credential's "${fieldName}" is not a valid URL: "${text}".`);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
		throw makeError(
			`The credential's "${fieldName}" must use https:// (plain http:// is allowed only for localhost, such as the local sandbox): "${text}".`,
		);
	}
	return text.replace(/\/+$/, '');
}
