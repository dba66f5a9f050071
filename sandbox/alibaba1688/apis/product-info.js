// @ts-check
'use strict';

// Renders a seeded product as 1688's ProductInfo (alibaba.product.get) and as the crossborder
// ProductDetailModel / search ProductInfoModel. alibaba.product.get prints money as numbers in
// yuan and pictures as paths relative to the image host, as 1688 does; the crossborder models
// print money as strings in yuan and pictures as full URLs.
const { ATTRIBUTES, valueEn } = require('../catalog');
const { escapeHtml } = require('../../common/html');
const { format1688 } = require('../dates');

const IMAGE_HOST = 'https://cbu01.alicdn.com/';

/** English for the units products are sold in. */
/** @type {Record<string, string>} */
const UNIT_EN = {
	件: 'piece',
	条: 'piece',
	双: 'pair',
	盒: 'box',
	个: 'piece',
	套: 'set',
	卷: 'roll',
	把: 'piece',
	对: 'pair',
	副: 'pair',
	箱: 'carton',
	袋: 'bag',
	本: 'piece',
};

const yuan = (/** @type {number} */ fen) => fen / 100;
const yuanText = (/** @type {number} */ fen) => (fen / 100).toFixed(2);

/** @param {string} name */
const attributeId = (name) => ATTRIBUTES[name]?.id ?? 0;
/** @param {string} name */
const attributeEn = (name) => ATTRIBUTES[name]?.en ?? name;

/** @param {import('../data').Product} product */
function priceSpan(product) {
	const fens = product.skus.map((s) => s.priceFen);
	return { minFen: Math.min(...fens), maxFen: Math.max(...fens) };
}

/** @param {import('../data').Product} product */
const amountOnSale = (product) => product.skus.reduce((s, k) => s + k.amountOnSale, 0);

/**
 * Product-level attributes: brand, item number, origin, then every SKU attribute value.
 * @param {import('../data').Product} product
 * @returns {Array<{ name: string, value: string }>}
 */
function productAttributes(product) {
	/** @type {Array<{ name: string, value: string }>} */
	const list = [
		{ name: '品牌', value: '其他' },
		{ name: '货号', value: product.cargoNumber },
		{ name: '产地', value: `${product.seller.province}${product.seller.city}` },
	];
	// grouped by attribute, values in the order the SKUs offer them
	for (const { name } of product.skus[0]?.attrs ?? []) {
		for (const sku of product.skus) {
			const value = sku.attrs.find((a) => a.name === name)?.value;
			if (value !== undefined && !list.some((x) => x.name === name && x.value === value))
				list.push({ name, value });
		}
	}
	return list;
}

/** A small HTML description with the pictures, as sellers write them. @param {import('../data').Product} product */
function description(product) {
	const specs = productAttributes(product)
		.map((a) => `${escapeHtml(a.name)}：${escapeHtml(a.value)}`)
		.join('<br/>');
	const pictures = product.images.map((src) => `<img src="${escapeHtml(src)}"/>`).join('');
	return `<p><strong>${escapeHtml(product.name)}</strong></p><p>${specs}</p><p>${pictures}</p>`;
}

/** @param {import('../data').SandboxData} data @param {number} id */
const categoryName = (data, id) => data.categories.byId.get(id)?.name;

/** @param {import('../data').Product} product */
const quoteType = (product) => (new Set(product.skus.map((s) => s.priceFen)).size === 1 ? 0 : 1);

/**
 * alibaba.product.get's productInfo (and alibaba.product.list.get's resultList items, the same
 * ProductInfo model). A product sold without SKUs (issue 15) has no skuInfos: its stock is
 * saleInfo.amountOnSale, its quoteType 0 (无SKU按数量报价). status: the product's (published unless
 * the supplier's catalogue says otherwise); createTime, lastUpdateTime, modifyTime (= the last
 * update, which modifyStock moves) and expireTime are ProductInfo's Date fields.
 * @param {import('../data').Product} product
 * @param {import('../data').SandboxData} data
 * @param {{ description?: boolean }} [view] description: false leaves the HTML description out
 *   (list.get without needDetail=true; sandbox's own reading of 是否需要详情)
 */
