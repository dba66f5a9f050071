import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

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

/** Shop order ids are numbers (kept as their digits). */
export function readShopOrderId(this: IExecuteFunctions, index: number): string {
	return readId.call(this, index, 'orderId', 'order ID', /^\d{1,20}$/);
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
