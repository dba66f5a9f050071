import type { IDataObject } from 'n8n-workflow';

import { isoDate } from './simplify-order';
import { objectAt, objectsAt } from '../../shared/helpers/reply-objects';
import { valueText } from '../../shared/helpers/text';

const orNull = (value: unknown) => (value === undefined ? null : value);
const idText = (value: unknown) =>
	value === undefined || value === null ? null : valueText(value);

/** A SKU's attributes as `颜色: 白色, 尺码: 38`. */
function skuText(attributes: IDataObject[]): string | null {
	const parts = attributes
		.map((a) => [a.attributeDisplayName ?? a.attributeName, a.customValueName ?? a.attributeValue])
		.filter(([name, value]) => name !== undefined || value !== undefined)
		.map(([name, value]) => `${valueText(name)}: ${valueText(value)}`);
	return parts.length ? parts.join(', ') : null;
}

/**
 * A flat view of the seller's ProductInfo (alibaba.product.get / list.get; the PHP SDK's
 * AlibabaProductProductInfo, ProductSKUInfo and ProductSaleInfo): ids as text, since 1688's Longs
 * can exceed what JSON numbers keep; stock is the SKU's amountOnSale, or saleInfo's without SKUs;
 * specId is what Update Stock needs.
 */
export function simplifyProduct(product: IDataObject): IDataObject {
	const sale = objectAt(product.saleInfo) ?? {};
	const images = objectsAt([product.image])[0] ?? {};
	const id = idText(product.productID);
	return {
		productId: id,
		subject: orNull(product.subject),
		status: orNull(product.status),
		cargoNumber: orNull(product.productCargoNumber ?? product.cargoNumber),
		categoryId: idText(product.categoryID),
		categoryName: orNull(product.categoryName),
		unit: orNull(sale.unit),
		stock: orNull(sale.amountOnSale),
		minOrderQuantity: orNull(sale.minOrderQuantity),
		// 0 无SKU按数量报价, 1 有SKU按规格报价, 2 有SKU按数量报价 (ProductSaleInfo.quoteType)
		quoteType: orNull(sale.quoteType),
		priceRanges: objectsAt(sale.priceRanges).map((r) => ({
			startQuantity: orNull(r.startQuantity),
			priceYuan: orNull(r.price),
		})),
		referencePrice: orNull(product.referencePrice),
		url: id ? `https://detail.1688.com/offer/${id}.html` : null,
		imageUrls: Array.isArray(images.images) ? images.images : [],
		createTime: isoDate(product.createTime),
		modifyTime: isoDate(product.modifyTime ?? product.lastUpdateTime),
		skus: objectsAt(product.skuInfos).map((sku) => ({
			specId: orNull(sku.specId),
			skuId: idText(sku.skuId),
			cargoNumber: orNull(sku.cargoNumber),
			sku: skuText(objectsAt(sku.attributes)),
			priceYuan: orNull(sku.price),
			stock: orNull(sku.amountOnSale),
		})),
	};
}
