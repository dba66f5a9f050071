import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { valueText } from '../helpers/text';

/**
 * "Return All" and "Limit": undefined for every item, else a whole number of at least 1. Checked
 * here because an expression can give anything, and a limit of NaN made the pager ask forever.
 */
export function readLimit(this: IExecuteFunctions, index: number): number | undefined {
	if (this.getNodeParameter('returnAll', index)) return undefined;
	const raw = this.getNodeParameter('limit', index) as unknown;
	const limit = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
		throw new NodeOperationError(
			this.getNode(),
			`"Limit" must be a whole number of 1 or more, not ${valueText(raw) || 'empty'}`,
			{ itemIndex: index },
		);
	}
	return limit;
}
