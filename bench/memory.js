// @ts-check
'use strict';

// The memory run: Return All over a large sandbox (default 50,000 orders) in a fresh n8n, once,
// after a one-page warm-up. Reports the peak resident memory of n8n and its task runner above
// what they held just before, per order, next to the size of the output items themselves (their
// JSON), and the V8 heap n8n holds after a forced garbage collection before and after the run
// (through its inspector, opened for this run only) before the run, after it, and after one more
// small execution, which shows whether anything is retained once the execution is over. The
// direct client (c) runs on the same data for comparison.
const { start1688Sandbox } = require('../sandbox');
const { alibaba1688SandboxCredentialData } = require('../scripts/lib/sandbox-credentials');
const { runBenchChild } = require('./child');
const { checkSameOrders, directClientConfig, PAGE_SIZE } = require('./compare');
const { BenchN8n } = require('./n8n-session');
const { CREDENTIAL_TYPE, GET_MANY_NODE, getManyWorkflow } = require('./workflows');

/**
 * @typedef {{ orders: number, wallMs: number, requests: number, idleRss: number, peakRss: number,
 *   outputJsonBytes: number, heapBefore: number, heapAfter: number, heapAfterNext: number, rssAfter: number,
 *   direct: { wallMs: number, peakRssDelta: number } }} MemoryResult
 */

/**
 * @param {{ config: import('./config').BenchConfig, tarball: string, log: (line: string) => void }} options
 * @returns {Promise<MemoryResult>}
 */
async function runMemory({ config, tarball, log }) {
	const orders = config.memoryOrders;
	const sb = await start1688Sandbox({
		orderCount: orders,
		latencyMs: config.latencyMs,
		seed: config.seed,
	});
	/** @type {BenchN8n | undefined} */
	let n8n;
	try {
		log(`memory: starting a fresh n8n for ${orders} orders`);
		n8n = await BenchN8n.start({ tarball, inspector: true });
		const credentialName = '1688 sandbox (bench memory)';
		const credentialId = await n8n.createCredential({
			name: credentialName,
			type: CREDENTIAL_TYPE,
			data: alibaba1688SandboxCredentialData(sb),
		});
		const spec = { credentialId, credentialName, concurrency: config.concurrency };
		const warmUp = await n8n.createWorkflow(
			getManyWorkflow({
				...spec,
				name: 'bench memory: one page',
				returnAll: false,
				limit: PAGE_SIZE,
			}),
		);
		const all = await n8n.createWorkflow(
			getManyWorkflow({ ...spec, name: 'bench memory: Return All' }),
		);
		const warm = await n8n.execute(warmUp);
		if (warm.status !== 'success') throw new Error(`memory warm-up failed: ${warm.error}`);

		const { access_token: accessToken } = sb.issueTokens({ appKey: sb.demo.appKey });
		sb.clearRequests();
		const direct = await runBenchChild('direct-client.js', {
			env: {
				BENCH_DIRECT_CLIENT: JSON.stringify(
					directClientConfig(sb, accessToken, config.concurrency),
				),
			},
		});
		log(`memory: (c) ${Math.round(direct.wallMs)} ms, ${direct.orders} orders`);

		const session = n8n;
		const heap = () => session.heapUsed();
		const heapBefore = await heap();

		sb.clearRequests();
		const run = await n8n.execute(all);
		if (run.status !== 'success') throw new Error(`memory run failed: ${run.error}`);
		const items = BenchN8n.output(run, GET_MANY_NODE);
		checkSameOrders(
			items.map((o) => o.orderId),
			direct.ids,
			`memory run (a)`,
		);
		const requests = sb.requests.length;
		const outputJsonBytes = Buffer.byteLength(JSON.stringify(items));
		run.runData = {};
		items.length = 0;
		// the run's data has been read back and let go here; give n8n a moment to settle
		await new Promise((resolve) => setTimeout(resolve, 2000));
		const heapAfter = await heap();
		const rssAfter = n8n.sampler.samples[n8n.sampler.samples.length - 1][1];
		// n8n's expression runtime keeps the data of the last expression it evaluated (here: the
		// credential's session field, read during the run), so the next execution lets it go
		const next = await n8n.execute(warmUp);
		if (next.status !== 'success') throw new Error(`memory follow-up run failed: ${next.error}`);
		next.runData = {};
		const heapAfterNext = await heap();
		log(
			`memory: (a) ${Math.round(run.wallMs)} ms, peak +${Math.round((run.peakRss - run.idleRss) / 1048576)} MiB`,
		);
		return {
			orders,
			wallMs: run.wallMs,
			requests,
			idleRss: run.idleRss,
			peakRss: run.peakRss,
			outputJsonBytes,
			heapBefore,
			heapAfter,
			heapAfterNext,
			rssAfter,
			direct: { wallMs: direct.wallMs, peakRssDelta: direct.peakRss - direct.idleRss },
		};
	} finally {
		await n8n?.stop();
		await sb.close();
	}
}

module.exports = { runMemory };
