// @ts-check
'use strict';

// (a) without n8n around it: the package's own 1688 node, Purchase Order → Get Many → Return All,
// driven through the stand-in for n8n's execution context the integration tests also use (scripts/lib/n8n-context.js:
// the same credential handling, plain node:http instead of n8n's HTTP client). Comparing it with
// (c) tells the package's own cost apart from n8n's: (a′) of the comparison. Run as a child process by
// bench/compare.js (settings as JSON in BENCH_PACKAGE_CLIENT); prints one JSON line.
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { CredentialStore, runNode } = require('../scripts/lib/n8n-context');

const dist = path.join(__dirname, '..', 'dist');
const { Alibaba1688 } = require(path.join(dist, 'nodes', 'Alibaba1688', 'Alibaba1688.node.js'));
const { Alibaba1688OAuth2Api } = require(
	path.join(dist, 'credentials', 'Alibaba1688OAuth2Api.credentials.js'),
);

async function main() {
	const config = JSON.parse(process.env.BENCH_PACKAGE_CLIENT ?? '{}');
	const store = new CredentialStore('alibaba1688OAuth2Api', {
		...config.credential,
		session: `={{ $now.toMillis() < ${Date.now() + 3_600_000} ? "valid" : "" }}`,
	});
	const idleRss = process.memoryUsage().rss;
	const started = performance.now();
	const { output } = await runNode(Alibaba1688, {
		credentialType: new Alibaba1688OAuth2Api(),
		store,
		parameters: {
			resource: 'purchaseOrder',
			operation: 'getMany',
			returnAll: true,
			filters: {},
			options: { maxConcurrentRequests: config.concurrency },
		},
	});
	const wallMs = performance.now() - started;
	const peakRss = process.resourceUsage().maxRSS * 1024;
	process.stdout.write(
		`${JSON.stringify({
			wallMs,
			orders: output.length,
			...(config.ids ? { ids: output.map((item) => item.json.orderId) } : {}),
			idleRss,
			peakRss,
		})}\n`,
	);
}

main().catch((error) => {
	process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
	process.exit(1);
});
