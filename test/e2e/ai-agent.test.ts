// The nodes as tools of n8n's AI Agent, in a real n8n: the agent's chat model is a local
// OpenAI-compatible stub (test/support/chat-model-stub.js) that reads the tools n8n offers and the
// results n8n hands back, as a model does, and the tools run against the 1688 and Mogujie sandboxes.
// Purchase orders waiting for shipment (1688), the shop's paid orders (Mogujie), wrong arguments
// the model can correct from the tool's answer, and the example "1688: AI sourcing assistant".
// The n8n nodes' type versions are ones n8n 1.123.x has too.
import assistantExample from '../../examples/1688-ai-sourcing-assistant.workflow.json';
import { start1688Sandbox, startMogujieSandbox } from '../../sandbox';
import { N8nInstance, packPackage } from '../../scripts/lib/n8n';
import {
	alibaba1688SandboxCredentialData,
	mogujieSandboxCredentialData,
} from '../../scripts/lib/sandbox-credentials';
import {
	startChatModelStub,
	systemText,
	toolResults,
	toolWithParameter,
	userText,
} from '../support/chat-model-stub';
import type { Json } from '../support/json';
import { runFromTrigger, runManually } from '../support/n8n-executions';

jest.setTimeout(600_000);

type Sandbox1688 = Awaited<ReturnType<typeof start1688Sandbox>>;
type SandboxMogujie = Awaited<ReturnType<typeof startMogujieSandbox>>;
type Stub = Awaited<ReturnType<typeof startChatModelStub>>;
type Execution = Awaited<ReturnType<typeof runManually>>;
type ChatRequest = Parameters<Stub['script']>[0];

const CRED_1688 = { alibaba1688OAuth2Api: { id: 'sandbox1688cred01', name: '1688 sandbox' } };
const CRED_MOGUJIE = { mogujieOAuth2Api: { id: 'sandboxMogujie001', name: 'Mogujie sandbox' } };
const CRED_MODEL = { openAiApi: { id: 'chatModelStub001', name: 'Chat model stub' } };
const AGENT = 'AI Agent';
const CHAT_TRIGGER = '@n8n/n8n-nodes-langchain.chatTrigger';
const MODEL_TYPE = '@n8n/n8n-nodes-langchain.lmChatOpenAi';
const AGENT_TYPE = '@n8n/n8n-nodes-langchain.agent';

const WORKFLOWS = {
	purchaseOrders: 'e2eAiAgent1688Po',
	shopOrders: 'e2eAiAgentMgjOrd',
	badStatus: 'e2eAiAgentBadSts',
	badOrderId: 'e2eAiAgentBadId1',
} as const;

let sb: Sandbox1688;
let mgj: SandboxMogujie;
let stub: Stub;
let n8n: InstanceType<typeof N8nInstance>;
/** A shipped order of the Mogujie shop, for the malformed-ID case. */
let shippedOrderId: string;
/** Everything each test sent the chat model (the stub's record is cleared between tests). */
const sentToModel: string[] = [];

/** A manual trigger → AI Agent (its prompt fixed) with the stub as its chat model and `tools`. */
function agentWorkflow(id: string, prompt: string, tools: Json[]) {
	return {
		id,
		name: id,
		nodes: [
			{
				id: `${id}-start`,
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: `${id}-agent`,
				name: AGENT,
				type: AGENT_TYPE,
				typeVersion: 3,
				position: [240, 0],
				parameters: { promptType: 'define', text: prompt, options: {} },
			},
			{
				id: `${id}-model`,
				name: 'Chat model',
				type: MODEL_TYPE,
				typeVersion: 1.3,
				position: [120, 240],
				parameters: {
					model: { __rl: true, mode: 'id', value: 'stub-chat-model' },
					responsesApiEnabled: false,
					options: {},
				},
				credentials: CRED_MODEL,
			},
			...tools.map((tool, i) => ({
				id: `${id}-tool${i}`,
				position: [360 + 220 * i, 240],
				...tool,
			})),
		],
		connections: {
			Start: { main: [[{ node: AGENT, type: 'main', index: 0 }]] },
			'Chat model': { ai_languageModel: [[{ node: AGENT, type: 'ai_languageModel', index: 0 }]] },
			...Object.fromEntries(
				tools.map((tool) => [
					tool.name,
					{ ai_tool: [[{ node: AGENT, type: 'ai_tool', index: 0 }]] },
				]),
			),
		},
		settings: { executionOrder: 'v1' },
	};
}

