/** 1688 prints times as Beijing wall time: `yyyyMMddHHmmssSSS+0800` (17 digits) or without millis (14). */
const GATEWAY_DATE = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})?([+-])(\d{2})(\d{2})$/;

const BEIJING_OFFSET_MINUTES = 8 * 60;

/** Parses both documented forms into epoch milliseconds; undefined when the text is not one of them. */
export function parseGatewayDate(text: unknown): number | undefined {
	if (typeof text !== 'string') return undefined;
	const m = GATEWAY_DATE.exec(text.trim());
	if (!m) return undefined;
	const [, y, mo, d, h, mi, s, ms, sign, oh, om] = m;
	const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
	const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, ms ? +ms : 0);
	const date = new Date(utc);
	const valid =
		date.getUTCFullYear() === +y &&
		date.getUTCMonth() === +mo - 1 &&
		date.getUTCDate() === +d &&
		+h < 24 &&
		+mi < 60 &&
		+s < 60;
	return valid ? utc - offset * 60_000 : undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Formats an instant the way 1688 expects date parameters: `yyyyMMddHHmmssSSS+0800`. */
export function formatGatewayDate(epochMs: number): string {
	const d = new Date(epochMs + BEIJING_OFFSET_MINUTES * 60_000);
	return (
		`${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
		`${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}` +
		`${pad(d.getUTCMilliseconds(), 3)}+0800`
	);
}
