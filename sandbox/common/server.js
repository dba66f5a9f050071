// @ts-check
'use strict';

// The HTTP side: reads each request, records it, applies any injected fault, routes it, and
// answers after the configured latency. close() tears everything down at once, including
// requests that a `timeout` fault is holding open.
// The marketplace decides the rest: which API a request is (`apiOf`, for the log and for fault
// matching), how it is answered (`route`) and what an injected fault turns into (`faultOutcome`).
const http = require('node:http');
const { parseRequest } = require('./request');

const MAX_BODY_BYTES = 20 * 1024 * 1024;

/**
 * @typedef {{
 *   method: string, path: string, query: Record<string, string>, rawBody: string,
 *   body: Record<string, string>, files?: Array<{ name: string, filename: string, contentType: string, size: number }>,
 *   params: Record<string, string>, headers: import('node:http').IncomingHttpHeaders,
 *   status: number | null, responseBody: string, api?: string, fault?: string, at: number,
 *   inFlight: number,  // requests being answered when this one arrived, itself included
 * }} RequestLogEntry
 */

/**
 * @param {{
 *   clock: import('./clock').Clock,
 *   settings: { latencyMs: number },
 *   apiOf: (request: import('./request').ParsedRequest) => string | undefined,
 *   route: (request: import('./request').ParsedRequest) => import('./replies').Reply,
 *   faults: import('./faults').Faults,
 *   faultOutcome: (fault: import('./faults').FaultSpec, normal: () => import('./replies').Reply) => import('./faults').FaultOutcome,
 *   requests: RequestLogEntry[],
 *   onRequest?: (entry: RequestLogEntry) => void,
 * }} deps
 */
function createSandboxServer({
	clock,
	settings,
	apiOf,
	route,
	faults,
	faultOutcome,
	requests,
	onRequest,
}) {
	/** @type {Set<NodeJS.Timeout>} */
	const timers = new Set();
	/** @type {Set<import('node:http').ServerResponse>} */
	const held = new Set();
	let inFlight = 0;
	/** @type {WeakSet<RequestLogEntry>} */
	const answered = new WeakSet();
	/** @param {RequestLogEntry} entry */
	const finished = (entry) => {
		if (answered.has(entry)) return;
		answered.add(entry);
		inFlight--;
	};

	/** @param {RequestLogEntry} entry */
	const notify = (entry) => {
		if (onRequest) onRequest(entry);
	};

	/**
	 * @param {import('node:http').ServerResponse} res
	 * @param {RequestLogEntry} entry
	 * @param {import('./replies').Reply} reply
	 */
	function deliver(res, entry, reply) {
		const write = () => {
			entry.status = reply.status;
			entry.responseBody = reply.body;
			finished(entry);
			if (res.destroyed) return notify(entry);
			const body = Buffer.from(reply.body, 'utf8');
			res.writeHead(reply.status, {
				'content-type': reply.contentType,
				'content-length': String(body.length),
				...reply.headers,
			});
			res.end(body);
			notify(entry);
		};
		const delay = settings.latencyMs;
		if (!(delay > 0)) return write();
		const timer = setTimeout(() => {
			timers.delete(timer);
			write();
		}, delay);
		timers.add(timer);
	}

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {Buffer} raw
	 */
	function handle(req, res, raw) {
		const request = parseRequest(req, raw);
		const api = apiOf(request);
		/** @type {RequestLogEntry} */
		const entry = {
			method: request.method,
			path: request.pathname,
			query: request.query,
			rawBody: request.rawBody,
			body: request.body,
			params: request.params,
			headers: request.headers,
			status: null,
			responseBody: '',
			at: clock.now(),
			inFlight: ++inFlight,
		};
		if (api !== undefined) entry.api = api;
		if (request.files.length > 0) {
			entry.files = request.files.map((f) => ({
				name: f.name,
				filename: f.filename,
				contentType: f.contentType,
				size: f.data.length,
			}));
		}
		requests.push(entry);

		const normal = () => route(request);
		const fault = faults.take(entry.api);
		if (fault) entry.fault = fault.kind;
		let outcome;
		try {
			outcome = fault ? faultOutcome(fault, normal) : normal();
		} catch (error) {
			// a sandbox bug, not a simulated failure: say so plainly
			outcome = {
				status: 500,
				contentType: 'text/plain;charset=UTF-8',
				body: `sandbox error: ${String((error && /** @type {Error} */ (error).stack) || error)}`,
			};
		}
		if (outcome === 'reset') {
			finished(entry);
			req.socket.resetAndDestroy();
			return notify(entry);
		}
		if (outcome === 'timeout') {
			held.add(res);
			res.on('close', () => {
				held.delete(res);
				finished(entry);
			});
			return notify(entry);
		}
		deliver(res, entry, outcome);
	}

	const server = http.createServer((req, res) => {
		/** @type {Buffer[]} */
		const chunks = [];
		let size = 0;
		req.on('data', (/** @type {Buffer} */ chunk) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES) {
				res.writeHead(413, { 'content-type': 'text/plain' }).end('Request Entity Too Large');
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => handle(req, res, Buffer.concat(chunks)));
		req.on('error', () => res.destroy());
	});

	return {
		/** @param {number} port @param {string} host @returns {Promise<number>} the bound port */
		listen(port, host) {
			return new Promise((resolve, reject) => {
				server.once('error', reject);
				server.listen(port, host, () => {
					server.off('error', reject);
					resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port);
				});
			});
		},
		/** @returns {Promise<void>} */
		close() {
			for (const timer of timers) clearTimeout(timer);
			timers.clear();
			for (const res of held) res.destroy();
			held.clear();
			return new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			});
		},
	};
}

module.exports = { createSandboxServer };
