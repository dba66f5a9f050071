/**
 * An offer's id from what a user pastes: the bare id, or the offer's page address, with or without
 * the scheme and a query, so a link copied from the browser works. Kept as text: offer ids are Longs.
 * Page forms: `detail.1688.com/offer/<id>.html` and its mobile twins `m.1688.com/offer/<id>.html`
 * and `offer.m.1688.com/offer/<id>.html`, the old `www.1688.com/offerdetail/<id>.htm`, and the
 * mobile detail page 1688's search links to, `detail.m.1688.com/page/index.html?offerId=<id>`
 * (the forms public clients parse; research notes of issue 14).
 */
const PAGE_FORMS = [
	/^(?:https?:\/\/)?(?:detail|m|offer\.m)\.1688\.com\/offer\/(\d{1,20})\.html(?:[?#].*)?$/i,
	/^(?:https?:\/\/)?(?:www\.)?1688\.com\/offerdetail\/(\d{1,20})\.html?(?:[?#].*)?$/i,
	/^(?:https?:\/\/)?detail\.m\.1688\.com\/page\/index\.html\?(?:[^#]*&)?offerId=(\d{1,20})(?:[&#].*)?$/i,
];

export function parseOfferId(value: unknown): string | undefined {
	return parseBareOfferId(value) ?? parseOfferUrl(value);
}

/** An offer id given as the number alone, not an address (By ID). */
export function parseBareOfferId(value: unknown): string | undefined {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	return /^\d{1,20}$/.test(text) ? text : undefined;
}

/** The offer id in the address of an offer page (PAGE_FORMS); undefined for anything else. */
export function parseOfferUrl(value: unknown): string | undefined {
	const text = typeof value === 'string' ? value.trim() : '';
	for (const form of PAGE_FORMS) {
		const page = form.exec(text);
		if (page) return page[1];
	}
	return undefined;
}

/** The offer page forms, as an error message names them. */
export const OFFER_URL_FORMS =
	'detail.1688.com/offer/{ID}.html, m.1688.com/offer/{ID}.html or detail.m.1688.com/page/index.html?offerId={ID}';

/** The page an offer's id opens. */
export function offerPageUrl(id: string): string {
	return `https://detail.1688.com/offer/${id}.html`;
}
