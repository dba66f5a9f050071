/**
 * Neither platform publishes a request rate. One field report saw 1688 answer
 * `gw.QosAppFrequencyLimit` at 8 requests at once; 5 stays below that, and a rate limit halves it.
 */
export const DEFAULT_MAX_CONCURRENT_REQUESTS = 5;
export const MAX_CONCURRENT_REQUESTS = 20;

/** A whole number from 1 to MAX_CONCURRENT_REQUESTS; anything else (an empty option) is the default. */
export function concurrencyOption(value: unknown): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isFinite(n)) return DEFAULT_MAX_CONCURRENT_REQUESTS;
	return Math.min(MAX_CONCURRENT_REQUESTS, Math.max(1, Math.floor(n)));
}
