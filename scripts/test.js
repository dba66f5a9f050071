// `npm test`: build and lint the package (strict n8n-node lint must stay at zero errors; the
// end-to-end layer installs the built tarball), make sure the pinned n8n runtime is installed and
// proven, then run every jest layer. Its summary comes last, after jest's own report: what failed,
// what this machine could not run, and the `jest: N passed, N failed, N skipped` line. Exits
// non-zero on any failure.
//
// With N8N_RUNTIME_VERSION naming another tested n8n line (`npm run test:n8n-1.x`), it builds and
// runs the end-to-end files that every line must pass (EVERY_LINE_TESTS) against that n8n; lint and
// the layers without n8n do not depend on the line and run in `npm test`.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { queueModeSkipReason } = require('./lib/queue-services');
const { ensureRuntime } = require('./lib/runtime');
const { browserTestSkipReason } = require('./lib/chromium');
const { DEFAULT_VERSION, selectedLine } = require('./lib/runtime/versions');

/**
 * What every supported n8n line must do: load the package, run every example, Return All, token
 * renewal and rotation persisted, the credential test (working, revoked), polling triggers across
 * a restart, the message trigger, and the nodes as AI Agent tools.
 */
const EVERY_LINE_TESTS = [
	'test/e2e/harness.test.ts',
	'test/e2e/install-in-own-n8n.test.ts',
	'test/e2e/alibaba1688.test.ts',
	'test/e2e/alibaba1688-operations.test.ts',
	'test/e2e/alibaba1688-dropship.test.ts',
	'test/e2e/alibaba1688-supplier.test.ts',
	'test/e2e/mogujie.test.ts',
	'test/e2e/triggers.test.ts',
	'test/e2e/ai-agent.test.ts',
];

const root = path.join(__dirname, '..');
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status;

/** The closing lines, from jest's JSON results. */
function summary(results, notices) {
	const lines = [];
	const failures = results.testResults.flatMap((file) => {
		const where = path.relative(root, file.name);
		if (file.status === 'failed' && file.assertionResults.length === 0)
			return [`  ${where}: the file did not run (${file.message.split('\n').find(Boolean) ?? ''})`];
		return file.assertionResults
			.filter((test) => test.status === 'failed')
			.map((test) => `  ${where} › ${test.fullName}`);
	});
	if (failures.length > 0) lines.push(`Failed (details above):`, ...failures);
	if (notices.length > 0) lines.push('Not run on this machine:', ...notices.map((n) => `  ${n}`));
	const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
	const skipped = results.numPendingTests + results.numTodoTests;
	lines.push(`jest: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
	return lines.join('\n');
}

async function main() {
	const line = selectedLine();
	const otherLine = line.n8nVersion !== DEFAULT_VERSION;
	if (otherLine) console.log(`Testing against n8n ${line.n8nVersion} on Node ${line.nodeVersion}.`);
	for (const script of otherLine ? ['build'] : ['build', 'lint']) {
		const status = run('npm', ['run', '--silent', script]);
		if (status !== 0) process.exit(status ?? 1);
	}
	await ensureRuntime();

	const notices = [];
	const queue = otherLine ? '' : queueModeSkipReason();
	if (queue) notices.push(`test/e2e/queue-mode.test.ts (queue mode): ${queue}`);
	const browser = otherLine ? '' : browserTestSkipReason();
	if (browser) notices.push(`test/e2e/editor-browser.test.ts (the editor in Chromium): ${browser}`);
	const args = process.argv.slice(2);
	const files = otherLine && args.length === 0 ? EVERY_LINE_TESTS : [];

	const resultsFile = path.join(
		fs.mkdtempSync(path.join(os.tmpdir(), 'jest-results-')),
		'results.json',
	);
	const status = run(process.execPath, [
		require.resolve('jest/bin/jest'),
		'--json',
		`--outputFile=${resultsFile}`,
		...files,
		...args,
	]);
	let results;
	try {
		results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
	} catch {
		console.log(`\njest ended (exit code ${status}) without writing its results.`);
		process.exit(status || 1);
	} finally {
		fs.rmSync(path.dirname(resultsFile), { recursive: true, force: true });
	}
	console.log(`\n${summary(results, notices)}`);
	process.exit(status ?? 1);
}

main().catch((error) => {
	console.error(`\n${error.message}`);
	process.exit(1);
});
