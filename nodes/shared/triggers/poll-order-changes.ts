import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type {
	ChangeEvent,
	FetchOrderVersions,
	OrderVersion,
	PollState,
} from '../helpers/order-changes';
import { OVERLAP_MS, selectChanges } from '../helpers/order-changes';
import { valueText } from '../helpers/text';
import { readDateFilter } from '../actions/date-filter';

export interface OrderChangeSource {
	/** The longest time range one list query should cover. */
	windowMs: number;
	/** The platform transport's order versions: a range's, or the newest for "Fetch test event". */
	fetchVersions: FetchOrderVersions<IPollFunctions>;
	toJson: (this: IPollFunctions, version: OrderVersion, event: ChangeEvent) => IDataObject;
}

const DAY_MS = 86_400_000;

/**
 * "Include Changes Since" may reach back at most this many windows (1,000 days of Mogujie's 12-hour
 * windows): a mistyped year (0202 for 2020) would otherwise mean a million requests.
 */
const MAX_HISTORY_WINDOWS = 2_000;

/** A multi-options parameter as a list, also when an expression gives something else. */
function listParameter(value: unknown): string[] {
	return Array.isArray(value) ? value.map(valueText) : [];
}

function windows(start: number, end: number, size: number): Array<[number, number]> {
	const result: Array<[number, number]> = [];
	for (let from = start; from < end; from += size) result.push([from, Math.min(end, from + size)]);
	return result;
}

/** How many recent orders "Fetch test event" looks through for one the filters would emit. */
const SAMPLE_CANDIDATES = 20;

function hasStatus(version: OrderVersion, statuses: string[]): boolean {
	return (
		statuses.length === 0 ||
		statuses.includes(version.status) ||
		(version.extraStatus !== undefined && statuses.includes(version.extraStatus))
	);
}

/**
 * The event a test sample is labelled with: the one the trigger is set to when it is set to one,
 * so a workflow built on the sample sees the event it will get; with both, what the order is.
 */
function sampleEvent(version: OrderVersion, events: ChangeEvent[]): ChangeEvent {
	// an expression may give anything; only the two real events count
	const chosen = events.filter((e) => e === 'new' || e === 'updated');
	if (chosen.length === 1) return chosen[0];
	return version.modifiedAt <= version.createdAt ? 'new' : 'updated';
}

/**
 * The polling triggers' `poll`: in manual mode a recent sample without touching the cursor; on the
 * first activation, only the cursor (no history unless "Include Changes Since" asks for it); then
 * every order change since the cursor (minus a small overlap), each emitted exactly once.
 */
export async function pollOrderChanges(
	this: IPollFunctions,
	source: OrderChangeSource,
): Promise<INodeExecutionData[][] | null> {
	const events = listParameter(this.getNodeParameter('events', [])) as ChangeEvent[];
	const statuses = listParameter(this.getNodeParameter('statuses', []));
	const options = (this.getNodeParameter('options', {}) ?? {}) as { includeSince?: unknown };

	if (this.getMode() === 'manual') {
		const recent = await source.fetchVersions.call(this, undefined, SAMPLE_CANDIDATES);
		const matching = recent.filter((v) => hasStatus(v, statuses));
		const version = matching[0] ?? recent[0];
		return version
			? [[{ json: source.toJson.call(this, version, sampleEvent(version, events)) }]]
			: null;
	}

	const state = this.getWorkflowStaticData('node') as PollState;
	const now = Date.now();
	if (state.cursor === undefined) {
		const since = options.includeSince
			? readDateFilter.call(this, 'Include Changes Since', options.includeSince)
			: undefined;
		if (since !== undefined && now - since > MAX_HISTORY_WINDOWS * source.windowMs) {
			throw new NodeOperationError(
				this.getNode(),
				`"Include Changes Since" is ${Math.ceil((now - since) / DAY_MS)} days ago: on activation the trigger reads at most ${(MAX_HISTORY_WINDOWS * source.windowMs) / DAY_MS} days of history`,
				{ description: 'Check its year, or choose a later date.' },
			);
		}
		// Mogujie prints times to the second: a change in the activation's own second is not history.
		state.since = since ?? now - (now % 1000);
		state.seen = {};
		if (since === undefined) {
			state.cursor = now;
			return null;
		}
		state.cursor = since + OVERLAP_MS;
	}

	const windowStart = state.cursor - OVERLAP_MS;
	const versions: OrderVersion[] = [];
	for (const [from, to] of windows(windowStart, now, source.windowMs)) {
		versions.push(...(await source.fetchVersions.call(this, { start: from, end: to })));
	}
	const { emit, state: next } = selectChanges(versions, state, windowStart, now, {
		events,
		statuses,
	});
	state.cursor = next.cursor;
	state.seen = next.seen;
	if (emit.length === 0) return null;
	return [emit.map(({ event, version }) => ({ json: source.toJson.call(this, version, event) }))];
}
