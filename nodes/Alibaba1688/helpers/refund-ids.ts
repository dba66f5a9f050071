/**
 * A refund id as 1688's refund APIs take it: "TQ" and digits. The pages say "退款单业务主键 TQ+ID",
 * and a bare number is refused (REFUND_DATA_ERROR), so the prefix is added when missing.
 */
export function parseRefundId(raw: unknown): string | undefined {
	const text = String(raw ?? '')
		.trim()
		.toUpperCase();
	const match = /^(?:TQ)?(\d{5,25})$/.exec(text);
	return match ? `TQ${match[1]}` : undefined;
}
