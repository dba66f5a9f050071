// @ts-check
// Low-level process handling for the n8n harness: the environment every n8n process gets,
// spawning n8n (CLI or server) in its own process group, killing whole groups, and parsing the
// JSON the CLI prints between its log lines. `n8n.js` builds the public N8nInstance on top.
const { spawn } = require('node:child_process');
const { selectedLine } = require('./runtime/versions');

/**
 * @typedef {{ dir: string, nodeHome: string, node: string, n8n: string }} Runtime
 * @typedef {(stream: 'stdout' | 'stderr', text: string) => void} OutputSink
 * @typedef {{ code: number | null, signal: NodeJS.Signals | null }} ExitInfo
 * @typedef {{ pid: number, child: import('node:child_process').ChildProcess, exited: Promise<ExitInfo>, isRunning: () => boolean }} N8nProcess
 */

// Inherited variables that would change how n8n behaves; the harness sets what it needs.
// NODE_ENV matters: jest sets NODE_ENV=test, and n8n in "test" mode skips loading custom nodes,
// error handlers and some logging. Unset means what a user gets with `npx n8n`.
const DROPPED_PREFIXES = ['N8N_', 'DB_', 'EXECUTIONS_', 'QUEUE_', 'NODE_FUNCTION_ALLOW_'];
const DROPPED_NAMES = ['NODE_ENV', 'NODE_OPTIONS', 'WEBHOOK_URL', 'E2E_TESTS', 'NODE_PATH'];

/**
 * `env` without the inherited variables that would change how n8n behaves.
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
function withoutN8nSettings(env) {
	/** @type {NodeJS.ProcessEnv} */
	const kept = {};
	for (const [key, value] of Object.entries(env)) {
		if (DROPPED_NAMES.includes(key) || DROPPED_PREFIXES.some((p) => key.startsWith(p))) continue;
		kept[key] = value;
	}
	return kept;
}

/**
 * The environment of one n8n process. `extra` (the caller's env) is merged last.
 * @param {{ runtime: Runtime, userFolder: string, encryptionKey: string, brokerPort: number, extra?: Record<string, string | undefined> }} opts
 * @returns {NodeJS.ProcessEnv}
 */
function n8nEnv({ runtime, userFolder, encryptionKey, brokerPort, extra = {} }) {
	const env = withoutN8nSettings(process.env);
	Object.assign(env, {
		// n8n 2.x needs Node >= 24, and the internal JS task runner is spawned as plain `node`.
		PATH: `${runtime.nodeHome}/bin:${process.env.PATH ?? ''}`,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: encryptionKey,
		// Every n8n process (CLI `execute` included) starts a task broker, default port 5679.
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_LOG_LEVEL: 'info',
		N8N_LOG_OUTPUT: 'console',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		// Only stops the download of the vetted community-node list from api.n8n.io;
		// packages in <userFolder>/.n8n/nodes still load.
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		// Explicit (the default may flip to false): our package is "unverified".
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_SECURE_COOKIE: 'false',
		// The settings file is created 0644 by n8n itself; the check only warns.
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
		...selectedLine().env,
	});
	for (const [key, value] of Object.entries(extra)) {
		if (value === undefined) delete env[key];
		else env[key] = value;
	}
	return env;
}

/** @type {Map<number, N8nProcess>} */
const live = new Map();
let exitHookInstalled = false;

/**
 * Kill a whole process group (n8n plus its task runners). Never throws.
 * @param {number} pid the group leader (we spawn n8n detached, so its pid is its pgid)
 * @param {NodeJS.Signals} signal
 */
function killGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
	} catch {
		// already gone
	}
}

function installExitHook() {
	if (exitHookInstalled) return;
	exitHookInstalled = true;
	process.on('exit', () => {
		for (const pid of live.keys()) killGroup(pid, 'SIGKILL');
	});
}

/**
 * A tiny `sh` that holds a pipe from this process; when this process dies in any way
 * (SIGKILL included), the pipe closes, `read` returns and the n8n group gets SIGKILL.
 * @param {number} pgid
 */
function spawnReaper(pgid) {
	const reaper = spawn('sh', ['-c', `read _unused; kill -9 -${pgid} 2>/dev/null`], {
		stdio: ['pipe', 'ignore', 'ignore'],
		detached: true,
	});
	reaper.on('error', () => {});
	reaper.unref();
	const stdin = /** @type {any} */ (reaper.stdin);
	if (stdin && typeof stdin.unref === 'function') stdin.unref();
	return reaper;
}

