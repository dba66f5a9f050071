/**
 * Neither platform publishes a request rate. One field report saw 1688 answer
 * `gw.QosAppFrequencyLimit` at 8 requests at once; 5 stays below that, and a rate limit halves it.
 */
export const DEFAULT_MAX_CONCURRENT_REQUESTS = 5;
export const MAX_CONCURRENT_REQUESTS = 20;

export type RetryReason = 'transient' | 'rateLimit';

export interface RequestLimiter {
	/** Runs `task` once a slot is free; tasks start in the order they were given. */
	run<T>(task: () => Promise<T>): Promise<T>;
	/** Halves how many tasks may run at once, never below one; running tasks go on, new ones wait. */
	backOff(): void;
	/** How many tasks may run at once now. */
	limit(): number;
}

/** A whole number from 1 to MAX_CONCURRENT_REQUESTS; anything else (an empty option) is the default. */
export function concurrencyOption(value: unknown): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isFinite(n)) return DEFAULT_MAX_CONCURRENT_REQUESTS;
	return Math.min(MAX_CONCURRENT_REQUESTS, Math.max(1, Math.floor(n)));
}

export function createRequestLimiter(max = DEFAULT_MAX_CONCURRENT_REQUESTS): RequestLimiter {
	let allowed = concurrencyOption(max);
	let running = 0;
	const waiting: Array<() => void> = [];

	const startWaiting = () => {
		while (running < allowed && waiting.length > 0) {
			running++;
			waiting.shift()?.();
		}
	};

	return {
		async run<T>(task: () => Promise<T>): Promise<T> {
			if (running < allowed && waiting.length === 0) running++;
			// the slot is taken for us by startWaiting before we are woken
			else await new Promise<void>((resolve) => waiting.push(resolve));
			try {
				return await task();
			} finally {
				running--;
				startWaiting();
			}
		},
		backOff() {
			allowed = Math.max(1, Math.floor(allowed / 2));
		},
		limit: () => allowed,
	};
}