/** The 1688 tool Purchase Order → Get Many, its status filter filled by the model. */
const purchaseOrdersTool = (statusDescription: string) => ({
	name: '1688 purchase orders',
	type: 'n8n-nodes-1688-mogujie.alibaba1688Tool',
	typeVersion: 1.2,
	parameters: {
		resource: 'purchaseOrder',
		operation: 'getMany',
		returnAll: false,
		limit: 20,
		filters: { orderStatus: `={{ $fromAI('orderStatus', \`${statusDescription}\`, 'string') }}` },
		simplify: true,
	},
	credentials: CRED_1688,
});

/** The words of a `code (meaning, meaning)` list in a description, as pairs. */
function glossary(text: string): Array<{ code: string; meanings: string[] }> {
	return [...text.matchAll(/(\w+) \(([^)]*)\)/g)].map((m) => ({
		code: m[1],
		meanings: m[2].split(',').map((s) => s.trim().toLowerCase()),
	}));
}

/** The code whose meanings the user's words say most of, as a model picks an enum value. */
function codeFor(userWords: string, description: string): string {
	const words = userWords.toLowerCase();
	const scored = glossary(description)
		.map(({ code, meanings }) => ({ code, hits: meanings.filter((m) => words.includes(m)).length }))
		.filter(({ hits }) => hits > 0)
		.sort((a, b) => b.hits - a.hits);
	if (scored.length === 0 || scored[1]?.hits === scored[0].hits)
		throw new Error(`no one code of "${description}" fits "${userWords}"`);
	return scored[0].code;
}

/** The description n8n sent the model for a tool's argument. */
function argumentDescription(body: ChatRequest, key: string): string {
	const tool = toolWithParameter(body, key);
	return String(tool.parameters.properties?.[key]?.description ?? '');
}

const ids = (text: string) => [...text.matchAll(/\d{12,20}/g)].map((m) => m[0]);
const sorted = (list: string[]) => [...list].sort();

/** The final answer of the agent `agent` in an execution. */
function answerOf(execution: Execution, agent = AGENT): string {
	const runs = execution.runData[agent] ?? [];
	const last = runs[runs.length - 1];
	if (!last) throw new Error(`${agent} did not run`);
	if (last.error) throw new Error(`${agent} failed: ${last.error.message}`);
	const output = last.data?.main?.[0]?.[0]?.json?.output;
	if (typeof output !== 'string')
		throw new Error(`${agent} gave no answer: ${JSON.stringify(last)}`);
	return output;
}

function expectSucceeded(execution: Execution) {
	expect({ status: execution.status, error: execution.error?.message ?? null }).toEqual({
		status: 'success',
		error: null,
	});
}

const orderLists1688 = () =>
	sb.requests.filter((r) => r.api === 'com.alibaba.trade:alibaba.trade.getBuyerOrderList');

/** The error a tool answered the model with, from a later request's tool messages. */
function toolError(body: ChatRequest): string {
	const results = toolResults(body);
	const error = (results[results.length - 1]?.json as Json[] | undefined)?.[0]?.error;
	if (typeof error !== 'string') throw new Error(`no tool error in ${JSON.stringify(results)}`);
	return error;
}

