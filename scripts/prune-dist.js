// After `n8n-node build`: keeps in dist/ only what the package ships. The build copies every .png
// and .svg of the project into dist/ (its glob ignores only dist and node_modules), so without
// this the README's pictures and the browser test's screenshots would end up in the npm package.
const fs = require('node:fs');
const path = require('node:path');

const SHIPPED = new Set(['credentials', 'nodes', 'icons', 'package.json', 'tsconfig.tsbuildinfo']);

/** Removes every top-level entry of `dist` the package does not ship; returns their names. */
function pruneDist(dist) {
	if (!fs.existsSync(dist)) return [];
	const removed = fs.readdirSync(dist).filter((entry) => !SHIPPED.has(entry));
	for (const entry of removed) fs.rmSync(path.join(dist, entry), { recursive: true, force: true });
	return removed;
}

if (require.main === module) pruneDist(path.join(__dirname, '..', 'dist'));

module.exports = { pruneDist, SHIPPED };
