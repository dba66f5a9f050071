// @ts-check
'use strict';

// One install at a time per runtime folder, across processes (two `npm test` at once share the cache
// folder). A lock left behind by an install that was interrupted (Ctrl-C, a crash, a closed
// terminal) is taken over, never waited out.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const WAIT_LIMIT_MS = 45 * 60_000;
// A lock folder without its owner file is one whose owner died between the two steps of taking it.
const OWNERLESS_GRACE_MS = 60_000;

/** @param {number} pid */
function isRunning(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it runs, as another user.
		return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
	}
}

/**
 * Why the lock at `lockDir` is stale, or '' while its owner may still be working.
 * @param {string} lockDir
 */
function staleReason(lockDir) {
	let owner;
	try {
		owner = JSON.parse(fs.readFileSync(path.join(lockDir, 'owner.json'), 'utf8'));
	} catch {
		let age = 0;
		try {
			age = Date.now() - fs.statSync(lockDir).mtimeMs;
		} catch {
			return 'it is gone';
		}
		return age > OWNERLESS_GRACE_MS ? 'it names no owner' : '';
	}
	if (Date.now() - Number(owner.since) > WAIT_LIMIT_MS) return 'it is older than 45 minutes';
	if (owner.host === os.hostname() && !isRunning(Number(owner.pid)))
		return `process ${owner.pid}, which took it, no longer runs`;
	return '';
}

/**
 * Takes the lock, waiting while another live process holds it. Returns the function that releases it.
 * @param {string} lockDir
 * @param {(line: string) => void} log
 * @returns {Promise<() => void>}
 */
async function acquireInstallLock(lockDir, log) {
	const deadline = Date.now() + WAIT_LIMIT_MS;
	let announced = false;
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(
				path.join(lockDir, 'owner.json'),
				JSON.stringify({ pid: process.pid, host: os.hostname(), since: Date.now() }),
			);
			return () => fs.rmSync(lockDir, { recursive: true, force: true });
		} catch (error) {
			if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
		}
		const stale = staleReason(lockDir);
		if (stale) {
			log(`taking over the install lock ${lockDir}: ${stale} (an earlier install was interrupted)`);
			fs.rmSync(lockDir, { recursive: true, force: true });
			continue;
		}
		if (Date.now() > deadline)
			throw new Error(
				`Waited 45 minutes for another process to finish installing into ${path.dirname(lockDir)}. ` +
					`If no install is running, delete ${lockDir} and run the command again.`,
			);
		if (!announced) {
			announced = true;
			log(`another process is installing the runtime; waiting for it (lock ${lockDir})`);
		}
		await new Promise((resolve) => setTimeout(resolve, 2000));
	}
}

module.exports = { acquireInstallLock };
