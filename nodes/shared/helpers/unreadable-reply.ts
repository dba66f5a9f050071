import type { Failure } from './outcome';
import { excerpt, looksLikeHtml } from './text';

/** A reply that is not the platform's JSON (an HTML error page, text, nothing, truncated JSON). */
export function unreadableReply(
	platform: string,
	api: string,
	statusCode: number,
	contentType: string,
	raw: string,
): Failure {
	const html = looksLikeHtml(contentType, raw);
	const what = html
		? 'an HTML page'
		: raw.trim() === ''
			? 'an empty reply'
			: 'a reply that is not JSON';
	const transient = statusCode >= 500 || statusCode === 429 || statusCode < 400;
	const summary = `${platform}'s gateway answered ${api} with ${what} (HTTP ${statusCode}).`;
	return {
		code: `HTTP ${statusCode}`,
		summary,
		message: `${summary} ${
			transient
				? 'This is usually a temporary gateway problem: try again in a few minutes.'
				: `Check the credential's Gateway URL: it must point at the ${platform} open-platform gateway or the local sandbox.`
		}`,
		description: `Reply excerpt: ${excerpt(raw) || '(empty)'}`,
		httpCode: String(statusCode),
		retryable: transient ? 'transient' : false,
	};
}
