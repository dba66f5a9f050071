// @ts-check
// The Postgres and Redis that n8n's queue mode needs (one main and workers sharing a database and a
// job queue), from Debian's packages (`apt-get install postgresql redis-server`). Each runs on a
// free loopback port with its files in a fresh temp folder, in its own process group; stop()
// ends both and removes the folders, and they are killed if this process dies in any way.
const { execFile, execFileSync, spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { promisify } = require('node:util');
const { freePort } = require('./ports');
const { killGroup, spawnReaper, tail } = require('./n8n-process');

const execFileAsync = promisify(execFile);

/**
 * @typedef {{ pid: number, exited: Promise<number | null>, isRunning: () => boolean, output: () => string }} Service
 * @typedef {{ host: string, port: number, database: string, user: string, password: string,
 *   dump: () => Promise<string>, stop: () => Promise<void> }} Postgres
 * @typedef {{ host: string, port: number, stop: () => Promise<void> }} Redis
 * @typedef {{ postgres: Postgres, redis: Redis, env: Record<string, string>, stop: () => Promise<void> }} QueueServices
 */

const HOST = '127.0.0.1';
const APT_HINT = 'install it with `apt-get install -y postgresql redis-server` (as root)';

/** @type {Map<number, Service>} */
const live = new Map();
/** @type {Set<string>} */
const dirs = new Set();
process.on('exit', () => {
	for (const pid of live.keys()) killGroup(pid, 'SIGKILL');
	for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** The newest Postgres server binaries Debian installed (/usr/lib/postgresql/<major>/bin). */
function postgresBin() {
	const root = '/usr/lib/postgresql';
	const majors = fs.existsSync(root)
		? fs
				.readdirSync(root)
				.filter((v) => fs.existsSync(path.join(root, v, 'bin', 'postgres')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (majors.length === 0) throw new Error(`Postgres is not installed: ${APT_HINT}`);
	return path.join(root, majors[0], 'bin');
}

/** redis-server on PATH (or where Debian puts it). */
function redisServer() {
	const candidates = [...(process.env.PATH ?? '').split(':'), '/usr/bin', '/usr/sbin']
		.filter(Boolean)
		.map((d) => path.join(d, 'redis-server'));
	const found = candidates.find((f) => fs.existsSync(f));
	if (!found) throw new Error(`redis-server is not installed: ${APT_HINT}`);
	return found;
}

/**
 * initdb and postgres refuse to run as root: as root, run them as Debian's `postgres` user.
 * @returns {{ uid: number, gid: number } | null} null when not root (run as ourselves)
 */
function postgresAccount() {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
	try {
		const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
		return { uid, gid };
	} catch {
		throw new Error(`Running as root, but there is no "postgres" user: ${APT_HINT}`);
	}
}

/**
 * `cmd args` as `account` (setpriv execs in place, so the pid we hold is the program's own).
 * @param {{ uid: number, gid: number } | null} account
 * @param {string} cmd
 * @param {string[]} args
 * @returns {[string, string[]]}
 */
function asAccount(account, cmd, args) {
	if (!account) return [cmd, args];
	return [
		'setpriv',
		[`--reuid=${account.uid}`, `--regid=${account.gid}`, '--init-groups', '--', cmd, ...args],
	];
}

/** A fresh private temp folder, removed by stop() or at exit. @param {string} prefix */
function tempDir(prefix, account = /** @type {{ uid: number, gid: number } | null} */ (null)) {
	// Another account must be able to reach the folder: a TMPDIR under /root would not do.
	const dir = fs.mkdtempSync(path.join(account ? '/tmp' : os.tmpdir(), prefix));
	dirs.add(dir);
	if (account) fs.chownSync(dir, account.uid, account.gid);
	return dir;
}

/**
 * Run a long-lived server in its own process group, output kept for error messages.
 * @param {string} cmd @param {string[]} args @param {string} cwd
 * @returns {Service}
 */
function spawnService(cmd, args, cwd) {
	const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	if (child.pid === undefined) throw new Error(`could not spawn ${cmd}`);
	const pid = child.pid;
	const reaper = spawnReaper(pid);
	let output = '';
	let running = true;
	const keep = (/** @type {Buffer} */ chunk) => {
		output = tail(output + chunk.toString('utf8'), 60);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	child.on('error', (error) => keep(Buffer.from(`\nspawn error: ${error.message}\n`)));
	/** @type {Promise<number | null>} */
	const exited = new Promise((resolve) => {
		child.on('close', (code) => {
			running = false;
			live.delete(pid);
			killGroup(pid, 'SIGKILL');
			reaper.kill('SIGKILL');
			resolve(code);
		});
	});
	/** @type {Service} */
	const service = { pid, exited, isRunning: () => running, output: () => output };
	live.set(pid, service);
	return service;
}

/**
 * Signal the leader, wait up to `graceMs`, then SIGKILL the whole group.
 * @param {Service} service @param {NodeJS.Signals} signal @param {number} graceMs
 */
async function stopService(service, signal, graceMs) {
	if (!service.isRunning()) return;
	try {
		process.kill(service.pid, signal);
	} catch {
		// already gone
	}
	/** @type {NodeJS.Timeout | undefined} */
	let timer;
	const timedOut = new Promise((resolve) => {
		timer = setTimeout(() => resolve('timeout'), graceMs);
	});
	if ((await Promise.race([service.exited, timedOut])) === 'timeout')
		killGroup(service.pid, 'SIGKILL');
	clearTimeout(timer);
	await service.exited;
}

/**
 * Retry `attempt` every 200 ms until it resolves true, the service exits, or `timeoutMs` passes.
 * @param {string} what @param {Service} service @param {() => Promise<boolean>} attempt @param {number} timeoutMs
 */
async function waitUntil(what, service, attempt, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (!service.isRunning())
			throw new Error(`${what} exited during startup:\n${service.output()}`);
		if (await attempt()) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`${what} was not ready after ${timeoutMs} ms:\n${service.output()}`);
}

/**
 * A throwaway Postgres cluster with database `n8n` owned by user `n8n` (password auth over TCP).
 * Durability is switched off: the data dies with the test anyway.
 * @param {{ timeoutMs?: number }} [opts]
 * @returns {Promise<Postgres>}
 */
async function startPostgres({ timeoutMs = 60_000 } = {}) {
	const bin = postgresBin();
	const account = postgresAccount();
	const dir = tempDir('n8n-postgres-', account);
	const user = 'n8n';
	const database = 'n8n';
	const password = randomBytes(12).toString('hex');
	const pwfile = path.join(dir, 'pwfile');
	fs.writeFileSync(pwfile, password, { mode: 0o600 });
	if (account) fs.chownSync(pwfile, account.uid, account.gid);
	const data = path.join(dir, 'data');
	try {
		const [cmd, args] = asAccount(account, path.join(bin, 'initdb'), [
			`--pgdata=${data}`,
			`--username=${user}`,
			`--pwfile=${pwfile}`,
			'--auth=scram-sha-256',
			'--encoding=UTF8',
			'--locale=C',
			'--no-sync',
		]);
		await execFileAsync(cmd, args, { cwd: dir });
	} catch (error) {
		remove(dir);
		const e = /** @type {{ stderr?: string, message: string }} */ (error);
		throw new Error(`initdb failed: ${e.stderr || e.message}`);
	}
	fs.rmSync(pwfile, { force: true });
	const port = await freePort();
	const [cmd, args] = asAccount(account, path.join(bin, 'postgres'), [
		'-D',
		data,
		'-h',
		HOST,
		'-p',
		String(port),
		'-k',
		dir,
		'-c',
		'fsync=off',
		'-c',
		'synchronous_commit=off',
		'-c',
		'full_page_writes=off',
	]);
	const service = spawnService(cmd, args, dir);
	const stop = async () => {
		// SIGINT is Postgres's "fast" shutdown: it does not wait for clients to disconnect.
		await stopService(service, 'SIGINT', 15_000);
		remove(dir);
	};
	try {
		await waitUntil(
			'postgres',
			service,
			async () => {
				try {
					await execFileAsync(
						path.join(bin, 'createdb'),
						['-h', HOST, '-p', String(port), '-U', user, database],
						{ env: { ...process.env, PGPASSWORD: password }, cwd: dir },
					);
					return true;
				} catch {
					return false; // still starting up
				}
			},
			timeoutMs,
		);
	} catch (error) {
		await stop();
		throw error;
	}
	/** Every row of the database as text (pg_dump --data-only), e.g. to look for leaked secrets. */
	const dump = async () => {
		const { stdout } = await execFileAsync(
			path.join(bin, 'pg_dump'),
			['-h', HOST, '-p', String(port), '-U', user, '--data-only', database],
			{ env: { ...process.env, PGPASSWORD: password }, cwd: dir, maxBuffer: 1024 * 1024 * 1024 },
		);
		return stdout;
	};
	return { host: HOST, port, database, user, password, dump, stop };
}

/**
 * A Redis without persistence on a free loopback port.
 * @param {{ timeoutMs?: number }} [opts]
 * @returns {Promise<Redis>}
 */
async function startRedis({ timeoutMs = 30_000 } = {}) {
	const server = redisServer();
	const dir = tempDir('n8n-redis-');
	const port = await freePort();
	const service = spawnService(
		server,
		[
			'--port',
			String(port),
			'--bind',
			HOST,
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
			'--daemonize',
			'no',
		],
		dir,
	);
	const stop = async () => {
		await stopService(service, 'SIGTERM', 10_000);
		remove(dir);
	};
	try {
		await waitUntil('redis-server', service, () => redisPing(port), timeoutMs);
	} catch (error) {
		await stop();
		throw error;
	}
	return { host: HOST, port, stop };
}

/** Whether Redis on `port` answers PING. @param {number} port @returns {Promise<boolean>} */
function redisPing(port) {
	return new Promise((resolve) => {
		const socket = net.connect({ port, host: HOST });
		let reply = '';
		const done = (/** @type {boolean} */ ok) => {
			socket.destroy();
			resolve(ok);
		};
		socket.setTimeout(2000, () => done(false));
		socket.once('connect', () => socket.write('PING\r\n'));
		socket.on('data', (chunk) => {
			reply += chunk.toString('utf8');
			if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
		});
		socket.once('error', () => done(false));
	});
}

/** @param {string} dir */
function remove(dir) {
	fs.rmSync(dir, { recursive: true, force: true });
	dirs.delete(dir);
}

/**
 * Postgres and Redis for one n8n queue-mode cluster, and the env every n8n process of it (main,
 * workers, CLI) needs. The caller adds the same N8N_ENCRYPTION_KEY everywhere.
 * @param {{ timeoutMs?: number }} [opts]
 * @returns {Promise<QueueServices>}
 */
async function startQueueServices(opts = {}) {
	const [pg, redis] = await Promise.allSettled([startPostgres(opts), startRedis(opts)]);
	if (pg.status === 'rejected' || redis.status === 'rejected') {
		if (pg.status === 'fulfilled') await pg.value.stop();
		if (redis.status === 'fulfilled') await redis.value.stop();
		throw pg.status === 'rejected'
			? pg.reason
			: /** @type {PromiseRejectedResult} */ (redis).reason;
	}
	const postgres = pg.value;
	const env = {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: redis.value.host,
		QUEUE_BULL_REDIS_PORT: String(redis.value.port),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: postgres.host,
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: postgres.password,
	};
	return {
		postgres,
		redis: redis.value,
		env,
		stop: async () => {
			await Promise.all([postgres.stop(), redis.value.stop()]);
		},
	};
}

/** Why Postgres and Redis cannot run on this machine, with how to install them; '' when they can. */
function queueServicesMissing() {
	const missing = [];
	try {
		postgresBin();
	} catch {
		missing.push('Postgres');
	}
	try {
		redisServer();
	} catch {
		missing.push('Redis');
	}
	if (missing.length > 0)
		return (
			`${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed ` +
			'(Debian/Ubuntu: `sudo apt-get install -y postgresql redis-server`)'
		);
	try {
		postgresAccount();
	} catch (error) {
		return /** @type {Error} */ (error).message;
	}
	return '';
}

/**
 * Why `npm test` skips the queue-mode test on this machine; '' in CI (CI=true), where it must run
 * and fail if the services are missing.
 */
function queueModeSkipReason() {
	return process.env.CI ? '' : queueServicesMissing();
}

module.exports = { startQueueServices, startPostgres, startRedis, queueModeSkipReason };
