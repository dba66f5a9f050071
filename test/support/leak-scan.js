// @ts-check
'use strict';

// Looks for secrets everywhere a real n8n leaves text behind: the output of every n8n process,
// every file in its user folder (config, logs, static data), and every row of its database
// (execution data, workflow static data, event logs), read through SQLite itself so no row is
// missed where the file splits it across pages. Credentials are stored encrypted, so a hit
// anywhere means a secret escaped the credential.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** Shorter strings would match by chance (ids, counters); every issued secret is longer. */
const MIN_SECRET_LENGTH = 8;

/** @typedef {{ where: string, text: string }} Artifact */
/** @typedef {{ where: string, secret: string, context: string }} Leak */

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
	if (!fs.existsSync(dir)) return [];
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(full);
		return entry.isFile() ? [full] : [];
	});
}

// Runs under the n8n runtime's Node with its own sqlite3 build (the test process's Node differs).
const DUMP_SQLITE = `
const sqlite3 = require(process.env.SQLITE3_MODULE);
const db = new sqlite3.Database(process.env.DB_FILE, sqlite3.OPEN_READONLY);
const all = (sql) => new Promise((ok, fail) => db.all(sql, (e, rows) => (e ? fail(e) : ok(rows))));
(async () => {
	const tables = await all("SELECT name FROM sqlite_master WHERE type = 'table'");
	for (const { name } of tables) {
		for (const row of await all('SELECT * FROM "' + name.replace(/"/g, '""') + '"')) {
			process.stdout.write(name + '\\t' + JSON.stringify(row) + '\\n');
		}
	}
	db.close();
})().catch((e) => { console.error(e); process.exit(1); });
`;

/**
 * Every row of an n8n SQLite database as text, one `table<TAB>json` line per row.
 * @param {string} dbFile @param {{ node: string, dir: string }} runtime
 */
function sqliteText(dbFile, runtime) {
	const r = spawnSync(runtime.node, ['-e', DUMP_SQLITE], {
		env: {
			DB_FILE: dbFile,
			SQLITE3_MODULE: path.join(runtime.dir, 'node_modules', 'sqlite3'),
		},
		encoding: 'utf8',
		maxBuffer: 1024 * 1024 * 1024,
	});
	if (r.status !== 0) throw new Error(`could not read ${dbFile}: ${r.stderr || r.error}`);
	return r.stdout;
}

/**
 * What an N8nInstance (scripts/lib/n8n.js) left: its processes' output, its user folder, its
 * SQLite database. `extra` adds artifacts kept elsewhere (a Postgres dump, another output).
 * @param {{ logs: () => string, userFolder: string, runtime: { node: string, dir: string } }} n8n
 * @param {Artifact[]} [extra]
 * @returns {Artifact[]}
 */
function n8nArtifacts(n8n, extra = []) {
	/** @type {Artifact[]} */
	const artifacts = [{ where: 'n8n process output', text: n8n.logs() }];
	for (const file of filesUnder(n8n.userFolder)) {
		artifacts.push({
			where: path.relative(n8n.userFolder, file),
			text: fs.readFileSync(file, 'latin1'),
		});
		if (file.endsWith('.sqlite')) {
			artifacts.push({ where: `${path.basename(file)} rows`, text: sqliteText(file, n8n.runtime) });
		}
	}
	return [...artifacts, ...extra];
}

/**
 * Each occurrence of a secret, with the secret masked in its context (so a failing test does not
 * print it either).
 * @param {Artifact[]} artifacts @param {Iterable<string>} secrets @returns {Leak[]}
 */
function findLeaks(artifacts, secrets) {
	const wanted = [...new Set(secrets)].filter(
		(s) => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH,
	);
	/** @type {Leak[]} */
	const leaks = [];
	for (const { where, text } of artifacts) {
		for (const secret of wanted) {
			for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1)) {
				const context = text
					.slice(Math.max(0, at - 80), at + secret.length + 80)
					.split(secret)
					.join(`<secret ${secret.slice(0, 3)}…>`);
				leaks.push({ where, secret: `${secret.slice(0, 3)}…(${secret.length})`, context });
			}
		}
	}
	return leaks;
}

module.exports = { n8nArtifacts, findLeaks, sqliteText, MIN_SECRET_LENGTH };
