import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { unknownStatusError } from '../../shared/actions/status-filter';
import { locatorValue } from '../../shared/helpers/resource-locator';
import { valueText } from '../../shared/helpers/text';
import { ORDER_STATUS_OPTIONS } from '../descriptions/order-statuses';

function readId(
	this: IExecuteFunctions,
	index: number,
	name: string,
	label: string,
	pattern: RegExp,
): string {
	const raw = this.getNodeParameter(name, index) as unknown;
	const id = typeof raw === 'number' ? String(raw) : String(raw ?? '').trim();
	if (!pattern.test(id)) {
		throw new NodeOperationError(this.getNode(), `"${id}" is not a Mogujie ${label}`, {
			itemIndex: index,
		});
	}
	return id;
}

/**
 * Shop order ids are numbers (kept as their digits): a text field in node version 1, a resource
 * locator (From List, By ID) from 1.1.
 */
export function readShopOrderId(this: IExecuteFunctions, index: number): string {
	const { mode, value } = locatorValue(this.getNodeParameter('orderId', index));
	const id = typeof value === 'number' ? String(value) : String(value ?? '').trim();
	if (!/^\d{1,20}$/.test(id)) {
		throw new NodeOperationError(this.getNode(), `"${id}" is not a Mogujie order ID`, {
			itemIndex: index,
			description:
				mode === undefined
					? 'A Mogujie order ID is a number of up to 20 digits, the shopOrderId of Order → Get Many, without letters or a prefix.'
					: 'A Mogujie order ID is a number of up to 20 digits, the shopOrderId of Order → Get Many, without letters or a prefix; or pick the order From List.',
		});
	}
	return id;
}

/** Item and SKU ids are short opaque strings such as 1ltdroo. */
export function readOpaqueId(
	this: IExecuteFunctions,
	index: number,
	name: string,
	label: string,
): string {
	return readId.call(this, index, name, label, /^[\w-]{1,64}$/);
}

/**
 * The Order Status filter: one of Mogujie's codes or a refund state, checked here so that a wrong
 * one (typed, or sent by an AI Agent) gets the codes to use instead of Mogujie's bare refusal.
 */
export function readOrderStatusFilter(
	this: IExecuteFunctions,
	index: number,
	value: unknown,
): string | undefined {
	const text = (typeof value === 'string' ? value : valueText(value)).trim();
	if (text === '') return undefined;
	const code = text.toUpperCase();
	if (ORDER_STATUS_OPTIONS.some((option) => option.value === code)) return code;
	throw unknownStatusError.call(this, index, text, 'Mogujie', ORDER_STATUS_OPTIONS);
}
