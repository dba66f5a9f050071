// @ts-check
'use strict';

// Where the time of one execution went on n8n's main thread: a CPU profile (bench/cpu-profiler.js,
// through n8n's inspector) cut to the execution's startedAt → stoppedAt and split by who ran:
// the package, n8n's HTTP client, n8n's database, the rest of n8n, garbage collection, idle.
const { spawn } = require('node:child_process');
const path = require('node:path');
const readline = require('node:readline');
const { runtimePaths } = require('../scripts/lib/runtime');

/**
 * @typedef {{ samplingUs: number, ms: Record<'idle' | 'gc' | 'v8' | 'package' | 'httpClient' | 'database' | 'n8n' | 'other', number> }} CpuBreakdown
 */

/**
 * Starts profiling the process behind `inspectorUrl`; `stop` reports the window given.
 * @param {string} inspectorUrl
 * @returns {Promise<{ stop: (window: { from: number, to: number }) => Promise<CpuBreakdown> }>}
 */
async function startCpuProfile(inspectorUrl) {
	const { node } = runtimePaths();
	const child = spawn(node, [path.join(__dirname, 'cpu-profiler.js'), inspectorUrl], {
		stdio: ['pipe', 'pipe', 'inherit'],
	});
	const lines = readline
		.createInterface({ input: /** @type {NodeJS.ReadableStream} */ (child.stdout) })
		[Symbol.asyncIterator]();
	const nextLine = async () => {
		const { value, done } = await lines.next();
		if (done) throw new Error('bench/cpu-profiler.js ended without an answer');
		return JSON.parse(String(value));
	};
	await nextLine();
	return {
		async stop(window) {
			/** @type {NodeJS.WritableStream} */ (child.stdin).write(`${JSON.stringify(window)}\n`);
			return /** @type {CpuBreakdown} */ (await nextLine());
		},
	};
}

module.exports = { startCpuProfile };
