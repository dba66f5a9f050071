// @ts-check
'use strict';

// The README's "Install in your own n8n" commands, run in an n8n user folder as a user's shell would
// run them (nothing inherited from the npm that runs the tests).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { npmChildEnv } = require('../../scripts/lib/runtime/npm-child');

/**
 * mkdir -p ~/.n8n/nodes && cp <tarball> ~/.n8n/nodes/
 * cd ~/.n8n/nodes && npm install --legacy-peer-deps ./<tarball>
 * Returns what landed in ~/.n8n/nodes/node_modules (dot files aside).
 * @param {string} userFolder
 * @param {string} tarball
 */
function installAsReadmeSays(userFolder, tarball) {
	const nodes = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodes, { recursive: true });
	fs.copyFileSync(tarball, path.join(nodes, path.basename(tarball)));
	execFileSync('npm', ['install', '--legacy-peer-deps', `./${path.basename(tarball)}`], {
		cwd: nodes,
		env: npmChildEnv(process.env),
		stdio: 'pipe',
	});
	return fs.readdirSync(path.join(nodes, 'node_modules')).filter((name) => !name.startsWith('.'));
}

module.exports = { installAsReadmeSays };
