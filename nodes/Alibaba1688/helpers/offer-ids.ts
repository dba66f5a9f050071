/**
 * An offer's id from what a user pastes: the bare id, or the offer's page address
 * (`https://detail.1688.com/offer/<id>.html`, the mobile `m.1688.com/offer/<id>.html`, with or
 * without the scheme and a query), so a link copied from the browser works. Kept as text: offer ids
 * are Longs.
 */
export function parseOfferId(value: unknown): string | undefined {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (/^\d{1,20}$/.test(text)) return text;
	const page =
		/^(?:https?:\/\/)?(?:detail|m)\.1688\.com\/offer\/(\d{1,20})\.html(?:[?#].*)?$/i.exec(text);
	return page?.[1];
}
