import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type {
	TimeRange,
	OrderVersion,
	PollState,
} from '../../../nodes/shared/helpers/order-changes';
import { OVERLAP_MS, selectChanges } from '../../../nodes/shared/helpers/order-changes';
import { pollOrderChanges } from '../../../nodes/shared/triggers/poll-order-changes';

const T = Date.parse('2026-11-22T00:00:00Z');
const MIN = 60_000;
const v = (
	id: string,
	createdAt: number,
	modifiedAt: number,
	status = 'waitbuyerpay',
): OrderVersion => ({
	id,
	createdAt,
	modifiedAt,
	status,
	order: { id },
});
const all = { events: ['new', 'updated'] as Array<'new' | 'updated'>, statuses: [] };

describe('selectChanges', () => {
	it('selects a version by its extra status (a Mogujie refund state) as well as by its status', () => {
		const refunding: OrderVersion = {
			...v('r', T, T + MIN, 'ORDER_PAID'),
			extraStatus: 'REFUND_REQUESTED',
		};
		const pick = (statuses: string[]) =>
			selectChanges(
				[refunding, v('p', T, T + MIN, 'ORDER_PAID')],
				{ since: T, seen: {} },
				T,
				T + 5 * MIN,
				{
					events: ['new', 'updated'],
					statuses,
				},
			).emit.map((e) => e.version.id);
		expect(pick(['REFUND_REQUESTED'])).toEqual(['r']);
		expect(pick(['ORDER_PAID'])).toEqual(['p', 'r']);
		// the refund request on an unchanged time and status is a new version
		const seen = selectChanges(
			[v('r', T, T + MIN, 'ORDER_PAID')],
			{ since: T, seen: {} },
			T,
			T + 5 * MIN,
			all,
		).state;
		expect(selectChanges([refunding], seen, T, T + 5 * MIN, all).emit).toHaveLength(1);
	});

	it('emits an order created in the window as new, and each later version as updated, once', () => {
		const first = selectChanges(
			[v('a', T + MIN, T + MIN)],
			{ since: T, seen: {} },
			T,
			T + 5 * MIN,
			all,
		);
		expect(first.emit.map((e) => [e.event, e.version.id])).toEqual([['new', 'a']]);

		// the overlap lists the same version again: nothing; a later version: updated
		const second = selectChanges(
			[v('a', T + MIN, T + MIN), v('a', T + MIN, T + 6 * MIN, 'waitsellersend')],
			first.state,
			T + 5 * MIN - OVERLAP_MS,
			T + 10 * MIN,
			all,
		);
		expect(second.emit.map((e) => [e.event, e.version.modifiedAt])).toEqual([
			['updated', T + 6 * MIN],
		]);
	});

	it('an order created in the overlap is not "new" twice', () => {
		const first = selectChanges(
			[v('b', T + 4 * MIN, T + 4 * MIN)],
			{ since: T, seen: {} },
			T,
			T + 5 * MIN,
			all,
		);
		const second = selectChanges(
			[v('b', T + 4 * MIN, T + 5.5 * MIN)],
			first.state,
			T + 3 * MIN,
			T + 10 * MIN,
			all,
		);
		expect(second.emit.map((e) => e.event)).toEqual(['updated']);
	});

	it('skips history before activation, and filters events and statuses', () => {
		const history = selectChanges(
			[v('old', T - 10 * MIN, T - MIN)],
			{ since: T, seen: {} },
			T - OVERLAP_MS,
			T + MIN,
			all,
		);
		expect(history.emit).toEqual([]);

		const onlyUpdates = selectChanges(
			[v('n', T + MIN, T + MIN), v('u', T - 60 * MIN, T + MIN)],
			{ since: T, seen: {} },
			T,
			T + 2 * MIN,
			{
				events: ['updated'],
				statuses: [],
			},
		);
		expect(onlyUpdates.emit.map((e) => e.version.id)).toEqual(['u']);

		const onlyPaid = selectChanges(
			[v('x', T + MIN, T + MIN, 'waitbuyerpay'), v('y', T + MIN, T + MIN, 'waitsellersend')],
			{ since: T },
			T,
			T + 2 * MIN,
			{
				events: ['new', 'updated'],
				statuses: ['waitsellersend'],
			},
		);
		expect(onlyPaid.emit.map((e) => e.version.id)).toEqual(['y']);
	});

	it('emits in modification order and forgets what the next window cannot list again', () => {
		const state: PollState = { since: T, seen: {} };
		const many = Array.from({ length: 500 }, (_, i) => v(`o${i}`, T + i * 1000, T + i * 1000));
		const result = selectChanges([...many].reverse(), state, T, T + 600_000, all);
		expect(result.emit.map((e) => e.version.id)).toEqual(many.map((o) => o.id));
		const kept = Object.values(result.state.seen ?? {});
		expect(kept.every((at) => at >= T + 600_000 - OVERLAP_MS)).toBe(true);
		expect(kept.length).toBeLessThan(300);
		expect(result.state.cursor).toBe(T + 600_000);
	});
});

