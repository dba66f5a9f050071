// @ts-check
'use strict';

// An n8n workflow (its exported JSON) drawn as an SVG picture, the way n8n's canvas shows it: each
// node a rounded box at its position (triggers rounded on the left), its name and a small type
// label below, the main connections as curves with If's outputs labelled true/false (and a node's
// error output, On Error → Continue (using error output), labelled success/error), an AI Agent's
// sub-nodes (chat model, memory, tools) as circles below it with dashed lines up to its bottom, as
// n8n draws them, and sticky notes behind the nodes with their first heading. For the README, where
// no browser is at hand to take a screenshot of the canvas. Same workflow, same bytes; no
// dependencies.

/** The canvas is drawn at this fraction of n8n's coordinates (a node is 100 × 100 in n8n). */
const SCALE = 0.6;
const NODE = 100 * SCALE;
const MARGIN = 24;
/** How wide a node's name and label may be: a little less than n8n's 220 between two nodes. */
const TEXT_WIDTH = 120;
/** The type label is small: it may be a little wider. */
const LABEL_WIDTH = 132;
/** Bold text is about this much wider. */
const BOLD = 1.1;
const FONT = 'Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif';

const NAME = { size: 11, line: 14, maxLines: 3 };
const LABEL = { size: 9, line: 11, maxLines: 3 };
const HEADING = { size: 12, line: 16, maxLines: 2 };

/** Text under a node keeps a canvas-coloured rim, so it stays legible where a connection crosses. */
const HALO = 'stroke="#f6f6f8" stroke-width="3" stroke-linejoin="round" paint-order="stroke"';

const PACKAGE = 'n8n-nodes-1688-mogujie.';
/** The Chinese name after a topic or event, `Order: Shipped (发货)`: left out of the short label. */
const CHINESE_GLOSS = /\s*\([^()]*[\u2e80-\uffff][^()]*\)$/;
const BASE = 'n8n-nodes-base.';
const AI = '@n8n/n8n-nodes-langchain.';
/** n8n's name for the nodes it generates from ours for the AI Agent (`usableAsTool`): "<name>Tool". */
const TOOL_SUFFIX = 'Tool';
/** The order of an AI Agent's inputs along its bottom edge, as n8n's canvas shows them. */
const AI_INPUTS = ['ai_languageModel', 'ai_memory', 'ai_tool', 'ai_outputParser'];

/**
 * Our nodes' display names, resources, operations and trigger choices as the node descriptions
 * name them (test/unit/scripts/workflow-pictures.test.ts keeps this in step with nodes/).
 */
