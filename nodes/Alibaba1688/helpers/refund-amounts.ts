import type { IDataObject } from 'n8n-workflow';

import { withYuanAmounts } from '../../shared/helpers/money';

/** The fen amounts of OpOrderRefundModel (the refund API pages): each gets a yuan twin. */
const REFUND_FEN_FIELDS = [
	'applyPayment',
	'applyCarriage',
	'applyExpect',
	'refundPayment',
	'refundCarriage',
	'canRefundPayment',
] as const;

/** A refund as 1688 prints it, with `<amount>Yuan` beside each amount in fen. */
export function withRefundYuan(refund: IDataObject): IDataObject {
	return withYuanAmounts(refund, REFUND_FEN_FIELDS);
}