beforeAll(async () => {
	[sb, mgj, stub] = await Promise.all([
		start1688Sandbox({ orderCount: 80 }),
		startMogujieSandbox({ orderCount: 80 }),
		startChatModelStub(),
	]);
	shippedOrderId = String(
		mgj.data.orders.find(
			(o: Json) => o.sellerUserId === mgj.demo.userId && o.orderStatus === 'ORDER_SHIPPED',
		)?.shopOrderId,
	);
	n8n = await N8nInstance.create();
	await n8n.installPackage(await packPackage());
	await n8n.importCredentials([
		{
			...CRED_1688.alibaba1688OAuth2Api,
			type: 'alibaba1688OAuth2Api',
			data: alibaba1688SandboxCredentialData(sb),
		},
		{
			...CRED_MOGUJIE.mogujieOAuth2Api,
			type: 'mogujieOAuth2Api',
			data: mogujieSandboxCredentialData(mgj),
		},
		// a key the stub only checks is there; the Base URL is the stub's
		{
			...CRED_MODEL.openAiApi,
			type: 'openAiApi',
			data: { apiKey: 'sk-stub-not-a-secret', url: stub.url },
		},
	]);
	await n8n.importWorkflow([
		agentWorkflow(WORKFLOWS.purchaseOrders, 'list my purchase orders waiting for shipment', [
			purchaseOrdersTool(
				'The 1688 order status code: waitbuyerpay (waiting for payment), waitsellersend (paid, waiting for shipment), waitbuyerreceive (shipped), success (completed) or cancel (cancelled)',
			),
		]),
		agentWorkflow(
			WORKFLOWS.shopOrders,
			'which orders of my Mogujie shop are paid and waiting to ship?',
			[
				{
					name: 'Mogujie orders',
					type: 'n8n-nodes-1688-mogujie.mogujieTool',
					typeVersion: 1.1,
					parameters: {
						resource: 'order',
						operation: 'getMany',
						returnAll: false,
						limit: 20,
						filters: {
							orderStatus:
								"={{ $fromAI('orderStatus', `The Mogujie order status: ORDER_CREATED (unpaid), ORDER_PAID (paid, waiting to ship), ORDER_SHIPPED (shipped), ORDER_RECEIVED (received), ORDER_COMPLETED (completed), ORDER_CANCELLED (cancelled) or ORDER_CLOSED (closed)`, 'string') }}",
						},
						addYuan: true,
					},
					credentials: CRED_MOGUJIE,
				},
			],
		),
		// a description that names no codes: the model has to guess, and learns them from the error
		agentWorkflow(WORKFLOWS.badStatus, 'list my purchase orders waiting for shipment', [
			purchaseOrdersTool('The status of the orders to list'),
		]),
		// the order as the user copies it from the shop's order page, with its MG
		agentWorkflow(
			WORKFLOWS.badOrderId,
			`what is the status of my Mogujie order MG${shippedOrderId}?`,
			[
				{
					name: 'Mogujie order',
					type: 'n8n-nodes-1688-mogujie.mogujieTool',
					typeVersion: 1.1,
					parameters: {
						resource: 'order',
						operation: 'get',
						orderId: {
							__rl: true,
							mode: 'id',
							value: "={{ $fromAI('orderId', `The Mogujie order ID`, 'string') }}",
						},
						addYuan: true,
					},
					credentials: CRED_MOGUJIE,
				},
			],
		),
	]);
	await n8n.start();
	await n8n.setupOwner();
});

afterAll(async () => {
	await n8n?.cleanup();
	await Promise.all([sb?.close(), mgj?.close(), stub?.close()]);
});

beforeEach(() => {
	stub.clear();
	sb.clearRequests();
	mgj.clearRequests();
});

afterEach(() => {
	sentToModel.push(JSON.stringify(stub.requests));
	// a tool call that does not fit the schema n8n sent, or a request the stub does not serve
	expect(stub.problems).toEqual([]);
});

it('"list my purchase orders waiting for shipment": the model fills the status filter, the 1688 tool lists them, and the answer names exactly those orders', async () => {
	stub.script = (body) => {
		const results = toolResults(body);
		if (results.length === 0) {
			const orderStatus = codeFor(userText(body), argumentDescription(body, 'orderStatus'));
			const tool = toolWithParameter(body, 'orderStatus');
			return { toolCalls: [{ name: tool.name, arguments: { orderStatus } }] };
		}
		const orders = results[results.length - 1].json as Json[];
		return {
			content: `You have ${orders.length} purchase orders waiting for shipment: ${orders.map((o) => o.orderId).join(', ')}.`,
		};
	};
	const execution = await runManually(n8n, WORKFLOWS.purchaseOrders);
	expectSucceeded(execution);

	const expected = sb.data.orders
		.filter((o: Json) => o.buyer.memberId === sb.demo.memberId && o.status === 'waitsellersend')
		.map((o: Json) => String(o.id));
	expect(expected.length).toBeGreaterThan(1);
	expect(expected.length).toBeLessThan(20);
	expect(sorted(ids(answerOf(execution)))).toEqual(sorted(expected));

	// the tool ran against the sandbox with the status the model sent
	const lists = orderLists1688();
	expect(lists.length).toBeGreaterThan(0);
	expect(lists.map((r) => r.params.orderStatus)).toEqual(lists.map(() => 'waitsellersend'));
	// the model was asked twice: for the tool call, then with the tool's result
	const asked = stub.chatRequests();
	expect(asked).toHaveLength(2);
	expect(toolWithParameter(asked[0], 'orderStatus').parameters.required).toContain('orderStatus');
	expect(toolResults(asked[1])[0].json).toEqual(
		expect.arrayContaining([
			expect.objectContaining({ orderId: expected[0], status: 'waitsellersend' }),
		]),
	);
});

