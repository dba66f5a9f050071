import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** 1688 ids are up to 19 digits: kept as text end to end so none is rounded. */
export function parseOrderId(value: unknown): string | undefined {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	return /^\d{1,20}$/.test(text) ? text : undefined;
}

export function readOrderId(this: IExecuteFunctions, index: number, name = 'orderId'): string {
	const raw = this.getNodeParameter(name, index) as unknown;
	const id = parseOrderId(raw);
	if (id === undefined) {
		throw new NodeOperationError(this.getNode(), `"${String(raw)}" is not a 1688 order ID`, {
			itemIndex: index,
			description:
				'An order ID is a number of up to 19 digits, e.g. the orderId of a Get Many result.',
		});
	}
	if (typeof raw === 'number' && !Number.isSafeInteger(raw)) {
		throw new NodeOperationError(
			this.getNode(),
			`The order ID ${raw} lost digits on its way here`,
			{
				itemIndex: index,
				description:
					"Pass 19-digit order IDs as text, e.g. {{ $json.orderId }} from this node's Get Many, or the raw idOfStr field.",
			},
		);
	}
	return id;
}

/** A list of order IDs from text ("1, 2 3") or an array, each exact. */
export function readOrderIdList(this: IExecuteFunctions, index: number, name: string): string[] {
	const raw = this.getNodeParameter(name, index) as unknown;
	const parts = Array.isArray(raw)
		? raw
		: String(raw ?? '')
				.split(/[\s,;]+/)
				.filter(Boolean);
	const ids = parts.map(parseOrderId);
	const bad = parts.find((_, i) => ids[i] === undefined);
	if (bad !== undefined || ids.length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			`"${String(bad ?? raw)}" is not a list of 1688 order IDs`,
			{
				itemIndex: index,
				description:
					'Give one or more order IDs separated by commas, e.g. 3298765432109876543, 3298765432109876544.',
			},
		);
	}
	return ids as string[];
}
