// Version 1.1 of the 1688 node moved the seller's own product from Product → Get Own Product to
// My Product → Get. A workflow saved by version 1 must load with its parameters as they were.
import type { INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Alibaba1688 } from '../../../nodes/Alibaba1688/Alibaba1688.node';

const description = new Alibaba1688().description;

/** The parameters n8n resolves for a saved node of `typeVersion` (defaults filled, hidden ones dropped). */
function load(typeVersion: number, saved: INodeParameters): INodeParameters {
	const node = {
		id: 'n1',
		name: '1688',
		type: 'n8n-nodes-1688-mogujie.alibaba1688',
		typeVersion,
		position: [0, 0] as [number, number],
		parameters: saved,
	};
	return NodeHelpers.getNodeParameters(
		description.properties,
		saved,
		true,
		false,
		node,
		description,
	) as INodeParameters;
}

const operationOptions = (typeVersion: number, resource: string) => {
	const parameters = load(typeVersion, { resource });
	const shown = description.properties.filter(
		(p) =>
			p.name === 'operation' &&
			NodeHelpers.displayParameter(parameters, p, { typeVersion } as never, description),
	);
	return shown.flatMap((p) => (p.options ?? []).map((o) => (o as { value: string }).value));
};

describe('1688 node versions', () => {
	it('offers versions 1 and 1.1, and new nodes get 1.1', () => {
		expect(description.version).toEqual([1, 1.1]);
		expect(description.defaultVersion).toBe(1.1);
	});

	it('version 1 keeps Product → Get Own Product with its fields; 1.1 has it under My Product only', () => {
		expect(operationOptions(1, 'product')).toContain('get');
		expect(operationOptions(1.1, 'product')).not.toContain('get');
		expect(operationOptions(1.1, 'myProduct')).toEqual(['get', 'getMany', 'updateStock']);
	});

	it('loads a product → get node saved by version 1 with its values', () => {
		const saved = {
			resource: 'product',
			operation: 'get',
			productId: '620201390233',
			scene: 'lst',
		};
		expect(load(1, saved)).toMatchObject({
			resource: 'product',
			operation: 'get',
			productId: '620201390233',
			scene: 'lst',
			webSite: '1688',
		});
	});
});
