import { DateTime } from 'luxon';

/**
 * n8n date pickers give wall time without an offset ("2026-11-21T00:00:00"), meant in the
 * workflow's timezone; expressions give ISO strings with an offset, or luxon and JS dates. All
 * become epoch ms here; luxon settles the offset, daylight-saving changes included.
 */
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** Years 1 to 9999 (UTC): what the platforms print, and far inside what a JavaScript date holds. */
const EARLIEST_MS = -62_135_596_800_000;
const LATEST_MS = 253_402_300_799_999;

const inRange = (ms: number): number | undefined =>
	Number.isFinite(ms) && ms >= EARLIEST_MS && ms <= LATEST_MS ? ms : undefined;

function wallTimeToEpoch(value: unknown, timeZone: string): number | undefined {
	if (value instanceof Date) return value.getTime();
	if (DateTime.isDateTime(value)) return value.toMillis();
	if (typeof value === 'number') return value;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim();
	if (HAS_OFFSET.test(text) || !/^\d{4}-\d{2}-\d{2}/.test(text)) return Date.parse(text);
	const options = { zone: timeZone };
	const time = DateTime.fromISO(text, options);
	const wall = time.isValid ? time : DateTime.fromSQL(text, options);
	return wall.isValid ? wall.toMillis() : undefined;
}

/**
 * Epoch ms of a date parameter, or undefined when it is not a date of years 1 to 9999 (an epoch
 * number like 1e20 is not: it has no printed form, and time windows up to it would never end).
 */
export function dateParameterToEpoch(value: unknown, timeZone: string): number | undefined {
	const ms = wallTimeToEpoch(value, timeZone);
	return ms === undefined ? undefined : inRange(ms);
}
