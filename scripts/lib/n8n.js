// @ts-check
// Harness that runs a real n8n (the pinned runtime from scripts/lib/runtime.js) headlessly:
// CLI import/execute/export on a private user folder, and `n8n start` on free ports with a small
// REST client. Used by the e2e tests, scripts/start.js and benchmarks.
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { LINE, ensureRuntime } = require('./runtime');
const { freePort } = require('./ports');
const { n8nEnv, spawnN8n, waitForExit, stopProcess, parseCliJson, tail } = require('./n8n-process');
const { requestJson, waitForReady } = require('./n8n-rest');
const { packPackage, npmPack, installTarball, readTarballManifest } = require('./n8n-package');

const OWNER = Object.freeze({
	email: 'owner@example.com',
	password: 'Harness-Owner-Passw0rd!',
	firstName: 'E2E',
	lastName: 'Owner',
});

/**
 * @typedef {{ exitCode: number | null, data: any, stdout: string, stderr: string }} ExecuteResult
 * @typedef {{ exitCode: number | null, stdout: string, stderr: string }} CliResult
 * @typedef {{ id?: string, name: string, type: string, data: Record<string, unknown>, [k: string]: unknown }} CredentialInput
 * @typedef {object} CreateOptions
 * @property {string} [userFolder] N8N_USER_FOLDER; default a fresh temp dir that cleanup() removes
 * @property {Record<string, string | undefined>} [env] merged last into every n8n process's env (undefined deletes)
 * @property {string} [encryptionKey] default: the key already saved in userFolder, else random
 * @property {(stream: 'stdout' | 'stderr', text: string) => void} [onOutput] live copy of all n8n output
 * @property {boolean} [keepLogs] keep output in memory for logs() (default true)
 */

class N8nInstance {
	/** The owner account setupOwner() creates. */
	static OWNER = OWNER;

	/**
	 * @param {CreateOptions} [options]
	 * @returns {Promise<N8nInstance>}
	 */
	static async create(options = {}) {
		const runtime = await ensureRuntime();
		return new N8nInstance(runtime, options);
	}

	/**
	 * Use N8nInstance.create().
	 * @param {import('./n8n-process').Runtime} runtime
	 * @param {CreateOptions} options
	 */
	constructor(runtime, options) {
		this.runtime = runtime;
		this.ownsUserFolder = !options.userFolder;
		/** Scratch space for the JSON files handed to the CLI (never inside the user folder). */
		this.workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-harness-work-'));
		fs.chmodSync(this.workDir, 0o700);
		this.userFolder = options.userFolder
			? path.resolve(options.userFolder)
			: fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-harness-'));
		fs.mkdirSync(this.userFolder, { recursive: true });
		this.encryptionKey =
			options.encryptionKey ??
			existingEncryptionKey(this.userFolder) ??
			randomBytes(24).toString('hex');
		this.extraEnv = options.env ?? {};
		this.onOutput = options.onOutput;
		this.keepLogs = options.keepLogs !== false;
		/** @type {string[]} */
		this.logChunks = [];
		/** @type {import('./n8n-process').N8nProcess | null} */
		this.server = null;
		/** @type {Set<import('./n8n-process').N8nProcess>} */
		this.processes = new Set();
		/** @type {number | null} */
		this.port = null;
		/** @type {string | null} */
		this.cookie = null;
		this.browserId = randomBytes(16).toString('hex');
		this.ownerReady = false;
		this.cleanedUp = false;
	}

	/** `http://127.0.0.1:PORT` of the running server. */
	get baseUrl() {
		if (this.port === null) throw new Error('n8n server is not started; call start() first');
		return `http://127.0.0.1:${this.port}`;
	}

	/** Every byte of stdout+stderr of every n8n process this instance ran, in arrival order. */
	logs() {
		return this.logChunks.join('');
	}

