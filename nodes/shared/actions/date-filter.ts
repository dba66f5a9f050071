import type { IExecuteFunctions, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { dateParameterToEpoch } from '../helpers/zoned-time';
import { valueText } from '../helpers/text';

/** A date filter or option of a node as epoch ms, read in the workflow's timezone; else a NodeOperationError naming it. */
export function readDateFilter(
	this: IExecuteFunctions | IPollFunctions,
	name: string,
	value: unknown,
	itemIndex?: number,
): number {
	const epoch = dateParameterToEpoch(value, this.getTimezone());
	if (epoch === undefined) {
		throw new NodeOperationError(
			this.getNode(),
			`The filter "${name}" is not a date: "${valueText(value)}"`,
			{
				itemIndex,
				description: 'Pick a date, or use an expression such as {{ $today.minus({ days: 1 }) }}.',
			},
		);
	}
	return epoch;
}
