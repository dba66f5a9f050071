// @ts-check
'use strict';

// Asks a Node process's inspector (ws:// URL as the only argument) to collect garbage, then
// prints its V8 heap use as one JSON line: { usedSize, totalSize } in bytes. Needs Node >= 22
// (global WebSocket): bench/run.js runs it under n8n's Node.

async function main() {
	const url = process.argv[2];
	if (!url) throw new Error('usage: heap-probe.js ws://127.0.0.1:PORT/ID');
	const socket = new WebSocket(url);
	await new Promise((resolve, reject) => {
		socket.addEventListener('open', resolve, { once: true });
		socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)), { once: true });
	});
	let nextId = 1;
	/** @type {Map<number, (message: any) => void>} */
	const pending = new Map();
	socket.addEventListener('message', (event) => {
		const message = JSON.parse(String(event.data));
		const resolve = pending.get(message.id);
		if (resolve) {
			pending.delete(message.id);
			resolve(message);
		}
	});
	/** @param {string} method @returns {Promise<any>} */
	const send = (method) =>
		new Promise((resolve) => {
			const id = nextId++;
			pending.set(id, resolve);
			socket.send(JSON.stringify({ id, method }));
		});
	// twice: objects freed by the first collection's finalizers go in the second
	await send('HeapProfiler.collectGarbage');
	await send('HeapProfiler.collectGarbage');
	const usage = await send('Runtime.getHeapUsage');
	socket.close();
	process.stdout.write(`${JSON.stringify(usage.result)}\n`);
}

main().catch((error) => {
	process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
	process.exit(1);
});
