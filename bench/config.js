// @ts-check
'use strict';

// The bench's settings: defaults, then BENCH_* environment variables, then command-line flags.

/**
 * @typedef {{
 *   latencyMs: number, orders: number, runs: number, warmup: number, concurrency: number,
 *   seed: number, memoryOrders: number, startRuns: number, microIterations: number,
 *   out: string | null, quick: boolean,
 * }} BenchConfig
 */

/** Each setting: its flag, its environment variable, its default and what it means. */
const SETTINGS = /** @type {const} */ ([
	[
		'latencyMs',
		'--latency-ms',
		'BENCH_LATENCY_MS',
		30,
		'sandbox latency added to every reply (ms)',
	],
	['orders', '--orders', 'BENCH_ORDERS', 5000, "orders of the sandbox's demo buyer"],
	['runs', '--runs', 'BENCH_RUNS', 5, 'measured runs of (a), (b) and (c) each; medians reported'],
	['warmup', '--warmup', 'BENCH_WARMUP', 1, 'unmeasured runs of each first'],
	[
		'concurrency',
		'--concurrency',
		'BENCH_CONCURRENCY',
		5,
		'Max Concurrent Requests of (a), and of (c)',
	],
	['seed', '--seed', 'BENCH_SEED', 1688, 'sandbox data seed'],
	[
		'memoryOrders',
		'--memory-orders',
		'BENCH_MEMORY_ORDERS',
		50000,
		'orders of the memory run (0 skips it)',
	],
	[
		'startRuns',
		'--start-runs',
		'BENCH_START_RUNS',
		5,
		'measured n8n starts with and without the package each (0 skips)',
	],
	[
		'microIterations',
		'--micro-iterations',
		'BENCH_MICRO_ITERATIONS',
		20000,
		'calls per micro-benchmark',
	],
]);

/** --quick: the same measurements, smaller and fewer. */
const QUICK = { orders: 1000, runs: 3, memoryOrders: 5000, startRuns: 2, microIterations: 5000 };

const DEFAULT_OUT = 'docs/performance.md';

const USAGE = `npm run bench -- [flags]     (or BENCH_* environment variables)

${SETTINGS.map(([, flag, env, def, what]) => `  ${`${flag} N`.padEnd(22)} ${env.padEnd(24)} ${what} (default ${def})`).join('\n')}
  ${'--out FILE'.padEnd(22)} ${'BENCH_OUT'.padEnd(24)} where to write the report (default ${DEFAULT_OUT}; "-" writes none)
  ${'--quick'.padEnd(22)} ${'BENCH_QUICK=1'.padEnd(24)} ${Object.entries(QUICK)
		.map(([k, v]) => `${k} ${v}`)
		.join(', ')}; writes no report unless --out is given
  --help`;

/**
 * @param {string[]} argv @param {NodeJS.ProcessEnv} env
 * @returns {BenchConfig}
 */
function readConfig(argv, env) {
	/** @type {Record<string, string>} */
	const flags = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--help' || arg === '-h') {
			process.stdout.write(`${USAGE}\n`);
			process.exit(0);
		}
		if (arg === '--quick') {
			flags['--quick'] = '1';
			continue;
		}
		const [flag, inline] = arg.split(/=(.*)/s, 2);
		const known = flag === '--out' || SETTINGS.some(([, f]) => f === flag);
		const value = inline ?? argv[++i];
		if (!known || value === undefined)
			throw new Error(`unknown or incomplete flag ${arg}\n\n${USAGE}`);
		flags[flag] = value;
	}
	const quick = flags['--quick'] === '1' || env.BENCH_QUICK === '1';
	/** @type {Record<string, number>} */
	const numbers = {};
	for (const [key, flag, name, def] of SETTINGS) {
		const raw = flags[flag] ?? env[name];
		const fallback = quick && key in QUICK ? QUICK[/** @type {keyof typeof QUICK} */ (key)] : def;
		const value = raw === undefined || raw === '' ? fallback : Number(raw);
		if (!Number.isInteger(value) || value < 0)
			throw new Error(`${flag} must be a whole number >= 0 (got ${raw})`);
		numbers[key] = value;
	}
	if (
		numbers.orders < 1 ||
		numbers.runs < 1 ||
		numbers.concurrency < 1 ||
		numbers.concurrency > 20
	) {
		throw new Error('--orders and --runs must be at least 1, --concurrency from 1 to 20');
	}
	const outFlag = flags['--out'] ?? env.BENCH_OUT;
	const out = outFlag === '-' ? null : (outFlag ?? (quick ? null : DEFAULT_OUT));
	return { .../** @type {any} */ (numbers), out, quick };
}

module.exports = { readConfig, SETTINGS, QUICK, DEFAULT_OUT, USAGE };
