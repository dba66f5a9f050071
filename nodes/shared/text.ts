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