	/**
	 * @param {string[]} args
	 * @param {{ env?: Record<string, string | undefined>, brokerPort: number }} opts
	 * @param {(stream: 'stdout' | 'stderr', text: string) => void} [onOutput]
	 */
	spawn(args, opts, onOutput) {
		const env = n8nEnv({
			runtime: this.runtime,
			userFolder: this.userFolder,
			encryptionKey: this.encryptionKey,
			brokerPort: opts.brokerPort,
			// The caller's env (create({ env })) wins over everything the harness sets.
			extra: { ...opts.env, ...this.extraEnv },
		});
		const header = `\n[harness] $ n8n ${args.join(' ')}\n`;
		if (this.keepLogs) this.logChunks.push(header);
		if (this.onOutput) this.onOutput('stderr', header);
		const proc = spawnN8n({
			runtime: this.runtime,
			args,
			env,
			cwd: this.workDir,
			sink: (stream, text) => {
				if (this.keepLogs) this.logChunks.push(text);
				if (this.onOutput) this.onOutput(stream, text);
				if (onOutput) onOutput(stream, text);
			},
		});
		this.processes.add(proc);
		void proc.exited.then(() => this.processes.delete(proc));
		return proc;
	}

	/**
	 * Run one n8n CLI command to completion. Retries (new broker port) if the task broker's port
	 * was taken between picking and binding it.
	 * @param {string[]} args
	 * @param {{ timeoutMs?: number, env?: Record<string, string | undefined> }} [opts]
	 * @returns {Promise<CliResult>}
	 */
	async cli(args, opts = {}) {
		const timeoutMs = opts.timeoutMs ?? 180_000;
		for (let attempt = 1; ; attempt++) {
			const brokerPort = await freePort();
			let stdout = '';
			let stderr = '';
			const proc = this.spawn(args, { env: opts.env, brokerPort }, (stream, text) => {
				if (stream === 'stdout') stdout += text;
				else stderr += text;
			});
			if ((await waitForExit(proc, timeoutMs)) === 'timeout') {
				await stopProcess(proc, 2000);
				throw new Error(
					`n8n ${args.join(' ')} timed out after ${timeoutMs} ms:\n${tail(stdout + stderr, 40)}`,
				);
			}
			const { code } = await proc.exited;
			if (code !== 0 && attempt < 3 && /port \d+ is already in use/i.test(stdout + stderr))
				continue;
			return { exitCode: code, stdout, stderr };
		}
	}

	/**
	 * Like cli() but throws unless the command exited 0.
	 * @param {string[]} args
	 * @param {{ timeoutMs?: number, env?: Record<string, string | undefined> }} [opts]
	 */
	async cliOk(args, opts) {
		const r = await this.cli(args, opts);
		if (r.exitCode !== 0) {
			throw new Error(
				`n8n ${args.join(' ')} exited with ${r.exitCode}:\n${tail(r.stdout + r.stderr, 40)}`,
			);
		}
		return r;
	}

	/**
	 * Write `value` as JSON to a private temp file, run `fn(file)`, delete the file.
	 * @template T
	 * @param {string} prefix
	 * @param {unknown} value
	 * @param {(file: string) => Promise<T>} fn
	 * @returns {Promise<T>}
	 */
	async withJsonFile(prefix, value, fn) {
		const file = path.join(this.workDir, `${prefix}-${randomBytes(6).toString('hex')}.json`);
		fs.writeFileSync(file, JSON.stringify(value, null, 2), { mode: 0o600 });
		try {
			return await fn(file);
		} finally {
			fs.rmSync(file, { force: true });
		}
	}

	/**
	 * Install a package tarball the way n8n installs community packages: untar into
	 * <userFolder>/.n8n/nodes/node_modules/<name>, drop dev/peer/optional deps from its
	 * package.json and list it in <userFolder>/.n8n/nodes/package.json. Replaces an earlier install.
	 * @param {string} tarball
	 * @returns {Promise<{ name: string, version: string, dir: string }>}
	 */
	async installPackage(tarball) {
		return await installTarball(this.userFolder, tarball);
	}

