// The real runtime (n8n, Node 24, sqlite3 compiled here) that every end-to-end test and `npm start`
// run: it is proven, and a copy of it in the state the old set-up left on new machines (sqlite3
// never built, because the parent npm's `ignore-scripts=true` reached `npm rebuild`, yet stamped
// ready; an install lock left by a process that died) is repaired by the real npm under that same
// inherited setting. test/unit/scripts/runtime-setup.test.ts covers the decisions case by case.
import { N8N_VERSION, NODE_VERSION, runtimePaths } from '../../scripts/lib/runtime';
import {
	proveN8nOpensItsDatabase,
	readStamp,
	sqliteProblem,
} from '../../scripts/lib/runtime/health';
import { copyAsOldSetUpLeftIt, nodeVersion, removeCopy, runSetUp } from '../support/runtime-set-up';

jest.setTimeout(600_000);

const runtime = runtimePaths();

it('is proven: sqlite3 is built and answers under the pinned Node, and n8n opens its database', async () => {
	expect(sqliteProblem(runtime)).toBe('');
	await expect(proveN8nOpensItsDatabase(runtime)).resolves.toBeUndefined();
	expect(readStamp(runtime.readyStamp)).toMatchObject({ n8n: N8N_VERSION, node: NODE_VERSION });
	expect(nodeVersion(runtime.node)).toBe(`v${NODE_VERSION}`);
});

describe('a copy left as the old set-up left it', () => {
	let copy = '';

	beforeAll(() => {
		copy = copyAsOldSetUpLeftIt(runtime.dir);
	});

	afterAll(() => {
		if (copy) removeCopy(copy);
	});

	it('is repaired by the real npm although the parent npm hands down ignore-scripts=true, and says so in one line', () => {
		const copied = runtimePaths(copy);
		expect(sqliteProblem(copied)).not.toBe('');

		const { status, said } = runSetUp(copy, { npm_config_ignore_scripts: 'true' });
		expect({ status, said }).toMatchObject({ status: 0 });
		expect(said).toMatch(/taking over the install lock .*no longer runs/);
		expect(said.split('\n').filter((line) => / is broken /.test(line))).toEqual([
			`[runtime] The n8n runtime in ${copy} is broken (sqlite3 is not built for its Node): repairing it (building sqlite3, proving it works).`,
		]);
		expect(said).toMatch(
			new RegExp(
				`1/2 building sqlite3 for Node ${NODE_VERSION.split('.')[0]}: done in \\d+:\\d\\d`,
			),
		);
		expect(said).toMatch(/ready in \d+:\d\d/);

		expect(sqliteProblem(copied)).toBe('');
		expect(readStamp(copied.readyStamp)).toMatchObject({ n8n: N8N_VERSION });
		// The runtime the other tests use is untouched.
		expect(sqliteProblem(runtime)).toBe('');

		const again = runSetUp(copy);
		expect(again).toEqual({ status: 0, said: '' });
	});
});
