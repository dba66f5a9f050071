// The README's "Install in your own n8n" route, command for command, while the package is not on
// the npm registry: the packed tarball copied into <n8n folder>/.n8n/nodes and installed there with
// `npm install --legacy-peer-deps`, then n8n started on that folder runs a workflow with the nodes.
import example from '../../examples/1688-sandbox-purchase-orders.workflow.json';
import { start1688Sandbox } from '../../sandbox';
import { N8nInstance, packPackage } from '../../scripts/lib/n8n';
import { listTarball } from '../../scripts/lib/n8n-package';
import { alibaba1688SandboxCredentialData } from '../../scripts/lib/sandbox-credentials';
import { installAsReadmeSays } from '../support/own-n8n-install';

jest.setTimeout(600_000);

let sb: Awaited<ReturnType<typeof start1688Sandbox>>;
let n8n: InstanceType<typeof N8nInstance>;

beforeAll(async () => {
	sb = await start1688Sandbox({ orderCount: 30 });
	n8n = await N8nInstance.create();
});

afterAll(async () => {
	await n8n?.cleanup();
	await sb?.close();
});

it('the packed tarball installed with the README commands loads in n8n and runs the example', async () => {
	const tarball = await packPackage();
	// the build copies every picture of the project into dist/: the README's and the browser
	// test's stay out of the package
	const shipped = (await listTarball(tarball)).filter((p) => p.startsWith('package/dist/'));
	expect(
		shipped.filter(
			(p) =>
				!/^package\/dist\/(credentials|nodes|icons)\/|^package\/dist\/(package\.json|tsconfig\.tsbuildinfo)$/.test(
					p,
				),
		),
	).toEqual([]);
	expect(shipped).toContain('package/dist/icons/1688.svg');
	const installed = installAsReadmeSays(n8n.userFolder, tarball);
	// n8n-workflow and luxon are n8n's own: nothing is installed beside the package, so the nodes
	// (which import luxon as they load) run only if n8n resolves both for community packages.
	expect(installed).toEqual(['n8n-nodes-1688-mogujie']);

	await n8n.importCredentials([
		{
			id: 'sandbox1688cred01',
			name: '1688 sandbox',
			type: 'alibaba1688OAuth2Api',
			data: alibaba1688SandboxCredentialData(sb),
		},
	]);
	await n8n.importWorkflow(example);
	const run = await n8n.execute(example.id);
	expect(n8n.executionError(run)).toBeNull();
	expect(n8n.nodeOutput(run, '1688: purchase orders')).toHaveLength(20);
});

it('n8n serves every node, its AI tool and both credentials of the installed package to the editor', async () => {
	await n8n.start();
	await n8n.setupOwner();
	const nodes = (await n8n.rest('GET', '/types/nodes.json')) as Array<{ name: string }>;
	const ours = new Set(
		nodes.map((type) => type.name).filter((name) => name.startsWith('n8n-nodes-1688-mogujie.')),
	);
	expect([...ours].sort()).toEqual(
		[
			'alibaba1688',
			'alibaba1688MessageTrigger',
			'alibaba1688Tool',
			'alibaba1688Trigger',
			'mogujie',
			'mogujieTool',
			'mogujieTrigger',
		].map((name) => `n8n-nodes-1688-mogujie.${name}`),
	);
	const credentials = (await n8n.rest('GET', '/types/credentials.json')) as Array<{
		name: string;
	}>;
	expect(credentials.map((type) => type.name)).toEqual(
		expect.arrayContaining(['alibaba1688OAuth2Api', 'mogujieOAuth2Api']),
	);
});
