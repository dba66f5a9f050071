import type { IDataObject } from 'n8n-workflow';

import { withYuanAmounts } from '../../shared/helpers/money';

/** Mogujie prints trade amounts in fen (分, 1/100 yuan): "单位:分" on its trade pages. */
const ORDER_FEN_FIELDS = [
	'shopOrderPrice',
	'shipExpense',
	'promotionAmount',
	'shopPromotionAmount',
	'platformPromotionAmount',
	'modifyPrice',
];
const ITEM_ORDER_FEN_FIELDS = ['price', 'nowPrice', 'sellerFinal'];

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

/**
 * Item prices are already in yuan: xiaodian.item.get's own page shows `"price": 0.1`, and the PHP ERP
 * stores them undivided (trade amounts, by contrast, are "单位:分"). `priceYuan` is the same number,
 * so a workflow reads yuan under one name for items and orders alike.
 */
function withPriceYuan(value: IDataObject): IDataObject {
	if (!('price' in value)) return { ...value };
	const price = typeof value.price === 'string' ? Number(value.price) : value.price;
	return {
		...value,
		priceYuan: typeof price === 'number' && Number.isFinite(price) ? price : null,
	};
}

/** An item with `priceYuan`, its SKUs too. */
export function itemWithYuan(item: IDataObject): IDataObject {
	const result = withPriceYuan(item);
	if (Array.isArray(item.skus)) result.skus = list(item.skus).map(withPriceYuan);
	return result;
}
