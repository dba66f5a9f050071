/**
 * Removes every known secret (app secret, tokens, codes) from text that may reach a user: error
 * messages built from platform replies or from HTTP client errors whose URL carries the secrets.
 */
export function redact(text: string, secrets: unknown[]): string {
	let result = text;
	for (const secret of secrets) {
		if (typeof secret === 'string' && secret.length >= 4) {
			result = result.split(secret).join('[redacted]');
			result = result.split(encodeURIComponent(secret)).join('[redacted]');
		}
	}
	return result;
}
