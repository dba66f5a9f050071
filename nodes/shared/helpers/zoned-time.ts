/**
 * n8n date pickers give wall time without an offset ("2026-11-21T00:00:00"), meant in the
 * workflow's timezone; expressions give ISO strings with an offset. Both become epoch ms here,
 * without a date library (the package has no runtime dependencies).
 */
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

function offsetMinutes(epochMs: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(epochMs));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second'),
	);
	return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/** Years 1 to 9999 (UTC): what the platforms print, and far inside what a JavaScript date holds. */
const EARLIEST_MS = -62_135_596_800_000;
const LATEST_MS = 253_402_300_799_999;

const inRange = (ms: number): number | undefined =>
	Number.isFinite(ms) && ms >= EARLIEST_MS && ms <= LATEST_MS ? ms : undefined;

function wallTimeToEpoch(value: unknown, timeZone: string): number | undefined {
	if (value instanceof Date) return value.getTime();
	if (typeof value === 'number') return value;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim();
	if (HAS_OFFSET.test(text) || !/^\d{4}-\d{2}-\d{2}/.test(text)) return Date.parse(text);
	const asUtc = inRange(Date.parse(`${text.length === 10 ? `${text}T00:00:00` : text}Z`));
	if (asUtc === undefined) return undefined;
	// Two passes settle the offset around daylight-saving changes.
	const first = asUtc - offsetMinutes(asUtc, timeZone) * 60_000;
	return asUtc - offsetMinutes(first, timeZone) * 60_000;
}

/**
 * Epoch ms of a date parameter, or undefined when it is not a date of years 1 to 9999 (an epoch
 * number like 1e20 is not: it has no printed form, and time windows up to it would never end).
 */
export function dateParameterToEpoch(value: unknown, timeZone: string): number | undefined {
	const ms = wallTimeToEpoch(value, timeZone);
	return ms === undefined ? undefined : inRange(ms);
}