const NODE_NAMES = {
	alibaba1688: {
		displayName: '1688',
		resource: {
			account: 'Account',
			address: 'Address',
			category: 'Category',
			customApiCall: 'Call API by Name (按接口名调用)',
			logistics: 'Logistics (物流)',
			myProduct: 'My Product',
			product: 'Product',
			purchaseOrder: 'Purchase Order',
			refund: 'Refund',
			salesOrder: 'Sales Order',
		},
		operation: {
			account: { getAuthorizationUrl: 'Get Authorization URL', getBasicInfo: 'Get Basic Info' },
			address: { getMany: 'Get Many' },
			category: { get: 'Get' },
			customApiCall: { call: 'Call' },
			logistics: { getCarriers: 'Get Carriers', getInfo: 'Get Info', getTrace: 'Get Trace' },
			myProduct: { get: 'Get', getMany: 'Get Many', updateStock: 'Update Stock' },
			product: {
				getDetail: 'Get Offer',
				get: 'Get Own Product (Moved to My Product)',
				search: 'Search by Keyword',
				searchByImage: 'Search by Image',
			},
			purchaseOrder: {
				cancel: 'Cancel',
				confirmReceipt: 'Confirm Receipt',
				create: 'Create',
				createCrossBorder: 'Create Cross-Border Order',
				get: 'Get',
				getMany: 'Get Many',
				getPaymentUrl: 'Get Payment URL',
				payWithoutPassword: 'Pay Without Password',
				preview: 'Preview',
			},
			refund: {
				create: 'Create',
				get: 'Get',
				getMany: 'Get Many',
				getReasons: 'Get Reasons',
				returnGoods: 'Return Goods',
				uploadVoucher: 'Upload Voucher',
			},
			salesOrder: { addMemo: 'Add Memo', get: 'Get', getMany: 'Get Many', ship: 'Ship' },
		},
	},
	mogujie: {
		displayName: 'Mogujie',
		resource: {
			category: 'Category',
			customApiCall: 'Call API by Name (按接口名调用)',
			item: 'Item',
			order: 'Order',
		},
		operation: {
			category: { getMany: 'Get Many' },
			customApiCall: { call: 'Call' },
			item: { get: 'Get', getMany: 'Get Many', updateSkuStock: 'Update SKU Stock' },
			order: { get: 'Get', getMany: 'Get Many', ship: 'Ship' },
		},
	},
	alibaba1688Trigger: {
		displayName: '1688 Trigger',
		events: { new: 'New Order', updated: 'Order Updated' },
	},
	mogujieTrigger: {
		displayName: 'Mogujie Trigger',
		events: { new: 'New Order', updated: 'Order Updated' },
	},
	alibaba1688MessageTrigger: {
		displayName: '1688 Message Trigger',
		topics: {
			LOGISTICS_MAIL_NO_CHANGE: 'Logistics: Mail Number Changed (运单号修改)',
			LOGISTICS_BUYER_VIEW_TRACE: 'Logistics: Trace Updated (物流轨迹)',
			ORDER_BATCH_PAY: 'Order: Batch Paid (批量支付)',
			ORDER_BUYER_VIEW_ORDER_BUYER_CLOSE: 'Order: Closed by Buyer (买家关闭)',
			ORDER_BUYER_VIEW_ORDER_BOPS_CLOSE: 'Order: Closed by Operations (运营关闭)',
			ORDER_BUYER_VIEW_ORDER_SELLER_CLOSE: 'Order: Closed by Seller (卖家关闭)',
			ORDER_BUYER_VIEW_ORDER_SUCCESS: 'Order: Completed (交易成功)',
			ORDER_BUYER_VIEW_BUYER_MAKE: 'Order: Created (创建订单)',
			ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS: 'Order: Goods Received (确认收货)',
			ORDER_BUYER_VIEW_ORDER_PAY: 'Order: Paid (付款)',
			ORDER_BUYER_VIEW_PART_PART_SENDGOODS: 'Order: Partly Shipped (部分发货)',
			ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY: 'Order: Price Changed (改价)',
			ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS: 'Order: Shipped (发货)',
			ORDER_BUYER_VIEW_ORDER_STEP_PAY: 'Order: Step Paid (分阶段付款)',
			PRODUCT_PRODUCT_INVENTORY_CHANGE: 'Product: Inventory Changed (库存变更)',
			PRODUCT_RELATION_VIEW_PRODUCT_CHANGE: 'Product: Relation Product Changed (关注商品变更)',
			ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES: 'Refund: After Completion (售后退款)',
			ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES: 'Refund: Before Completion (售中退款)',
			ORDER_ORDER_BUYER_CLOSE: 'Sales Order: Closed by Buyer (买家关闭, 卖家视角)',
			ORDER_ORDER_BOPS_CLOSE: 'Sales Order: Closed by Operations (运营关闭, 卖家视角)',
			ORDER_ORDER_SELLER_CLOSE: 'Sales Order: Closed by Seller (卖家关闭, 卖家视角)',
			ORDER_ORDER_SUCCESS: 'Sales Order: Completed (交易成功, 卖家视角)',
			ORDER_BUYER_MAKE: 'Sales Order: Created (买家下单, 卖家视角)',
			ORDER_ORDER_COMFIRM_RECEIVEGOODS: 'Sales Order: Goods Received (确认收货, 卖家视角)',
			ORDER_MODIFY_MEMO: 'Sales Order: Memo Changed (备注修改, 卖家视角)',
			ORDER_PAY: 'Sales Order: Paid (付款, 卖家视角)',
			ORDER_PART_PART_SENDGOODS: 'Sales Order: Partly Shipped (部分发货, 卖家视角)',
			ORDER_ORDER_PRICE_MODIFY: 'Sales Order: Price Changed (改价, 卖家视角)',
			ORDER_ORDER_REFUND_AFTER_SALES: 'Sales Order: Refund After Completion (售后退款, 卖家视角)',
			ORDER_ORDER_BUYER_REFUND_IN_SALES:
				'Sales Order: Refund Before Completion (售中退款, 卖家视角)',
			ORDER_ANNOUNCE_SENDGOODS: 'Sales Order: Shipped (发货, 卖家视角)',
			ORDER_ORDER_STEP_PAY: 'Sales Order: Step Paid (分阶段付款, 卖家视角)',
		},
	},
};

