// The editor's From List of the order and product locators (node version 1.2): one page of the
// list API at a time, newest first. A pasted order ID or order page address is looked up by the
// order's detail; other text searches the products' names, the only text filter the order lists
// take (productName, on the getBuyerOrderList and getSellerOrderList pages). The product list
// searches titles (subjectKey) or takes a product ID or offer address (productIds).
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { ORDER_STATUS_OPTIONS } from '../descriptions/order-statuses';
import { parseBareOfferId, parseOfferUrl } from '../helpers/offer-ids';
import { orderPageUrl, parseOrderId, parseOrderUrl } from '../helpers/order-ids';
import type { OrderView } from '../helpers/order-view';
import { simplifyOrder } from '../helpers/simplify-order';
import { simplifyProduct } from '../helpers/simplify-product';
import { fetchBuyerOrder } from '../transport/buyer-orders';
import { fetchOrderListPage } from '../transport/order-lists';
import { fetchOwnProductPage } from '../transport/own-products';
import { fetchSellerOrder } from '../transport/seller-orders';
import { valueText } from '../../shared/helpers/text';

const STATUS_NAMES = new Map(
	ORDER_STATUS_OPTIONS.map((option) => [String(option.value), option.name]),
);

/** Order ids are long: a shorter run of digits is more likely part of a product name. */
const MIN_ORDER_ID_DIGITS = 12;
/** Offer ids have 11 or 12 digits (e.g. 620201390233). */
const MIN_PRODUCT_ID_DIGITS = 9;

/** An order as one line of the list: its id, status, first product, total and date. */
function orderListItem(trade: IDataObject): INodeListSearchItems | undefined {
	const order = simplifyOrder(trade, 'list');
	const id = valueText(order.orderId);
	if (id === '') return undefined;
	const items = (order.items ?? []) as IDataObject[];
	const product = valueText(items[0]?.name);
	const status = valueText(order.status);
	const parts = [
		id,
		STATUS_NAMES.get(status) ?? status,
		product && items.length > 1 ? `${product} +${items.length - 1}` : product,
		order.totalAmountYuan !== null ? `¥${valueText(order.totalAmountYuan)}` : '',
		valueText(order.createTime).slice(0, 10),
	];
	return { name: parts.filter(Boolean).join(' · '), value: id, url: orderPageUrl(id) };
}

/** The order a search text names, by its id or its page's address, if it names one. */
function orderIdIn(filter: string): string | undefined {
	const id = parseOrderUrl(filter) ?? parseOrderId(filter);
	return id !== undefined && id.length >= MIN_ORDER_ID_DIGITS ? id : undefined;
}

async function searchOrders(
	context: ILoadOptionsFunctions,
	view: OrderView,
	filter: string | undefined,
	paginationToken: string | undefined,
): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim();
	const id = orderIdIn(text);
	if (id !== undefined) {
		// an id that is not one of this account's orders lists nothing: the detail refuses it
		const trade = await (view === 'buyer' ? fetchBuyerOrder : fetchSellerOrder)
			.call(context, id)
			.catch(() => undefined);
		const item = trade ? orderListItem(trade) : undefined;
		return { results: item ? [item] : [] };
	}
	const page = Number(paginationToken) > 0 ? Number(paginationToken) : 1;
	const { orders, more } = await fetchOrderListPage.call(
		context,
		view,
		text ? { productName: text } : {},
		page,
	);
	return {
		results: orders.map(orderListItem).filter((item) => item !== undefined),
		paginationToken: more ? String(page + 1) : undefined,
	};
}

/** The buyer's recent purchase orders. */
export async function searchPurchaseOrders(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchOrders(this, 'buyer', filter, paginationToken);
}

/** The seller's recent sales orders. */
export async function searchSalesOrders(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchOrders(this, 'seller', filter, paginationToken);
}

/** The product a search text names, by its id or its page's address, if it names one. */
function productIdIn(filter: string): string | undefined {
	const id = parseBareOfferId(filter);
	if (id === undefined) return parseOfferUrl(filter);
	// a short run of digits is more likely part of a title than a whole product id
	return id.length >= MIN_PRODUCT_ID_DIGITS ? id : undefined;
}

/** A product as one line of the list: its title, id and status. */
function productListItem(raw: IDataObject): INodeListSearchItems | undefined {
	const product = simplifyProduct(raw);
	const id = valueText(product.productId);
	if (id === '') return undefined;
	const subject = valueText(product.subject);
	const status = valueText(product.status);
	return {
		name: [subject || id, subject ? id : '', status].filter(Boolean).join(' · '),
		value: id,
		url: valueText(product.url) || undefined,
	};
}

/** The seller's own products, newest first; a search text matches titles, or names a product. */
export async function searchMyProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim();
	const id = productIdIn(text);
	const page = Number(paginationToken) > 0 ? Number(paginationToken) : 1;
	const filters: IDataObject =
		id !== undefined ? { productIds: `[${id}]` } : text ? { subjectKey: text } : {};
	const { products, more } = await fetchOwnProductPage.call(
		this,
		{ ...filters, orderByCondition: 'ID', orderByType: 'DESC' },
		page,
	);
	return {
		results: products.map(productListItem).filter((item) => item !== undefined),
		paginationToken: more ? String(page + 1) : undefined,
	};
}
