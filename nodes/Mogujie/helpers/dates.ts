const BEIJING_MS = 8 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Mogujie's date parameters and fields: `yyyy-MM-dd HH:mm:ss`, Beijing time. */
export function formatMogujieDate(epochMs: number): string {
	const d = new Date(epochMs + BEIJING_MS);
	return (
		`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
		`${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
	);
}

export function parseMogujieDate(text: unknown): number | undefined {
	if (typeof text !== 'string') return undefined;
	const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text.trim());
	if (!m) return undefined;
	const [, y, mo, d, h, mi, s] = m.map(Number);
	return Date.UTC(y, mo - 1, d, h, mi, s) - BEIJING_MS;
}