/** n8n's own nodes: the name its node panel gives, and a short mark for inside the box. */
const BASE_NODES = {
	code: ['Code', 'JS'],
	convertToFile: ['Convert to File', 'File'],
	filter: ['Filter', 'Filter'],
	httpRequest: ['HTTP Request', 'HTTP'],
	if: ['If', 'If'],
	manualTrigger: ['Manual Trigger', 'Run'],
	merge: ['Merge', 'Merge'],
	noOp: ['No Operation', 'NoOp'],
	respondToWebhook: ['Respond to Webhook', 'Reply'],
	scheduleTrigger: ['Schedule Trigger', 'Timer'],
	set: ['Set', 'Set'],
	splitOut: ['Split Out', 'Split'],
	switch: ['Switch', 'Switch'],
	wait: ['Wait', 'Wait'],
	webhook: ['Webhook', 'Hook'],
};

/** n8n's AI nodes (@n8n/n8n-nodes-langchain): the name its node panel gives, and a short mark. */
const AI_NODES = {
	agent: ['AI Agent', 'AI'],
	chatTrigger: ['Chat Trigger', 'Chat'],
	lmChatOpenAi: ['OpenAI Chat Model', 'Model'],
	memoryBufferWindow: ['Simple Memory', 'Memory'],
};

const COLORS = {
	canvas: '#f6f6f8',
	dots: '#dcdde2',
	box: '#ffffff',
	boxStroke: '#b9bdc6',
	disabledBox: '#f0f1f3',
	name: '#2b2d33',
	label: '#7b808a',
	disabledText: '#9a9ea6',
	edge: '#9ba1ab',
	note: '#fff5d6',
	noteStroke: '#f0d996',
	noteText: '#5c4b1b',
	mark1688: '#ff6a00',
	markMogujie: '#ff4466',
	markBase: '#6b7280',
};

/**
 * @typedef {{ name: string, type: string, position?: number[], parameters?: Record<string, any>,
 *   disabled?: boolean, onError?: string }} WorkflowNode
 * @typedef {{ name?: string, nodes?: WorkflowNode[],
 *   connections?: Record<string, Record<string, Array<Array<{ node: string, index?: number }> | null>>> }} Workflow
 */

/** @param {string} text */
function escapeXml(text) {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** A number as the picture writes it: at most one decimal, never `-0`. @param {number} n */
function num(n) {
	const rounded = Math.round(n * 10) / 10;
	return String(rounded === 0 ? 0 : rounded);
}

/** About how wide a character is, in ems (no font metrics here, so a generous guess). */
function charWidth(/** @type {string} */ ch) {
	const code = ch.codePointAt(0) || 0;
	if (code >= 0x2e80 || code === 0x2192) return 1;
	if (" il.,:;|!'`".includes(ch)) return 0.3;
	if ('ftrjI()[]-'.includes(ch)) return 0.38;
	if ('mwMW@'.includes(ch)) return 0.88;
	if (/[A-Z]/.test(ch)) return 0.66;
	if (/[0-9]/.test(ch)) return 0.56;
	return 0.54;
}

/** @param {string} text @param {number} size */
function textWidth(text, size) {
	let ems = 0;
	for (const ch of text) ems += charWidth(ch);
	return ems * size;
}

/**
 * Lines of at most `width`. A label breaks between its phrases first (before ` · ` and ` → `, after
 * `, `), then between words; a word wider than the line is broken after its dots, else per CJK
 * character, else left whole. Past `maxLines` the last line ends in `…`.
 * @param {string} text @param {number} size @param {number} width @param {number} maxLines
 */
function wrap(text, size, width, maxLines) {
	const phrases = text
		.replace(/\s+/g, ' ')
		.trim()
		.split(/ (?=[·→] )|(?<=,) /)
		.filter(Boolean);
	/** @type {string[]} */
	const lines = [];
	for (const phrase of phrases) {
		const current = lines[lines.length - 1];
		if (current !== undefined && textWidth(`${current} ${phrase}`, size) <= width) {
			lines[lines.length - 1] = `${current} ${phrase}`;
		} else {
			lines.push(...wrapWords(phrase, size, width));
		}
	}
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1];
	while (last.length > 1 && textWidth(`${last}…`, size) > width) last = last.slice(0, -1);
	kept[maxLines - 1] = `${last.trimEnd()}…`;
	return kept;
}