	/**
	 * `n8n import:credentials`; `data` may be plain (n8n encrypts it on import).
	 * @param {CredentialInput[]} credentials
	 */
	async importCredentials(credentials) {
		const list = Array.isArray(credentials) ? credentials : [credentials];
		await this.withJsonFile('credentials', list, (file) =>
			this.cliOk(['import:credentials', `--input=${file}`]),
		);
	}

	/**
	 * `n8n import:workflow` of one workflow object or an array. Keep `id` stable to execute it.
	 * @param {object | object[]} workflows
	 */
	async importWorkflow(workflows) {
		await this.withJsonFile('workflows', workflows, (file) =>
			this.cliOk(['import:workflow', `--input=${file}`]),
		);
	}

	/**
	 * `n8n execute --id=<id> --rawOutput`. Never throws for a failed workflow: check exitCode
	 * (0 success, 1 workflow error) and `data` (the run the CLI printed, or null).
	 * @param {string} workflowId
	 * @param {{ timeoutMs?: number, env?: Record<string, string | undefined> }} [opts]
	 * @returns {Promise<ExecuteResult>}
	 */
	async execute(workflowId, opts) {
		const r = await this.cli(['execute', `--id=${workflowId}`, '--rawOutput'], opts);
		return { ...r, data: parseCliJson(r.stdout) };
	}

	/**
	 * The output items (their `json`) of node `nodeName` in an execute() result.
	 * @param {ExecuteResult | any} result execute() result, or its `data`
	 * @param {string} nodeName
	 * @param {{ run?: number, output?: number }} [opts] defaults: first run, main output 0
	 * @returns {any[]}
	 */
	nodeOutput(result, nodeName, { run = 0, output = 0 } = {}) {
		const data = result && 'exitCode' in result ? result.data : result;
		const resultData = data?.data?.resultData;
		const runs = resultData?.runData?.[nodeName];
		if (!runs) {
			const ran = Object.keys(resultData?.runData ?? {}).join(', ') || 'none';
			const error = resultData?.error ? ` Workflow error: ${resultData.error.message}.` : '';
			const raw =
				result && 'stdout' in result ? `\n${tail(result.stdout + result.stderr, 30)}` : '';
			throw new Error(`Node "${nodeName}" did not run (nodes that ran: ${ran}).${error}${raw}`);
		}
		const entry = runs[run];
		if (!entry) throw new Error(`Node "${nodeName}" has ${runs.length} run(s), no run ${run}`);
		if (entry.error) throw new Error(`Node "${nodeName}" failed: ${entry.error.message}`);
		const items = entry.data?.main?.[output] ?? [];
		return items.map((/** @type {{ json: unknown }} */ item) => item.json);
	}

	/**
	 * The workflow-level error message of an execute() result, or null if the run succeeded.
	 * @param {ExecuteResult | any} result
	 * @returns {string | null}
	 */
	executionError(result) {
		const data = result && 'exitCode' in result ? result.data : result;
		const error = data?.data?.resultData?.error;
		if (error) return String(error.message ?? error.description ?? JSON.stringify(error));
		// The CLI printed a finished, successful run: a signal at its shutdown (seen when the task
		// runner's process group is torn down) does not make the workflow fail.
		if (data?.finished === true && data?.status === 'success') return null;
		if (result && 'exitCode' in result && result.exitCode !== 0) {
			return `n8n execute exited with ${result.exitCode}: ${tail(result.stdout + result.stderr, 10)}`;
		}
		return null;
	}

	/**
	 * `n8n export:credentials --decrypted`; one credential with `{ id }`, else all. Returns the array.
	 * @param {{ id?: string }} [opts]
	 * @returns {Promise<any[]>}
	 */
	async exportCredentials({ id } = {}) {
		const file = path.join(this.workDir, `export-${randomBytes(6).toString('hex')}.json`);
		try {
			const r = await this.cli([
				'export:credentials',
				'--decrypted',
				id ? `--id=${id}` : '--all',
				`--output=${file}`,
			]);
			if (!fs.existsSync(file)) {
				if (/No credentials found/i.test(r.stdout + r.stderr)) return [];
				throw new Error(
					`n8n export:credentials exited with ${r.exitCode}:\n${tail(r.stdout + r.stderr, 40)}`,
				);
			}
			const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
			return Array.isArray(parsed) ? parsed : [parsed];
		} finally {
			fs.rmSync(file, { force: true });
		}
	}

