// The routers against the nodes' descriptions: every operation the editor offers has an
// `execute`, and nothing the router runs is missing from the editor. (The compiler checks the
// routers against each node's map of resources and operations.)
import type { IExecuteFunctions, INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { Alibaba1688 } from '../../../nodes/Alibaba1688/Alibaba1688.node';
import { resources as alibaba1688Resources } from '../../../nodes/Alibaba1688/actions/router';
import { Mogujie } from '../../../nodes/Mogujie/Mogujie.node';
import { resources as mogujieResources } from '../../../nodes/Mogujie/actions/router';
import { routeItems } from '../../../nodes/shared/actions/router';

type Resources = Record<string, Record<string, unknown>>;

/** resource → operation values, as the editor offers them. */
function offered(description: INodeTypeDescription): Record<string, string[]> {
	const resource = description.properties.find((p) => p.name === 'resource') as INodeProperties;
	const result: Record<string, string[]> = {};
	for (const { value } of (resource.options ?? []) as Array<{ value: string }>) {
		const operation = description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(value),
		);
		result[value] = ((operation?.options ?? []) as Array<{ value: string }>).map((o) => o.value);
	}
	return result;
}

/** resource → operations with an `execute`, as the router runs them. */
function routed(resources: Resources): Record<string, string[]> {
	return Object.fromEntries(
		Object.entries(resources).map(([resource, modules]) => [
			resource,
			Object.keys(modules).filter(
				(name) => typeof (modules[name] as { execute?: unknown })?.execute === 'function',
			),
		]),
	);
}

const sorted = (map: Record<string, string[]>) =>
	Object.fromEntries(Object.entries(map).map(([k, v]) => [k, [...v].sort()]));

describe.each([
	['1688', new Alibaba1688().description, alibaba1688Resources as unknown as Resources],
	['Mogujie', new Mogujie().description, mogujieResources as unknown as Resources],
])('the %s router', (_name, description, resources) => {
	it('runs exactly the resources and operations the editor offers', () => {
		expect(sorted(routed(resources))).toEqual(sorted(offered(description)));
	});
});

describe('routeItems', () => {
	const context = (operation: string, continueOnFail = false, node: Record<string, unknown> = {}) =>
		({
			getInputData: () => [{ json: {} }],
			getNodeParameter: (name: string) => (name === 'resource' ? 'order' : operation),
			getNode: () => ({ name: 'Mogujie', type: 'test', typeVersion: 1, position: [0, 0], ...node }),
			continueOnFail: () => continueOnFail,
		}) as unknown as IExecuteFunctions;
	// an operation that refuses its argument the way parameters.ts does: message and description
	const refusing = {
		order: {
			get: {
				execute: async function (this: IExecuteFunctions) {
					throw new NodeOperationError(this.getNode(), '"MG1" is not a Mogujie order ID', {
						description: 'A Mogujie order ID is a number.',
					});
				},
			},
		},
	} as unknown as typeof mogujieResources;

	it.each(['constructor', '__proto__', 'toString', 'nope'])(
		'refuses the operation name "%s" with a message naming it',
		async (operation) => {
			await expect(routeItems.call(context(operation), mogujieResources)).rejects.toThrow(
				`The operation "${operation}" is not supported for "order"`,
			);
		},
	);

	it('with Continue On Fail, an item error becomes that item’s output, paired to it', async () => {
		expect(await routeItems.call(context('nope', true), mogujieResources)).toEqual([
			[
				{
					json: { error: 'The operation "nope" is not supported for "order"' },
					pairedItem: { item: 0 },
				},
			],
		]);
	});

	it('as an AI Agent’s tool, an error becomes the tool’s output with its description, for the model to read', async () => {
		const tool = context('get', false, { type: 'n8n-nodes-1688-mogujie.mogujieTool' });
		expect(await routeItems.call(tool, refusing)).toEqual([
			[
				{
					json: { error: '"MG1" is not a Mogujie order ID. A Mogujie order ID is a number.' },
					pairedItem: { item: 0 },
				},
			],
		]);
	});

	it('as a tool set to On Error → Stop Workflow, or as a node of a workflow, an error still stops it', async () => {
		const stopping = context('get', false, {
			type: 'n8n-nodes-1688-mogujie.mogujieTool',
			onError: 'stopWorkflow',
		});
		await expect(routeItems.call(stopping, refusing)).rejects.toThrow(
			'"MG1" is not a Mogujie order ID',
		);
		await expect(routeItems.call(context('get'), refusing)).rejects.toBeInstanceOf(
			NodeOperationError,
		);
	});
});
