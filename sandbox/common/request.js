// @ts-check
'use strict';

// Turns a raw HTTP request into the parameter map the gateway works with. Only the two body types
// a servlet container parses into parameters count: form-urlencoded and multipart. Any other body
// (JSON, text/plain) carries no parameters, exactly as on the real gateway.

/**
 * @typedef {{ name: string, filename: string, contentType: string, data: Buffer }} FilePart
 * @typedef {{
 *   method: string,
 *   pathname: string,
 *   query: Record<string, string>,
 *   body: Record<string, string>,
 *   files: FilePart[],
 *   params: Record<string, string>,
 *   rawBody: string,
 *   headers: import('node:http').IncomingHttpHeaders,
 * }} ParsedRequest
 */

/** First occurrence wins, like ServletRequest.getParameter. @param {URLSearchParams} search */
function firstValues(search) {
	/** @type {Record<string, string>} */
	const out = {};
	for (const [key, value] of search) if (!(key in out)) out[key] = value;
	return out;
}

/** @param {string | undefined} header @param {string} name */
function headerParam(header, name) {
	const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;]*))`, 'i').exec(header ?? '');
	return m ? (m[1] ?? m[2] ?? '').trim() : undefined;
}

/**
 * @param {Buffer} raw
 * @param {string} boundary
 * @returns {{ fields: Record<string, string>, files: FilePart[] }}
 */
function parseMultipart(raw, boundary) {
	/** @type {Record<string, string>} */
	const fields = {};
	/** @type {FilePart[]} */
	const files = [];
	const delimiter = Buffer.from(`--${boundary}`);
	let start = raw.indexOf(delimiter);
	while (start !== -1) {
		const partStart = start + delimiter.length;
		if (raw.subarray(partStart, partStart + 2).toString() === '--') break;
		const next = raw.indexOf(delimiter, partStart);
		if (next === -1) break;
		// each part: CRLF, headers, CRLF CRLF, content, CRLF, then the next delimiter
		const part = raw.subarray(partStart + 2, next - 2);
		const headerEnd = part.indexOf('\r\n\r\n');
		if (headerEnd !== -1) {
			const headerText = part.subarray(0, headerEnd).toString('utf8');
			const content = part.subarray(headerEnd + 4);
			const disposition = /^content-disposition:(.*)$/im.exec(headerText)?.[1] ?? '';
			const type = /^content-type:(.*)$/im.exec(headerText)?.[1]?.trim() ?? '';
			const name = headerParam(disposition, 'name');
			const filename = headerParam(disposition, 'filename');
			if (name !== undefined) {
				if (filename !== undefined) {
					files.push({ name, filename, contentType: type, data: Buffer.from(content) });
				} else if (!(name in fields)) {
					fields[name] = content.toString('utf8');
				}
			}
		}
		start = next;
	}
	return { fields, files };
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {Buffer} raw
 * @returns {ParsedRequest}
 */
function parseRequest(req, raw) {
	const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
	const query = firstValues(url.searchParams);
	const contentType = String(req.headers['content-type'] ?? '').toLowerCase();
	/** @type {Record<string, string>} */
	let body = {};
	/** @type {FilePart[]} */
	let files = [];
	if (contentType.startsWith('application/x-www-form-urlencoded')) {
		body = firstValues(new URLSearchParams(raw.toString('utf8')));
	} else if (contentType.startsWith('multipart/form-data')) {
		const boundary = headerParam(String(req.headers['content-type']), 'boundary');
		if (boundary) ({ fields: body, files } = parseMultipart(raw, boundary));
	}
	return {
		method: req.method ?? 'GET',
		pathname: url.pathname,
		query,
		body,
		files,
		// the gateway merges query string and body; on a clash the body wins
		params: { ...query, ...body },
		rawBody: raw.toString('utf8'),
		headers: req.headers,
	};
}

module.exports = { parseRequest, parseMultipart };
