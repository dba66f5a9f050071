// @ts-check
'use strict';

// `npm run bench`: the performance benchmark (not part of the jest suite). Measures, on the
// 1688 sandbox and in the real n8n the tests use, the package's Get Many → Return All against
// the do-it-yourself workflow and a direct client; per-request costs without network; n8n's
// start time with and without the package; memory over a large Return All. Prints a summary and
// writes docs/performance.md (see bench/config.js for the settings; --help lists them).
// It builds nothing: run `npm run build` first.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { sourcesNewerThan } = require('../scripts/lib/build-age');
const { packPackage } = require('../scripts/lib/n8n');
const { ensureRuntime, N8N_VERSION, NODE_VERSION } = require('../scripts/lib/runtime');
const { runBenchChild } = require('./child');
const { runComparison } = require('./compare');
const { readConfig } = require('./config');
const { watchCpuShare } = require('./cpu-share');
const { runMemory } = require('./memory');
const { renderDoc, renderSummary } = require('./report');
const { measureStartTimes } = require('./start-time');

const root = path.join(__dirname, '..');

/** @param {string} line */
const log = (line) => process.stderr.write(`[bench] ${line}\n`);

/** Whether some source is newer than the build. Exits if there is no build. */
function checkBuild() {
	const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	const built = [...manifest.n8n.nodes, ...manifest.n8n.credentials].map((f) => path.join(root, f));
	const missing = built.filter((f) => !fs.existsSync(f));
	if (missing.length > 0) {
		log(
			`${path.relative(root, missing[0])} is missing. Run \`npm run build\` first, then \`npm run bench\`.`,
		);
		process.exit(1);
	}
	const stale = sourcesNewerThan(root, built);
	if (stale)
		log(
			'warning: some .ts sources are newer than dist/: this measures the last build (`npm run build` to refresh)',
		);
	return { stale, version: String(manifest.version) };
}

function commit() {
	try {
		const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			cwd: root,
			encoding: 'utf8',
		}).trim();
		const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
			cwd: root,
			encoding: 'utf8',
		}).trim();
		return `commit ${head}${dirty ? ' with uncommitted changes' : ''}`;
	} catch {
		return 'an unknown commit';
	}
}

async function main() {
	const config = readConfig(process.argv.slice(2), process.env);
	if (process.platform !== 'linux') throw new Error('the bench reads /proc: it runs on Linux only');
	const began = Date.now();
	const build = checkBuild();
	await ensureRuntime();
	const loadStart = os.loadavg();
	const cpuShare = watchCpuShare();
	log(`settings: ${JSON.stringify(config)}`);
	const tarball = await packPackage();

	/** @type {Record<string, ReturnType<ReturnType<typeof watchCpuShare>['stop']>>} */
	const phases = {};
	/** @template T @param {string} name @param {() => Promise<T>} run @returns {Promise<T>} */
	const phase = async (name, run) => {
		const watch = watchCpuShare();
		try {
			return await run();
		} finally {
			phases[name] = watch.stop();
		}
	};

	log('per-request costs without network (bench/micro.js)');
	const micro = await phase('per-request costs', () =>
		runBenchChild('micro.js', { env: { BENCH_MICRO_ITERATIONS: String(config.microIterations) } }),
	);
	const comparison = await phase('(a), (b), (c)', () => runComparison({ config, tarball, log }));
	const memory =
		config.memoryOrders > 0
			? await phase('memory', () => runMemory({ config, tarball, log }))
			: undefined;
	const start =
		config.startRuns > 0
			? await phase('start time', () => measureStartTimes({ tarball, runs: config.startRuns, log }))
			: undefined;

	/** @type {import('./report').BenchResults} */
	const results = {
		config,
		machine: {
			date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
			cpus: os.cpus().length,
			cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
			memoryBytes: os.totalmem(),
			loadStart,
			loadEnd: os.loadavg(),
			cpuShare: cpuShare.stop(),
			phases,
			benchNode: process.versions.node,
			n8nNode: NODE_VERSION,
			n8nVersion: N8N_VERSION,
			packageVersion: build.version,
			commit: commit(),
			staleBuild: build.stale,
		},
		comparison,
		micro,
		start,
		memory,
		durationMs: Date.now() - began,
	};
	process.stdout.write(`\n${renderSummary(results)}\n`);
	if (config.out) {
		const out = path.resolve(root, config.out);
		fs.mkdirSync(path.dirname(out), { recursive: true });
		fs.writeFileSync(out, renderDoc(results));
		process.stdout.write(`\nwritten: ${path.relative(process.cwd(), out) || out}\n`);
	}
}

main().catch((error) => {
	process.stderr.write(`[bench] failed: ${error && error.stack ? error.stack : error}\n`);
	process.exit(1);
});
