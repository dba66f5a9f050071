/**
 * A problem with the credential itself (not authorized, refused code or refresh token, token
 * endpoint unreachable). Its message already names 1688's code and the next step; the transport
 * passes it through as is and never retries it.
 */
export class Alibaba1688CredentialError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'Alibaba1688CredentialError';
	}
}

export function isCredentialError(error: unknown): error is Error {
	const candidates = [error, (error as { cause?: unknown } | undefined)?.cause];
	return candidates.some((e) => e instanceof Error && e.name === 'Alibaba1688CredentialError');
}
