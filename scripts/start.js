// @ts-check
'use strict';

// `npm start`: a real n8n (the pinned version, on Node 24 fetched from the npm registry and cached)
// at http://localhost:5678 with this package installed the way n8n installs community packages,
// the local 1688 and Mogujie sandboxes beside it, their sandbox credentials (on 1688 one for the
// demo buyer and one for the demo supplier) and the example workflows imported.
// n8n's data lives in .n8n-dev/ (or $N8N_DEV_FOLDER) so workflows you build survive restarts.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { start1688Sandbox, startMogujieSandbox } = require('../sandbox');
const { N8nInstance, packPackage } = require('./lib/n8n');
const { ensureRuntime } = require('./lib/runtime');
const { startSandboxActivity } = require('./lib/sandbox-activity');
const {
	alibaba1688SandboxCredentialData,
	alibaba1688SupplierCredentialData,
	mogujieSandboxCredentialData,
} = require('./lib/sandbox-credentials');

const root = path.join(__dirname, '..');
const N8N_PORT = process.env.N8N_PORT || '5678';
const SANDBOX_1688_PORT = Number(process.env.SANDBOX_1688_PORT || 8688);
const SANDBOX_MOGUJIE_PORT = Number(process.env.SANDBOX_MOGUJIE_PORT || 8689);
const EXAMPLES = fs
	.readdirSync(path.join(root, 'examples'))
	.filter((file) => file.endsWith('.workflow.json'))
	.map((file) => JSON.parse(fs.readFileSync(path.join(root, 'examples', file), 'utf8')));

// The dropshipping examples start from a webhook and a 1688 push, and the supplier's paid-orders
// example from its polling trigger, so they are activated.
const STOREFRONT_ORDER_EXAMPLE = 'ex1688ShopToPO01';
const SHIPPED_TRACKING_EXAMPLE = 'ex1688ShipTrk001';
const PAID_TO_CHAT_EXAMPLE = 'ex1688PaidToChat';
const SHOPIFY_SAMPLE = path.join(root, 'examples', 'samples', 'shopify-order.json');
const hasManualTrigger = (/** @type {any} */ workflow) =>
	workflow.nodes.some((/** @type {any} */ node) => node.type === 'n8n-nodes-base.manualTrigger');

/** The topics the tracking example's trigger listens to: what 1688 pushes to its webhook here. */
const SHIPPED_TOPICS = [
	'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS',
	'ORDER_BUYER_VIEW_PART_PART_SENDGOODS',
];

/**
 * 1688 pushes "shipped" to the tracking example's webhook (every shipment the sandbox raises: the
 * activity's and these), and the sandbox's suppliers ship the storefront's paid orders (those the
 * storefront example placed) every `everyMs`.
 * @param {Awaited<ReturnType<typeof start1688Sandbox>>} sb @param {string} url @param {number} everyMs
 */
function shipStorefrontOrders(sb, url, everyMs) {
	const unsubscribe = sb.subscribePush(url, { topics: SHIPPED_TOPICS });
	if (!(everyMs > 0)) return unsubscribe;
	const timer = setInterval(() => {
		for (const order of sb.data.orders) {
			if (order.status !== 'waitsellersend' || !order.outOrderId?.startsWith('shopify-')) continue;
			sb.shipOrder(order.id);
		}
	}, everyMs);
	timer.unref();
	return () => {
		clearInterval(timer);
		unsubscribe();
	};
}

