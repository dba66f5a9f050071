/**
 * Runs `work` once for concurrent callers with the same key: they share its result. n8n gives a
 * credential's `preAuthentication` no lock, so executions that find the same expired token at the
 * same time would each refresh it; with a rotating refresh token (Mogujie) all but one would fail.
 */
const inFlight = new Map<string, Promise<unknown>>();

export async function singleFlight<T>(key: string, work: () => Promise<T>): Promise<T> {
	const running = inFlight.get(key) as Promise<T> | undefined;
	if (running) return await running;
	const promise = work().finally(() => inFlight.delete(key));
	inFlight.set(key, promise);
	return await promise;
}

/** Concurrent renewals of the same credential grant (same platform, app and code or refresh token). */
export function renewalKey(platform: string, data: Record<string, unknown>): string {
	const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
	return [
		platform,
		text(data.gatewayUrl),
		text(data.oauthUrl),
		text(data.appKey),
		text(data.authorizationCode) || text(data.refreshToken),
	].join('\n');
}
