// Both platforms print and read times as Beijing wall time, each in its own layout. luxon does the
// calendar and offset work. It costs microseconds a call and Simplify reads five dates per order,
// so each calendar day is asked of luxon once and the time of day is added to it.
import { DateTime, FixedOffsetZone } from 'luxon';

/** China has kept UTC+8 all year since 1992; the platforms print +0800 for every date. */
export const BEIJING = FixedOffsetZone.instance(8 * 60);

const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})?([+-])(\d{2})(\d{2})$/;
const DASHED = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** Epoch ms of midnight of a calendar day at an offset, or undefined for a day that does not exist. */
const dayStarts = new Map<string, number | undefined>();
const MAX_REMEMBERED_DAYS = 10_000;

function dayStart(year: string, month: string, day: string, offsetMinutes: number) {
	const key = `${year}${month}${day}${offsetMinutes}`;
	if (dayStarts.has(key)) return dayStarts.get(key);
	const start = DateTime.fromObject(
		{ year: Number(year), month: Number(month), day: Number(day) },
		{ zone: FixedOffsetZone.instance(offsetMinutes) },
	);
	const ms = start.isValid ? start.toMillis() : undefined;
	if (dayStarts.size >= MAX_REMEMBERED_DAYS) dayStarts.clear();
	dayStarts.set(key, ms);
	return ms;
}

function epochOf(fields: string[], millis: string | undefined, offsetMinutes: number) {
	const [year, month, day, hour, minute, second] = fields;
	const [h, m, s] = [hour, minute, second].map(Number);
	if (h > 23 || m > 59 || s > 59) return undefined;
	const start = dayStart(year, month, day, offsetMinutes);
	if (start === undefined) return undefined;
	return start + ((h * 60 + m) * 60 + s) * 1000 + (millis ? Number(millis) : 0);
}

/** 1688's `yyyyMMddHHmmssSSS+0800` (17 digits) or `yyyyMMddHHmmss+0800` (14) as epoch ms. */
export function parseCompactTime(text: unknown): number | undefined {
	if (typeof text !== 'string') return undefined;
	const m = COMPACT.exec(text.trim());
	if (!m) return undefined;
	const offset = (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
	return epochOf(m.slice(1, 7), m[7], offset);
}

/** An instant the way 1688 expects date parameters: `yyyyMMddHHmmssSSS+0800`. */
export function formatCompactTime(epochMs: number): string {
	return DateTime.fromMillis(epochMs, { zone: BEIJING }).toFormat('yyyyMMddHHmmssSSSZZZ');
}

/** Mogujie's `yyyy-MM-dd HH:mm:ss` (Beijing time) as epoch ms. */
export function parseDashedTime(text: unknown): number | undefined {
	if (typeof text !== 'string') return undefined;
	const m = DASHED.exec(text.trim());
	return m ? epochOf(m.slice(1, 7), undefined, 8 * 60) : undefined;
}

/** An instant the way Mogujie prints and reads times: `yyyy-MM-dd HH:mm:ss`, Beijing time. */
export function formatDashedTime(epochMs: number): string {
	return DateTime.fromMillis(epochMs, { zone: BEIJING }).toFormat('yyyy-MM-dd HH:mm:ss');
}
