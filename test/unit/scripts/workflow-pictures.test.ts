// The README's pictures of the examples (docs/images/<example>.svg, drawn by `npm run pictures` with
// scripts/lib/workflow-picture.js): each is what the generator draws of its example now, shows
// every node by name and every main connection as a curve, and the type labels use the names the
// node descriptions give.
import type { INodeProperties, INodeType } from 'n8n-workflow';

import { Alibaba1688 } from '../../../nodes/Alibaba1688/Alibaba1688.node';
import { Alibaba1688MessageTrigger } from '../../../nodes/Alibaba1688MessageTrigger/Alibaba1688MessageTrigger.node';
import { Alibaba1688Trigger } from '../../../nodes/Alibaba1688Trigger/Alibaba1688Trigger.node';
import { Mogujie } from '../../../nodes/Mogujie/Mogujie.node';
import { MogujieTrigger } from '../../../nodes/MogujieTrigger/MogujieTrigger.node';
import { NODE_NAMES, typeLabel, workflowPicture } from '../../../scripts/lib/workflow-picture';
import { examplePictures } from '../../../scripts/workflow-pictures';
import { readRepoFile, repoFileExists } from '../../support/repo-files';

type Node = {
	name: string;
	type: string;
	position: number[];
	parameters?: Record<string, unknown>;
	disabled?: boolean;
	onError?: string;
};
type Connections = Record<string, Record<string, Array<Array<{ node: string }> | null>>>;
type Workflow = { name?: string; nodes: Node[]; connections: Connections };

const pictures = examplePictures();
const STICKY = 'n8n-nodes-base.stickyNote';

const escapeXml = (text: string) =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');

const count = (text: string, part: string) => text.split(part).length - 1;

/** The main connections between two nodes the workflow has. */
function mainConnections(workflow: Workflow) {
	const names = new Set(workflow.nodes.map((node) => node.name));
	return Object.entries(workflow.connections).flatMap(([from, byType]) =>
		names.has(from)
			? (byType.main ?? []).flatMap((targets) =>
					(targets ?? []).filter((target) => names.has(target.node)),
				)
			: [],
	);
}

/** The connections of an AI Agent's sub-nodes (ai_languageModel, ai_tool, …) between nodes the workflow has. */
function aiConnections(workflow: Workflow) {
	const names = new Set(workflow.nodes.map((node) => node.name));
	return Object.entries(workflow.connections).flatMap(([from, byType]) =>
		names.has(from)
			? Object.entries(byType)
					.filter(([kind]) => kind !== 'main')
					.flatMap(([, outputs]) =>
						outputs.flatMap((targets) => (targets ?? []).filter((t) => names.has(t.node))),
					)
			: [],
	);
}

function committed(picture: string): string | undefined {
	try {
		return readRepoFile(picture);
	} catch {
		return undefined;
	}
}

it('there is a picture for every example', () => {
	expect(pictures.map(({ example }) => example)).toEqual(
		expect.arrayContaining([
			'examples/1688-storefront-order-to-purchase-order.workflow.json',
			'examples/1688-shipped-to-storefront-tracking.workflow.json',
			'examples/1688-paid-sales-orders-to-team-chat.workflow.json',
			'examples/1688-ship-from-sheet.workflow.json',
		]),
	);
	expect(pictures.length).toBeGreaterThanOrEqual(7);
});

