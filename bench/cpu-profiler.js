// @ts-check
'use strict';

// Child of bench/cpu-breakdown.js, under n8n's Node (global WebSocket): profiles a Node process's
// main thread through its inspector (ws:// URL, first argument) until told which wall-clock window
// to report, then prints where that window's time went as one JSON line.
// Protocol: prints {"profiling":true} once the profiler runs; reads one JSON line
// {"from": epochMs, "to": epochMs} from stdin; prints the breakdown and exits.
const readline = require('node:readline');
const { connectInspector } = require('./inspector');

const SAMPLING_US = 200;

/**
 * Who spent a sample: the innermost frame (from the leaf up) whose script one of these owns.
 * Node's own modules (streams, events, timers) are skipped over: they run for whoever called them.
 */
const OWNERS = /** @type {const} */ ([
	['package', /node_modules\/n8n-nodes-1688-mogujie\/dist\//],
	[
		'httpClient',
		/node_modules\/(axios|follow-redirects|@n8n\/backend-network|proxy-from-env|form-data)\/|^node:(https?|_http_\w+|net|tls|dns)$/,
	],
	[
		'database',
		/node_modules\/(@n8n\/typeorm|sqlite3|@n8n\/db)\/|n8n\/dist\/(executions|databases)\//,
	],
	['n8n', /node_modules\/(n8n|n8n-core|n8n-workflow|@n8n\/[\w-]+|express|flatted|stream-json)\//],
]);

/** @typedef {{ id: number, callFrame: { functionName: string, url: string }, children?: number[] }} ProfileNode */

/**
 * @param {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[], startTime: number }} profile
 * @param {number} fromUs @param {number} toUs monotonic microseconds, as the profile's clock
 */
function breakdown(profile, fromUs, toUs) {
	/** @type {Map<number, ProfileNode>} */
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	/** @type {Map<number, number>} */
	const parentOf = new Map();
	for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
	/** @type {Map<number, string>} */
	const ownerCache = new Map();
	/** @param {number} id @returns {string} */
	const ownerOf = (id) => {
		const cached = ownerCache.get(id);
		if (cached) return cached;
		const leaf = /** @type {ProfileNode} */ (byId.get(id)).callFrame.functionName;
		/** @type {string} */
		let owner =
			leaf === '(idle)'
				? 'idle'
				: leaf === '(garbage collector)'
					? 'gc'
					: leaf === '(program)'
						? 'v8'
						: 'other';
		for (
			let at = /** @type {number | undefined} */ (id);
			owner === 'other' && at !== undefined;
			at = parentOf.get(at)
		) {
			const url = /** @type {ProfileNode} */ (byId.get(at)).callFrame.url;
			owner = OWNERS.find(([, pattern]) => pattern.test(url))?.[0] ?? 'other';
		}
		ownerCache.set(id, owner);
		return owner;
	};
	/** @type {Record<string, number>} */
	const ms = { idle: 0, gc: 0, v8: 0, package: 0, httpClient: 0, database: 0, n8n: 0, other: 0 };
	let at = profile.startTime;
	for (let i = 0; i < profile.samples.length; i++) {
		const delta = profile.timeDeltas[i] ?? 0;
		at += delta;
		if (at > fromUs && at <= toUs) ms[ownerOf(profile.samples[i])] += delta / 1000;
	}
	return ms;
}

async function main() {
	const inspector = await connectInspector(process.argv[2] ?? '');
	await inspector.send('Profiler.enable');
	await inspector.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
	await inspector.send('Profiler.start');
	process.stdout.write(`${JSON.stringify({ profiling: true })}\n`);
	const lines = readline.createInterface({ input: process.stdin });
	const window = JSON.parse(String((await lines[Symbol.asyncIterator]().next()).value));
	lines.close();
	const { result } = await inspector.send('Profiler.stop');
	inspector.close();
	// The profile's clock is the monotonic clock, the same in every process on this machine.
	const monotonicMinusWallUs = Number(process.hrtime.bigint() / 1000n) - Date.now() * 1000;
	const toUs = (/** @type {number} */ epochMs) => epochMs * 1000 + monotonicMinusWallUs;
	const ms = breakdown(result.profile, toUs(window.from), toUs(window.to));
	process.stdout.write(`${JSON.stringify({ samplingUs: SAMPLING_US, ms })}\n`);
}

main().catch((error) => {
	process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
	process.exit(1);
});
