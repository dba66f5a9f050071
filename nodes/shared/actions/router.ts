import type { IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

type Operation = (this: IExecuteFunctions, index: number) => Promise<INodeExecutionData[]>;

/** A node's resources: each maps operation names to modules that export `execute`. */
export type Resources = Record<string, Record<string, unknown>>;

function findOperation(
	resources: Resources,
	resource: string,
	operation: string,
): Operation | undefined {
	const module = resources[resource]?.[operation] as { execute?: Operation } | undefined;
	return typeof module?.execute === 'function' ? module.execute : undefined;
}

/** The error to throw for an item: n8n's error types learn the item index (re-wrapping returns them as they are). */
function withItemIndex(context: IExecuteFunctions, error: unknown, index: number): Error {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= index;
		return error instanceof NodeApiError
			? new NodeApiError(context.getNode(), error as unknown as JsonObject)
			: new NodeOperationError(context.getNode(), error);
	}
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex: index });
}

/** Runs the chosen operation for every input item; with Continue On Fail an item's error becomes its output. */
export async function routeItems(
	this: IExecuteFunctions,
	resources: Resources,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const returnData: INodeExecutionData[] = [];
	for (let index = 0; index < items.length; index++) {
		const resource = this.getNodeParameter('resource', index) as string;
		const operation = this.getNodeParameter('operation', index) as string;
		const execute = findOperation(resources, resource, operation);
		try {
			if (!execute) {
				throw new NodeOperationError(
					this.getNode(),
					`The operation "${operation}" is not supported for "${resource}"`,
					{
						itemIndex: index,
					},
				);
			}
			returnData.push(...(await execute.call(this, index)));
		} catch (error) {
			if (this.continueOnFail()) {
				returnData.push({ json: { error: (error as Error).message }, pairedItem: { item: index } });
				continue;
			}
			throw withItemIndex(this, error, index);
		}
	}
	return [returnData];
}
