import { valueText } from '../../shared/helpers/text';

/**
 * The refund states the filters offer besides Mogujie's seven order statuses. Mogujie documents only
 * the seven for orderStatus (xiaodian.trade.sold.get's page); a refund shows in the item orders'
 * refundStatus, in lower case in the PHP ERP (refund_requested) and upper-cased by the eladmin ERP,
 * which reports such an order as REFUND_* unless it was cancelled. That reading is followed here, in
 * this one place, and these values are never sent to Mogujie.
 */
export const REFUND_STATES = [
	'REFUND_REQUESTED',
	'REFUND_OR_RETURN_DEAL_AGREED',
	'REFUND_COMPLETED',
] as const;

export const isRefundState = (status: unknown): boolean =>
	(REFUND_STATES as readonly unknown[]).includes(status);

/** The order's status as the filters and the trigger see it: a refund state of an item order first. */
export function filterStatusOf(order: Record<string, unknown>): string {
	const status = valueText(order.orderStatus);
	if (status === 'ORDER_CANCELLED') return status;
	const items = Array.isArray(order.itemOrderInfos) ? order.itemOrderInfos : [];
	for (const state of REFUND_STATES) {
		const hit = items.some(
			(item) =>
				item !== null &&
				typeof item === 'object' &&
				valueText((item as Record<string, unknown>).refundStatus).toUpperCase() === state,
		);
		if (hit) return state;
	}
	return status;
}
