import type { IExecuteFunctions, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * The error for an Order Status filter a platform does not know. An expression or an AI agent can
 * give anything; the message lists the codes to use and the description what each means, since a
 * model that called the node as a tool reads both (helpers/ai-tool.ts).
 */
export function unknownStatusError(
	this: IExecuteFunctions,
	index: number,
	given: string,
	platform: string,
	options: INodePropertyOptions[],
): NodeOperationError {
	const codes = options.map((option) => String(option.value));
	return new NodeOperationError(
		this.getNode(),
		`"${given}" is not a ${platform} order status: use ${codes.slice(0, -1).join(', ')} or ${codes[codes.length - 1]}`,
		{
			itemIndex: index,
			description: `The Order Status filter takes ${platform}'s status code: ${options
				.map((option) => `${String(option.value)} = ${option.name}`)
				.join('; ')}.`,
		},
	);
}