function build() {
	const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
	build();
	await ensureRuntime();
	const sb = await start1688Sandbox({ port: SANDBOX_1688_PORT, host: '127.0.0.1' });
	const mgj = await startMogujieSandbox({ port: SANDBOX_MOGUJIE_PORT, host: '127.0.0.1' });
	const n8n = await N8nInstance.create({
		userFolder: process.env.N8N_DEV_FOLDER || path.join(root, '.n8n-dev'),
		env: { N8N_PORT, N8N_HOST: 'localhost' },
		keepLogs: false,
		onOutput: (stream, text) => (stream === 'stderr' ? process.stderr : process.stdout).write(text),
	});
	await n8n.installPackage(await packPackage());
	// Re-imported on every start: the sandbox is new each time, and so are its access tokens.
	const noTokens = { authorizationCode: '', accessToken: '', session: '' };
	await n8n.importCredentials([
		{
			id: 'sandbox1688cred01',
			name: '1688 sandbox',
			type: 'alibaba1688OAuth2Api',
			data: alibaba1688SandboxCredentialData(sb, noTokens),
		},
		{
			// the same sandbox authorized by its demo supplier: the supplier examples' credential
			id: 'sandbox1688supp01',
			name: '1688 sandbox supplier',
			type: 'alibaba1688OAuth2Api',
			data: alibaba1688SupplierCredentialData(sb, noTokens),
		},
		{
			id: 'sandboxMogujie001',
			name: 'Mogujie sandbox',
			type: 'mogujieOAuth2Api',
			data: mogujieSandboxCredentialData(mgj, {
				authorizationCode: '',
				accessToken: '',
				session: '',
			}),
		},
	]);
	await n8n.importWorkflow(EXAMPLES);
	await n8n.publishWorkflow(STOREFRONT_ORDER_EXAMPLE);
	await n8n.publishWorkflow(SHIPPED_TRACKING_EXAMPLE);
	await n8n.publishWorkflow(PAID_TO_CHAT_EXAMPLE);
	await n8n.start({ timeoutMs: 180_000 });
	await n8n.setupOwner();
	const stopActivity = startSandboxActivity([sb, mgj]);
	const stopShipping = shipStorefrontOrders(
		sb,
		`${n8n.baseUrl}/webhook/1688-shipped-to-storefront/messages`,
		Number(process.env.SANDBOX_ACTIVITY_MS ?? 60_000),
	);

	console.log(`
n8n is ready: http://localhost:${N8N_PORT}
  Sign in:   ${N8nInstance.OWNER.email} / ${N8nInstance.OWNER.password}
  Open a workflow and press "Execute workflow":
${EXAMPLES.filter(hasManualTrigger)
	.map((workflow) => `    - ${workflow.name}`)
	.join('\n')}

Dropshipping, both workflows active: post the sample Shopify order to "1688: storefront order → purchase order → pay",
  curl -X POST http://localhost:${N8N_PORT}/webhook/storefront-order -H 'content-type: application/json' --data @${SHOPIFY_SAMPLE}
  and within a minute the sandbox's suppliers ship it: "1688: shipped → tracking back to the storefront" runs.

Selling on 1688, as the sandbox's supplier (credential "1688 sandbox supplier"):
  "1688: paid sales orders → team chat" is active: every minute a buyer pays a sales order and it runs.
  "1688: ship sales orders from a sheet": press "Execute workflow"; two rows ship, one goes to "Rows to fix".

An AI Agent with the 1688 tools: open "1688: AI sourcing assistant", add a chat model credential to its
  OpenAI Chat Model (the sticky note says how), then open the chat and ask "find three suppliers for 保鲜盒 under ¥15".

1688 sandbox: ${sb.url} (credentials "1688 sandbox" and "1688 sandbox supplier" point at it)
  App key ${sb.demo.appKey} (its secret is in the credentials), buyer ${sb.demo.loginId}, supplier ${sb.supplier.loginId} (memberId ${sb.supplier.memberId})
  Authorization page: ${sb.url}/oauth/authorize?client_id=${sb.demo.appKey}&site=1688&redirect_uri=${encodeURIComponent(sb.demo.redirectUri)}&state=try

Mogujie sandbox: ${mgj.url} (credential "Mogujie sandbox" points at it)
  App key ${mgj.demo.appKey} (its secret is in the credential), shop user ${mgj.demo.userId}

Every minute each sandbox gets a new order and a few status changes, for trigger workflows
  (1688 pushes the shipments among them to the tracking example too), and the 1688 supplier a new
  sales order, the one of the minute before paid.
Ctrl-C stops n8n and both sandboxes.
`);

	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		stopActivity();
		stopShipping();
		await n8n.cleanup();
		await sb.close();
		await mgj.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
