/**
 * JSON helpers that keep 1688's 19-digit order ids exact: `JSON.parse` would round any integer
 * above 2^53, so such integers are read as strings (replies) or kept as their original digits
 * (parameters).
 */

const MAX_SAFE_DIGITS = 15;

const QUOTE = 34;
const BACKSLASH = 92;
const MINUS = 45;

const isDigitCode = (code: number) => code >= 48 && code <= 57;
/** `.`, `e`, `E`, `+`, `-`: a number with one of these after its first character is not an integer. */
const isNumberPunctuation = (code: number) =>
	code === 46 || code === 101 || code === 69 || code === 43 || code === MINUS;

/**
 * Wraps integer literals too large for a double in quotes, leaving strings untouched. It runs on
 * every reply (pages of 50 orders included), so it scans character codes and copies only around
 * what it quotes.
 */
export function quoteUnsafeIntegers(text: string): string {
	let out = '';
	let copied = 0;
	let i = 0;
	while (i < text.length) {
		const code = text.charCodeAt(i);
		if (code === QUOTE) {
			i++;
			while (i < text.length && text.charCodeAt(i) !== QUOTE) {
				i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
			}
			i++;
		} else if (code === MINUS || isDigitCode(code)) {
			let end = i + 1;
			let integer = true;
			for (; end < text.length; end++) {
				const next = text.charCodeAt(end);
				if (isNumberPunctuation(next)) integer = false;
				else if (!isDigitCode(next)) break;
			}
			const digits = end - i - (code === MINUS ? 1 : 0);
			if (integer && digits > MAX_SAFE_DIGITS) {
				out += `${text.slice(copied, i)}"${text.slice(i, end)}"`;
				copied = end;
			}
			i = end;
		} else {
			i++;
		}
	}
	return copied === 0 ? text : out + text.slice(copied);
}

/** Parses a JSON object reply; undefined for anything else (HTML, text, truncated JSON, arrays). */
export function parseJsonObject(body: unknown): Record<string, unknown> | undefined {
	if (body !== null && typeof body === 'object' && !Array.isArray(body) && !Buffer.isBuffer(body)) {
		return body as Record<string, unknown>;
	}
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : '';
	try {
		const parsed: unknown = JSON.parse(quoteUnsafeIntegers(text));
		return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
			? (parsed as Record<string, unknown>)
			: undefined;
	} catch {
		return undefined;
	}
}

/** Removes insignificant whitespace outside strings. */
function minify(raw: string): string {
	let out = '';
	for (let i = 0; i < raw.length; i++) {
		const ch = raw[i];
		if (ch === '"') {
			let j = i + 1;
			while (j < raw.length && raw[j] !== '"') j += raw[j] === '\\' ? 2 : 1;
			out += raw.slice(i, j + 1);
			i = j;
		} else if (!/\s/.test(ch)) {
			out += ch;
		}
	}
	return out;
}

/** Each top-level member of a (valid) JSON object as [key, raw value text], in document order. */
function topLevelMembers(text: string): Array<[string, string]> {
	const members: Array<[string, string]> = [];
	let depth = 0;
	let key = '';
	let start = -1;
	const close = (end: number) => {
		if (start >= 0) members.push([key, text.slice(start, end).trim()]);
		start = -1;
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"') {
			let j = i + 1;
			while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
			if (depth === 1 && start < 0) key = JSON.parse(text.slice(i, j + 1)) as string;
			i = j;
		} else if (ch === '{' || ch === '[') {
			depth++;
		} else if (ch === '}' || ch === ']') {
			if (depth === 1) close(i);
			depth--;
		} else if (depth === 1 && ch === ':') {
			start = i + 1;
		} else if (depth === 1 && ch === ',') {
			close(i);
		}
	}
	return members;
}

/**
 * Business parameters from a JSON object, each as the string 1688 receives: strings as they are,
 * numbers with their original digits, objects and arrays as compact JSON text. `null` is dropped
 * (not sent). Throws a SyntaxError for text that is not a JSON object.
 */
export function jsonObjectToParams(text: string): Record<string, string> {
	const parsed: unknown = JSON.parse(text);
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw new SyntaxError('expected a JSON object such as {"orderId": "123"}');
	}
	const params: Record<string, string> = {};
	for (const [key, raw] of topLevelMembers(text)) {
		const value = (parsed as Record<string, unknown>)[key];
		if (value === null || value === undefined) delete params[key];
		else params[key] = typeof value === 'string' ? value : minify(raw);
	}
	return params;
}
