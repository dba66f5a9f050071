// The node is usable as an AI-agent tool: n8n hands each parameter's description to the model that
// fills it ($fromAI). The operations of cross-border buying (issue 14) and of suppliers (issue 15)
// must each say what a value is and in which format or unit.
import type { INodeProperties } from 'n8n-workflow';

import { Alibaba1688 } from '../../../nodes/Alibaba1688/Alibaba1688.node';

const node = new Alibaba1688().description;

const BUYING_OPERATIONS: Record<string, string[]> = {
	address: ['getMany'],
	logistics: ['getCarriers'],
	product: ['searchByImage', 'getDetail'],
	purchaseOrder: ['createCrossBorder', 'payWithoutPassword', 'confirmReceipt'],
	refund: ['create', 'get', 'getMany', 'getReasons', 'returnGoods', 'uploadVoucher'],
	salesOrder: ['getMany', 'get', 'ship', 'addMemo'],
	myProduct: ['getMany', 'get', 'updateStock'],
};

/** The parameters shown for one resource and operation, collections' own fields included. */
function fieldsOf(resource: string, operation: string): INodeProperties[] {
	const shown = node.properties.filter((p) => {
		const show = p.displayOptions?.show;
		return (
			show?.resource?.includes(resource) === true && show?.operation?.includes(operation) === true
		);
	});
	return shown.flatMap((p) => [
		p,
		...((p.type === 'collection' ? p.options : []) as INodeProperties[]),
	]);
}

const FILLABLE = new Set(['string', 'number', 'dateTime', 'options', 'multiOptions']);

describe('1688 node as an AI-agent tool: every buying parameter an agent fills is described', () => {
	it('is usable as a tool', () => {
		expect(node.usableAsTool).toBe(true);
	});

	for (const [resource, operations] of Object.entries(BUYING_OPERATIONS)) {
		for (const operation of operations) {
			it(`${resource} → ${operation}`, () => {
				const fields = fieldsOf(resource, operation).filter((p) => FILLABLE.has(p.type));
				expect(fields.length).toBeGreaterThan(0);
				const undescribed = fields
					.filter((p) => !(p.description ?? p.hint ?? '').trim())
					// an option list describes itself when each choice has a description or a telling name
					.filter((p) => !(p.type === 'options' || p.type === 'multiOptions'))
					.map((p) => p.name);
				expect(undescribed).toEqual([]);
			});
		}
	}

	it('says the unit of every amount: yuan (元), and that 1688 receives fen (分) where it does', () => {
		const amounts = Object.entries(BUYING_OPERATIONS)
			.flatMap(([resource, operations]) => operations.flatMap((op) => fieldsOf(resource, op)))
			.filter((p) => /Yuan/.test(p.displayName));
		expect(amounts.length).toBeGreaterThan(0);
		for (const field of amounts) expect(field.description).toMatch(/yuan \(元\)/);
	});
});