describe.each(pictures.map((entry) => [entry.picture, entry] as const))('%s', (_, entry) => {
	const workflow = entry.workflow as Workflow;

	it('is the picture the generator draws of the example now', () => {
		if (committed(entry.picture) !== entry.svg) {
			throw new Error(
				`${entry.picture} is not the picture of ${entry.example} (changed example or generator): run \`npm run pictures\` and commit the SVG`,
			);
		}
	});

	it("shows each node's name and one curve per main connection", () => {
		for (const node of workflow.nodes.filter((node) => node.type !== STICKY)) {
			expect(entry.svg).toContain(`<title>${escapeXml(node.name)}</title>`);
		}
		expect(count(entry.svg, 'class="connection"')).toBe(mainConnections(workflow).length);
		expect(mainConnections(workflow).length).toBeGreaterThan(0);
		expect(count(entry.svg, 'class="ai-connection"')).toBe(aiConnections(workflow).length);
		expect(count(entry.svg, 'class="sticky-note"')).toBe(
			workflow.nodes.filter((node) => node.type === STICKY).length,
		);
	});

	it('fits every node into its viewBox', () => {
		const [left, top, width, height] = /viewBox="([^"]+)"/
			.exec(entry.svg)![1]
			.split(' ')
			.map(Number);
		for (const node of workflow.nodes) {
			const [x, y] = node.position.map((n) => n * 0.6);
			expect(x).toBeGreaterThanOrEqual(left);
			expect(y).toBeGreaterThanOrEqual(top);
			expect(x + 60).toBeLessThanOrEqual(left + width);
			expect(y + 60).toBeLessThanOrEqual(top + height);
		}
	});

	it('is the same bytes every time', () => {
		expect(workflowPicture(JSON.parse(JSON.stringify(workflow)))).toBe(entry.svg);
	});
});

it('the README shows the pictures of the two dropshipping examples, and only pictures that exist (drawn diagrams and the browser test screenshots)', () => {
	const readme = readRepoFile('README.md');
	const shown = [...readme.matchAll(/!\[[^\]]*\]\((docs\/images\/[^)]+)\)/g)].map((m) => m[1]);
	const drawn = pictures.map(({ picture }) => picture);
	expect(shown).toEqual(
		expect.arrayContaining([
			'docs/images/1688-storefront-order-to-purchase-order.svg',
			'docs/images/1688-shipped-to-storefront-tracking.svg',
		]),
	);
	// diagrams are drawn by `npm run pictures`; the editor's screenshots come from the browser test
	for (const picture of shown.filter((p) => p.endsWith('.svg'))) expect(drawn).toContain(picture);
	const screenshots = shown.filter((p) => !p.endsWith('.svg'));
	expect(screenshots.every((p) => /^docs\/images\/editor-[\w-]+\.png$/.test(p))).toBe(true);
	expect(screenshots.filter((p) => !repoFileExists(p))).toEqual([]);
});