describe('pollOrderChanges', () => {
	function context(mode: 'trigger' | 'manual', staticData: IDataObject, params: IDataObject = {}) {
		const parameters: IDataObject = {
			events: ['new', 'updated'],
			statuses: [],
			options: {},
			...params,
		};
		return {
			getNodeParameter: (name: string, fallback?: unknown) => parameters[name] ?? fallback,
			getMode: () => mode,
			getWorkflowStaticData: () => staticData,
			getTimezone: () => 'UTC',
			getNode: () => ({ name: 'Trigger' }),
		} as unknown as IPollFunctions;
	}

	function source(versions: OrderVersion[]) {
		const fetched: Array<[number, number]> = [];
		return {
			fetched,
			windowMs: 10 * MIN,
			fetchVersions: async (range: TimeRange | undefined, limit?: number) => {
				if (!range) return versions.slice(0, limit);
				fetched.push([range.start, range.end]);
				return versions.filter((x) => x.modifiedAt >= range.start && x.modifiedAt <= range.end);
			},
			toJson: (version: OrderVersion, event: string) => ({ event, id: version.id }),
		};
	}

	it('first activation only sets the cursor; manual mode returns a sample and leaves the cursor alone', async () => {
		const staticData: IDataObject = {};
		expect(
			await pollOrderChanges.call(context('trigger', staticData), source([v('a', 1, 1)])),
		).toBeNull();
		expect(typeof staticData.cursor).toBe('number');
		const cursor = staticData.cursor;

		const manual = await pollOrderChanges.call(
			context('manual', staticData),
			source([v('a', 1, 1)]),
		);
		// with both events chosen, the sample is labelled as what it is: never modified, so new
		expect(manual).toEqual([[{ json: { event: 'new', id: 'a' } }]]);
		expect(staticData.cursor).toBe(cursor);
	});

	it('labels a test sample with a real event whatever an expression put into "Trigger On"', async () => {
		for (const events of [[0], ['updated', 'bogus'], 'new', []]) {
			const sample = await pollOrderChanges.call(
				context('manual', {}, { events } as IDataObject),
				source([v('a', 1, 5)]),
			);
			expect(['new', 'updated']).toContain(sample?.[0][0].json.event);
		}
		const chosen = await pollOrderChanges.call(
			context('manual', {}, { events: ['updated', 'bogus'] }),
			source([v('a', 1, 1)]),
		);
		expect(chosen?.[0][0].json.event).toBe('updated');
	});

	it('with "Include Changes Since" it emits that history once, in windows, then only new changes', async () => {
		const since = Date.now() - 25 * MIN;
		const versions = [
			v('h1', since + MIN, since + MIN),
			v('h2', since - 60 * MIN, since + 12 * MIN),
		];
		const staticData: IDataObject = {};
		const src = source(versions);
		const first = await pollOrderChanges.call(
			context('trigger', staticData, { options: { includeSince: new Date(since).toISOString() } }),
			src,
		);
		expect(first?.[0].map((i) => i.json)).toEqual([
			{ event: 'new', id: 'h1' },
			{ event: 'updated', id: 'h2' },
		]);
		expect(src.fetched.length).toBeGreaterThanOrEqual(3);
		expect(src.fetched[0][0]).toBe(since);

		// a restart: the state survives in static data, nothing is emitted again
		const again = await pollOrderChanges.call(
			context('trigger', JSON.parse(JSON.stringify(staticData))),
			source(versions),
		);
		expect(again).toBeNull();
	});
});
