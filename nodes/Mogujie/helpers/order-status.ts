import { valueText } from '../../shared/helpers/text';

/**
 * The refund states the filters offer besides Mogujie's seven order statuses. Mogujie documents only
 * the seven for orderStatus (xiaodian.trade.sold.get's page); a refund shows in the item orders'
 * refundStatus, in lower case in the PHP ERP (refund_requested) and upper-cased by the eladmin ERP,
 * which reports such an order as REFUND_*. That reading is followed here, in this one place, and
 * these values are never sent to Mogujie.
 */
export const REFUND_STATES = [
	'REFUND_REQUESTED',
	'REFUND_OR_RETURN_DEAL_AGREED',
	'REFUND_COMPLETED',
] as const;

export const isRefundState = (status: unknown): boolean =>
	(REFUND_STATES as readonly unknown[]).includes(status);

/**
 * The refund state of an order, from its item orders, or undefined. A refund under way on any item
 * (requested or agreed) is the order's; "completed" only when every item's refund is, so a partly
 * refunded order keeps showing as shipped or received. A cancelled order has none.
 */
export function refundStateOf(order: Record<string, unknown>): string | undefined {
	if (valueText(order.orderStatus) === 'ORDER_CANCELLED') return undefined;
	const items = Array.isArray(order.itemOrderInfos) ? order.itemOrderInfos : [];
	const states = items.map((item) =>
		item !== null && typeof item === 'object'
			? valueText((item as Record<string, unknown>).refundStatus).toUpperCase()
			: '',
	);
	if (states.includes('REFUND_REQUESTED')) return 'REFUND_REQUESTED';
	if (states.includes('REFUND_OR_RETURN_DEAL_AGREED')) return 'REFUND_OR_RETURN_DEAL_AGREED';
	if (states.length > 0 && states.every((state) => state === 'REFUND_COMPLETED')) {
		return 'REFUND_COMPLETED';
	}
	return undefined;
}
