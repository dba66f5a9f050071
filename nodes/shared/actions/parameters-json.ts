import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { jsonObjectToParams } from '../helpers/json';

/**
 * A Custom API Call's "Parameters JSON" as the fields to send: text is read keeping long ids exact,
 * an object from an expression is taken as it is; anything else is a NodeOperationError.
 */
export function readParametersJson(
	this: IExecuteFunctions,
	index: number,
	example: string,
): Record<string, string> {
	const raw = this.getNodeParameter('parametersJson', index, '{}') as unknown;
	const text =
		typeof raw === 'string' ? (raw.trim() === '' ? '{}' : raw) : JSON.stringify(raw ?? {});
	try {
		return jsonObjectToParams(text);
	} catch (error) {
		throw new NodeOperationError(
			this.getNode(),
			`"Parameters JSON" is not a valid JSON object: ${(error as Error).message}`,
			{
				itemIndex: index,
				description: `Write the business parameters as one JSON object, for example ${example}.`,
			},
		);
	}
}
