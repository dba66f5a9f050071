// @ts-check
'use strict';

// Whether dist/ is older than the TypeScript it was built from: the reliability table and the
// benchmark run the built package and say so when they would measure an old build.
const fs = require('node:fs');
const path = require('node:path');

/** The newest modification time of the .ts files under `dir`. @param {string} dir @returns {number} */
function newestSource(dir) {
	let newest = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
		else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
	}
	return newest;
}

/**
 * True when a node or credential source changed after the oldest of `builtFiles` was written.
 * @param {string} root the package folder @param {string[]} builtFiles
 */
function sourcesNewerThan(root, builtFiles) {
	const builtAt = Math.min(...builtFiles.map((f) => fs.statSync(f).mtimeMs));
	const newest = Math.max(
		newestSource(path.join(root, 'nodes')),
		newestSource(path.join(root, 'credentials')),
	);
	return newest > builtAt;
}

module.exports = { sourcesNewerThan };
