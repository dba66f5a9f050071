// @ts-check
'use strict';

// A tiny HTTP endpoint for push-message tests: listens on 127.0.0.1 (a free port), records every
// request with its raw body, and answers what `respond` says (default 204, as the 1688 SDK's
// receiver does on success). Kept in JS because the n8n lint forbids node:* servers in .ts files.
const http = require('node:http');

/**
 * @typedef {{ method: string, path: string, headers: import('node:http').IncomingHttpHeaders, rawBody: string }} ReceivedPush
 * @typedef {{ status: number, body?: string }} PushAnswer
 */

/**
 * @param {{ respond?: (request: ReceivedPush) => PushAnswer, path?: string }} [options]
 */
async function startPushReceiver(options = {}) {
	const { respond = () => ({ status: 204 }), path = '/push' } = options;
	/** @type {ReceivedPush[]} */
	const received = [];
	const server = http.createServer((req, res) => {
		/** @type {Buffer[]} */
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			/** @type {ReceivedPush} */
			const request = {
				method: req.method ?? '',
				path: req.url ?? '',
				headers: req.headers,
				rawBody: Buffer.concat(chunks).toString('utf8'),
			};
			received.push(request);
			/** @type {PushAnswer} */
			let answer;
			try {
				answer = respond(request);
			} catch (error) {
				answer = { status: 500, body: error instanceof Error ? error.message : String(error) };
			}
			const body = Buffer.from(answer.body ?? '', 'utf8');
			const length = answer.status === 204 ? 0 : body.length;
			res.writeHead(answer.status, {
				'content-type': 'text/plain;charset=UTF-8',
				'content-length': String(length),
			});
			res.end(answer.status === 204 ? undefined : body);
		});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve(undefined));
	});
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${address.port}${path}`,
		received,
		/** @returns {Promise<void>} */
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

module.exports = { startPushReceiver };
