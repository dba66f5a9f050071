/**
 * The order list serves long time ranges badly (ERPs that integrate Mogujie ask 12 hours at a time),
 * so a range is asked window by window, newest first, which keeps the platform's newest-first order.
 */
export const WINDOW_MS = 12 * 3_600_000;

/**
 * At most this many windows in one run (1,000 days): a mistyped year (0202 for 2020) would
 * otherwise mean a million requests.
 */
export const MAX_WINDOWS = 2_000;

export interface TimeWindow {
	start: number;
	end: number;
}

export function splitIntoWindows(start: number, end: number, size = WINDOW_MS): TimeWindow[] {
	const windows: TimeWindow[] = [];
	for (let windowEnd = end; windowEnd > start; windowEnd -= size) {
		windows.push({ start: Math.max(start, windowEnd - size), end: windowEnd });
	}
	return windows;
}