/**
 * Spawn `<node> <n8n> ...args` in its own process group, streaming its output to `sink`.
 * @param {{ runtime: Runtime, args: string[], env: NodeJS.ProcessEnv, cwd: string, sink: OutputSink }} opts
 * @returns {N8nProcess}
 */
function spawnN8n({ runtime, args, env, cwd, sink }) {
	installExitHook();
	const child = spawn(runtime.node, [runtime.n8n, ...args], {
		cwd,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	if (child.pid === undefined) throw new Error(`could not spawn ${runtime.node} ${runtime.n8n}`);
	const pid = child.pid;
	const reaper = spawnReaper(pid);
	let running = true;
	child.stdout?.setEncoding('utf8');
	child.stderr?.setEncoding('utf8');
	child.stdout?.on('data', (t) => sink('stdout', t));
	child.stderr?.on('data', (t) => sink('stderr', t));
	/** @type {Promise<ExitInfo>} */
	const exited = new Promise((resolve) => {
		child.on('error', (error) => {
			sink('stderr', `\n[harness] spawn error: ${error.message}\n`);
		});
		// 'close' fires after the stdio streams ended, so every byte has reached the sink.
		child.on('close', (code, signal) => {
			running = false;
			live.delete(pid);
			// The leader is gone; take any task runner it left behind with it.
			killGroup(pid, 'SIGKILL');
			reaper.kill('SIGKILL');
			resolve({ code, signal });
		});
	});
	/** @type {N8nProcess} */
	const proc = { pid, child, exited, isRunning: () => running };
	live.set(pid, proc);
	return proc;
}

/**
 * Wait until the process exited, at most `ms`.
 * @param {N8nProcess} proc
 * @param {number} ms
 * @returns {Promise<'exited' | 'timeout'>}
 */
async function waitForExit(proc, ms) {
	/** @type {NodeJS.Timeout | undefined} */
	let timer;
	const timedOut = new Promise((resolve) => {
		timer = setTimeout(() => resolve('timeout'), ms);
	});
	const first = await Promise.race([proc.exited.then(() => 'exited'), timedOut]);
	clearTimeout(timer);
	return first === 'exited' ? 'exited' : 'timeout';
}

/**
 * SIGTERM the group, wait up to `graceMs`, then SIGKILL it. Resolves once the leader exited.
 * @param {N8nProcess} proc
 * @param {number} [graceMs]
 * @returns {Promise<ExitInfo>}
 */
async function stopProcess(proc, graceMs = 20_000) {
	if (!proc.isRunning()) return await proc.exited;
	killGroup(proc.pid, 'SIGTERM');
	if ((await waitForExit(proc, graceMs)) === 'timeout') killGroup(proc.pid, 'SIGKILL');
	return await proc.exited;
}

/**
 * Extract the JSON document the CLI printed among its log lines (`n8n execute --rawOutput`
 * prints log lines before and sometimes after the JSON). Returns the largest JSON object or array
 * that starts at the beginning of a line, or null.
 * @param {string} text
 * @returns {any}
 */
function parseCliJson(text) {
	const lines = text.split('\n');
	const starts = [];
	const ends = [];
	for (let i = 0; i < lines.length; i++) {
		// A pretty-printed document opens and closes in column 0; a compact one is one line.
		const line = lines[i].trimEnd();
		if (/^[{[]/.test(line)) starts.push(i);
		if (/^[}\]]/.test(line) || (/^[{[]/.test(line) && /[}\]]$/.test(line))) ends.push(i);
	}
	for (const s of starts) {
		for (let k = ends.length - 1; k >= 0 && ends[k] >= s; k--) {
			const candidate = lines.slice(s, ends[k] + 1).join('\n');
			try {
				const parsed = JSON.parse(candidate);
				if (parsed !== null && typeof parsed === 'object') return parsed;
			} catch {
				// try a shorter slice
			}
		}
	}
	return null;
}

/** @param {string} text @param {number} n last `n` lines of `text` */
const tail = (text, n) => text.split('\n').slice(-n).join('\n');

/** The pids of n8n processes this module started that are still running. */
function livePids() {
	return [...live.keys()];
}

module.exports = {
	n8nEnv,
	withoutN8nSettings,
	spawnN8n,
	waitForExit,
	stopProcess,
	killGroup,
	spawnReaper,
	parseCliJson,
	tail,
	livePids,
};
