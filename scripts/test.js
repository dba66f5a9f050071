// `npm test`: build and lint the package (strict n8n-node lint must stay at zero errors; the
// end-to-end layer installs the built tarball), make sure the pinned n8n runtime is cached, then run
// every jest layer. Exits non-zero on any failure.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');
const { ensureRuntime } = require('./lib/runtime');

const root = join(__dirname, '..');
const run = (cmd, args) => {
	const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npm', ['run', '--silent', 'build']);
run('npm', ['run', '--silent', 'lint']);
ensureRuntime();
run(process.execPath, [require.resolve('jest/bin/jest'), ...process.argv.slice(2)]);
