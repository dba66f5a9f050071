import {
	concurrencyOption,
	DEFAULT_MAX_CONCURRENT_REQUESTS,
	MAX_CONCURRENT_REQUESTS,
} from '../../../nodes/shared/helpers/concurrency';
import { createRequestLimiter } from '../../../nodes/shared/transport/request-limiter';

/** A task that runs until released, recording when it started. */
function gate() {
	const started: number[] = [];
	const release = new Map<number, () => void>();
	const task = (id: number) => async () => {
		started.push(id);
		await new Promise<void>((resolve) => release.set(id, resolve));
		return id;
	};
	return { started, task, release: (id: number) => release.get(id)?.() };
}

const flush = async () => {
	for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('createRequestLimiter', () => {
	it('runs at most the limit at once, starting tasks in the order given', async () => {
		const limiter = createRequestLimiter(2);
		const g = gate();
		const results = [1, 2, 3, 4, 5].map((id) => limiter.run(g.task(id)));
		await flush();
		expect(g.started).toEqual([1, 2]);
		g.release(2);
		await flush();
		expect(g.started).toEqual([1, 2, 3]);
		g.release(1);
		g.release(3);
		await flush();
		expect(g.started).toEqual([1, 2, 3, 4, 5]);
		g.release(4);
		g.release(5);
		expect(await Promise.all(results)).toEqual([1, 2, 3, 4, 5]);
	});

	it('backOff halves the limit, never below 1; running tasks go on and new ones wait', async () => {
		const limiter = createRequestLimiter(5);
		const g = gate();
		const results = [1, 2, 3, 4, 5, 6, 7].map((id) => limiter.run(g.task(id)));
		await flush();
		expect(g.started).toEqual([1, 2, 3, 4, 5]);
		limiter.backOff();
		expect(limiter.limit()).toBe(2);
		g.release(1);
		g.release(2);
		g.release(3);
		await flush();
		expect(g.started).toHaveLength(5);
		g.release(4);
		await flush();
		expect(g.started).toEqual([1, 2, 3, 4, 5, 6]);
		limiter.backOff();
		limiter.backOff();
		expect(limiter.limit()).toBe(1);
		g.release(5);
		await flush();
		expect(g.started).toHaveLength(6);
		g.release(6);
		await flush();
		expect(g.started).toEqual([1, 2, 3, 4, 5, 6, 7]);
		g.release(7);
		await Promise.all(results);
	});

	it('frees the slot of a task that fails', async () => {
		const limiter = createRequestLimiter(1);
		await expect(limiter.run(async () => await Promise.reject(new Error('x')))).rejects.toThrow(
			'x',
		);
		expect(await limiter.run(async () => await Promise.resolve('next'))).toBe('next');
	});
});

describe('concurrencyOption', () => {
	it('is a whole number from 1 to the maximum, the default when unset', () => {
		expect(concurrencyOption(undefined)).toBe(DEFAULT_MAX_CONCURRENT_REQUESTS);
		expect(concurrencyOption('')).toBe(DEFAULT_MAX_CONCURRENT_REQUESTS);
		expect(concurrencyOption(Number.NaN)).toBe(DEFAULT_MAX_CONCURRENT_REQUESTS);
		expect(concurrencyOption(3)).toBe(3);
		expect(concurrencyOption('4')).toBe(4);
		expect(concurrencyOption(2.7)).toBe(2);
		expect(concurrencyOption(0)).toBe(1);
		expect(concurrencyOption(-3)).toBe(1);
		expect(concurrencyOption(1000)).toBe(MAX_CONCURRENT_REQUESTS);
	});
});
