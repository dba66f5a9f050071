// @ts-check
'use strict';

// Per-request costs of the package without a network, in the built package (dist/): the
// credential's `authenticate` (signing), the transport's request building + signing + reply
// classification with an in-memory stand-in for n8n's httpRequestWithAuthentication (bench
// code only), the same with a real 50-order page as the reply, and the Simplify step per order.
// It also times loading the package's node and credential modules in fresh processes (what the
// package adds to n8n's start, without n8n's own noise).
//
// Run as a child process by bench/run.js (under n8n's Node): prints one JSON line.
const { execFileSync } = require('node:child_process');
const http = require('node:http');
const path = require('node:path');
const { start1688Sandbox } = require('../sandbox');

const root = path.join(__dirname, '..');
const dist = (/** @type {string} */ file) => path.join(root, 'dist', file);
const { Alibaba1688OAuth2Api } = require(dist('credentials/Alibaba1688OAuth2Api.credentials.js'));
const { alibaba1688ApiRequest } = require(dist('nodes/Alibaba1688/transport/index.js'));
const { aopSignature } = require(dist('nodes/Alibaba1688/auth/signature.js'));
const { parseJsonObject } = require(dist('nodes/shared/helpers/json.js'));
const { simplifyOrder } = require(dist('nodes/Alibaba1688/helpers/simplify-order.js'));

const API = 'param2/1/com.alibaba.trade/alibaba.trade.getBuyerOrderList';

/**
 * Mean µs per call of `fn`, over `iterations` calls after `warmup` calls.
 * @param {() => unknown | Promise<unknown>} fn @param {number} iterations @param {number} [warmup]
 */
async function timePerCall(fn, iterations, warmup = Math.ceil(iterations / 5)) {
	for (let i = 0; i < warmup; i++) await fn();
	const started = process.hrtime.bigint();
	for (let i = 0; i < iterations; i++) await fn();
	return Number(process.hrtime.bigint() - started) / 1000 / iterations;
}

/** A raw getBuyerOrderList page of `pageSize` orders, as the sandbox's gateway sends it. */
async function samplePage(pageSize = 50) {
	const sb = await start1688Sandbox({ orderCount: pageSize * 2 });
	try {
		const { access_token: accessToken } = sb.issueTokens({ appKey: sb.demo.appKey });
		const urlPath = `${API}/${sb.demo.appKey}`;
		/** @type {Record<string, string>} */
		const params = {
			page: '1',
			pageSize: String(pageSize),
			access_token: accessToken,
			_aop_timestamp: String(Date.now()),
		};
		params._aop_signature = aopSignature(urlPath, params, sb.demo.appSecret);
		const text = await new Promise((resolve, reject) => {
			const req = http.request(
				`${sb.url}/openapi/${urlPath}`,
				{ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
				(res) => {
					/** @type {Buffer[]} */
					const chunks = [];
					res.on('data', (c) => chunks.push(c));
					res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
				},
			);
			req.on('error', reject);
			req.end(new URLSearchParams(params).toString());
		});
		return {
			text: /** @type {string} */ (text),
			gatewayUrl: sb.url,
			appKey: sb.demo.appKey,
			appSecret: sb.demo.appSecret,
			accessToken,
		};
	} finally {
		await sb.close();
	}
}

/** Median ms to require the package's nodes and credentials in a fresh process. @param {number} runs */
function moduleLoadMs(runs) {
	const manifest = require(path.join(root, 'package.json'));
	const files = [...manifest.n8n.credentials, ...manifest.n8n.nodes].map((f) => path.join(root, f));
	// n8n-workflow is loaded first and not counted: n8n has it loaded already
	const script = `require('n8n-workflow');const t=process.hrtime.bigint();for(const f of ${JSON.stringify(files)}){const m=require(f);for(const k of Object.keys(m)){if(typeof m[k]==='function')new m[k]();}}process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6));`;
	const times = [];
	for (let i = 0; i < runs; i++) {
		times.push(
			Number(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })),
		);
	}
	times.sort((a, b) => a - b);
	return { medianMs: times[Math.floor(times.length / 2)], runs, files: files.length };
}

async function main() {
	const iterations = Number(process.env.BENCH_MICRO_ITERATIONS || 20_000);
	const page = await samplePage();
	const credential = new Alibaba1688OAuth2Api();
	const credentialData = {
		appKey: page.appKey,
		appSecret: page.appSecret,
		gatewayUrl: page.gatewayUrl,
		accessToken: page.accessToken,
		session: 'active',
	};
	const call = {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.getBuyerOrderList',
		params: { page: 7, pageSize: 50 },
		retry: /** @type {const} */ ('safe'),
	};
	// what alibaba1688ApiRequest hands n8n for that call
	const request = () => ({
		method: /** @type {const} */ ('POST'),
		url: `${page.gatewayUrl}/openapi/${API}/${page.appKey}`,
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: { page: '7', pageSize: '50' },
		encoding: /** @type {const} */ ('text'),
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: 60_000,
	});

	/** A stand-in for n8n's execution context: signs with the credential like n8n, answers `reply`. @param {string} reply */
	const context = (reply) => ({
		getNode: () => ({
			name: '1688',
			credentials: { alibaba1688OAuth2Api: { id: '1', name: 'bench' } },
		}),
		getCredentials: async () => ({ ...credentialData }),
		getExecutionCancelSignal: () => undefined,
		helpers: {
			/** @param {string} _type @param {any} options @param {any} additional */
			async httpRequestWithAuthentication(_type, options, additional) {
				await credential.authenticate(additional.credentialsDecrypted.data, options);
				return {
					statusCode: 200,
					headers: { 'content-type': 'application/json;charset=UTF-8' },
					body: reply,
				};
			},
		},
	});
	const emptyContext = context('{"result":[],"totalRecord":5000}');
	const pageContext = context(page.text);
	const orders = /** @type {any[]} */ (JSON.parse(page.text).result);

	const signUs = await timePerCall(
		() => credential.authenticate(credentialData, request()),
		iterations,
	);
	const transportUs = await timePerCall(
		() => alibaba1688ApiRequest.call(/** @type {any} */ (emptyContext), call),
		iterations,
	);
	const pageIterations = Math.max(200, Math.round(iterations / 20));
	const transportPageUs = await timePerCall(
		() => alibaba1688ApiRequest.call(/** @type {any} */ (pageContext), call),
		pageIterations,
	);
	const parseJsonObjectUs = await timePerCall(() => parseJsonObject(page.text), pageIterations);
	const jsonParseUs = await timePerCall(() => JSON.parse(page.text), pageIterations);
	const simplifyUs =
		(await timePerCall(() => orders.forEach((o) => simplifyOrder(o)), pageIterations)) /
		orders.length;
	const load = moduleLoadMs(Number(process.env.BENCH_MICRO_LOAD_RUNS || 7));

	process.stdout.write(
		`${JSON.stringify({
			iterations,
			pageIterations,
			pageBytes: Buffer.byteLength(page.text),
			pageOrders: orders.length,
			signUs,
			transportUs,
			transportPageUs,
			parseJsonObjectUs,
			jsonParseUs,
			simplifyUs,
			moduleLoadMs: load.medianMs,
			moduleLoadRuns: load.runs,
			moduleFiles: load.files,
		})}\n`,
	);
}

main().catch((error) => {
	process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
	process.exit(1);
});
