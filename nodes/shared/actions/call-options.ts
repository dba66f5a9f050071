import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { valueText } from '../helpers/text';

/** The longest a timer waits (2^31 - 1 ms): a longer timeout would fire at once. */
const MAX_TIMEOUT_SECONDS = 2_147_483;

/**
 * A Custom API Call's options: whether to retry, and the timeout in ms. The timeout is checked here
 * because an expression can give anything, and NaN, 0 or 1e12 s would not wait at all.
 */
export function readCallOptions(
	this: IExecuteFunctions,
	index: number,
): { retry: 'safe' | 'never'; timeoutMs: number } {
	const raw = this.getNodeParameter('options', index, {}) as unknown;
	const options = (raw !== null && typeof raw === 'object' ? raw : {}) as {
		retry?: unknown;
		timeout?: unknown;
	};
	const seconds = options.timeout === undefined ? 60 : Number(options.timeout);
	if (!(seconds >= 1 && seconds <= MAX_TIMEOUT_SECONDS)) {
		throw new NodeOperationError(
			this.getNode(),
			`"Timeout" must be a number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}, not ${valueText(options.timeout)}`,
			{ itemIndex: index },
		);
	}
	return { retry: options.retry ? 'safe' : 'never', timeoutMs: Math.round(seconds * 1000) };
}
