// `npm start` as a newcomer runs it: a real n8n with the package, both sandboxes, the sandbox
// credentials and the example workflows; every example runs successfully from the editor's API.
import { findLeaks } from '../support/leak-scan';
import { startStack } from '../support/start-script';

jest.setTimeout(600_000);

let stack: Awaited<ReturnType<typeof startStack>>;

beforeAll(async () => {
	stack = await startStack();
});

afterAll(async () => {
	await stack?.stop();
});

it.each([
	['1688 sandbox: list purchase orders', 'ex1688SandboxPO01'],
	["1688: sync yesterday's purchase orders", 'ex1688SyncYday01'],
	["Mogujie: ship today's paid orders", 'exMogujieShip001'],
])('the example "%s" runs successfully', async (_name, id) => {
	const execution = await stack.executeWorkflow(id);
	expect(execution.status).toBe('success');
});

it('prints how to sign in and what to open', () => {
	expect(stack.output()).toMatch(
		/n8n is ready: http:\/\/localhost:\d+\n\s+Sign in:\s+owner@example\.com/,
	);
	expect(stack.output()).toMatch(/Mogujie sandbox: http:\/\/127\.0\.0\.1:\d+/);
});

it('leaves no app secret or token of its credentials in its output, n8n folder or database', async () => {
	const { secrets, artifacts } = await stack.leakScanInputs();
	// Both sandbox credentials, with the tokens the example runs obtained.
	expect(secrets.length).toBeGreaterThanOrEqual(4);
	expect(findLeaks(artifacts, secrets)).toEqual([]);
});
