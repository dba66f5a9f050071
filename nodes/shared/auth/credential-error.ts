/**
 * A problem with the credential itself (not authorized, refused code or refresh token, token
 * endpoint unreachable, bad endpoint URL). Its message already names the platform's code and the
 * next step; transports pass it through as is and never retry it.
 */
export class CredentialError extends Error {
	/**
	 * The token endpoint refused the stored code or refresh token. Another execution (or another
	 * n8n process) may just have spent it and stored newer tokens, so this one is worth a re-read.
	 */
	readonly grantRefused: boolean;

	constructor(message: string, options: { grantRefused?: boolean } = {}) {
		super(message);
		this.name = 'CredentialError';
		this.grantRefused = options.grantRefused ?? false;
	}
}

function credentialErrorIn(error: unknown): CredentialError | undefined {
	const candidates = [error, (error as { cause?: unknown } | undefined)?.cause];
	return candidates.find(
		(e): e is CredentialError => e instanceof Error && e.name === 'CredentialError',
	);
}

/** Also true when n8n wrapped it (n8n wraps errors of `preAuthentication`/`authenticate` in a NodeApiError). */
export function isCredentialError(error: unknown): error is Error {
	return credentialErrorIn(error) !== undefined;
}

/** Whether the platform refused the stored grant (code or refresh token), however n8n wrapped it. */
export function isGrantRefused(error: unknown): boolean {
	return credentialErrorIn(error)?.grantRefused === true;
}
