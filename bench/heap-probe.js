// @ts-check
'use strict';

// Asks a Node process's inspector (ws:// URL as the only argument) to collect garbage, then
// prints its V8 heap use as one JSON line: { usedSize, totalSize } in bytes. Needs Node >= 22
// (global WebSocket): bench/run.js runs it under n8n's Node.
const { connectInspector } = require('./inspector');

async function main() {
	const url = process.argv[2];
	if (!url) throw new Error('usage: heap-probe.js ws://127.0.0.1:PORT/ID');
	const inspector = await connectInspector(url);
	// twice: objects freed by the first collection's finalizers go in the second
	await inspector.send('HeapProfiler.collectGarbage');
	await inspector.send('HeapProfiler.collectGarbage');
	const usage = await inspector.send('Runtime.getHeapUsage');
	inspector.close();
	process.stdout.write(`${JSON.stringify(usage.result)}\n`);
}

main().catch((error) => {
	process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
	process.exit(1);
});
