// @ts-check
'use strict';

// The comparison on one sandbox and one running n8n, the same data for all:
// (a) the package's Get Many → Return All, (b) the DIY workflow, (c) the direct client, and
// (a′) the package's Get Many without n8n (bench/package-client.js), which tells the package's own
// cost from n8n's. Rounds run c, a′, a, b in turn (warm-up rounds first, not counted), so load from
// elsewhere on the machine falls on all alike. Every run's orders are checked against (c)'s: same
// ids, in the same order.
const { start1688Sandbox } = require('../sandbox');
const { alibaba1688SandboxCredentialData } = require('../scripts/lib/sandbox-credentials');
const { runBenchChild } = require('./child');
const { BenchN8n } = require('./n8n-session');
const {
	CREDENTIAL_TYPE,
	GET_MANY_NODE,
	DIY_OUTPUT_NODE,
	getManyWorkflow,
	diyWorkflow,
} = require('./workflows');

const PAGE_SIZE = 50;

/**
 * @typedef {{ wallMs: number, nodeMs?: number, requests: number, orders: number, peakRssDelta: number }} RunResult
 * @typedef {{ a: RunResult[], b: RunResult[], c: RunResult[], outside: RunResult[], requestsByApi: Record<string, Record<string, number>>,
 *   aProfile?: { wallMs: number, cpu: import('./cpu-breakdown').CpuBreakdown } }} Comparison
 */

/**
 * What (c) is given: the sandbox, a token of its own, the bench's page size and concurrency; it
 * returns the order ids so that the other runs can be checked against them.
 * @param {{ url: string, demo: { appKey: string, appSecret: string } }} sb @param {string} accessToken @param {number} concurrency
 */
const directClientConfig = (sb, accessToken, concurrency) => ({
	gatewayUrl: sb.url,
	appKey: sb.demo.appKey,
	appSecret: sb.demo.appSecret,
	accessToken,
	pageSize: PAGE_SIZE,
	concurrency,
	ids: true,
});

/** @param {any[]} ids @param {string[]} expected @param {string} label */
function checkSameOrders(ids, expected, label) {
	if (ids.length !== expected.length) {
		throw new Error(`${label} returned ${ids.length} orders, the direct client ${expected.length}`);
	}
	const differs = ids.findIndex((id, i) => String(id) !== expected[i]);
	if (differs >= 0) {
		throw new Error(
			`${label}: order #${differs + 1} is ${ids[differs]}, the direct client's is ${expected[differs]}`,
		);
	}
}

/** @param {import('../sandbox/common/server').RequestLogEntry[]} requests */
function countByApi(requests) {
	/** @type {Record<string, number>} */
	const counts = {};
	for (const r of requests) {
		const api = r.api ?? r.path;
		counts[api] = (counts[api] ?? 0) + 1;
	}
	return counts;
}

/**
 * @param {{ config: import('./config').BenchConfig, tarball: string, log: (line: string) => void }} options
 * @returns {Promise<Comparison>}
 */
