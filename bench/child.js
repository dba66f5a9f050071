// @ts-check
'use strict';

// Runs one bench script in a child process under n8n's own Node (the pinned runtime), so the
// floor client and the micro-benchmarks run on the same Node as the package does in n8n, and
// reads the one JSON line it prints. Asynchronous: the sandbox serving it lives in this process.
const { execFile } = require('node:child_process');
const path = require('node:path');
const { runtimePaths } = require('../scripts/lib/runtime');

/**
 * @param {string} script a file in bench/
 * @param {{ env?: Record<string, string>, args?: string[], timeoutMs?: number }} [options]
 * @returns {Promise<any>}
 */
function runBenchChild(script, { env = {}, args = [], timeoutMs = 600_000 } = {}) {
	const { node } = runtimePaths();
	return new Promise((resolve, reject) => {
		execFile(
			node,
			[path.join(__dirname, script), ...args],
			{ env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 },
			(error, stdout, stderr) => {
				if (error) {
					reject(new Error(`bench/${script} failed: ${error.message}\n${stderr.slice(-3000)}`));
					return;
				}
				const last = stdout.trim().split('\n').pop() ?? '';
				try {
					resolve(JSON.parse(last));
				} catch {
					reject(new Error(`bench/${script} printed no JSON line:\n${stdout.slice(-3000)}`));
				}
			},
		);
	});
}

module.exports = { runBenchChild };
