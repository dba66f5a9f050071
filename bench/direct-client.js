// @ts-check
'use strict';

// (c) of the benchmark: the practical floor. Lists every purchase order of the 1688 gateway
// (alibaba.trade.getBuyerOrderList) with plain node:http, the package's own signing function
// (dist/nodes/Alibaba1688/auth/signature.js), the same page size and the same concurrency as
// the node: page 1 first, then the remaining pages at most `concurrency` at a time, kept in
// page order. No retries, no error handling beyond failing: it is a yardstick, not a client.
//
// Run as a child process by bench/run.js: reads its settings as JSON from the environment
// variable BENCH_DIRECT_CLIENT and prints one JSON line with what it measured.
const http = require('node:http');
const https = require('node:https');
const path = require('node:path');

const { aopSignature } = require(
	path.join(__dirname, '..', 'dist', 'nodes', 'Alibaba1688', 'auth', 'signature.js'),
);

const API = 'param2/1/com.alibaba.trade/alibaba.trade.getBuyerOrderList';

/**
 * @typedef {{ gatewayUrl: string, appKey: string, appSecret: string, accessToken: string,
 *   pageSize: number, concurrency: number, ids?: boolean }} DirectClientConfig
 */

/**
 * POST a form to `url`, resolve with the reply text.
 * @param {string} url @param {string} form
 * @returns {Promise<string>}
 */
function postForm(url, form) {
	const target = new URL(url);
	const transport = target.protocol === 'https:' ? https : http;
	return new Promise((resolve, reject) => {
		const req = transport.request(
			target,
			{
				method: 'POST',
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': Buffer.byteLength(form),
				},
			},
			(res) => {
				/** @type {Buffer[]} */
				const chunks = [];
				res.on('data', (chunk) => chunks.push(chunk));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					if (res.statusCode !== 200)
						reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
					else resolve(text);
				});
				res.on('error', reject);
			},
		);
		req.on('error', reject);
		req.end(form);
	});
}

/**
 * One signed page of the buyer's orders: the parsed reply.
 * @param {DirectClientConfig} config @param {number} page
 * @returns {Promise<{ result?: any[], totalRecord?: number, error_code?: string }>}
 */
async function fetchPage(config, page) {
	const urlPath = `${API}/${config.appKey}`;
	/** @type {Record<string, string>} */
	const params = {
		page: String(page),
		pageSize: String(config.pageSize),
		access_token: config.accessToken,
		_aop_timestamp: String(Date.now()),
	};
	params._aop_signature = aopSignature(urlPath, params, config.appSecret);
	const text = await postForm(
		`${config.gatewayUrl.replace(/\/+$/, '')}/openapi/${urlPath}`,
		new URLSearchParams(params).toString(),
	);
	const body = JSON.parse(text);
	if (body.error_code || body.success === false) {
		throw new Error(
			`page ${page}: ${body.error_code ?? body.errorCode}: ${body.error_message ?? body.errorMessage}`,
		);
	}
	return body;
}

/**
 * Every order, in the gateway's order, and how many requests it took.
 * @param {DirectClientConfig} config
 * @returns {Promise<{ orders: any[], requests: number }>}
 */
async function fetchAllOrders(config) {
	const first = await fetchPage(config, 1);
	const total = Number(first.totalRecord ?? 0);
	const pageCount = Math.max(1, Math.ceil(total / config.pageSize));
	/** @type {any[][]} */
	const pages = [first.result ?? []];
	let next = 2;
	const worker = async () => {
		while (next <= pageCount) {
			const page = next++;
			pages[page - 1] = (await fetchPage(config, page)).result ?? [];
		}
	};
	await Promise.all(Array.from({ length: Math.min(config.concurrency, pageCount - 1) }, worker));
	return { orders: pages.flat(), requests: pageCount };
}

/** @param {any} order */
const orderId = (order) => String(order?.baseInfo?.idOfStr ?? order?.baseInfo?.id ?? '');

async function main() {
	/** @type {DirectClientConfig} */
	const config = JSON.parse(process.env.BENCH_DIRECT_CLIENT ?? '{}');
	const idleRss = process.memoryUsage().rss;
	const started = performance.now();
	const { orders, requests } = await fetchAllOrders(config);
	const wallMs = performance.now() - started;
	// the kernel's high-water mark of this process's resident memory, in KiB
	const peakRss = process.resourceUsage().maxRSS * 1024;
	process.stdout.write(
		`${JSON.stringify({
			wallMs,
			requests,
			orders: orders.length,
			firstId: orderId(orders[0]),
			lastId: orderId(orders[orders.length - 1]),
			...(config.ids ? { ids: orders.map(orderId) } : {}),
			idleRss,
			peakRss,
		})}\n`,
	);
}

if (require.main === module) {
	main().catch((error) => {
		process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
		process.exit(1);
	});
}

module.exports = { fetchAllOrders, fetchPage };
