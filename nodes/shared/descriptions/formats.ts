/**
 * How a date parameter is read (shared/actions/date-filter.ts): an ISO 8601 text with an offset is
 * that instant; one without an offset (what n8n's date picker gives) is wall time in the workflow's
 * time zone. The node then sends it in the platform's own layout, as China time (UTC+8).
 */
const DATE_FORMAT =
	"ISO 8601, e.g. 2026-05-01T09:00:00+08:00 for China time; without an offset, the workflow's time zone is assumed.";

/** A date parameter's description: what the date does, then the format it takes. */
export function dateDescription(what: string): string {
	return `${what}. ${DATE_FORMAT}`;
}