it('Mogujie: "which orders are paid and waiting to ship?": the shop\'s paid orders, from the Mogujie tool', async () => {
	stub.script = (body) => {
		const results = toolResults(body);
		if (results.length === 0) {
			const orderStatus = codeFor(userText(body), argumentDescription(body, 'orderStatus'));
			return {
				toolCalls: [
					{ name: toolWithParameter(body, 'orderStatus').name, arguments: { orderStatus } },
				],
			};
		}
		const orders = results[results.length - 1].json as Json[];
		return { content: `Paid, waiting to ship: ${orders.map((o) => o.shopOrderId).join(', ')}` };
	};
	const execution = await runManually(n8n, WORKFLOWS.shopOrders);
	expectSucceeded(execution);

	const expected = mgj.data.orders
		.filter((o: Json) => o.sellerUserId === mgj.demo.userId && o.orderStatus === 'ORDER_PAID')
		.map((o: Json) => String(o.shopOrderId));
	expect(expected.length).toBeGreaterThan(1);
	expect(expected.length).toBeLessThan(20);
	expect(sorted(ids(answerOf(execution)))).toEqual(sorted(expected));

	const lists = mgj.requests.filter((r) => r.api === 'xiaodian.trade.sold.get');
	expect(lists.length).toBeGreaterThan(0);
	for (const list of lists)
		expect(JSON.parse(list.params.Params)).toMatchObject({ orderStatus: 'ORDER_PAID' });
});

