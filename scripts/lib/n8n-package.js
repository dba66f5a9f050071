// @ts-check
// Packing this repository (or any package folder) with npm, and installing a tarball into an n8n
// user folder exactly where and how n8n's own community-package installer puts it.
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { promisify } = require('node:util');
const { parseCliJson } = require('./n8n-process');

const execFileAsync = promisify(execFile);
const repoRoot = path.join(__dirname, '..', '..');

/** Temp dirs removed when this process exits (tarballs). */
const exitRemovals = new Set();
process.on('exit', () => {
	for (const dir of exitRemovals) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * `npm pack` a package directory into `destination`; returns the .tgz path.
 * @param {string} packageDir
 * @param {string} destination
 * @returns {Promise<string>}
 */
async function npmPack(packageDir, destination) {
	const { stdout } = await execFileAsync(
		'npm',
		['pack', '--json', '--pack-destination', destination],
		{
			cwd: packageDir,
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	const parsed = parseCliJson(stdout);
	const filename = Array.isArray(parsed) && parsed[0] && parsed[0].filename;
	if (!filename) throw new Error(`npm pack printed no filename:\n${stdout}`);
	// npm names scoped tarballs "scope-name-x.y.z.tgz"; trust what it reported.
	return path.join(destination, path.basename(filename.replace(/^@/, '').replace(/\//, '-')));
}

/** @type {Promise<string> | undefined} */
let packed;

/**
 * `npm pack` of the (already built) repository root, once per process. Returns the .tgz path.
 * @returns {Promise<string>}
 */
function packPackage() {
	if (!packed) {
		packed = (async () => {
			const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
			const listed = [...(manifest.n8n?.nodes ?? []), ...(manifest.n8n?.credentials ?? [])];
			const missing = listed.filter(
				(/** @type {string} */ f) => !fs.existsSync(path.join(repoRoot, f)),
			);
			if (!fs.existsSync(path.join(repoRoot, 'dist')) || missing.length > 0) {
				throw new Error(
					`The package is not built (${missing.length ? `missing ${missing.join(', ')}` : 'no dist/'}). ` +
						'Run `npm run build` first (`npm test` does it for you).',
				);
			}
			const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-pack-'));
			exitRemovals.add(dest);
			return await npmPack(repoRoot, dest);
		})();
		packed.catch(() => {
			packed = undefined;
		});
	}
	return packed;
}

/**
 * Read the package.json inside a package tarball.
 * @param {string} tarball
 */
/** The paths in a package tarball (`package/…`). @param {string} tarball */
async function listTarball(tarball) {
	const { stdout } = await execFileAsync('tar', ['-tzf', tarball], { maxBuffer: 16 * 1024 * 1024 });
	return stdout.split('\n').filter(Boolean);
}

async function readTarballManifest(tarball) {
	const { stdout } = await execFileAsync('tar', ['-xzOf', tarball, 'package/package.json'], {
		maxBuffer: 16 * 1024 * 1024,
	});
	return JSON.parse(stdout);
}

/**
 * Install a package tarball the way n8n installs community packages: untar into
 * <userFolder>/.n8n/nodes/node_modules/<name> (--strip-components=1), drop dev/peer/optional deps
 * from its package.json (npm-installing real dependencies, if any) and list it in
 * <userFolder>/.n8n/nodes/package.json. Replaces an earlier install of the same package.
 * @param {string} userFolder
 * @param {string} tarball
 * @returns {Promise<{ name: string, version: string, dir: string }>}
 */
async function installTarball(userFolder, tarball) {
	const manifest = await readTarballManifest(tarball);
	const { name, version } = manifest;
	if (typeof name !== 'string' || !/^(@[^/]+\/)?n8n-nodes-/.test(name)) {
		throw new Error(
			`${tarball}: n8n only loads packages named n8n-nodes-* or @scope/n8n-nodes-* (got ${name})`,
		);
	}
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const dir = path.join(nodesDir, 'node_modules', ...name.split('/'));
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	await execFileAsync('tar', ['-xzf', path.resolve(tarball), '-C', dir, '--strip-components=1']);
	const { devDependencies, peerDependencies, optionalDependencies, ...kept } = manifest;
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(kept, null, 2));
	if (kept.dependencies && Object.keys(kept.dependencies).length > 0) {
		await execFileAsync(
			'npm',
			[
				'install',
				'--audit=false',
				'--fund=false',
				'--bin-links=false',
				'--install-strategy=shallow',
				'--ignore-scripts=true',
				'--package-lock=false',
			],
			{ cwd: dir, maxBuffer: 64 * 1024 * 1024 },
		);
	}
	const listPath = path.join(nodesDir, 'package.json');
	const list = fs.existsSync(listPath)
		? JSON.parse(fs.readFileSync(listPath, 'utf8'))
		: { name: 'installed-nodes', private: true, dependencies: {} };
	list.dependencies = { ...list.dependencies, [name]: version };
	fs.writeFileSync(listPath, JSON.stringify(list, null, 2));
	return { name, version, dir };
}

module.exports = { npmPack, packPackage, readTarballManifest, installTarball, listTarball };
