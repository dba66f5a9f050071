// @ts-check
'use strict';

// `node scripts/output-schemas.js`: regenerates the output schemas n8n's editor shows before a
// first run (nodes/<Node>/__schema__/v<x.y.z>/<resource>/<operation>.json, and v<x.y.z>.json for the
// triggers) by running the built nodes (dist, so `npm run build` first) on the real reply fixtures
// and the sandbox; see scripts/lib/output-schemas.js. Writes them beside the sources, where
// `n8n-node build` copies them from, and into dist at once. `--check`: writes nothing, exits 1 when a
// committed schema differs from a fresh one, is missing or is left over.
const fs = require('node:fs');
const path = require('node:path');
const { REPO, committedOutputSchemas, generateOutputSchemas } = require('./lib/output-schemas');

async function main() {
	const check = process.argv.includes('--check');
	const dist = path.join(REPO, 'dist');
	if (!fs.existsSync(path.join(dist, 'nodes'))) {
		throw new Error(
			'dist/ is missing: run `npm run build` first (the schemas come from the built nodes)',
		);
	}
	const fresh = await generateOutputSchemas({ root: dist, log: (line) => console.log(line) });
	const committed = committedOutputSchemas();
	const stale = [...fresh].filter(([file, text]) => committed.get(file) !== text).map(([f]) => f);
	const leftOver = [...committed.keys()].filter((file) => !fresh.has(file));
	if (check) {
		for (const file of stale) console.error(`stale or missing: ${file}`);
		for (const file of leftOver) console.error(`left over: ${file}`);
		if (stale.length || leftOver.length) {
			console.error('Run `node scripts/output-schemas.js` and commit the result.');
			process.exitCode = 1;
		} else console.log(`${fresh.size} output schemas are current.`);
		return;
	}
	for (const file of leftOver) {
		fs.rmSync(path.join(REPO, file));
		fs.rmSync(path.join(dist, file), { force: true });
	}
	for (const [file, text] of fresh) {
		for (const target of [path.join(REPO, file), path.join(dist, file)]) {
			fs.mkdirSync(path.dirname(target), { recursive: true });
			fs.writeFileSync(target, text);
		}
	}
	console.log(
		`${fresh.size} output schemas written (${stale.length} changed, ${leftOver.length} removed), also into dist/.`,
	);
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