	/**
	 * Activates a workflow at the next start(): `n8n publish:workflow --id=<id>` on 2.x,
	 * `n8n update:workflow --id=<id> --active=true` on 1.x (runtime/versions.js).
	 * @param {string} workflowId
	 */
	async publishWorkflow(workflowId) {
		await this.cliOk(LINE.activateArgs(workflowId));
	}

	/**
	 * `n8n start` on a free port; resolves when /healthz/readiness and the REST API answer 200
	 * (n8n 1.x reports ready before it has registered its REST routes).
	 * @param {{ timeoutMs?: number }} [opts]
	 */
	async start({ timeoutMs = 120_000 } = {}) {
		// A caller-chosen N8N_PORT (e.g. 5678 for humans) is honoured; otherwise a free one.
		await this.serve(
			['start'],
			timeoutMs,
			async () => {
				const port = Number(this.extraEnv.N8N_PORT) || (await freePort());
				return {
					port,
					env: {
						N8N_PORT: String(port),
						N8N_LISTEN_ADDRESS: '127.0.0.1',
						N8N_HOST: '127.0.0.1',
						N8N_PROTOCOL: 'http',
					},
				};
			},
			['/healthz/readiness', '/rest/settings'],
		);
	}

	/**
	 * `n8n worker --concurrency=N` (queue mode: create() this instance with the cluster's Postgres,
	 * Redis and EXECUTIONS_MODE=queue env and the main's encryption key, and install the package
	 * into its own user folder, as every worker loads nodes itself). Its health server listens on a
	 * free port (`baseUrl`); resolves when the worker's /healthz/readiness answers 200, i.e. it is
	 * connected to the database and Redis and takes jobs. stop() ends it.
	 * @param {{ concurrency?: number, timeoutMs?: number }} [opts]
	 */
	async startWorker({ concurrency = 5, timeoutMs = 180_000 } = {}) {
		await this.serve(['worker', `--concurrency=${concurrency}`], timeoutMs, async () => {
			const port = await freePort();
			return {
				port,
				env: {
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(port),
					N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
				},
			};
		});
	}

	/**
	 * Run a long-lived n8n command as this instance's server and wait for its readiness endpoint.
	 * Retries with new ports if one was taken between picking and binding it.
	 * @param {string[]} args
	 * @param {number} timeoutMs
	 * @param {() => Promise<{ port: number, env: Record<string, string> }>} listen
	 * @param {string[]} [readyPaths] each must answer 200, in turn
	 */
	async serve(args, timeoutMs, listen, readyPaths = ['/healthz/readiness']) {
		if (this.server?.isRunning()) return;
		for (let attempt = 1; ; attempt++) {
			const { port, env } = await listen();
			const brokerPort = await freePort();
			let output = '';
			const proc = this.spawn(args, { brokerPort, env }, (_stream, text) => {
				output = tail(output + text, 200);
			});
			this.server = proc;
			this.port = port;
			const deadline = Date.now() + timeoutMs;
			let ready = /** @type {'ready' | 'exited' | 'timeout'} */ ('ready');
			for (const readyPath of readyPaths) {
				ready = await waitForReady(
					`http://127.0.0.1:${port}${readyPath}`,
					proc.isRunning,
					Math.max(0, deadline - Date.now()),
				);
				if (ready !== 'ready') break;
			}
			if (ready === 'ready') return;
			await stopProcess(proc, 2000);
			this.server = null;
			this.port = null;
			if (ready === 'exited' && attempt < 3 && /port \d+ is already in use/i.test(output)) continue;
			const why =
				ready === 'exited' ? 'exited during startup' : `was not ready after ${timeoutMs} ms`;
			throw new Error(`n8n ${args.join(' ')} ${why}. Last log lines:\n${tail(output, 40)}`);
		}
	}

