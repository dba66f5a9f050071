// @ts-check
'use strict';

// A loopback HTTP server that answers every request with whatever the test says, for fuzzing how
// the nodes and credentials cope with odd platform replies: a gateway or token endpoint that answers
// HTML, garbage, truncated JSON, or drops the connection. Kept in JS because the n8n lint forbids
// node:* servers in .ts files.
const http = require('node:http');

/**
 * @typedef {{ method: string, path: string, query: Record<string, string>, body: string }} ReceivedRequest
 * @typedef {{
 *   status?: number,               // default 200
 *   contentType?: string,          // default application/json;charset=UTF-8
 *   body?: string,                 // default ''
 *   drop?: 'before' | 'midway',    // close the connection before answering, or halfway through the body
 * }} Reply
 */

/**
 * @param {(request: ReceivedRequest) => Reply} [respond] what to answer (changeable later with `setResponder`)
 */
async function startReplyServer(respond = () => ({ body: '{}' })) {
	let responder = respond;
	/** @type {ReceivedRequest[]} */
	const received = [];
	const server = http.createServer((req, res) => {
		/** @type {Buffer[]} */
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			/** @type {ReceivedRequest} */
			const request = {
				method: req.method ?? '',
				path: url.pathname,
				query: Object.fromEntries(url.searchParams),
				body: Buffer.concat(chunks).toString('utf8'),
			};
			received.push(request);
			/** @type {Reply} */
			let reply;
			try {
				reply = responder(request);
			} catch (error) {
				reply = { status: 599, contentType: 'text/plain', body: `responder failed: ${error}` };
			}
			if (reply.drop === 'before') {
				req.socket.destroy();
				return;
			}
			const body = Buffer.from(reply.body ?? '', 'utf8');
			res.writeHead(reply.status ?? 200, {
				'content-type': reply.contentType ?? 'application/json;charset=UTF-8',
				'content-length': String(body.length),
			});
			if (reply.drop === 'midway') {
				res.write(body.subarray(0, Math.floor(body.length / 2)));
				res.socket?.destroy();
				return;
			}
			res.end(body);
		});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve(undefined));
	});
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${address.port}`,
		received,
		/** @param {(request: ReceivedRequest) => Reply} next */
		setResponder: (next) => {
			responder = next;
		},
		/** @returns {Promise<void>} */
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

module.exports = { startReplyServer };
