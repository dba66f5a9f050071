import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import type { ChangeEvent, OrderVersion, PollState } from './order-changes';
import { OVERLAP_MS, selectChanges } from './order-changes';
import { readDateFilter } from './date-filter';

export interface OrderChangeSource {
	/** The longest time range one list query should cover. */
	windowMs: number;
	/** Every order version changed in [start, end], all pages. */
	fetch: (this: IPollFunctions, start: number, end: number) => Promise<OrderVersion[]>;
	/** The most recently changed order, for "Fetch test event". */
	sample: (this: IPollFunctions) => Promise<OrderVersion | undefined>;
	toJson: (this: IPollFunctions, version: OrderVersion, event: ChangeEvent) => IDataObject;
}

function windows(start: number, end: number, size: number): Array<[number, number]> {
	const result: Array<[number, number]> = [];
	for (let from = start; from < end; from += size) result.push([from, Math.min(end, from + size)]);
	return result;
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
	const events = this.getNodeParameter('events', []) as ChangeEvent[];
	const statuses = this.getNodeParameter('statuses', []) as string[];
	const options = this.getNodeParameter('options', {}) as { includeSince?: string };

	if (this.getMode() === 'manual') {
		const version = await source.sample.call(this);
		return version ? [[{ json: source.toJson.call(this, version, 'updated') }]] : null;
	}

	const state = this.getWorkflowStaticData('node') as PollState;
	const now = Date.now();
	if (state.cursor === undefined) {
		const since = options.includeSince
			? readDateFilter.call(this, 'Include Changes Since', options.includeSince)
			: undefined;
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
		versions.push(...(await source.fetch.call(this, from, to)));
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
