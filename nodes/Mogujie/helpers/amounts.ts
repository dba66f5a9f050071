import type { IDataObject } from 'n8n-workflow';

import { withYuanAmounts } from '../../shared/helpers/money';

/** Mogujie prints every amount in fen (分, 1/100 yuan). */
const ORDER_FEN_FIELDS = [
	'shopOrderPrice',
	'shipExpense',
	'promotionAmount',
	'shopPromotionAmount',
	'platformPromotionAmount',
	'modifyPrice',
];
const ITEM_ORDER_FEN_FIELDS = ['price', 'nowPrice', 'sellerFinal'];
const ITEM_FEN_FIELDS = ['price'];

const list = (value: unknown): IDataObject[] =>
	Array.isArray(value) ? (value as IDataObject[]) : [];

/** An order with `…Yuan` beside each fen amount, its item orders too. */
export function orderWithYuan(order: IDataObject): IDataObject {
	const result = withYuanAmounts(order, ORDER_FEN_FIELDS);
	if (Array.isArray(order.itemOrderInfos)) {
		result.itemOrderInfos = list(order.itemOrderInfos).map((item) =>
			withYuanAmounts(item, ITEM_ORDER_FEN_FIELDS),
		);
	}
	return result;
}

/** An item with `priceYuan`, its SKUs too. */
export function itemWithYuan(item: IDataObject): IDataObject {
	const result = withYuanAmounts(item, ITEM_FEN_FIELDS);
	if (Array.isArray(item.skus))
		result.skus = list(item.skus).map((sku) => withYuanAmounts(sku, ITEM_FEN_FIELDS));
	return result;
}
