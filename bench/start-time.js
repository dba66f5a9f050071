// @ts-check
'use strict';

// How long n8n takes from spawn to ready (GET /healthz/readiness answers 200, polled every
// 20 ms), with and without the package installed: two user folders, one warm-up start each
// (database migrations), then measured starts in pairs, one of each right after the other (which
// one first alternates), so other load on the machine falls on both alike. Also the part of the
// start where n8n loads and post-processes every node package, the only part the package takes
// part in, read from the timestamps of n8n's own debug log lines around it.
const { N8nInstance } = require('../scripts/lib/n8n');
const { freePort } = require('../scripts/lib/ports');
const { stopProcess } = require('../scripts/lib/n8n-process');

/** @typedef {{ withoutMs: number[], withMs: number[], loadingWithoutMs: number[], loadingWithMs: number[] }} StartTimes */

// n8n 2.41's debug lines just before it loads the first node package and just after it has
// post-processed them all
const LOADING_BEGINS = /Lazy-loading nodes and credentials from n8n-nodes-base/;
const LOADING_ENDS = /Context establishment hooks feature is|Injecting context establishment hooks/;

/** The time of day n8n printed on the first line matching `pattern`, in ms. @param {string} log @param {RegExp} pattern */
function loggedAt(log, pattern) {
	const line = log.split('\n').find((l) => pattern.test(l));
	const match = line && /(\d\d):(\d\d):(\d\d)\.(\d{3})/.exec(line);
	if (!match) return undefined;
	const [h, m, sec, milli] = match.slice(1).map(Number);
	return ((h * 60 + m) * 60 + sec) * 1000 + milli;
}

/**
 * @param {InstanceType<typeof N8nInstance>} n8n started with N8N_LOG_LEVEL=debug
 * @returns {Promise<{ readyMs: number, loadingMs: number }>} spawn to ready; node loading
 */
async function timedStart(n8n) {
	const port = await freePort();
	const brokerPort = await freePort();
	const env = {
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
	};
	let output = '';
	const started = performance.now();
	const proc = n8n.spawn(['start'], { brokerPort, env }, (_stream, text) => {
		output += text;
	});
	try {
		const deadline = Date.now() + 240_000;
		for (;;) {
			if (!proc.isRunning()) throw new Error(`n8n exited during startup:\n${output.slice(-8000)}`);
			if (Date.now() > deadline)
				throw new Error(`n8n was not ready in 240 s:\n${output.slice(-8000)}`);
			try {
				const res = await fetch(`http://127.0.0.1:${port}/healthz/readiness`, {
					signal: AbortSignal.timeout(1000),
				});
				await res.arrayBuffer();
				if (res.status === 200) {
					const readyMs = performance.now() - started;
					const begins = loggedAt(output, LOADING_BEGINS);
					const ends = loggedAt(output, LOADING_ENDS);
					if (begins === undefined || ends === undefined) {
						throw new Error(
							"n8n's debug log did not show where it loads node packages (another n8n version?)",
						);
					}
					return { readyMs, loadingMs: (ends - begins + 86_400_000) % 86_400_000 };
				}
			} catch {
				// not listening yet
			}
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	} finally {
		await stopProcess(proc, 20_000);
	}
}

/**
 * @param {{ tarball: string, runs: number, log?: (line: string) => void }} options
 * @returns {Promise<StartTimes>}
 */
async function measureStartTimes({ tarball, runs, log = () => {} }) {
	const options = { keepLogs: false, env: { N8N_LOG_LEVEL: 'debug' } };
	const without = await N8nInstance.create(options);
	const withPackage = await N8nInstance.create(options);
	try {
		await withPackage.installPackage(tarball);
		log('start time: warm-up starts (database migrations)');
		await timedStart(without);
		await timedStart(withPackage);
		/** @type {StartTimes} */
		const times = { withoutMs: [], withMs: [], loadingWithoutMs: [], loadingWithMs: [] };
		const startWithout = async () => {
			const t = await timedStart(without);
			times.withoutMs.push(t.readyMs);
			times.loadingWithoutMs.push(t.loadingMs);
		};
		const startWith = async () => {
			const t = await timedStart(withPackage);
			times.withMs.push(t.readyMs);
			times.loadingWithMs.push(t.loadingMs);
		};
		for (let run = 1; run <= runs; run++) {
			// which one starts first alternates too
			if (run % 2) {
				await startWithout();
				await startWith();
			} else {
				await startWith();
				await startWithout();
			}
			const i = run - 1;
			log(
				`start time ${run}/${runs}: without ${Math.round(times.withoutMs[i])} ms (loading nodes ${times.loadingWithoutMs[i]} ms), with the package ${Math.round(times.withMs[i])} ms (${times.loadingWithMs[i]} ms)`,
			);
		}
		return times;
	} finally {
		await without.cleanup();
		await withPackage.cleanup();
	}
}

module.exports = { measureStartTimes };
