// @ts-check
'use strict';

// Runs the runtime set-up (scripts/lib/runtime) in its own process, as `npm test` and `npm start` do,
// on a runtime folder of the test's choosing, and leaves runtime folders in states to repair.
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const SET_UP = path.join(__dirname, '..', '..', 'scripts', 'lib', 'runtime', 'index.js');
/** What the old set-up wrote to `.ready`, whether or not sqlite3 was built. */
const OLD_READY_STAMP = '2.41.1/24.21.0';

/**
 * @param {string} runtimeDir
 * @param {NodeJS.ProcessEnv} [env] merged over this process's environment
 * @returns {{ status: number | null, said: string }} its exit code and what it printed on stderr
 */
function runSetUp(runtimeDir, env = {}) {
	const result = spawnSync(process.execPath, [SET_UP], {
		encoding: 'utf8',
		env: { ...process.env, N8N_RUNTIME_DIR: runtimeDir, ...env },
	});
	return { status: result.status, said: result.stderr };
}

/** Leaves the runtime's install lock as a process that died holding it would. @param {string} runtimeDir */
function holdLockByDeadProcess(runtimeDir) {
	const lock = path.join(runtimeDir, '.installing');
	fs.rmSync(lock, { recursive: true, force: true });
	fs.mkdirSync(lock);
	const dead = spawnSync('true').pid;
	fs.writeFileSync(
		path.join(lock, 'owner.json'),
		JSON.stringify({ pid: dead, host: os.hostname(), since: Date.now() }),
	);
}

/**
 * A copy of a real runtime as the old set-up left it on new machines: stamped ready in the old
 * format, sqlite3 never built; plus an install lock held by a process that died. Hard links keep
 * it cheap; sqlite3's folder is copied for real, because its build rewrites files there in place
 * and must not touch the runtime the other tests use. Returns the copy's folder.
 * @param {string} runtimeDir
 */
function copyAsOldSetUpLeftIt(runtimeDir) {
	const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-repair-')), 'runtime');
	if (spawnSync('cp', ['-al', runtimeDir, copy]).status !== 0) {
		fs.rmSync(copy, { recursive: true, force: true });
		execFileSync('cp', ['-a', runtimeDir, copy]);
	}
	const sqlite = path.join(copy, 'node_modules', 'sqlite3');
	fs.rmSync(sqlite, { recursive: true });
	execFileSync('cp', ['-a', path.join(runtimeDir, 'node_modules', 'sqlite3'), sqlite]);
	fs.rmSync(path.join(sqlite, 'build'), { recursive: true });
	fs.rmSync(path.join(copy, '.ready'));
	fs.writeFileSync(path.join(copy, '.ready'), OLD_READY_STAMP);
	holdLockByDeadProcess(copy);
	return copy;
}

/** Removes a copy made by copyAsOldSetUpLeftIt. @param {string} copy */
function removeCopy(copy) {
	fs.rmSync(path.dirname(copy), { recursive: true, force: true });
}

/** What `node --version` prints. @param {string} node */
const nodeVersion = (node) => execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();

module.exports = {
	runSetUp,
	holdLockByDeadProcess,
	copyAsOldSetUpLeftIt,
	removeCopy,
	nodeVersion,
	OLD_READY_STAMP,
};