	/** Stop the server (SIGTERM, then SIGKILL after 20 s). The owner cookie is kept for a restart. */
	async stop() {
		const proc = this.server;
		this.server = null;
		if (proc) await stopProcess(proc);
		this.port = null;
	}

	/**
	 * REST call against the running server with the owner cookie. JSON in, parsed JSON out.
	 * Throws on non-2xx unless `allowError`; `full` returns `{ status, headers, body }`.
	 * @param {string} method
	 * @param {string} urlPath e.g. '/rest/workflows'
	 * @param {unknown} [body]
	 * @param {{ allowError?: boolean, full?: boolean, headers?: Record<string, string>, timeoutMs?: number }} [opts]
	 * @returns {Promise<any>}
	 */
	async rest(method, urlPath, body, opts = {}) {
		/** @type {Record<string, string>} */
		const headers = { 'browser-id': this.browserId, ...opts.headers };
		if (this.cookie) headers.cookie = `n8n-auth=${this.cookie}`;
		const url = `${this.baseUrl}${urlPath}`;
		let res = await requestJson(url, { method, body, headers, timeoutMs: opts.timeoutMs });
		if ('n8n-auth' in res.cookies) this.cookie = res.cookies['n8n-auth'] || null;
		if (res.status === 401 && this.ownerReady && !urlPath.startsWith('/rest/login')) {
			// Session lost (e.g. after a restart): log in again once and repeat the call.
			await this.login();
			headers.cookie = `n8n-auth=${this.cookie}`;
			res = await requestJson(url, { method, body, headers, timeoutMs: opts.timeoutMs });
		}
		if (!res.ok && !opts.allowError) {
			throw new Error(`${method} ${urlPath} -> HTTP ${res.status}: ${res.text.slice(0, 2000)}`);
		}
		return opts.full ? { status: res.status, headers: res.headers, body: res.body } : res.body;
	}

	/**
	 * Create the owner account (or log in if it exists) and keep the n8n-auth cookie.
	 * @returns {Promise<any>} the user object
	 */
	async setupOwner() {
		const setup = await this.rest('POST', '/rest/owner/setup', OWNER, {
			allowError: true,
			full: true,
		});
		this.ownerReady = true;
		if (setup.status >= 200 && setup.status < 300 && this.cookie) return setup.body?.data;
		return await this.login();
	}

	/** POST /rest/login as the owner; keeps the cookie. @returns {Promise<any>} the user object */
	async login() {
		this.cookie = null;
		const login = await this.rest('POST', '/rest/login', {
			emailOrLdapLoginId: OWNER.email,
			password: OWNER.password,
		});
		if (!this.cookie) throw new Error('login succeeded but n8n sent no n8n-auth cookie');
		return login?.data;
	}

	/** Stop everything this instance started and remove its temp folders. */
	async cleanup() {
		if (this.cleanedUp) return;
		this.cleanedUp = true;
		await this.stop();
		await Promise.all([...this.processes].map((p) => stopProcess(p, 2000)));
		fs.rmSync(this.workDir, { recursive: true, force: true });
		if (this.ownsUserFolder) fs.rmSync(this.userFolder, { recursive: true, force: true });
	}
}

/**
 * The key n8n saved in <userFolder>/.n8n/config, if the folder was used before.
 * @param {string} userFolder
 * @returns {string | undefined}
 */
function existingEncryptionKey(userFolder) {
	try {
		const settings = JSON.parse(fs.readFileSync(path.join(userFolder, '.n8n', 'config'), 'utf8'));
		return typeof settings.encryptionKey === 'string' ? settings.encryptionKey : undefined;
	} catch {
		return undefined;
	}
}

module.exports = { N8nInstance, packPackage, npmPack, installTarball, readTarballManifest, OWNER };