describe('type labels', () => {
	const storefront = pictures.find(({ example }) => example.includes('storefront-order'))!
		.workflow as Workflow;
	const tracking = pictures.find(({ example }) => example.includes('storefront-tracking'))!
		.workflow as Workflow;
	const shipFromSheet = pictures.find(({ example }) => example.includes('ship-from-sheet'))!
		.workflow as Workflow;
	const assistant = pictures.find(({ example }) => example.includes('ai-sourcing-assistant'))!
		.workflow as Workflow;
	const byName = (workflow: Workflow, name: string) =>
		workflow.nodes.find((node) => node.name === name)!;

	it('name our nodes as an AI Agent\'s tools "1688 Tool", and n8n\'s AI nodes as its panel does', () => {
		expect(typeLabel(byName(assistant, 'Search 1688 offers'))).toBe(
			'1688 Tool · Product → Search by Keyword',
		);
		expect(typeLabel(byName(assistant, 'Read a 1688 offer'))).toBe(
			'1688 Tool · Product → Get Offer',
		);
		expect(typeLabel(byName(assistant, 'AI sourcing assistant'))).toBe('AI Agent');
		expect(typeLabel(byName(assistant, 'When chat message received'))).toBe('Chat Trigger');
		expect(typeLabel(byName(assistant, 'OpenAI Chat Model'))).toBe('OpenAI Chat Model');
		expect(
			typeLabel({
				name: 'M',
				type: 'n8n-nodes-1688-mogujie.mogujieTool',
				parameters: { resource: 'order', operation: 'getMany' },
			}),
		).toBe('Mogujie Tool · Order → Get Many');
	});

	it('name our resource and operation, n8n nodes by type, and say when a node is disabled', () => {
		expect(typeLabel(byName(storefront, 'Create Cross-Border Order'))).toBe(
			'1688 · Purchase Order → Create Cross-Border Order',
		);
		expect(typeLabel(byName(storefront, 'Storefront order'))).toBe('Webhook');
		expect(typeLabel(byName(storefront, 'One item per line'))).toBe('Split Out');
		expect(typeLabel(byName(tracking, 'Shopify: create fulfillment'))).toBe(
			'HTTP Request (disabled)',
		);
		expect(typeLabel(byName(tracking, '1688: order shipped'))).toBe(
			'1688 Message Trigger · Order: Shipped, Order: Partly Shipped',
		);
		expect(typeLabel(byName(shipFromSheet, 'Ship'))).toBe('1688 · Sales Order → Ship');
	});

	type Option = { name: string; value: string | number | boolean };
	const optionsOf = (properties: INodeProperties[], name: string, resource?: string) => {
		const property = properties.find(
			(p) =>
				p.name === name &&
				(resource === undefined || (p.displayOptions?.show?.resource ?? []).includes(resource)),
		);
		return Object.fromEntries(
			((property?.options ?? []) as Option[]).map((option) => [String(option.value), option.name]),
		);
	};

	it.each([
		['alibaba1688', new Alibaba1688()],
		['mogujie', new Mogujie()],
	] as Array<[keyof typeof NODE_NAMES, INodeType]>)(
		'%s: resources and operations as the node names them',
		(key, node) => {
			const { properties, displayName } = node.description;
			const resources = optionsOf(properties, 'resource');
			const operations = Object.fromEntries(
				Object.keys(resources).map((resource) => [
					resource,
					optionsOf(properties, 'operation', resource),
				]),
			);
			expect(NODE_NAMES[key]).toEqual({ displayName, resource: resources, operation: operations });
		},
	);

	it('triggers: events and topics as the nodes name them', () => {
		const of = (node: INodeType, name: string) => optionsOf(node.description.properties, name);
		expect(NODE_NAMES.alibaba1688Trigger).toEqual({
			displayName: new Alibaba1688Trigger().description.displayName,
			events: of(new Alibaba1688Trigger(), 'events'),
		});
		expect(NODE_NAMES.mogujieTrigger).toEqual({
			displayName: new MogujieTrigger().description.displayName,
			events: of(new MogujieTrigger(), 'events'),
		});
		expect(NODE_NAMES.alibaba1688MessageTrigger).toEqual({
			displayName: new Alibaba1688MessageTrigger().description.displayName,
			topics: of(new Alibaba1688MessageTrigger(), 'topics'),
		});
	});
});

