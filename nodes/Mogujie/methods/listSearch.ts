// The editor's From List of the order locator (node version 1.1): the shop's orders, newest first,
// a page of xiaodian.trade.sold.get at a time. The list takes no text filter, so a search text
// keeps the orders of each page whose item titles, buyer or receiver contain it; an order ID is
// looked up by xiaodian.trade.get.
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { ORDER_STATUS_OPTIONS } from '../descriptions/order-statuses';
import { fetchShopOrder, fetchSoldOrderPage } from '../transport/sold-orders';
import { objectsAt } from '../../shared/helpers/reply-objects';
import { valueText } from '../../shared/helpers/text';

const STATUS_NAMES = new Map(
	ORDER_STATUS_OPTIONS.map((option) => [String(option.value), option.name]),
);

/** Shop order ids are long: a shorter run of digits is searched as text. */
const MIN_ORDER_ID_DIGITS = 8;

/** An order as one line of the list: id, status, first item, total in yuan and date. */
function orderListItem(order: IDataObject): INodeListSearchItems | undefined {
	const id = valueText(order.shopOrderId);
	if (id === '') return undefined;
	const items = objectsAt(order.itemOrderInfos);
	const title = valueText(items[0]?.title);
	const status = valueText(order.orderStatus);
	const fen = Number(order.shopOrderPrice);
	const parts = [
		id,
		STATUS_NAMES.get(status) ?? status,
		title && items.length > 1 ? `${title} +${items.length - 1}` : title,
		order.shopOrderPrice !== undefined && Number.isFinite(fen) ? `¥${(fen / 100).toFixed(2)}` : '',
		valueText(order.createdStr).slice(0, 10),
	];
	return { name: parts.filter(Boolean).join(' · '), value: id };
}

function mentions(order: IDataObject, text: string): boolean {
	const words = [
		order.buyerName,
		order.receiverName,
		...objectsAt(order.itemOrderInfos).map((item) => item.title),
	];
	return words.some((word) => valueText(word).toLowerCase().includes(text));
}

/** The shop's recent orders. */
export async function searchOrders(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim();
	if (new RegExp(`^\\d{${MIN_ORDER_ID_DIGITS},20}$`).test(text)) {
		// an id that is not one of this shop's orders lists nothing: Mogujie refuses it
		const order = await fetchShopOrder.call(this, text).catch(() => undefined);
		const item = order ? orderListItem(order) : undefined;
		return { results: item ? [item] : [] };
	}
	const page = Number(paginationToken) > 0 ? Number(paginationToken) : 1;
	const { orders, more } = await fetchSoldOrderPage.call(this, page);
	const wanted = text.toLowerCase();
	return {
		results: orders
			.filter((order) => wanted === '' || mentions(order, wanted))
			.map(orderListItem)
			.filter((item) => item !== undefined),
		paginationToken: more ? String(page + 1) : undefined,
	};
}
