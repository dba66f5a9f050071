// The order lines (子订单) an operation acts on: the ones given, or every line of the order.
// confirm-receipt and the refund APIs all require orderEntryIds (Long[]), the productItems'
// subItemID of get.buyerView.
import type { IExecuteFunctions } from 'n8n-workflow';

import { objectsAt } from '../../shared/helpers/reply-objects';
import { valueText } from '../../shared/helpers/text';
import { fetchBuyerOrder } from '../transport/buyer-orders';
import { readOrderIdList } from './parameters';

export async function readOrderLines(
	this: IExecuteFunctions,
	index: number,
	orderId: string,
): Promise<string[]> {
	const given = String(this.getNodeParameter('orderEntryIds', index, '') ?? '').trim();
	if (given !== '') return readOrderIdList.call(this, index, 'orderEntryIds');
	return objectsAt((await fetchBuyerOrder.call(this, orderId)).productItems)
		.map((item) => valueText(item.subItemIDString ?? item.subItemID))
		.filter((id) => id !== '');
}

/** A Long[] parameter: bare numbers with their exact digits. */
export const longList = (ids: string[]) => `[${ids.join(',')}]`;
