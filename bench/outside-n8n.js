// @ts-check
'use strict';

// Where (a)'s time goes: the package's Get Many with a stand-in for n8n's execution context
// (bench/package-client.js) next to the direct client (c), on the same sandbox data, alternating,
// under n8n's Node. If the two are close, what separates (a) from (c) in the real n8n is n8n's own
// per-request machinery, not the package. `node bench/outside-n8n.js [--runs N] [--orders N] …`
// (the flags of `npm run bench`; needs `npm run build`). Prints its figures; writes nothing.
const { start1688Sandbox } = require('../sandbox');
const { alibaba1688SandboxCredentialData } = require('../scripts/lib/sandbox-credentials');
const { runBenchChild } = require('./child');
const { readConfig } = require('./config');
const { summary } = require('./stats');

async function main() {
	const config = readConfig(process.argv.slice(2), process.env);
	const sb = await start1688Sandbox({
		orderCount: config.orders,
		latencyMs: config.latencyMs,
		seed: config.seed,
	});
	try {
		const tokens = sb.issueTokens({ appKey: sb.demo.appKey });
		const credential = alibaba1688SandboxCredentialData(sb, {
			accessToken: tokens.access_token,
			refreshToken: tokens.refresh_token,
		});
		const direct = {
			gatewayUrl: sb.url,
			appKey: sb.demo.appKey,
			appSecret: sb.demo.appSecret,
			accessToken: tokens.access_token,
			pageSize: 50,
			concurrency: config.concurrency,
		};
		/** @type {{ a: number[], c: number[] }} */
		const times = { a: [], c: [] };
		for (let run = 0; run <= config.runs; run++) {
			const a = await runBenchChild('package-client.js', {
				env: {
					BENCH_PACKAGE_CLIENT: JSON.stringify({ credential, concurrency: config.concurrency }),
				},
			});
			const c = await runBenchChild('direct-client.js', {
				env: { BENCH_DIRECT_CLIENT: JSON.stringify(direct) },
			});
			// run 0 warms the sandbox up
			if (run === 0) continue;
			times.a.push(a.wallMs);
			times.c.push(c.wallMs);
			process.stderr.write(
				`[outside-n8n] run ${run}: package ${a.wallMs.toFixed(0)} ms (${a.orders} orders), direct ${c.wallMs.toFixed(0)} ms\n`,
			);
		}
		const a = summary(times.a).median;
		const c = summary(times.c).median;
		process.stdout.write(
			`package's Get Many outside n8n: ${a.toFixed(0)} ms; direct client: ${c.toFixed(0)} ms; ratio ${(a / c).toFixed(2)}× (medians of ${config.runs}, ${config.orders} orders, ${config.latencyMs} ms latency, ${config.concurrency} at once)\n`,
		);
	} finally {
		await sb.close();
	}
}

main().catch((error) => {
	process.stderr.write(`[outside-n8n] failed: ${error && error.stack ? error.stack : error}\n`);
	process.exit(1);
});
