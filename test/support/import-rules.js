// The package's layering as rules over its import graph (see docs/architecture.md): each file
// belongs to a platform (or `shared`) and a layer, and may import only the layers its own layer
// stands on. Used by test/unit/architecture/layering.test.ts; plain JS because the strict n8n lint
// allows no file-system access in TypeScript.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');

const PLATFORMS = new Set(['Alibaba1688', 'Mogujie']);
const TRIGGER_FOLDERS = {
	Alibaba1688Trigger: 'Alibaba1688',
	Alibaba1688MessageTrigger: 'Alibaba1688',
	MogujieTrigger: 'Mogujie',
};

/** What each layer may import (same platform or shared, never the other platform). */
const MAY_IMPORT = {
	descriptions: ['descriptions', 'helpers'],
	helpers: ['helpers'],
	auth: ['auth', 'helpers'],
	transport: ['transport', 'auth', 'helpers'],
	methods: ['methods', 'transport', 'auth', 'helpers', 'descriptions'],
	actions: ['actions', 'transport', 'auth', 'helpers', 'descriptions'],
	// shared trigger code reads its parameters with the shared parameter readers
	triggers: ['actions', 'transport', 'auth', 'helpers', 'descriptions'],
	trigger: ['trigger', 'triggers', 'transport', 'auth', 'helpers', 'descriptions'],
	node: ['actions', 'methods', 'descriptions'],
	credential: ['transport', 'auth', 'helpers', 'descriptions'],
};

/**
 * `{ platform, layer, folder }` of a package source file (repo-relative, forward slashes), or
 * undefined for a file outside the layering.
 */
function layerOf(file) {
	const parts = file.split('/');
	if (parts[0] === 'credentials') {
		const platform = file.includes('Mogujie') ? 'Mogujie' : 'Alibaba1688';
		return { platform, layer: 'credential', folder: 'credentials' };
	}
	if (parts[0] !== 'nodes' || parts.length < 3) return undefined;
	const [, top, second] = parts;
	if (top === 'shared') return { platform: 'shared', layer: second, folder: `shared/${second}` };
	if (TRIGGER_FOLDERS[top])
		return { platform: TRIGGER_FOLDERS[top], layer: 'trigger', folder: top };
	if (!PLATFORMS.has(top)) return undefined;
	if (parts.length === 3) return { platform: top, layer: 'node', folder: top };
	return { platform: top, layer: second, folder: `${top}/${second}` };
}

/** Why importing `to` from `from` breaks the layering, or '' when it does not. */
function violation(from, to) {
	const a = layerOf(from);
	const b = layerOf(to);
	if (!a || !b) return '';
	if (b.layer === 'credential') return 'nothing in the package imports a credential';
	if (a.platform === 'shared' && b.platform !== 'shared')
		return `shared code imports ${b.platform}`;
	if (b.platform !== 'shared' && b.platform !== a.platform)
		return `${a.platform} imports the other platform (${b.platform})`;
	// auth is what the credential runs: it stands on shared helpers, not on a node's helpers
	if (a.layer === 'auth' && b.layer === 'helpers' && b.platform !== 'shared')
		return "auth imports a node's helpers (auth stands on shared helpers only)";
	if (a.layer === 'trigger' && b.layer === 'trigger' && a.folder !== b.folder)
		return `a trigger imports another trigger's code (${b.folder})`;
	const allowed = MAY_IMPORT[a.layer];
	if (!allowed) return `unknown layer "${a.layer}" (${a.folder})`;
	if (!MAY_IMPORT[b.layer]) return `unknown layer "${b.layer}" (${b.folder})`;
	if (!allowed.includes(b.layer)) return `${a.layer} imports ${b.layer}`;
	return '';
}

function walk(dir, test) {
	const abs = path.join(root, dir);
	if (!fs.existsSync(abs)) return [];
	return fs.readdirSync(abs, { withFileTypes: true }).flatMap((entry) => {
		if (entry.name === 'node_modules' || entry.name === 'dist') return [];
		const rel = `${dir}/${entry.name}`;
		if (entry.isDirectory()) return walk(rel, test);
		return test(entry.name) ? [rel] : [];
	});
}

const SPECIFIER =
	/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"`])([^'"`]+)\1/gm;

/** The relative modules a file imports or requires, resolved to repo-relative paths. */
function importsOf(file) {
	const text = fs.readFileSync(path.join(root, file), 'utf8');
	const found = [];
	for (const match of text.matchAll(SPECIFIER)) {
		const spec = match[2];
		if (!spec.startsWith('.')) continue;
		const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
		const candidates = [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`, `${base}/index.js`];
		const hit = candidates.find(
			(c) => fs.existsSync(path.join(root, c)) && fs.statSync(path.join(root, c)).isFile(),
		);
		found.push(hit ?? base);
	}
	return found;
}

/** Every import in the package's sources that breaks the layering, as readable lines. */
function layeringViolations() {
	const sources = [
		...walk('nodes', (n) => n.endsWith('.ts')),
		...walk('credentials', (n) => n.endsWith('.ts')),
	];
	const lines = [];
	for (const file of sources) {
		for (const target of importsOf(file)) {
			const why = violation(file, target);
			if (why) lines.push(`${file} → ${target}: ${why}`);
		}
	}
	return lines;
}

/** Files under scripts/ and bench/ that load anything under test/. */
function toolingImportsOfTests() {
	const sources = [
		...walk('scripts', (n) => /\.(c?js|mjs)$/.test(n)),
		...walk('bench', (n) => /\.(c?js|mjs)$/.test(n)),
	];
	const lines = [];
	for (const file of sources) {
		for (const target of importsOf(file)) {
			if (target.startsWith('test/')) lines.push(`${file} → ${target}`);
		}
	}
	return lines;
}

/** What makes code impure: it reads node parameters or calls a platform. */
const IMPURE = [
	/\bgetNodeParameter\b/,
	/\bthis:\s*(I\w+Functions|RequestContext)\b/,
	/\bhttpRequest(WithAuthentication)?\b/,
	/\bApiRequest\b|\bApiPages\b/,
];

/** Files in descriptions/ or helpers/ (of any node or shared) that read parameters or call a platform. */
function impureFiles() {
	const sources = walk('nodes', (n) => n.endsWith('.ts')).filter((file) => {
		const layer = layerOf(file)?.layer;
		return layer === 'descriptions' || layer === 'helpers';
	});
	return sources.flatMap((file) => {
		const text = fs.readFileSync(path.join(root, file), 'utf8');
		const found = IMPURE.find((pattern) => pattern.test(text));
		return found ? [`${file}: ${found}`] : [];
	});
}

/** Operations without their unit test at test/unit/<platform>/actions/<resource>/<operation>.test.ts. */
function operationsWithoutTest() {
	return walk('nodes', (n) => n.endsWith('.operation.ts')).flatMap((file) => {
		const [, platform, , resource, name] = file.split('/');
		const test = `test/unit/${platform.toLowerCase()}/actions/${resource}/${name.replace('.operation.ts', '.test.ts')}`;
		return fs.existsSync(path.join(root, test)) ? [] : [`${file} → ${test}`];
	});
}

module.exports = {
	operationsWithoutTest,
	layerOf,
	violation,
	importsOf,
	layeringViolations,
	toolingImportsOfTests,
	impureFiles,
};
