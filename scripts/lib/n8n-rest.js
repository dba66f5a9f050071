// @ts-check
// Minimal JSON-over-HTTP client for n8n's REST API (global fetch, Node >= 20).

/**
 * @typedef {{ status: number, ok: boolean, headers: Headers, text: string, body: any, cookies: Record<string, string> }} JsonResponse
 */

/**
 * Send `body` as JSON (if given), return the response with its body parsed as JSON when it is JSON
 * (else the text) and the cookies it set.
 * @param {string} url
 * @param {{ method?: string, body?: unknown, headers?: Record<string, string>, timeoutMs?: number }} [opts]
 * @returns {Promise<JsonResponse>}
 */
async function requestJson(url, { method = 'GET', body, headers = {}, timeoutMs = 60_000 } = {}) {
	/** @type {Record<string, string>} */
	const allHeaders = { accept: 'application/json', ...headers };
	if (body !== undefined) allHeaders['content-type'] = 'application/json';
	const res = await fetch(url, {
		method,
		headers: allHeaders,
		body: body === undefined ? undefined : JSON.stringify(body),
		redirect: 'manual',
		signal: AbortSignal.timeout(timeoutMs),
	});
	/** @type {Record<string, string>} */
	const cookies = {};
	for (const c of res.headers.getSetCookie()) {
		const m = /^([^=;\s]+)=([^;]*)/.exec(c);
		if (m) cookies[m[1]] = m[2];
	}
	const text = await res.text();
	/** @type {any} */
	let parsed = text;
	try {
		parsed = text ? JSON.parse(text) : null;
	} catch {
		// not JSON: keep the text
	}
	return { status: res.status, ok: res.ok, headers: res.headers, text, body: parsed, cookies };
}

/**
 * Poll `url` until it answers 200, `isAlive()` turns false, or `timeoutMs` passes.
 * @param {string} url
 * @param {() => boolean} isAlive
 * @param {number} timeoutMs
 * @returns {Promise<'ready' | 'exited' | 'timeout'>}
 */
async function waitForReady(url, isAlive, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (!isAlive()) return 'exited';
		try {
			const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
			await res.arrayBuffer();
			if (res.status === 200) return 'ready';
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return isAlive() ? 'timeout' : 'exited';
}

module.exports = { requestJson, waitForReady };
