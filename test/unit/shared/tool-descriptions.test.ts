// Both action nodes are usable as AI-agent tools (issue 17): a model fills their parameters through
// $fromAI(), and a parameter's description is what it, and the person writing the $fromAI() hint,
// read to know what to put there. Every parameter a value can be given to must therefore say what
// it takes, in the format and unit the node reads: dates in ISO 8601 and which time zone a date
// without an offset is in, money in yuan or fen, status parameters with their codes, option lists
// with the values an expression must give (not the labels the editor shows).
import type {
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';

import { Alibaba1688 } from '../../../nodes/Alibaba1688/Alibaba1688.node';
import { Mogujie } from '../../../nodes/Mogujie/Mogujie.node';

const NODES: Array<[string, INodeTypeDescription]> = [
	['1688', new Alibaba1688().description],
	['Mogujie', new Mogujie().description],
];

interface Parameter {
	/** node, resource → operation, versions, and the path inside collections */
	at: string;
	property: INodeProperties;
}

/** Where a top-level property shows: its resources, operations and node versions. */
function placeOf(property: INodeProperties): string {
	const show = property.displayOptions?.show ?? {};
	const list = (key: string) => (show[key] ?? []).map((v) => JSON.stringify(v)).join('|');
	const versions = show['@version'] ? ` @${list('@version')}` : '';
	return `${list('resource') || '*'} → ${list('operation') || '*'}${versions}`;
}

/**
 * Every property of a node, all versions at once (version-specific ones are separate entries of
 * `properties`), with the fields inside collections and fixed collections.
 */
function walk(node: string, description: INodeTypeDescription): Parameter[] {
	const found: Parameter[] = [];
	const visit = (property: INodeProperties, at: string) => {
		found.push({ at, property });
		if (property.type === 'collection') {
			for (const child of (property.options ?? []) as INodeProperties[]) {
				visit(child, `${at}.${child.name}`);
			}
		}
		if (property.type === 'fixedCollection') {
			for (const group of (property.options ?? []) as INodePropertyCollection[]) {
				for (const child of group.values) visit(child, `${at}.${group.name}.${child.name}`);
			}
		}
	};
	for (const property of description.properties) {
		visit(property, `${node} ${placeOf(property)}: ${property.name}`);
	}
	return found;
}

const ALL = NODES.flatMap(([node, description]) => walk(node, description));

/**
 * The parameters an agent (or an expression) can give a value to. Left out, each for its reason:
 * - notice and hidden fields hold no value anyone gives;
 * - noDataExpression fields (Resource, Operation) refuse expressions, so $fromAI() cannot fill
 *   them: the tool is set up for one operation by the person who adds it;
 * - collections and fixed collections are containers: the model fills the fields inside them,
 *   which are checked one by one.
 * Booleans stay in: a model deciding "Return All" or "Simplify" needs to know what each does.
 */
const SKIPPED_TYPES = new Set(['notice', 'hidden', 'collection', 'fixedCollection', 'button']);
const FILLABLE = ALL.filter(
	({ property }) => !SKIPPED_TYPES.has(property.type) && property.noDataExpression !== true,
);

const describedAs = (p: INodeProperties) => (p.description ?? '').trim();
const offenders = (list: Parameter[], ok: (p: INodeProperties) => boolean) =>
	list.filter(({ property }) => !ok(property)).map(({ at }) => at);

/** The values of a fixed option list (a list loaded from 1688 names its own). */
function staticValues(p: INodeProperties): string[] {
	if (p.type !== 'options' && p.type !== 'multiOptions') return [];
	if (p.typeOptions?.loadOptionsMethod) return [];
	return ((p.options ?? []) as INodePropertyOptions[])
		.map((o) => String(o.value))
		.filter((value) => value !== '');
}

/**
 * Whether a description names `value` as a word of its own (ORDER_PAID, not in ORDER_PAID_X). Case
 * is not compared: n8n's lint makes descriptions write the value url as URL (and id as ID).
 */
const names = (text: string, value: string) =>
	new RegExp(`(^|[^\\w-])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`, 'i').test(
		text,
	);

const isDate = (p: INodeProperties) =>
	p.type === 'dateTime' || /(time|date|since|created|updated)$/i.test(p.name);
const isMoney = (p: INodeProperties) =>
	/price|amount|payment|carriage|fee|cost/i.test(p.name) || /\b(yuan|fen)\b/i.test(p.displayName);
const isStatus = (p: INodeProperties) => /status/i.test(p.name);
const isId = (p: INodeProperties) =>
	p.type === 'resourceLocator' || /(Id|Ids|ID)$/.test(p.name) || p.name === 'sku';

describe('the action nodes as AI-agent tools: every parameter says what it takes', () => {
	it('both nodes are usable as tools, and the walk reaches collection and fixed-collection fields', () => {
		for (const [, description] of NODES) expect(description.usableAsTool).toBe(true);
		const paths = FILLABLE.map(({ at }) => at);
		expect(paths).toContainEqual(
			expect.stringMatching(/"purchaseOrder" → "getMany".*filters\.orderStatus$/),
		);
		expect(paths).toContainEqual(expect.stringMatching(/cargo\.items\.quantity$/));
		expect(paths).toContainEqual(expect.stringMatching(/^Mogujie .*filters\.startUpdated$/));
		expect(FILLABLE.length).toBeGreaterThan(150);
	});

	it('every fillable parameter has a description', () => {
		expect(offenders(FILLABLE, (p) => describedAs(p) !== '')).toEqual([]);
	});

	it('every date parameter says ISO 8601 and the time zone of a date given without an offset', () => {
		const dates = FILLABLE.filter(({ property }) => isDate(property));
		expect(dates.length).toBeGreaterThanOrEqual(15);
		expect(
			offenders(dates, (p) => /ISO 8601/.test(describedAs(p)) && /time zone/i.test(describedAs(p))),
		).toEqual([]);
	});

	it('every money parameter says whether it is yuan or fen', () => {
		const money = FILLABLE.filter(({ property }) => isMoney(property));
		expect(money.map(({ property }) => property.name).sort()).toEqual(
			expect.arrayContaining([
				'applyCarriage',
				'applyPayment',
				'payAmount',
				'priceEnd',
				'priceStart',
			]),
		);
		expect(offenders(money, (p) => /\b(yuan|fen)\b/i.test(describedAs(p)))).toEqual([]);
	});

	it('every status parameter lists the codes it accepts', () => {
		const statuses = FILLABLE.filter(({ property }) => isStatus(property));
		expect(statuses.map(({ property }) => property.name)).toEqual(
			expect.arrayContaining(['orderStatus', 'refundStatus', 'refundStatusSet', 'goodsStatus']),
		);
		expect(
			offenders(statuses, (p) => {
				const values = staticValues(p);
				return values.length > 0 && values.every((value) => names(describedAs(p), value));
			}),
		).toEqual([]);
	});

	it('every fixed option list names the values an expression must give', () => {
		const lists = FILLABLE.filter(({ property }) => staticValues(property).length > 0);
		expect(lists.length).toBeGreaterThan(25);
		expect(
			offenders(lists, (p) => staticValues(p).every((value) => names(describedAs(p), value))),
		).toEqual([]);
	});

	it('every ID parameter says its form: digits, letters, text or a page address', () => {
		const ids = FILLABLE.filter(({ property }) => isId(property));
		expect(ids.length).toBeGreaterThan(20);
		expect(
			offenders(ids, (p) =>
				/\bdigits?\b|\bletters\b|\btext\b|\bURL\b|\baddress\b/i.test(describedAs(p)),
			),
		).toEqual([]);
	});

	it('a resource locator with a By URL mode says that a page address is accepted', () => {
		const locators = FILLABLE.filter(
			({ property }) =>
				property.type === 'resourceLocator' && (property.modes ?? []).some((m) => m.name === 'url'),
		);
		expect(locators.length).toBeGreaterThan(5);
		expect(offenders(locators, (p) => /\b(URL|address)\b/.test(describedAs(p)))).toEqual([]);
	});

	it('every JSON parameter says the shape it takes', () => {
		const json = FILLABLE.filter(({ property }) => property.type === 'json');
		expect(json.length).toBe(2);
		expect(offenders(json, (p) => /JSON object/.test(describedAs(p)))).toEqual([]);
	});
});

describe('the list operations an agent calls keep their output small', () => {
	/** [node, resource, operation] of every Get Many, search and list operation. */
	const LISTS: Array<[string, string, string]> = [
		['1688', 'purchaseOrder', 'getMany'],
		['1688', 'salesOrder', 'getMany'],
		['1688', 'refund', 'getMany'],
		['1688', 'refund', 'getReasons'],
		['1688', 'address', 'getMany'],
		['1688', 'logistics', 'getCarriers'],
		['1688', 'product', 'search'],
		['1688', 'product', 'searchByImage'],
		['1688', 'myProduct', 'getMany'],
		['Mogujie', 'order', 'getMany'],
		['Mogujie', 'item', 'getMany'],
		['Mogujie', 'category', 'getMany'],
	];
	const shownFor = (node: string, resource: string, operation: string, name: string) =>
		ALL.filter(
			({ at, property }) =>
				at.startsWith(`${node} "${resource}" → `) &&
				at.includes(`"${operation}"`) &&
				property.name === name,
		).map(({ property }) => property);

	it.each(LISTS)('%s %s → %s returns 50 at most unless asked for all', (node, resource, op) => {
		const [returnAll] = shownFor(node, resource, op, 'returnAll');
		const [limit] = shownFor(node, resource, op, 'limit');
		expect(returnAll?.default).toBe(false);
		expect(limit?.default).toBe(50);
	});

	it.each([
		['1688', 'purchaseOrder', 'getMany'],
		['1688', 'salesOrder', 'getMany'],
		['1688', 'address', 'getMany'],
		['1688', 'myProduct', 'getMany'],
	])('%s %s → %s simplifies by default', (node, resource, op) => {
		const simplify = shownFor(node, resource, op, 'simplify');
		expect(simplify.length).toBeGreaterThan(0);
		for (const field of simplify) expect(field.default).toBe(true);
	});
});