describe('drawing', () => {
	const node = (name: string, type: string, position: number[], extra: Partial<Node> = {}) => ({
		name,
		type,
		position,
		parameters: {},
		...extra,
	});
	const workflow: Workflow = {
		name: 'Tags <b> & "quotes"',
		nodes: [
			node('Hook <x> & "y"', 'n8n-nodes-base.webhook', [0, 0]),
			node('分支 判断', 'n8n-nodes-base.if', [220, 0]),
			node('Yes', 'n8n-nodes-base.set', [440, -120]),
			node('No', 'n8n-nodes-base.httpRequest', [440, 120], { disabled: true }),
			node('Note', STICKY, [-40, -200], {
				parameters: {
					content: 'Intro text\n\n## **Heading** with `code`\n\nBody words stay out',
					width: 300,
					height: 160,
				},
			}),
		],
		connections: {
			'Hook <x> & "y"': { main: [[{ node: '分支 判断' }]] },
			'分支 判断': { main: [[{ node: 'Yes' }], [{ node: 'No' }]] },
			Yes: { main: [[{ node: 'Gone' }]] },
		},
	};
	const svg = workflowPicture(workflow);

	it('escapes every text and keeps CJK names whole', () => {
		expect(svg).not.toMatch(/<x>|<b>|"quotes"|& /);
		expect(svg).toContain('<title>Hook &lt;x&gt; &amp; &quot;y&quot;</title>');
		expect(svg).toContain('<title>Tags &lt;b&gt; &amp; &quot;quotes&quot;</title>');
		expect(svg).toContain('>分支 判断</text>');
		expect(svg).toContain(
			'font-family="Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif"',
		);
	});

	it("labels If's outputs, skips connections to missing nodes, marks triggers and disabled nodes", () => {
		expect(svg).toContain('>true</text>');
		expect(svg).toContain('>false</text>');
		expect(count(svg, 'class="connection"')).toBe(3);
		expect(count(svg, '<path class="node-box"')).toBe(1);
		expect(count(svg, '<rect class="node-box"')).toBe(3);
		expect(svg).toContain('>HTTP Request (disabled)</text>');
		expect(svg).toContain('stroke-dasharray');
	});

	it('labels the outputs of a node with an error output (On Error → Continue (using error output)) success and error', () => {
		const withErrorOutput = workflowPicture({
			nodes: [
				node('Ship', 'n8n-nodes-base.httpRequest', [0, 0], { onError: 'continueErrorOutput' }),
				node('Done', 'n8n-nodes-base.set', [220, -100]),
				node('To fix', 'n8n-nodes-base.set', [220, 100]),
			],
			connections: { Ship: { main: [[{ node: 'Done' }], [{ node: 'To fix' }]] } },
		});
		expect(withErrorOutput).toContain('>success</text>');
		expect(withErrorOutput).toContain('>error</text>');
		expect(count(withErrorOutput, 'class="connection"')).toBe(2);
		expect(svg).not.toContain('>success</text>');
	});

	it("draws an AI Agent's sub-nodes as circles, each with a dashed line to the agent's input of its kind", () => {
		const agent = workflowPicture({
			nodes: [
				node('Chat', '@n8n/n8n-nodes-langchain.chatTrigger', [0, 0]),
				node('Agent', '@n8n/n8n-nodes-langchain.agent', [220, 0]),
				node('Model', '@n8n/n8n-nodes-langchain.lmChatOpenAi', [100, 220]),
				node('Orders', 'n8n-nodes-1688-mogujie.alibaba1688Tool', [320, 220]),
				node('Shop', 'n8n-nodes-1688-mogujie.mogujieTool', [540, 220]),
			],
			connections: {
				Chat: { main: [[{ node: 'Agent' }]] },
				Model: { ai_languageModel: [[{ node: 'Agent' }]] },
				Orders: { ai_tool: [[{ node: 'Agent' }]] },
				Shop: { ai_tool: [[{ node: 'Agent' }]] },
			},
		});
		expect(count(agent, '<circle class="node-box"')).toBe(3);
		expect(count(agent, 'class="ai-connection"')).toBe(3);
		expect(count(agent, 'class="connection"')).toBe(1);
		expect(agent).toContain('stroke-dasharray="5 4"');
		// two inputs along the agent's bottom (model, tool); both tools end at the tool input
		const ends = [...agent.matchAll(/class="ai-connection" d="([^"]*)"/g)].map((m) =>
			m[1].split(' ').slice(-2).join(' '),
		);
		expect(new Set(ends).size).toBe(2);
		expect(ends[1]).toBe(ends[2]);
	});

	it('draws a sticky note behind the nodes with its first heading only', () => {
		expect(svg).toContain('>Heading with code</text>');
		expect(svg).not.toContain('Body words');
		expect(svg).not.toContain('Intro text');
		expect(svg.indexOf('class="sticky-note"')).toBeLessThan(svg.indexOf('class="node"'));
	});
});
