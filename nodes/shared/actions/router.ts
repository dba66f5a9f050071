import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { messageForModel, toolErrorGoesToModel } from '../helpers/ai-tool';

/** What every `<operation>.operation.ts` exports for the router. */
export interface OperationModule {
	execute: (this: IExecuteFunctions, index: number) => Promise<INodeExecutionData[]>;
}

/**
 * A node's resources, typed from its map of resource → operation names (`actions/node.type.ts`):
 * the compiler refuses a router whose resource module lacks an operation the map names.
 */
export type ResourceModules<Operations extends Record<string, string>> = {
	[Resource in keyof Operations]: { [Operation in Operations[Resource]]: OperationModule };
};

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** The module of a resource's operation, or undefined (also for names such as "constructor"). */
export function findOperation<Operations extends Record<string, string>>(
	resources: ResourceModules<Operations>,
	resource: string,
	operation: string,
): OperationModule | undefined {
	if (!own(resources, resource)) return undefined;
	const operations = resources[resource as keyof Operations] as Record<string, OperationModule>;
	return own(operations, operation) ? operations[operation] : undefined;
}

/** The error to throw for an item: n8n's own error types learn the item index, others are wrapped. */
function withItemIndex(context: IExecuteFunctions, error: unknown, index: number): Error {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= index;
		return error;
	}
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex: index });
}

/**
 * Runs the chosen operation for every input item; with Continue On Fail an item's error becomes its
 * output, and so it does when the node runs as an AI Agent's tool, with the error's description, so
 * that the model reads what to send instead (see helpers/ai-tool.ts).
 */
export async function routeItems<Operations extends Record<string, string>>(
	this: IExecuteFunctions,
	resources: ResourceModules<Operations>,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const returnData: INodeExecutionData[] = [];
	for (let index = 0; index < items.length; index++) {
		const resource = this.getNodeParameter('resource', index) as string;
		const operation = this.getNodeParameter('operation', index) as string;
		try {
			const module = findOperation(resources, resource, operation);
			if (!module) {
				throw new NodeOperationError(
					this.getNode(),
					`The operation "${operation}" is not supported for "${resource}"`,
					{ itemIndex: index },
				);
			}
			returnData.push(...(await module.execute.call(this, index)));
		} catch (error) {
			if (toolErrorGoesToModel(this.getNode())) {
				returnData.push({ json: { error: messageForModel(error) }, pairedItem: { item: index } });
				continue;
			}
			if (this.continueOnFail()) {
				returnData.push({ json: { error: (error as Error).message }, pairedItem: { item: index } });
				continue;
			}
			throw withItemIndex(this, error, index);
		}
	}
	return [returnData];
}
