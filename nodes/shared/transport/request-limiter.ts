import { concurrencyOption, DEFAULT_MAX_CONCURRENT_REQUESTS } from '../helpers/concurrency';

export type RetryReason = 'transient' | 'rateLimit';

export interface RequestLimiter {
	/** Runs `task` once a slot is free; tasks start in the order they were given. */
	run<T>(task: () => Promise<T>): Promise<T>;
	/** Halves how many tasks may run at once, never below one; running tasks go on, new ones wait. */
	backOff(): void;
	/** How many tasks may run at once now. */
	limit(): number;
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
