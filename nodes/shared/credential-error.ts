/**
 * A problem with the credential itself (not authorized, refused code or refresh token, token
 * endpoint unreachable, bad endpoint URL). Its message already names the platform's code and the
 * next step; transports pass it through as is and never retry it.
 */
export class CredentialError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'CredentialError';
	}
}

/** Also true when n8n wrapped it (n8n wraps errors of `preAuthentication`/`authenticate` in a NodeApiError). */
export function isCredentialError(error: unknown): error is Error {
	const candidates = [error, (error as { cause?: unknown } | undefined)?.cause];
	return candidates.some((e) => e instanceof Error && e.name === 'CredentialError');
}