/** @param {string} text @param {number} size @param {number} width @returns {string[]} */
function wrapWords(text, size, width) {
	/** Words, each with what joins it to the word before: a space, or nothing for a broken word. */
	/** @type {Array<{ text: string, glue: string }>} */
	const words = [];
	for (const word of text.split(' ')) {
		const last = words[words.length - 1];
		if (last && (last.text === '→' || last.text === '·')) last.text = `${last.text} ${word}`;
		else
			splitWide(word, size, width).forEach((piece, i) =>
				words.push({ text: piece, glue: i ? '' : ' ' }),
			);
	}
	/** @type {string[]} */
	const lines = [];
	for (const word of words) {
		const current = lines[lines.length - 1];
		if (current !== undefined && textWidth(current + word.glue + word.text, size) <= width) {
			lines[lines.length - 1] = current + word.glue + word.text;
		} else {
			lines.push(word.text);
		}
	}
	return lines;
}

/**
 * A word wider than `width` in pieces: after its dots (`alibaba.trade.getBuyerOrderList`), else per
 * CJK character; other words stay whole.
 * @param {string} word @param {number} size @param {number} width @returns {string[]}
 */
function splitWide(word, size, width) {
	if (textWidth(word, size) <= width) return [word];
	const parts =
		word.split(/(?<=\.)/).length > 1
			? word.split(/(?<=\.)/)
			: /[\u2e80-\uffff]/.test(word)
				? [...word]
				: [word];
	/** @type {string[]} */
	const pieces = [];
	for (const part of parts) {
		const current = pieces[pieces.length - 1];
		if (current !== undefined && textWidth(current + part, size) <= width)
			pieces[pieces.length - 1] = current + part;
		else pieces.push(part);
	}
	return pieces;
}

