// Short views of other sellers' offers, for sheets and above all for AI agents: one search offer is
// about 1.6 KB as 1688 prints it, so 50 of them would fill much of a model's context. The field
// names follow the API pages and their reply samples (test/fixtures/real/1688/product.search.*):
// prices stay in yuan (元) as 1688 prints them, ids are text since 1688's Longs can exceed what
// JSON numbers keep.
import type { IDataObject } from 'n8n-workflow';

import { objectAt, objectsAt } from '../../shared/helpers/reply-objects';
import { valueText } from '../../shared/helpers/text';

const obj = (value: unknown): IDataObject => objectAt(value) ?? {};
const orNull = (value: unknown) => (value === undefined ? null : value);
const idText = (value: unknown) =>
	value === undefined || value === null ? null : valueText(value);
const offerUrl = (id: string | null) => (id ? `https://detail.1688.com/offer/${id}.html` : null);

/**
 * An offer of Search by Keyword (keywordQuery's ProductInfoModelV2) or Search by Image
 * (imageQuery's). `url` is the plain offer page, the address Get Offer's By URL takes, rather than
 * 1688's promotionURL with its tracking parameters. Only imageQuery prints the supplier
 * (companyName, companyAddress); keywordQuery's model has neither, so its view leaves them out.
 */
function searchOfferView(offer: IDataObject, supplier: IDataObject): IDataObject {
	const price = obj(offer.priceInfo);
	const id = idText(offer.offerId);
	return {
		offerId: id,
		subject: orNull(offer.subject),
		subjectTrans: orNull(offer.subjectTrans),
		// 批发价, 营销价, 一件代发价 (PriceInfoV2)
		priceYuan: orNull(price.price),
		promotionPriceYuan: orNull(price.promotionPrice),
		consignPriceYuan: orNull(price.consignPrice),
		minOrderQuantity: orNull(offer.minOrderQuantity),
		// 30天销量
		monthSold: orNull(offer.monthSold),
		repurchaseRate: orNull(offer.repurchaseRate),
		tradeScore: orNull(offer.tradeScore),
		sellerIdentities: Array.isArray(offer.sellerIdentities) ? offer.sellerIdentities : [],
		...supplier,
		url: offerUrl(id),
		imageUrl: orNull(offer.imageUrl),
	};
}

/** A Search by Keyword offer, flat. */
export function simplifyKeywordOffer(offer: IDataObject): IDataObject {
	return searchOfferView(offer, {});
}

/** A Search by Image offer, flat, with the supplier imageQuery names. */
export function simplifyImageOffer(offer: IDataObject): IDataObject {
	return searchOfferView(offer, {
		companyName: orNull(offer.companyName),
		companyAddress: orNull(offer.companyAddress),
	});
}

/** A SKU's attributes as `颜色: 白色, 尺码: 38`, from the given name and value fields. */
function skuText(attributes: IDataObject[], name: string, value: string): string | null {
	const parts = attributes
		.filter((a) => a[name] !== undefined || a[value] !== undefined)
		.map((a) => `${valueText(a[name])}: ${valueText(a[value])}`);
	return parts.length ? parts.join(', ') : null;
}

/**
 * Get Offer's sourcing detail (queryProductDetail's ProductDetailModel), flat: without the
 * description, attributes, certificates and parcel sizes that make it large. Each SKU keeps its
 * specId, which ordering needs; `soldQuantity` is the model's soldOut, "商品销量".
 */
export function simplifyOfferDetail(detail: IDataObject): IDataObject {
	const sale = obj(detail.productSaleInfo);
	const unit = obj(sale.unitInfo);
	const shipping = obj(detail.productShippingInfo);
	const images = obj(detail.productImage).images;
	const id = idText(detail.offerId);
	return {
		offerId: id,
		subject: orNull(detail.subject),
		subjectTrans: orNull(detail.subjectTrans),
		categoryId: idText(detail.categoryId),
		categoryName: orNull(detail.categoryName),
		status: orNull(detail.status),
		unit: orNull(unit.unit),
		unitTrans: orNull(unit.transUnit),
		minOrderQuantity: orNull(detail.minOrderQuantity),
		stock: orNull(sale.amountOnSale),
		// 0 无sku按商品数量报价, 1 按sku规格报价, 2 有sku按商品数量报价
		quoteType: orNull(sale.quoteType),
		priceRanges: objectsAt(sale.priceRangeList).map((range) => ({
			startQuantity: orNull(range.startQuantity),
			priceYuan: orNull(range.price),
			promotionPriceYuan: orNull(range.promotionPrice),
		})),
		soldQuantity: orNull(detail.soldOut),
		tradeScore: orNull(detail.tradeScore),
		companyName: orNull(detail.companyName),
		shipsFrom: orNull(shipping.sendGoodsAddressText),
		shippingTimeGuarantee: orNull(shipping.shippingTimeGuarantee),
		url: offerUrl(id),
		imageUrls: Array.isArray(images) ? images : [],
		skus: objectsAt(detail.productSkuInfos).map((sku) => {
			const attributes = objectsAt(sku.skuAttributes);
			return {
				skuId: idText(sku.skuId),
				specId: orNull(sku.specId),
				sku: skuText(attributes, 'attributeName', 'value'),
				skuTrans: skuText(attributes, 'attributeNameTrans', 'valueTrans'),
				priceYuan: orNull(sku.price),
				promotionPriceYuan: orNull(sku.promotionPrice),
				stock: orNull(sku.amountOnSale),
			};
		}),
	};
}
