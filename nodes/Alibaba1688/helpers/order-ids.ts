/** 1688 ids are up to 19 digits: kept as text end to end so none is rounded. */
export function parseOrderId(value: unknown): string | undefined {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	return /^\d{1,20}$/.test(text) ? text : undefined;
}