/** `getMany` → `Get Many`; short lowercase values (`csv`) in capitals. @param {string} value */
function humanize(value) {
	if (/^[a-z]{1,4}$/.test(value)) return value.toUpperCase();
	const words = value.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ');
	return words.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** @param {WorkflowNode} node */
function shortType(node) {
	const dot = node.type.lastIndexOf('.');
	return dot < 0 ? node.type : node.type.slice(dot + 1);
}

/** @param {WorkflowNode} node */
const isOurs = (node) => node.type.startsWith(PACKAGE);

/** Our node's type without the "Tool" n8n adds for the AI Agent, and whether it had it. @param {WorkflowNode} node */
function ourType(node) {
	const type = shortType(node);
	const names = /** @type {Record<string, unknown>} */ (NODE_NAMES);
	if (!names[type] && type.endsWith(TOOL_SUFFIX) && names[type.slice(0, -TOOL_SUFFIX.length)])
		return { type: type.slice(0, -TOOL_SUFFIX.length), tool: true };
	return { type, tool: false };
}

/** n8n's name and mark of one of its own nodes (n8n-nodes-base or its AI nodes). @param {WorkflowNode} node */
function knownNode(node) {
	const type = shortType(node);
	if (node.type.startsWith(BASE)) return /** @type {Record<string, string[]>} */ (BASE_NODES)[type];
	if (node.type.startsWith(AI)) return /** @type {Record<string, string[]>} */ (AI_NODES)[type];
	return undefined;
}

/** @param {WorkflowNode} node */
function isTrigger(node) {
	const type = shortType(node);
	return /trigger$/i.test(type) || type === 'webhook';
}

/** @param {unknown} value */
const literal = (value) => typeof value === 'string' && value !== '' && !value.startsWith('=');

/**
 * The small grey line under a node's name: "1688 · Purchase Order → Create Cross-Border Order" for
 * our nodes, n8n's name of the node ("Webhook", "If") for n8n's own; "(disabled)" when it is.
 * @param {WorkflowNode} node
 */
function typeLabel(node) {
	const parameters = node.parameters || {};
	let label;
	if (isOurs(node)) {
		const { type, tool } = ourType(node);
		/** @type {any} */
		const names = /** @type {Record<string, any>} */ (NODE_NAMES)[type];
		const displayName = names && tool ? `${names.displayName} ${TOOL_SUFFIX}` : names?.displayName;
		if (!names) label = humanize(type);
		else if (names.resource) {
			const resource = String(parameters.resource ?? '');
			const operation = String(parameters.operation ?? '');
			const resourceName = names.resource[resource] ?? humanize(resource);
			let operationName = names.operation[resource]?.[operation] ?? humanize(operation);
			if (resource === 'customApiCall' && literal(parameters.apiName))
				operationName = parameters.apiName;
			label = `${displayName} · ${resourceName} → ${operationName}`;
		} else {
			const chosen = names.topics ? parameters.topics : parameters.events;
			const table = names.topics ?? names.events;
			const list = Array.isArray(chosen)
				? chosen.map((v) => String(table[v] ?? v).replace(CHINESE_GLOSS, ''))
				: [];
			label = list.length ? `${displayName} · ${list.join(', ')}` : displayName;
		}
	} else {
		const known = knownNode(node);
		label = known ? known[0] : humanize(shortType(node));
		if (literal(parameters.operation)) label += ` → ${humanize(parameters.operation)}`;
	}
	return node.disabled ? `${label} (disabled)` : label;
}

/** The short word inside a node's box, and its colour. @param {WorkflowNode} node */
function markOf(node) {
	const type = shortType(node);
	if (isOurs(node) && type.startsWith('alibaba1688'))
		return { text: '1688', color: COLORS.mark1688 };
	if (isOurs(node) && type.startsWith('mogujie'))
		return { text: 'Mogujie', color: COLORS.markMogujie };
	if (type === 'webhook')
		return { text: String(node.parameters?.httpMethod || 'GET'), color: COLORS.markBase };
	const known = knownNode(node);
	return { text: known ? known[1] : humanize(type).split(' ')[0], color: COLORS.markBase };
}

/** How many main outputs a node shows. @param {WorkflowNode} node @param {Workflow} workflow */
function outputCount(node, workflow) {
	const wired = workflow.connections?.[node.name]?.main?.length ?? 0;
	const type = shortType(node);
	if (type === 'if' || hasErrorOutput(node)) return Math.max(2, wired);
	return Math.max(1, wired);
}

/** On Error → Continue (using error output): n8n adds an output for the items that failed. @param {WorkflowNode} node */
const hasErrorOutput = (node) => node.onError === 'continueErrorOutput';

/** @param {WorkflowNode} node @returns {string[]} */
function outputLabels(node) {
	if (shortType(node) === 'if') return ['true', 'false'];
	return hasErrorOutput(node) ? ['success', 'error'] : [];
}

/** A sticky note's first heading (or first line), without Markdown marks. @param {string} content */
function headingOf(content) {
	const lines = content
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
	const heading = lines.find((line) => line.startsWith('#')) ?? lines[0] ?? '';
	return heading
		.replace(/^#+\s*/, '')
		.replace(/\*\*|__|`/g, '')
		.replace(/(^|\s)\*(\S)/g, '$1$2')
		.replace(/(\S)\*(\s|$)/g, '$1$2');
}

/** Box corners: n8n rounds a trigger strongly on the left. @param {number} x @param {number} y */
function triggerShape(x, y) {
	const big = NODE * 0.36;
	const small = 6;
	return [
		`M${num(x + big)} ${num(y)}`,
		`H${num(x + NODE - small)}`,
		`A${small} ${small} 0 0 1 ${num(x + NODE)} ${num(y + small)}`,
		`V${num(y + NODE - small)}`,
		`A${small} ${small} 0 0 1 ${num(x + NODE - small)} ${num(y + NODE)}`,
		`H${num(x + big)}`,
		`A${num(big)} ${num(big)} 0 0 1 ${num(x)} ${num(y + NODE - big)}`,
		`V${num(y + big)}`,
		`A${num(big)} ${num(big)} 0 0 1 ${num(x + big)} ${num(y)}`,
		'Z',
	].join(' ');
}

/**
 * The workflow as an SVG document (text ending in a newline).
 * @param {Workflow} workflow
 * @returns {string}
 */
function workflowPicture(workflow) {
	const all = Array.isArray(workflow.nodes) ? workflow.nodes : [];
	const notes = all.filter((node) => node.type === `${BASE}stickyNote`);
	const nodes = all.filter((node) => node.type !== `${BASE}stickyNote`);
	/** @type {Map<string, { x: number, y: number, node: WorkflowNode }>} */
	const at = new Map();
	for (const node of nodes) {
		const [x = 0, y = 0] = Array.isArray(node.position) ? node.position : [];
		at.set(node.name, { x: x * SCALE, y: y * SCALE, node });
	}

	const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
	/** @param {number} x1 @param {number} y1 @param {number} x2 @param {number} y2 */
	const cover = (x1, y1, x2, y2) => {
		box.minX = Math.min(box.minX, x1, x2);
		box.minY = Math.min(box.minY, y1, y2);
		box.maxX = Math.max(box.maxX, x1, x2);
		box.maxY = Math.max(box.maxY, y1, y2);
	};

	/** @type {string[]} */
	const noteParts = [];
	for (const note of notes) {
		const [nx = 0, ny = 0] = Array.isArray(note.position) ? note.position : [];
		const x = nx * SCALE;
		const y = ny * SCALE;
		const width = Number(note.parameters?.width ?? 240) * SCALE;
		const height = Number(note.parameters?.height ?? 160) * SCALE;
		cover(x, y, x + width, y + height);
		const heading = headingOf(String(note.parameters?.content ?? ''));
		const lines = heading ? wrap(heading, HEADING.size * BOLD, width - 20, HEADING.maxLines) : [];
		noteParts.push(
			`<g class="sticky-note">`,
			`<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" rx="4" fill="${COLORS.note}" stroke="${COLORS.noteStroke}"/>`,
			...lines.map(
				(line, i) =>
					`<text x="${num(x + 10)}" y="${num(y + 20 + i * HEADING.line)}" font-size="${HEADING.size}" font-weight="700" fill="${COLORS.noteText}">${escapeXml(line)}</text>`,
			),
			`</g>`,
		);
	}

	/** Inputs a node shows: as many as the highest input index wired to it. */
	/** @type {Map<string, number>} */
	const inputs = new Map();
	/** @type {Array<{ from: string, output: number, to: string, input: number }>} */
	const edges = [];
	for (const [from, byType] of Object.entries(workflow.connections ?? {})) {
		if (!at.has(from)) continue;
		(byType?.main ?? []).forEach((targets, output) => {
			for (const target of targets ?? []) {
				if (!target || !at.has(target.node)) continue;
				const input = Number(target.index ?? 0);
				edges.push({ from, output, to: target.node, input });
				inputs.set(target.node, Math.max(inputs.get(target.node) ?? 1, input + 1));
			}
		});
	}

	// An AI Agent's sub-nodes (model, memory, tools) connect to it by their own connection types:
	// drawn as circles, each line from its top to the agent's input of that type along its bottom.
	/** @type {Array<{ from: string, to: string, kind: string }>} */
	const aiEdges = [];
	/** @type {Map<string, string[]>} the AI inputs each node shows, in n8n's order */
	const aiInputs = new Map();
	for (const [from, byType] of Object.entries(workflow.connections ?? {})) {
		if (!at.has(from)) continue;
		for (const [kind, outputs] of Object.entries(byType ?? {})) {
			if (kind === 'main') continue;
			for (const targets of outputs ?? []) {
				for (const target of targets ?? []) {
					if (!target || !at.has(target.node)) continue;
					aiEdges.push({ from, to: target.node, kind });
					const kinds = aiInputs.get(target.node) ?? [];
					if (!kinds.includes(kind)) kinds.push(kind);
					aiInputs.set(target.node, kinds);
				}
			}
		}
	}
	const rank = (/** @type {string} */ kind) =>
		AI_INPUTS.includes(kind) ? AI_INPUTS.indexOf(kind) : AI_INPUTS.length;
	for (const kinds of aiInputs.values())
		kinds.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
	const subNodes = new Set(
		aiEdges
			.map((edge) => edge.from)
			.filter((name) => !(workflow.connections?.[name]?.main ?? []).some((t) => t?.length)),
	);
	/** @param {string} name @param {string} kind */
	const aiInputPoint = (name, kind) => {
		const { x, y } = /** @type {{ x: number, y: number }} */ (at.get(name));
		const kinds = aiInputs.get(name) ?? [kind];
		return { x: x + (NODE * (kinds.indexOf(kind) + 1)) / (kinds.length + 1), y: y + NODE };
	};
	/** @type {string[]} */
	const aiEdgeParts = [];
	for (const edge of aiEdges) {
		const { x, y } = /** @type {{ x: number, y: number }} */ (at.get(edge.from));
		const a = { x: x + NODE / 2, y };
		const b = aiInputPoint(edge.to, edge.kind);
		const pull = Math.max(20, Math.abs(a.y - b.y) / 2);
		cover(a.x, a.y, b.x, b.y);
		aiEdgeParts.push(
			`<path class="ai-connection" d="M${num(a.x)} ${num(a.y)} C${num(a.x)} ${num(a.y - pull)} ${num(b.x)} ${num(b.y + pull)} ${num(b.x)} ${num(b.y)}" fill="none" stroke="${COLORS.edge}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
		);
	}

	/** @param {string} name @param {number} output */
	const outputPoint = (name, output) => {
		const { x, y, node } = /** @type {{ x: number, y: number, node: WorkflowNode }} */ (
			at.get(name)
		);
		return { x: x + NODE, y: y + (NODE * (output + 1)) / (outputCount(node, workflow) + 1) };
	};
	/** @param {string} name @param {number} input */
	const inputPoint = (name, input) => {
		const { x, y } = /** @type {{ x: number, y: number }} */ (at.get(name));
		return { x, y: y + (NODE * (input + 1)) / ((inputs.get(name) ?? 1) + 1) };
	};

	/** @type {string[]} */
	const edgeParts = [];
	for (const edge of edges) {
		const a = outputPoint(edge.from, edge.output);
		const b = inputPoint(edge.to, edge.input);
		const end = b.x - 4;
		const pull = b.x > a.x + 20 ? Math.max(30, (end - a.x) / 2) : 80;
		cover(a.x, a.y, end, b.y);
		cover(a.x + pull, a.y, end - pull, b.y);
		edgeParts.push(
			`<path class="connection" d="M${num(a.x)} ${num(a.y)} C${num(a.x + pull)} ${num(a.y)} ${num(end - pull)} ${num(b.y)} ${num(end)} ${num(b.y)}" fill="none" stroke="${COLORS.edge}" stroke-width="1.5" marker-end="url(#wp-arrow)"/>`,
		);
	}

	/** @type {string[]} */
	const nodeParts = [];
	for (const node of nodes) {
		const { x, y } = /** @type {{ x: number, y: number }} */ (at.get(node.name));
		const disabled = node.disabled === true;
		const fill = disabled ? COLORS.disabledBox : COLORS.box;
		const dash = disabled ? ' stroke-dasharray="4 3"' : '';
		const shape = subNodes.has(node.name)
			? `<circle class="node-box" cx="${num(x + NODE / 2)}" cy="${num(y + NODE / 2)}" r="${num(NODE / 2)}" fill="${fill}" stroke="${COLORS.boxStroke}" stroke-width="1.5"${dash}/>`
			: isTrigger(node)
				? `<path class="node-box" d="${triggerShape(x, y)}" fill="${fill}" stroke="${COLORS.boxStroke}" stroke-width="1.5"${dash}/>`
				: `<rect class="node-box" x="${num(x)}" y="${num(y)}" width="${num(NODE)}" height="${num(NODE)}" rx="6" fill="${fill}" stroke="${COLORS.boxStroke}" stroke-width="1.5"${dash}/>`;
		const mark = markOf(node);
		let markSize = 14;
		while (markSize > 8 && textWidth(mark.text, markSize * BOLD) > NODE - 14) markSize--;
		const center = x + NODE / 2;
		const nameLines = wrap(node.name, NAME.size * BOLD, TEXT_WIDTH, NAME.maxLines);
		const labelLines = wrap(typeLabel(node), LABEL.size, LABEL_WIDTH, LABEL.maxLines);
		const nameTop = y + NODE + 6 + NAME.size;
		const labelTop = nameTop + (nameLines.length - 1) * NAME.line + 3 + LABEL.line;
		const textWidest = Math.max(
			...nameLines.map((line) => textWidth(line, NAME.size * BOLD)),
			...labelLines.map((line) => textWidth(line, LABEL.size)),
		);
		cover(
			center - textWidest / 2,
			y,
			center + textWidest / 2,
			labelTop + (labelLines.length - 1) * LABEL.line + 3,
		);
		cover(x - 4, y, x + NODE + 4, y + NODE);

		const ports = [];
		const sub = subNodes.has(node.name);
		if (sub) {
			ports.push(
				`<rect x="${num(x + NODE / 2 - 4)}" y="${num(y - 4)}" width="8" height="8" transform="rotate(45 ${num(x + NODE / 2)} ${num(y)})" fill="${COLORS.edge}"/>`,
			);
		}
		for (const kind of aiInputs.get(node.name) ?? []) {
			const p = aiInputPoint(node.name, kind);
			ports.push(
				`<rect x="${num(p.x - 4)}" y="${num(p.y - 4)}" width="8" height="8" transform="rotate(45 ${num(p.x)} ${num(p.y)})" fill="${COLORS.box}" stroke="${COLORS.edge}" stroke-width="1.5"/>`,
			);
		}
		if (!isTrigger(node) && !sub) {
			for (let input = 0; input < (inputs.get(node.name) ?? 1); input++) {
				const p = inputPoint(node.name, input);
				ports.push(
					`<rect x="${num(p.x - 4)}" y="${num(p.y - 6)}" width="4" height="12" rx="1" fill="${COLORS.edge}"/>`,
				);
			}
		}
		const labels = outputLabels(node);
		for (let output = 0; output < (sub ? 0 : outputCount(node, workflow)); output++) {
			const p = outputPoint(node.name, output);
			ports.push(`<circle cx="${num(p.x)}" cy="${num(p.y)}" r="3.5" fill="${COLORS.edge}"/>`);
			if (labels[output]) {
				ports.push(
					`<text class="output-label" x="${num(p.x + 7)}" y="${num(p.y - 4)}" font-size="9" fill="${COLORS.label}" ${HALO}>${labels[output]}</text>`,
				);
				cover(p.x, p.y - 12, p.x + 7 + textWidth(labels[output], 9), p.y);
			}
		}

		const textColor = disabled ? COLORS.disabledText : COLORS.name;
		nodeParts.push(
			`<g class="node">`,
			`<title>${escapeXml(node.name)}</title>`,
			shape,
			...ports,
			`<text x="${num(center)}" y="${num(y + NODE / 2 + markSize * 0.36)}" text-anchor="middle" font-size="${markSize}" font-weight="700" fill="${disabled ? COLORS.disabledText : mark.color}">${escapeXml(mark.text)}</text>`,
			...nameLines.map(
				(line, i) =>
					`<text x="${num(center)}" y="${num(nameTop + i * NAME.line)}" text-anchor="middle" font-size="${NAME.size}" font-weight="600" fill="${textColor}" ${HALO}>${escapeXml(line)}</text>`,
			),
			...labelLines.map(
				(line, i) =>
					`<text x="${num(center)}" y="${num(labelTop + i * LABEL.line)}" text-anchor="middle" font-size="${LABEL.size}" fill="${COLORS.label}" ${HALO}>${escapeXml(line)}</text>`,
			),
			`</g>`,
		);
	}

	if (!Number.isFinite(box.minX)) cover(0, 0, NODE, NODE);
	const left = Math.floor(box.minX - MARGIN);
	const top = Math.floor(box.minY - MARGIN);
	const width = Math.ceil(box.maxX + MARGIN) - left;
	const height = Math.ceil(box.maxY + MARGIN) - top;
	const title = escapeXml(String(workflow.name ?? 'n8n workflow'));

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${left} ${top} ${width} ${height}" width="${width}" height="${height}" font-family="${FONT}" role="img" aria-label="${title}">`,
		`<title>${title}</title>`,
		`<defs>`,
		`<pattern id="wp-dots" x="0" y="0" width="12" height="12" patternUnits="userSpaceOnUse"><circle cx="1" cy="1" r="0.8" fill="${COLORS.dots}"/></pattern>`,
		`<marker id="wp-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><polygon points="0 0.5 8 4 0 7.5" fill="${COLORS.edge}"/></marker>`,
		`</defs>`,
		`<rect x="${left}" y="${top}" width="${width}" height="${height}" rx="8" fill="${COLORS.canvas}"/>`,
		`<rect x="${left}" y="${top}" width="${width}" height="${height}" rx="8" fill="url(#wp-dots)"/>`,
		...noteParts,
		...edgeParts,
		...aiEdgeParts,
		...nodeParts,
		`</svg>`,
		'',
	].join('\n');
}

module.exports = { workflowPicture, typeLabel, NODE_NAMES };
