import type { IDataObject } from 'n8n-workflow';

import type { RequestLimiter, RetryReason } from './request-limiter';
import { createRequestLimiter } from './request-limiter';

export interface PagedList<Call> {
	/** The call for one page; pages start at 1. */
	request: (page: number, pageSize: number) => Call;
	items: (body: IDataObject) => IDataObject[];
	/** The total the API reports, if any. */
	total: (body: IDataObject) => number | undefined;
	/** Whether the API says more pages follow, if it says. */
	hasNext?: (body: IDataObject) => boolean | undefined;
	/**
	 * An item's id. If the list changes while it is read, a row can move onto the next page and be
	 * listed twice: an id seen before is then dropped.
	 */
	idOf?: (item: IDataObject) => string | undefined;
	maxPageSize: number;
}

/** Sends one page's call; the request engine calls `onRetry` before each retry of it. */
export type SendPage<Call> = (
	call: Call,
	onRetry: (reason: RetryReason) => void,
) => Promise<IDataObject>;

export interface PagingOptions {
	/** Stop once this many items are in hand. */
	limit?: number;
	/** How many requests may run at once; lists read together share one. Default: a new one. */
	limiter?: RequestLimiter;
	/** Asked before each page is sent: true skips the page and ends the list with PagingStopped. */
	stopped?: () => boolean;
}

/** A list ended because `stopped` said so (another list read alongside it failed). */
export class PagingStopped extends Error {
	constructor() {
		super('Paging stopped');
		this.name = 'PagingStopped';
	}
}

type PageOutcome = { body: IDataObject } | { error: unknown } | { skipped: true };

/**
 * Reads pages 1, 2, … with one fixed page size (so no row is skipped or repeated). Page 1 comes
 * first; once it tells the total, the pages needed for the total (or the limit) are requested
 * together through the limiter, and a later page with a larger total asks for more. Without a total,
 * one page at a time. Pages are taken in order: the list ends at the first page that covers the
 * limit or the total, comes back short, or says there is no next page, whatever later pages said.
 * Each page is requested once (the request engine retries a failed one; each retry makes the
 * limiter send fewer at once). A failed page fails the list, unless the list ended before it.
 */
export async function fetchAllPages<Call>(
	send: SendPage<Call>,
	list: PagedList<Call>,
	options: PagingOptions = {},
): Promise<IDataObject[]> {
	const { limit, stopped } = options;
	const limiter = options.limiter ?? createRequestLimiter();
	const pageSize =
		limit === undefined ? list.maxPageSize : Math.max(1, Math.min(list.maxPageSize, limit));
	// A gateway failure counts too: it is what an overloaded gateway answers, and Mogujie's
	// rate-limit codes are unknown.
	const onRetry = () => limiter.backOff();

	const outcomes = new Map<number, PageOutcome>();
	const started: Array<Promise<void>> = [];
	let requested = 0;
	// no page is sent once the list has ended or a page has failed
	let halted = false;
	let wake = () => {};

	const requestThrough = (lastPage: number) => {
		while (requested < lastPage) {
			const page = ++requested;
			const call = list.request(page, pageSize);
			const outcome = limiter.run(async (): Promise<PageOutcome> => {
				if (halted || stopped?.()) return { skipped: true };
				try {
					return { body: await send(call, onRetry) };
				} catch (error) {
					halted = true;
					return { error };
				}
			});
			started.push(
				outcome.then((result) => {
					outcomes.set(page, result);
					wake();
				}),
			);
		}
	};
	const settle = async () => {
		halted = true;
		await Promise.all(started);
	};

	const collected: IDataObject[] = [];
	const seen = new Set<string>();
	requestThrough(1);
	for (let page = 1; ; page++) {
		while (!outcomes.has(page)) await new Promise<void>((resolve) => (wake = resolve));
		const outcome = outcomes.get(page) as PageOutcome;
		if ('error' in outcome) {
			await settle();
			throw outcome.error;
		}
		if ('skipped' in outcome) {
			await settle();
			throw new PagingStopped();
		}
		const items = list.items(outcome.body);
		const before = collected.length;
		for (const item of items) {
			const id = list.idOf?.(item);
			if (id !== undefined && id !== '') {
				if (seen.has(id)) continue;
				seen.add(id);
			}
			collected.push(item);
		}
		const total = list.total(outcome.body);
		const done =
			(limit !== undefined && collected.length >= limit) ||
			// a page of nothing but rows already listed: the gateway is repeating itself
			(page > 1 && items.length > 0 && collected.length === before) ||
			items.length < pageSize ||
			list.hasNext?.(outcome.body) === false ||
			(total !== undefined && page * pageSize >= total);
		if (done) {
			await settle();
			return limit === undefined ? collected : collected.slice(0, limit);
		}
		const wanted = Math.min(
			total ?? Infinity,
			page * pageSize + ((limit ?? Infinity) - collected.length),
		);
		const pagesLeft = total === undefined ? 1 : Math.ceil((wanted - page * pageSize) / pageSize);
		requestThrough(page + pagesLeft);
	}
}

/**
 * Every page of each list, all lists at once through one limiter: one array per list, in list
 * order. When a list fails the others send no further page, and its error is thrown once the
 * requests under way have ended.
 */
export async function fetchAllPagesOfEach<Call>(
	send: SendPage<Call>,
	lists: Array<PagedList<Call>>,
	limiter: RequestLimiter,
): Promise<IDataObject[][]> {
	let failed = false;
	const results = await Promise.all(
		lists.map(
			async (list) =>
				await fetchAllPages(send, list, { limiter, stopped: () => failed }).then(
					(items) => ({ items }),
					(error: unknown) => {
						failed = true;
						return { error };
					},
				),
		),
	);
	const failures = results.filter((r): r is { error: unknown } => 'error' in r);
	const cause = failures.find((f) => !(f.error instanceof PagingStopped)) ?? failures[0];
	if (cause) throw cause.error;
	return results.map((r) => (r as { items: IDataObject[] }).items);
}