function toProductInfo(product, data, view = {}) {
	const { minFen, maxFen } = priceSpan(product);
	const { seller } = product;
	const skuless = product.skuless === true;
	return {
		productID: product.productID,
		productType: 'wholesale',
		categoryID: product.categoryId,
		categoryName: categoryName(data, product.categoryId),
		groupID: [],
		status: product.status ?? 'published',
		subject: product.name,
		description: view.description === false ? undefined : description(product),
		language: 'CHINESE',
		periodOfValidity: 365,
		bizType: 1,
		pictureAuth: false,
		image: { images: product.images.map((src) => src.replace(IMAGE_HOST, '')) },
		attributes: productAttributes(product).map((a) => ({
			attributeID: attributeId(a.name),
			attributeName: a.name,
			value: a.value,
			isCustom: false,
		})),
		skuInfos: skuless
			? undefined
			: product.skus.map((sku, i) => ({
					attributes: sku.attrs.map((a) => ({
						attributeID: attributeId(a.name),
						attributeName: a.name,
						attributeDisplayName: a.name,
						attributeValue: a.value,
					})),
					cargoNumber: `${product.cargoNumber}-${i + 1}`,
					amountOnSale: sku.amountOnSale,
					price: yuan(sku.priceFen),
					retailPrice: yuan(Math.round(sku.priceFen * 1.8)),
					skuId: sku.skuID,
					specId: sku.specId,
				})),
		saleInfo: {
			supportOnlineTrade: true,
			mixWholeSale: true,
			priceAuth: false,
			priceRanges: [{ startQuantity: product.minOrderQuantity, price: yuan(minFen) }],
			amountOnSale: amountOnSale(product),
			unit: product.unit,
			minOrderQuantity: product.minOrderQuantity,
			quoteType: skuless ? 0 : quoteType(product),
		},
		shippingInfo: {
			sendGoodsAddressText: `${seller.province}${seller.city}${seller.county}`,
			handlingTime: 2,
		},
		referencePrice: minFen === maxFen ? `${yuan(minFen)}` : `${yuan(minFen)}~${yuan(maxFen)}`,
		sellerLoginId: seller.loginId,
		productCargoNumber: product.cargoNumber,
		createTime: format1688(product.createTime),
		lastUpdateTime: format1688(product.lastUpdateTime),
		modifyTime: format1688(product.lastUpdateTime),
		expireTime: product.expireTime === undefined ? undefined : format1688(product.expireTime),
	};
}

/**
 * The search result line (ProductInfoModel of keywordQuery).
 * @param {import('../data').Product} product
 */
function toSearchOffer(product) {
	const { minFen } = priceSpan(product);
	return {
		offerId: product.productID,
		subject: product.name,
		subjectTrans: product.subjectTrans,
		imageUrl: product.image,
		isJxhy: false,
		priceInfo: { price: yuanText(minFen), consignPrice: yuanText(minFen) },
		repurchaseRate: product.repurchaseRate,
		monthSold: product.monthSold,
		traceInfo: `object_id@${product.productID}^object_type@offer`,
		isOnePsale: product.name.includes('一件代发'),
		sellerIdentities: ['tp_member'],
		minOrderQuantity: product.minOrderQuantity,
	};
}

/**
 * The crossborder ProductDetailModel (queryProductDetail).
 * @param {import('../data').Product} product
 * @param {import('../data').SandboxData} data
 */
function toProductDetail(product, data) {
	const { minFen } = priceSpan(product);
	const { seller } = product;
	return {
		offerId: product.productID,
		categoryId: product.categoryId,
		categoryName: categoryName(data, product.categoryId),
		subject: product.name,
		subjectTrans: product.subjectTrans,
		description: description(product),
		// no mainImage: the ProductDetailModel has none (fixture product.search.queryProductDetail.success.txt
		// and its API page); the pictures are productImage.images, the first being the main one
		productImage: { images: product.images },
		productAttribute: productAttributes(product).map((a) => ({
			attributeId: String(attributeId(a.name)),
			attributeName: a.name,
			value: a.value,
			attributeNameTrans: attributeEn(a.name),
			valueTrans: valueEn(a.value),
		})),
		productSkuInfos: product.skus.map((sku, i) => ({
			amountOnSale: sku.amountOnSale,
			price: yuanText(sku.priceFen),
			consignPrice: yuanText(sku.priceFen),
			skuId: sku.skuID,
			specId: sku.specId,
			cargoNumber: `${product.cargoNumber}-${i + 1}`,
			skuAttributes: sku.attrs.map((a) => ({
				attributeId: attributeId(a.name),
				attributeName: a.name,
				attributeNameTrans: attributeEn(a.name),
				value: a.value,
				valueTrans: valueEn(a.value),
			})),
		})),
		productSaleInfo: {
			amountOnSale: amountOnSale(product),
			priceRangeList: [{ startQuantity: product.minOrderQuantity, price: yuanText(minFen) }],
			quoteType: quoteType(product),
			consignPrice: yuanText(minFen),
			unitInfo: { unit: product.unit, transUnit: UNIT_EN[product.unit] ?? product.unit },
		},
		productShippingInfo: {
			sendGoodsAddressText: `${seller.province}${seller.city}${seller.county}`,
			shippingTimeGuarantee: 'shipIn48Hours',
		},
		isJxhy: false,
		sellerOpenId: seller.openId,
		minOrderQuantity: product.minOrderQuantity,
		status: 'published',
		// no monthSold here: that is the search model's (keywordQuery); the detail model has soldOut
		tagInfoList: [{ key: 'isOnePsale', value: product.name.includes('一件代发') }],
		traceInfo: `object_id@${product.productID}^object_type@offer`,
		productCargoNumber: product.cargoNumber,
		sellerDataInfo: {
			tradeMedalLevel: '3',
			compositeServiceScore: '4.5',
			repeatPurchasePercent: product.repurchaseRate,
		},
	};
}

module.exports = { toProductInfo, toSearchOffer, toProductDetail, priceSpan, UNIT_EN, IMAGE_HOST };