it('an unknown status comes back to the model with the codes 1688 takes; it asks again with one and answers', async () => {
	stub.script = (body) => {
		const results = toolResults(body);
		const tool = toolWithParameter(body, 'orderStatus');
		if (results.length === 0)
			// what a model guesses when the description names no codes
			return {
				toolCalls: [{ name: tool.name, arguments: { orderStatus: 'waiting_for_shipment' } }],
			};
		const last = results[results.length - 1];
		const error = (last.json as Json[])?.[0]?.error;
		if (typeof error === 'string') {
			// read the codes the tool named with their meanings, and pick the one the user's words say
			const pairs = [...error.matchAll(/(\w+) = ([^;(]+)/g)].map((m) => `${m[1]} (${m[2].trim()})`);
			return {
				toolCalls: [
					{ name: tool.name, arguments: { orderStatus: codeFor(userText(body), pairs.join(' ')) } },
				],
			};
		}
		const orders = last.json as Json[];
		return { content: `Waiting for shipment: ${orders.map((o) => o.orderId).join(', ')}` };
	};
	const execution = await runManually(n8n, WORKFLOWS.badStatus);
	expectSucceeded(execution);

	const asked = stub.chatRequests();
	expect(asked).toHaveLength(3);
	const refusal = toolError(asked[1]);
	expect(refusal).toContain('"waiting_for_shipment" is not a 1688 order status');
	for (const code of ['waitbuyerpay', 'waitsellersend', 'waitbuyerreceive', 'success', 'cancel'])
		expect(refusal).toContain(code);
	// the wrong status never reached 1688; the corrected one did
	const lists = orderLists1688();
	expect(lists.map((r) => r.params.orderStatus)).toEqual(lists.map(() => 'waitsellersend'));
	expect(lists.length).toBeGreaterThan(0);
	const expected = sb.data.orders
		.filter((o: Json) => o.buyer.memberId === sb.demo.memberId && o.status === 'waitsellersend')
		.map((o: Json) => String(o.id));
	expect(sorted(ids(answerOf(execution)))).toEqual(sorted(expected));
});

it('a malformed order ID comes back to the model with the format; it asks again with the digits and answers', async () => {
	stub.script = (body) => {
		const results = toolResults(body);
		const tool = toolWithParameter(body, 'orderId');
		const written = /order (\S+?)\?/.exec(userText(body))?.[1] ?? '';
		if (results.length === 0)
			return { toolCalls: [{ name: tool.name, arguments: { orderId: written } }] };
		const last = (results[results.length - 1].json as Json[])[0];
		// told the ID is digits only, without letters: the model drops the MG
		if (typeof last?.error === 'string' && /digits/.test(last.error))
			return {
				toolCalls: [{ name: tool.name, arguments: { orderId: written.replace(/\D/g, '') } }],
			};
		return { content: `Order ${last.shopOrderId} is ${last.orderStatus}.` };
	};
	const execution = await runManually(n8n, WORKFLOWS.badOrderId);
	expectSucceeded(execution);

	const asked = stub.chatRequests();
	expect(asked).toHaveLength(3);
	const refusal = toolError(asked[1]);
	expect(refusal).toContain(`"MG${shippedOrderId}" is not a Mogujie order ID`);
	expect(refusal).toMatch(/number of up to 20 digits.*without letters/);
	// only the corrected ID reached Mogujie
	const reads = mgj.requests.filter((r) => r.api === 'xiaodian.trade.get');
	expect(reads.map((r) => JSON.parse(r.params.openApiOrderDetailReqDto).shopOrderId)).toEqual([
		shippedOrderId,
	]);
	expect(answerOf(execution)).toBe(`Order ${shippedOrderId} is ORDER_SHIPPED.`);
});

it('runs the example "1688: AI sourcing assistant" from a chat message: it searches the sandbox in yuan and names the offers it found', async () => {
	// as shipped: no chat model credential (the user adds one), the tools on the sandbox credential
	const shipped = assistantExample as Json;
	const model = shipped.nodes.find((node: Json) => node.type === MODEL_TYPE);
	expect(model.credentials).toBeUndefined();
	expect(shipped.id.length).toBeLessThanOrEqual(16);

	const question = 'find three suppliers for 保鲜盒 under ¥15';
	stub.script = (body) => {
		const results = toolResults(body);
		if (results.length === 0) {
			const [, keyword, price] = /for (\S+) under ¥(\d+(?:\.\d+)?)/.exec(userText(body)) ?? [];
			const search = toolWithParameter(body, 'keyword');
			return {
				toolCalls: [{ name: search.name, arguments: { keyword, maxPriceYuan: Number(price) } }],
			};
		}
		if (results.length === 1) {
			const offers = (results[0].json as Json[]).slice(0, 3);
			const read = toolWithParameter(body, 'offerId');
			return {
				toolCalls: offers.map((offer) => ({
					name: read.name,
					arguments: { offerId: String(offer.offerId) },
				})),
			};
		}
		const details = results.slice(1).map((result) => (result.json as Json[])[0]);
		return {
			content: details
				.map(
					(d) =>
						`${d.offerId} ${d.subject} ¥${d.priceRanges[0].priceYuan}, from ${d.shipsFrom}: ${d.url}`,
				)
				.join('\n'),
		};
	};
	await n8n.importWorkflow({
		...shipped,
		nodes: shipped.nodes.map((node: Json) =>
			node.type === MODEL_TYPE ? { ...node, credentials: CRED_MODEL } : node,
		),
		// what the Chat Trigger outputs for a message typed into n8n's chat
		pinData: {
			'When chat message received': [
				{ json: { sessionId: 'e2e-chat-session', action: 'sendMessage', chatInput: question } },
			],
		},
	});
	const execution = await runFromTrigger(n8n, shipped.id, CHAT_TRIGGER);
	expectSucceeded(execution);

	// the system message the example ships says prices are yuan
	expect(systemText(stub.chatRequests()[0])).toMatch(/yuan/);
	const searches = sb.requests.filter(
		(r) => r.api === 'com.alibaba.fenxiao.crossborder:product.search.keywordQuery',
	);
	expect(searches.length).toBeGreaterThan(0);
	expect(JSON.parse(searches[0].params.offerQueryParam)).toMatchObject({
		keyword: '保鲜盒',
		priceEnd: '15',
	});
	const found = JSON.parse(searches[0].responseBody).result.result.data as Json[];
	const firstThree = found.slice(0, 3).map((offer) => String(offer.offerId));
	expect(firstThree).toHaveLength(3);
	for (const offer of found) {
		expect(offer.subject).toContain('保鲜盒');
		expect(Number(offer.priceInfo.price)).toBeLessThanOrEqual(15);
	}
	const details = sb.requests.filter(
		(r) => r.api === 'com.alibaba.fenxiao.crossborder:product.search.queryProductDetail',
	);
	expect(sorted(details.map((r) => String(JSON.parse(r.params.offerDetailParam).offerId)))).toEqual(
		sorted(firstThree),
	);

	const agent = shipped.nodes.find((node: Json) => node.type === AGENT_TYPE).name;
	const answer = answerOf(execution, agent);
	expect(sorted([...new Set(ids(answer))])).toEqual(sorted(firstThree));
	for (const offerId of firstThree) {
		// the sandbox's own record of the offer, not what the tool said of it
		expect(answer).toContain(sb.data.productsById.get(Number(offerId))?.name ?? `offer ${offerId}`);
	}
});

it('gave the chat model the orders and offers, and no app secret or token of either sandbox', () => {
	const sent = sentToModel.join('\n');
	expect(sent).toContain('waitsellersend');
	const secrets = [
		...sb.issuedSecrets(),
		...mgj.issuedSecrets(),
		sb.demo.appSecret,
		mgj.demo.appSecret,
	];
	expect(secrets.length).toBeGreaterThan(2);
	expect(secrets.filter((secret) => sent.includes(secret))).toEqual([]);
});
