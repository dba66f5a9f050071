// @ts-check
'use strict';

// Whether a runtime folder holds a working n8n, and the proofs that it does. The cheap diagnosis runs
// on every use; the full proof (sqlite3 answers a query under the pinned Node, and n8n creates and
// opens its database) runs before a runtime is first marked ready.
const { spawnSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {
	n8nEnv,
	spawnN8n,
	stopProcess,
	tail,
	waitForExit,
	withoutN8nSettings,
} = require('../n8n-process');
const { freePort } = require('../ports');

/**
 * @typedef {{ dir: string, nodeHome: string, node: string, n8n: string, sqliteBinding: string,
 *   installedStamp: string, readyStamp: string }} RuntimeFiles
 * @typedef {{ fresh: boolean, reason: string, reinstall: boolean, build: boolean }} Diagnosis
 */

/** @param {string} file @returns {Record<string, unknown> | null} */
function readStamp(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

/**
 * Written beside, then renamed over: a stamp is whole or absent, and never shares a file with a copy.
 * @param {string} file
 * @param {Record<string, unknown>} content
 */
function writeStamp(file, content) {
	const next = `${file}.${process.pid}`;
	fs.writeFileSync(next, `${JSON.stringify(content)}\n`);
	fs.renameSync(next, file);
}

const SQLITE_QUERY = `
const sqlite3 = require('sqlite3');
const db = new sqlite3.Database(':memory:');
db.get('select sqlite_version() as version', (error, row) => {
	if (error) { console.error(error.message); process.exit(1); }
	console.log(row.version);
	db.close();
});`;

/**
 * Loads sqlite3 the way n8n does, under the runtime's Node, and runs one query. '' when it works,
 * else what went wrong.
 * @param {RuntimeFiles} files
 */
function sqliteProblem(files) {
	const result = spawnSync(files.node, ['-e', SQLITE_QUERY], {
		cwd: files.dir,
		encoding: 'utf8',
		timeout: 60_000,
		env: withoutN8nSettings(process.env),
	});
	if (result.status === 0 && /^\d+\.\d+/.test(result.stdout)) return '';
	const said = `${result.stderr ?? ''}${result.error ? result.error.message : ''}`;
	const firstLine = said.split('\n').find((line) => /error/i.test(line)) ?? said.trim();
	return firstLine.slice(0, 300) || `exit code ${result.status}`;
}

/**
 * What is wrong with the runtime folder, cheaply, or null when it is ready.
 * @param {RuntimeFiles} files
 * @param {string} tree the id of the pinned package tree
 * @returns {Diagnosis | null}
 */
function diagnose(files, tree) {
	const installedStamp = readStamp(files.installedStamp);
	const installed = installedStamp?.tree === tree;
	const ready = readStamp(files.readyStamp)?.tree === tree;
	if (!installed && !fs.existsSync(path.join(files.dir, 'node_modules')))
		return { fresh: true, reason: '', reinstall: true, build: true };
	const complete = fs.existsSync(files.node) && fs.existsSync(files.n8n);
	const built = fs.existsSync(files.sqliteBinding);
	const problems = [];
	if (!installed)
		problems.push(
			installedStamp
				? 'its packages are not the pinned ones'
				: fs.existsSync(files.readyStamp)
					? 'an earlier version of these scripts set it up'
					: 'its install did not finish',
		);
	if (!complete) problems.push('files of n8n or of its Node are missing');
	if (!built) problems.push('sqlite3 is not built for its Node');
	if (problems.length === 0 && !ready) problems.push('it was never proven to work');
	let loadFailure = '';
	if (problems.length === 0) {
		loadFailure = sqliteProblem(files);
		if (!loadFailure) return null;
		problems.push(`sqlite3 does not load under its Node: ${loadFailure}`);
	}
	const reinstall = !installed || !complete;
	return {
		fresh: false,
		reason: problems.join('; '),
		reinstall,
		build: reinstall || !built || loadFailure !== '',
	};
}

/**
 * n8n creates and opens its SQLite database (running every migration) in a throwaway folder.
 * Resolves when it worked; rejects with what n8n printed otherwise.
 * @param {RuntimeFiles} files
 */
async function proveN8nOpensItsDatabase(files) {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-runtime-check-'));
	let output = '';
	try {
		const proc = spawnN8n({
			runtime: files,
			args: ['list:workflow'],
			cwd: folder,
			// The environment every n8n of the harness gets, so the proof is of how it will run.
			env: n8nEnv({
				runtime: files,
				userFolder: folder,
				encryptionKey: randomBytes(24).toString('hex'),
				brokerPort: await freePort(),
			}),
			sink: (_stream, text) => {
				output += text;
			},
		});
		if ((await waitForExit(proc, 180_000)) === 'timeout') await stopProcess(proc, 5000);
		const { code } = await proc.exited;
		const database = path.join(folder, '.n8n', 'database.sqlite');
		if (code !== 0 || !fs.existsSync(database))
			throw new Error(
				`n8n could not open its database (exit code ${code}):\n${tail(output.trim(), 15)}`,
			);
	} finally {
		fs.rmSync(folder, { recursive: true, force: true });
	}
}

module.exports = { diagnose, sqliteProblem, proveN8nOpensItsDatabase, readStamp, writeStamp };
