/** A short, single-line excerpt of a reply body for error messages (HTML pages reduced to their title). */
export function excerpt(body: string, max = 160): string {
	const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body);
	const text = (title ? title[1] : body.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
	return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function looksLikeHtml(contentType: string, body: string): boolean {
	return /html/i.test(contentType) || /^\s*<(!doctype|html)/i.test(body);
}

export function bodyText(body: unknown): string {
	if (typeof body === 'string') return body;
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	return body === undefined || body === null ? '' : JSON.stringify(body);
}

/**
 * A reply's id, code or status as text. Objects become JSON: `String()` throws on parsed JSON such
 * as `{"toString": 1}`, and a platform reply (or a forged push) may hold anything.
 */
export function valueText(value: unknown): string {
	if (value === undefined || value === null) return '';
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A short, stable tag for a text (FNV-1a, 8 hex digits): tells texts apart, hides nothing. */
export function shortTag(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}
