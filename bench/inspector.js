// @ts-check
'use strict';

// A session with a Node process's inspector (its ws:// URL): send a DevTools protocol command,
// get its reply. Needs Node >= 22 (global WebSocket): the bench runs its users under n8n's Node.

/**
 * @param {string} url
 * @returns {Promise<{ send: (method: string, params?: object) => Promise<any>, close: () => void }>}
 */
async function connectInspector(url) {
	const socket = new WebSocket(url);
	await new Promise((resolve, reject) => {
		socket.addEventListener('open', resolve, { once: true });
		socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)), {
			once: true,
		});
	});
	let nextId = 1;
	/** @type {Map<number, (message: any) => void>} */
	const pending = new Map();
	socket.addEventListener('message', (event) => {
		const message = JSON.parse(String(event.data));
		pending.get(message.id)?.(message);
		pending.delete(message.id);
	});
	return {
		send: (method, params = {}) =>
			new Promise((resolve) => {
				const id = nextId++;
				pending.set(id, resolve);
				socket.send(JSON.stringify({ id, method, params }));
			}),
		close: () => socket.close(),
	};
}

module.exports = { connectInspector };