async function runComparison({ config, tarball, log }) {
	const sb = await start1688Sandbox({
		orderCount: config.orders,
		latencyMs: config.latencyMs,
		seed: config.seed,
	});
	/** @type {BenchN8n | undefined} */
	let n8n;
	try {
		log('comparison: starting n8n with the package');
		n8n = await BenchN8n.start({ tarball, inspector: true });
		const credentialName = '1688 sandbox (bench)';
		const credentialId = await n8n.createCredential({
			name: credentialName,
			type: CREDENTIAL_TYPE,
			data: alibaba1688SandboxCredentialData(sb),
		});
		const workflowA = await n8n.createWorkflow(
			getManyWorkflow({
				name: 'bench (a): Get Many, Return All',
				credentialId,
				credentialName,
				concurrency: config.concurrency,
			}),
		);
		// (b) and (c) sign with an access token of their own, as a DIY user pastes one in
		const { access_token: accessToken } = sb.issueTokens({ appKey: sb.demo.appKey });
		const workflowB = await n8n.createWorkflow(
			diyWorkflow({
				name: 'bench (b): DIY',
				gatewayUrl: sb.url,
				appKey: sb.demo.appKey,
				appSecret: sb.demo.appSecret,
				accessToken,
			}),
		);
		const directConfig = directClientConfig(sb, accessToken, config.concurrency);

		/** @type {Comparison} */
		const results = { a: [], b: [], c: [], outside: [], requestsByApi: {} };
		/** @type {string[]} */
		let expected = [];
		const session = /** @type {BenchN8n} */ (n8n);

		/** @param {'a' | 'b'} variant */
		const inN8n = async (variant) => {
			sb.clearRequests();
			const execution = await session.execute(variant === 'a' ? workflowA : workflowB);
			if (execution.status !== 'success') {
				throw new Error(
					`(${variant}) execution ${execution.id} ended ${execution.status}: ${execution.error ?? ''}`,
				);
			}
			const node = variant === 'a' ? GET_MANY_NODE : DIY_OUTPUT_NODE;
			const items = BenchN8n.output(execution, node);
			const ids = items.map((o) =>
				variant === 'a' ? o.orderId : (o.baseInfo?.idOfStr ?? o.baseInfo?.id),
			);
			checkSameOrders(ids, expected, `(${variant})`);
			results.requestsByApi[variant] = countByApi(sb.requests);
			return {
				wallMs: execution.wallMs,
				...(variant === 'a' ? { nodeMs: execution.nodeMs[GET_MANY_NODE] } : {}),
				requests: sb.requests.length,
				orders: items.length,
				peakRssDelta: execution.peakRss - execution.idleRss,
			};
		};
		const direct = async () => {
			sb.clearRequests();
			const run = await runBenchChild('direct-client.js', {
				env: { BENCH_DIRECT_CLIENT: JSON.stringify(directConfig) },
			});
			if (run.orders !== config.orders) {
				throw new Error(`(c) returned ${run.orders} orders; the sandbox has ${config.orders}`);
			}
			expected = run.ids;
			results.requestsByApi.c = countByApi(sb.requests);
			return {
				wallMs: run.wallMs,
				requests: sb.requests.length,
				orders: run.orders,
				peakRssDelta: run.peakRss - run.idleRss,
			};
		};

		// (a′)'s stand-in context keeps its credential in its own process: it signs with that token too
		const packageClient = {
			credential: alibaba1688SandboxCredentialData(sb, { accessToken }),
			concurrency: config.concurrency,
			ids: true,
		};
		const outside = async () => {
			sb.clearRequests();
			const run = await runBenchChild('package-client.js', {
				env: { BENCH_PACKAGE_CLIENT: JSON.stringify(packageClient) },
			});
			checkSameOrders(run.ids, expected, '(a′)');
			return {
				wallMs: run.wallMs,
				requests: sb.requests.length,
				orders: run.orders,
				peakRssDelta: run.peakRss - run.idleRss,
			};
		};

		const rounds = config.warmup + config.runs;
		for (let round = 1; round <= rounds; round++) {
			const measured = round > config.warmup;
			const label = measured
				? `run ${round - config.warmup}/${config.runs}`
				: `warm-up ${round}/${config.warmup}`;
			// (c) first: its ids are what (a) and (b) must return
			const c = await direct();
			const aOutside = await outside();
			const a = await inN8n('a');
			const b = await inN8n('b');
			log(
				`comparison ${label}: (a) ${Math.round(a.wallMs)} ms, (b) ${Math.round(b.wallMs)} ms, (c) ${Math.round(c.wallMs)} ms, (a′) ${Math.round(aOutside.wallMs)} ms`,
			);
			if (measured) {
				results.outside.push(aOutside);
				results.a.push(a);
				results.b.push(b);
				results.c.push(c);
			}
		}
		log('comparison: one more (a), CPU-profiled (not counted above)');
		const profiled = await session.execute(workflowA, { profile: true });
		checkSameOrders(
			BenchN8n.output(profiled, GET_MANY_NODE).map((o) => o.orderId),
			expected,
			'(a) profiled',
		);
		results.aProfile = {
			wallMs: profiled.wallMs,
			cpu: /** @type {import('./cpu-breakdown').CpuBreakdown} */ (profiled.cpu),
		};
		return results;
	} finally {
		await n8n?.stop();
		await sb.close();
	}
}

module.exports = { runComparison, checkSameOrders, countByApi, directClientConfig, PAGE_SIZE };
