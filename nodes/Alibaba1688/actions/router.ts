import type { IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import * as account from './account';
import * as category from './category';
import * as customApiCall from './customApiCall';
import * as logistics from './logistics';
import * as product from './product';
import * as purchaseOrder from './purchaseOrder';
import type { Alibaba1688Type } from './node.type';

type Operation = (this: IExecuteFunctions, index: number) => Promise<INodeExecutionData[]>;

const resources: Record<Alibaba1688Type['resource'], Record<string, unknown>> = {
	account,
	category,
	customApiCall,
	logistics,
	product,
	purchaseOrder,
};

function findOperation(resource: string, operation: string): Operation | undefined {
	const module = resources[resource as Alibaba1688Type['resource']]?.[operation] as
		| { execute?: Operation }
		| undefined;
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

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const returnData: INodeExecutionData[] = [];
	for (let index = 0; index < items.length; index++) {
		const resource = this.getNodeParameter('resource', index) as string;
		const operation = this.getNodeParameter('operation', index) as string;
		const execute = findOperation(resource, operation);
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
