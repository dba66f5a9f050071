import type { IDataObject } from 'n8n-workflow';

import type { PagedList, SendPage } from '../../../nodes/shared/transport/paginate';
import {
	fetchAllPages,
	fetchAllPagesOfEach,
	PagingStopped,
} from '../../../nodes/shared/transport/paginate';
import { createRequestLimiter } from '../../../nodes/shared/transport/request-limiter';

interface Call {
	list: string;
	page: number;
	pageSize: number;
}

type Reason = 'transient' | 'rateLimit';

/** What a page does before it answers: wait some microtask turns, ask for retries, fail, or reply otherwise. */
interface PagePlan {
	turns?: number;
	retries?: Reason[];
	/** more turns after the retries, so the page stays in flight while others could start */
	turnsAfterRetry?: number;
	fail?: Error;
	reply?: (call: Call) => IDataObject;
}

const rows = (count: number, prefix = 'o') =>
	Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}` }));

const turns = async (n: number) => {
	for (let i = 0; i < n; i++) await Promise.resolve();
};

/** No list here needs more requests: a pager regression that never ends fails instead of hanging. */
const RUNAWAY_REQUESTS = 1_000;

/** A fake platform: serves `data` a page at a time, counts what is in flight, never uses a clock. */
function fakePlatform(data: IDataObject[], plan: (call: Call) => PagePlan = () => ({})) {
	const calls: Call[] = [];
	/** what happened, in order, with the number of calls in flight just after */
	const events: Array<{ kind: 'start' | 'end' | 'retry'; page: number; inFlight: number }> = [];
	let inFlight = 0;
	let maxInFlight = 0;
	const send: SendPage<Call> = async (call, onRetry) => {
		calls.push(call);
		if (calls.length > RUNAWAY_REQUESTS) {
			throw new Error(`Runaway pager: ${calls.length} requests, the last for page ${call.page}`);
		}
		inFlight++;
		maxInFlight = Math.max(maxInFlight, inFlight);
		events.push({ kind: 'start', page: call.page, inFlight });
		try {
			const p = plan(call);
			// default: later pages of a batch often answer first
			await turns(p.turns ?? ((call.page * 7) % 5) * 3 + 1);
			for (const reason of p.retries ?? []) {
				events.push({ kind: 'retry', page: call.page, inFlight });
				onRetry(reason);
				await turns(p.turnsAfterRetry ?? 40);
			}
			if (p.fail) throw p.fail;
			if (p.reply) return p.reply(call);
			const start = (call.page - 1) * call.pageSize;
			return { rows: data.slice(start, start + call.pageSize), total: data.length };
		} finally {
			inFlight--;
			events.push({ kind: 'end', page: call.page, inFlight });
		}
	};
	/**
	 * The most calls in flight at any start after the `nth` retry, once the calls sent before it
	 * have drained to `limit` (they may finish; none may be added above the limit).
	 */
	const peakAfterRetry = (nth: number, limit: number) => {
		const retry = events.map((e, i) => (e.kind === 'retry' ? i : -1)).filter((i) => i >= 0)[nth];
		const drained = events.findIndex((e, i) => i > retry && e.inFlight <= limit);
		const starts = events.slice(drained).filter((e) => e.kind === 'start');
		return { starts: starts.length, peak: Math.max(...starts.map((e) => e.inFlight)) };
	};
	return {
		send,
		calls,
		events,
		peakAfterRetry,
		pages: () => calls.map((c) => c.page),
		maxInFlight: () => maxInFlight,
		inFlight: () => inFlight,
	};
}

const listOf = (name = 'a', extra: Partial<PagedList<Call>> = {}): PagedList<Call> => ({
	request: (page, pageSize) => ({ list: name, page, pageSize }),
	items: (body) => (body.rows as IDataObject[]) ?? [],
	total: (body) => body.total as number | undefined,
	maxPageSize: 50,
	...extra,
});

const sorted = (pages: number[]) => [...pages].sort((a, b) => a - b);
const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('fetchAllPages', () => {
	it('Return All: the platform order, each page once, several at once but never more than the limit', async () => {
		const data = rows(1130);
		for (const max of [1, 2, 3, 5, 7]) {
			const platform = fakePlatform(data);
			const items = await fetchAllPages(platform.send, listOf(), {
				limiter: createRequestLimiter(max),
			});
			expect(items).toEqual(data);
			expect(platform.pages()[0]).toBe(1);
			expect(sorted(platform.pages())).toEqual(range(1, 23));
			expect(platform.maxInFlight()).toBe(max);
			expect(platform.inFlight()).toBe(0);
		}
	});

	it('ends when a gateway without a total keeps answering the same full page', async () => {
		const page = rows(50);
		const platform = fakePlatform([], () => ({ reply: () => ({ rows: page }) }));
		const items = await fetchAllPages(platform.send, listOf('a', { idOf: (i) => i.id as string }));
		expect(items).toEqual(page);
		expect(platform.pages()).toEqual([1, 2]);
	});

	it('asks page 1 alone first: the rest is planned from the total it reports', async () => {
		const platform = fakePlatform(rows(300));
		await fetchAllPages(platform.send, listOf(), { limiter: createRequestLimiter(5) });
		expect(platform.events.slice(0, 3)).toEqual([
			{ kind: 'start', page: 1, inFlight: 1 },
			{ kind: 'end', page: 1, inFlight: 0 },
			{ kind: 'start', page: 2, inFlight: 1 },
		]);
	});

	it('defaults to 5 at once', async () => {
		const platform = fakePlatform(rows(1000));
		await fetchAllPages(platform.send, listOf());
		expect(platform.maxInFlight()).toBe(5);
	});

	it('a Limit requests only the pages it needs, with a page size no larger than the limit', async () => {
		const data = rows(1000);
		const cases: Array<[number, number[], number]> = [
			[7, [1], 7],
			[50, [1], 50],
			[100, [1, 2], 50],
			[120, [1, 2, 3], 50],
			[1000, range(1, 20), 50],
			[5000, range(1, 20), 50],
		];
		for (const [limit, pages, pageSize] of cases) {
			const platform = fakePlatform(data);
			const items = await fetchAllPages(platform.send, listOf(), { limit });
			expect(items).toEqual(data.slice(0, limit));
			expect(sorted(platform.pages())).toEqual(pages);
			expect(platform.calls.every((c) => c.pageSize === pageSize)).toBe(true);
		}
	});

	it('after a retry, sends fewer at once: 5 → 2 → 1, never below 1, each page still once and in order', async () => {
		const data = rows(2000);
		const limiter = createRequestLimiter(5);
		const platform = fakePlatform(data, (call) =>
			call.page === 4 ? { retries: ['rateLimit'] } : {},
		);
		const items = await fetchAllPages(platform.send, listOf(), { limiter });
		expect(items).toEqual(data);
		expect(sorted(platform.pages())).toEqual(range(1, 40));
		expect(limiter.limit()).toBe(2);
		expect(platform.maxInFlight()).toBe(5);
		const after = platform.peakAfterRetry(0, 2);
		expect(after.starts).toBeGreaterThan(10);
		expect(after.peak).toBe(2);

		const twice = createRequestLimiter(5);
		const again = fakePlatform(data, (call) =>
			call.page === 3 || call.page === 9 ? { retries: ['rateLimit', 'transient'] } : {},
		);
		expect(await fetchAllPages(again.send, listOf(), { limiter: twice })).toEqual(data);
		expect(twice.limit()).toBe(1);
		expect(sorted(again.pages())).toEqual(range(1, 40));
		const afterBoth = again.peakAfterRetry(1, 1);
		expect(afterBoth.starts).toBeGreaterThan(10);
		expect(afterBoth.peak).toBe(1);
	});

	it('a page that comes back short before the reported total ends the list there, in order, without later pages', async () => {
		const data = rows(500);
		for (const shortRows of [20, 0]) {
			const platform = fakePlatform(data, (call) => {
				if (call.page === 4) {
					// the list shrank while it was read
					return { reply: () => ({ rows: data.slice(150, 150 + shortRows), total: 500 }) };
				}
				if (call.page > 4)
					return { reply: () => ({ rows: rows(50, `late${call.page}-`), total: 500 }) };
				return {};
			});
			const items = await fetchAllPages(platform.send, listOf(), {
				limiter: createRequestLimiter(5),
			});
			expect(items).toEqual(data.slice(0, 150 + shortRows));
			expect(new Set(platform.pages()).size).toBe(platform.pages().length);
			expect(platform.inFlight()).toBe(0);
		}
	});

	it('a page saying there is no next page ends the list', async () => {
		const data = rows(500);
		const platform = fakePlatform(data, (call) =>
			call.page === 2
				? { reply: () => ({ rows: data.slice(50, 100), total: 500, more: false }) }
				: {},
		);
		const items = await fetchAllPages(
			platform.send,
			listOf('a', { hasNext: (body) => body.more as boolean | undefined }),
		);
		expect(items).toEqual(data.slice(0, 100));
	});

	it('a list that grows while it is read: no row twice, the extra page requested', async () => {
		const original = rows(500);
		const grown = [...rows(2, 'new'), ...original];
		const platform = fakePlatform([], (call) => {
			const data = call.page === 1 ? original : grown;
			const start = (call.page - 1) * call.pageSize;
			return {
				reply: () => ({ rows: data.slice(start, start + call.pageSize), total: data.length }),
			};
		});
		const items = await fetchAllPages(
			platform.send,
			listOf('a', { idOf: (row) => row.id as string }),
		);
		expect(items).toEqual(original);
		expect(sorted(platform.pages())).toEqual(range(1, 11));
	});

	it('without a total, one page at a time until a short page', async () => {
		const data = rows(230);
		const platform = fakePlatform(data);
		const items = await fetchAllPages(platform.send, listOf('a', { total: () => undefined }), {
			limiter: createRequestLimiter(5),
		});
		expect(items).toEqual(data);
		expect(platform.pages()).toEqual([1, 2, 3, 4, 5]);
		expect(platform.maxInFlight()).toBe(1);
	});

	it('a failed page fails the list once what is under way has ended; no page is sent twice', async () => {
		const boom = new Error('page 4 failed');
		const platform = fakePlatform(rows(2000), (call) =>
			call.page === 4 ? { fail: boom, turns: 1 } : {},
		);
		await expect(
			fetchAllPages(platform.send, listOf(), { limiter: createRequestLimiter(5) }),
		).rejects.toBe(boom);
		expect(platform.inFlight()).toBe(0);
		expect(new Set(platform.pages()).size).toBe(platform.pages().length);
		expect(Math.max(...platform.pages())).toBeLessThan(10);
	});

	it('a failed page after the end of the list does not matter', async () => {
		const data = rows(500);
		const platform = fakePlatform(data, (call) => {
			if (call.page === 3)
				return { turns: 30, reply: () => ({ rows: data.slice(100, 110), total: 500 }) };
			if (call.page === 5) return { turns: 1, fail: new Error('gone') };
			return {};
		});
		const items = await fetchAllPages(platform.send, listOf(), {
			limiter: createRequestLimiter(5),
		});
		expect(items).toEqual(data.slice(0, 110));
	});
});

describe('fetchAllPagesOfEach', () => {
	it('reads every list at once through one limiter, each list in its own order', async () => {
		const data = { a: rows(120, 'a'), b: rows(0, 'b'), c: rows(260, 'c'), d: rows(49, 'd') };
		const calls: Call[] = [];
		let inFlight = 0;
		let maxInFlight = 0;
		const send: SendPage<Call> = async (call) => {
			calls.push(call);
			maxInFlight = Math.max(maxInFlight, ++inFlight);
			await turns(((call.page * 5 + call.list.charCodeAt(0)) % 7) + 1);
			inFlight--;
			const all = data[call.list as keyof typeof data];
			const start = (call.page - 1) * call.pageSize;
			return { rows: all.slice(start, start + call.pageSize), total: all.length };
		};
		const result = await fetchAllPagesOfEach(
			send,
			['a', 'b', 'c', 'd'].map((name) => listOf(name)),
			createRequestLimiter(3),
		);
		expect(result).toEqual([data.a, data.b, data.c, data.d]);
		expect(maxInFlight).toBe(3);
		const keys = calls.map((c) => `${c.list}${c.page}`);
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys).toHaveLength(3 + 1 + 6 + 1);
	});

	it("throws the failing list's error and stops the others from sending more", async () => {
		const boom = new Error('window b failed');
		const calls: Call[] = [];
		let inFlight = 0;
		const send: SendPage<Call> = async (call) => {
			calls.push(call);
			inFlight++;
			await turns(call.list === 'b' ? 1 : 10);
			inFlight--;
			if (call.list === 'b') throw boom;
			return { rows: rows(50, call.list), total: 5000 };
		};
		const failure = await fetchAllPagesOfEach(
			send,
			['a', 'b', 'c'].map((name) => listOf(name)),
			createRequestLimiter(2),
		).catch((error: unknown) => error);
		expect(failure).toBe(boom);
		expect(failure).not.toBeInstanceOf(PagingStopped);
		expect(inFlight).toBe(0);
		expect(calls.length).toBeLessThan(10);
	});
});
