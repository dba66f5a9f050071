import type { IDataObject } from 'n8n-workflow';

/** One version of an order as the trigger sees it. */
export interface OrderVersion {
	id: string;
	/** Epoch ms. */
	createdAt: number;
	/** Epoch ms of this version (the platform's modify/update time). */
	modifiedAt: number;
	status: string;
	/** A further state the status filter can select, e.g. a Mogujie refund state. */
	extraStatus?: string;
	order: IDataObject;
}

export type ChangeEvent = 'new' | 'updated';

/**
 * An order as a version the trigger can compare, from the fields the platform names: undefined
 * when it lacks an id or a creation time (an order without a modify time was never modified).
 */
export function orderVersion(
	order: IDataObject,
	fields: {
		id: string;
		createdAt?: number;
		modifiedAt?: number;
		status: string;
		extraStatus?: string;
	},
): OrderVersion | undefined {
	const { id, createdAt, status, extraStatus } = fields;
	const modifiedAt = fields.modifiedAt ?? createdAt;
	if (!id || createdAt === undefined || modifiedAt === undefined) return undefined;
	return { id, createdAt, modifiedAt, status, ...(extraStatus ? { extraStatus } : {}), order };
}

/** A time range in epoch ms, start included. */
export interface TimeRange {
	start: number;
	end: number;
}

/**
 * How a platform's transport lists order versions for a trigger: every version changed in
 * `range` (all pages), or without a range the most recently changed ones, up to `limit`.
 */
export type FetchOrderVersions<Context> = (
	this: Context,
	range: TimeRange | undefined,
	limit?: number,
) => Promise<OrderVersion[]>;

/** What the trigger remembers between polls (kept in the workflow's static data). */
export interface PollState {
	/** Where the last poll's window ended (epoch ms). */
	cursor?: number;
	/** Changes before this time are history: never emitted (epoch ms; set on activation). */
	since?: number;
	/** Versions and new orders already handled, with the time they can be forgotten after. */
	seen?: Record<string, number>;
}

/**
 * Each poll reads again the last minutes before its cursor: a change the platform lists a little
 * late is still caught, and `seen` makes sure nothing is emitted twice.
 */
export const OVERLAP_MS = 2 * 60_000;

export interface ChangeFilter {
	events: ChangeEvent[];
	/** Empty: every status. */
	statuses: string[];
}

/**
 * Decides which order versions of a window to emit, each exactly once: an order is "new" when it
 * was created inside the window (once per order), "updated" for every later version. Memory stays
 * bounded: only versions that the next window can list again are remembered.
 */
export function selectChanges(
	versions: OrderVersion[],
	state: PollState,
	windowStart: number,
	windowEnd: number,
	filter: ChangeFilter,
): { emit: Array<{ event: ChangeEvent; version: OrderVersion }>; state: PollState } {
	const seen: Record<string, number> = { ...(state.seen ?? {}) };
	const emit: Array<{ event: ChangeEvent; version: OrderVersion }> = [];
	const ordered = [...versions].sort(
		(a, b) => a.modifiedAt - b.modifiedAt || (a.id < b.id ? -1 : 1),
	);
	for (const version of ordered) {
		// Earlier versions were handled by earlier polls (and may be forgotten already).
		if (version.modifiedAt < windowStart) continue;
		// The status is part of a version: Mogujie's times have whole seconds, so two changes in one
		// second share a time.
		const versionKey = `${version.id}@${version.modifiedAt}@${version.status}${version.extraStatus ? `+${version.extraStatus}` : ''}`;
		if (versionKey in seen) continue;
		seen[versionKey] = version.modifiedAt;
		if (version.modifiedAt < (state.since ?? 0)) continue;
		const isNew = version.createdAt >= windowStart && !(`new:${version.id}` in seen);
		if (isNew) seen[`new:${version.id}`] = version.createdAt;
		const event: ChangeEvent = isNew ? 'new' : 'updated';
		if (!filter.events.includes(event)) continue;
		const statuses = [version.status, ...(version.extraStatus ? [version.extraStatus] : [])];
		if (filter.statuses.length > 0 && !statuses.some((s) => filter.statuses.includes(s))) continue;
		emit.push({ event, version });
	}
	const nextWindowStart = windowEnd - OVERLAP_MS;
	for (const [key, at] of Object.entries(seen)) {
		if (at < nextWindowStart) delete seen[key];
	}
	return { emit, state: { cursor: windowEnd, since: state.since, seen } };
}
