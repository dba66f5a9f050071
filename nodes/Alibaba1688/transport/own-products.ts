// The seller's own products (com.alibaba.product, version 1), research15/seller-products.md:
// - alibaba.product.get: "由商品ID获取商品详细信息，请注意：只能查询自己所有的产品" (the Python SDK's copy
//   of its page); params productID (capital ID), webSite, scene; reply {productInfo, …dates, errMsg}.
// - alibaba.product.list.get: "卖家根据条件分页查询商品列表信息…如需遍历所有商品是只能使用ID排序";
//   pageNo from 1, pageSize at most 20 ("超过20时以20为准"); reply result.pageResult
//   {pageIndex, sizePerPage, totalRecords, resultList: ProductInfo[]} (PHP SDK result classes).
// - alibaba.product.modifyStock: a batch, productStockChange=[{productId, productAmountChange |
//   skuStocks:[{skuId, stockChange}]}], where skuId must carry the specId ("针对1688的业务场景，该字段
//   请填写specId，不要填写skuId"), and increaceModify (sic): incremental unless false.
import type { IDataObject } from 'n8n-workflow';

import type { RequestContext } from '../../shared/transport/context';
import { numberAt, objectAt, objectsAt } from '../../shared/helpers/reply-objects';
import { valueText } from '../../shared/helpers/text';
import { alibaba1688ApiPages, alibaba1688ApiRequest } from './index';

const NAMESPACE = 'com.alibaba.product';
const LIST_PAGE_SIZE = 20;

/** alibaba.product.get's reply: `productInfo` and the dates and errMsg beside it. */
export async function fetchOwnProduct(
	this: RequestContext,
	productId: string,
	webSite = '1688',
	scene = '1688',
): Promise<IDataObject> {
	return await alibaba1688ApiRequest.call(this, {
		namespace: NAMESPACE,
		apiName: 'alibaba.product.get',
		params: { productID: productId, webSite, scene },
		retry: 'safe',
	});
}

const pageResult = (body: IDataObject) => objectAt(objectAt(body.result)?.pageResult) ?? {};

/** The seller's products matching `filters`, every page up to `limit`. */
export async function fetchOwnProducts(
	this: RequestContext,
	filters: IDataObject,
	limit?: number,
): Promise<IDataObject[]> {
	return await alibaba1688ApiPages.call(
		this,
		{
			request: (page, pageSize) => ({
				namespace: NAMESPACE,
				apiName: 'alibaba.product.list.get',
				params: { ...filters, pageNo: page, pageSize },
				retry: 'safe',
			}),
			items: (body) => objectsAt(pageResult(body).resultList),
			total: (body) => numberAt(pageResult(body).totalRecords),
			idOf: (product) => valueText(product.productID) || undefined,
			maxPageSize: LIST_PAGE_SIZE,
		},
		{ limit },
	);
}

/** One page of the seller's products matching `filters`, and whether more follow (From List). */
export async function fetchOwnProductPage(
	this: RequestContext,
	filters: IDataObject,
	page: number,
): Promise<{ products: IDataObject[]; more: boolean }> {
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: NAMESPACE,
		apiName: 'alibaba.product.list.get',
		params: { ...filters, pageNo: page, pageSize: LIST_PAGE_SIZE },
		retry: 'safe',
	});
	const products = objectsAt(pageResult(body).resultList);
	const total = numberAt(pageResult(body).totalRecords);
	return {
		products,
		more: total === undefined ? products.length === LIST_PAGE_SIZE : page * LIST_PAGE_SIZE < total,
	};
}

/** One product's stock change as modifyStock takes it. */
export interface StockChange {
	productId: string;
	/** Without SKUs: the product's own quantity. */
	productAmountChange?: number;
	/** By specId, sent in the field 1688 calls skuId. */
	skuStocks?: Array<{ specId: string; stockChange: number }>;
}

/** What 1688 said of one product: result per product, beside the call's own success. */
export interface StockOutcome {
	changed: boolean;
	code: string;
	desc: string;
}

/**
 * Sends one stock change, once: a lost reply is not retried, as a repeated delta would count
 * twice. `absolute` sends increaceModify=false: the quantities are the new stock, not changes.
 */
export async function modifyStock(
	this: RequestContext,
	change: StockChange,
	absolute: boolean,
): Promise<StockOutcome> {
	// productId is a Long: written as bare digits, all of them
	const skus = change.skuStocks
		?.map((s) => `{"skuId":${JSON.stringify(s.specId)},"stockChange":${s.stockChange}}`)
		.join(',');
	const amount =
		change.productAmountChange === undefined
			? ''
			: `,"productAmountChange":${change.productAmountChange}`;
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: NAMESPACE,
		apiName: 'alibaba.product.modifyStock',
		params: {
			productStockChange: `[{"productId":${change.productId}${amount}${skus ? `,"skuStocks":[${skus}]` : ''}}]`,
			webSite: '1688',
			increaceModify: !absolute,
		},
		retry: 'never',
	});
	const outcome =
		objectsAt(body.result).find((r) => valueText(r.productId) === change.productId) ??
		objectsAt(body.result)[0];
	return {
		changed: outcome ? outcome.result === true || outcome.result === 'true' : false,
		code: valueText(outcome?.code),
		desc: valueText(outcome?.desc),
	};
}
