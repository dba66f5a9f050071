// @ts-check
'use strict';

// alibaba.category.get: public (signature only). Note the documented typo `succes`, a string.
// `childIDs` and `childCategorys` list the same children at every level (empty for a leaf), and
// every child names its parent in `parentIDs`; `level` is left out as 1688 leaves it empty.
//
// alibaba.product.get: "由商品ID获取商品详细信息，请注意：只能查询自己所有的产品" (the official Python
// SDK's copy of its page): only the caller's own products, i.e. the demo supplier's (issue 15).

const { format1688 } = require('../dates');
const { WEB_SITES } = require('../orders');
const { BUSINESS_ERRORS, SELLING_ERRORS, SELLING_ERROR_TEXTS } = require('./business-errors');
const { toProductInfo } = require('./product-info');

/** @param {import('../data').Category} c @param {import('../data').SandboxData['categories']} categories */
const childInfo = (c, categories) =>
	c.childIds.map((id) => {
		const child = /** @type {import('../data').Category} */ (categories.byId.get(id));
		return {
			id: child.id,
			name: child.name,
			isLeaf: child.childIds.length === 0,
			categoryType: '1',
		};
	});

/** @param {import('./index').ApiContext} ctx */
function categoryGet({ params, data }) {
	const { categories } = data;
	const raw = params.categoryID.trim();
	if (!/^\d+$/.test(raw)) {
		return {
			succes: 'false',
			categoryInfo: [],
			errorCode: BUSINESS_ERRORS.PARAM_ERROR,
			errorMsg: 'categoryID must be a number >= 0',
		};
	}
	const id = Number(raw);
	if (id === 0) {
		const root = { id: 0, name: '', level: 0, parentId: 0, childIds: categories.rootIds };
		return {
			succes: 'true',
			categoryInfo: [
				{
					categoryID: 0,
					name: '',
					isLeaf: false,
					parentIDs: [],
					childIDs: [...categories.rootIds],
					childCategorys: childInfo(root, categories),
				},
			],
		};
	}
	const c = categories.byId.get(id);
	if (!c)
		return {
			succes: 'false',
			categoryInfo: [],
			errorCode: BUSINESS_ERRORS.CATEGORY_NOT_FOUND,
			errorMsg: `category ${raw} does not exist`,
		};
	const isLeaf = c.childIds.length === 0;
	return {
		succes: 'true',
		categoryInfo: [
			{
				categoryID: c.id,
				name: c.name,
				isLeaf,
				parentIDs: [c.parentId],
				childIDs: [...c.childIds],
				childCategorys: childInfo(c, categories),
				minOrderQuantity: isLeaf ? 1 : undefined,
				featureInfos: [],
				categoryType: '1',
				isSupportProcessing: isLeaf,
			},
		],
	};
}

/** @param {import('./index').ApiContext} ctx */
function productGet({ params, data, user }) {
	// AlibabaProductGetResult (official PHP SDK, duanyasong/1688-sdk-php) has productInfo,
	// bizGroupInfos, createTime, lastUpdateTime, lastRepostTime, approvedTime, expireTime and errMsg
	// ("返回错误信息"), no success and no code: a failure carries its text in errMsg. success: false
	// and errorCode are the sandbox's own additions, so a client can tell a failure; the codes and
	// texts are the sandbox's own (1688 documents none for this API).
	/** @param {string} errorCode @param {string} message */
	const failure = (errorCode, message) => ({ success: false, errorCode, errMsg: message });
	if (!WEB_SITES.includes(params.webSite.trim()))
		return failure(BUSINESS_ERRORS.PARAM_ERROR, 'webSite must be 1688 or alibaba');
	const raw = params.productID.trim();
	const product = /^\d+$/.test(raw) ? data.productsById.get(Number(raw)) : undefined;
	if (!product)
		return failure(SELLING_ERRORS.PRODUCT_NOT_EXIST, SELLING_ERROR_TEXTS.productNotExist(raw));
	if (product.seller.memberId !== /** @type {import('../data').Buyer} */ (user).memberId)
		return failure(SELLING_ERRORS.PRODUCT_NOT_OWNED, SELLING_ERROR_TEXTS.productNotOwned(raw));
	return {
		productInfo: toProductInfo(product, data),
		// ProductBizGroupInfo[] {support, description, code} (垂直市场): the sandbox's products join none
		bizGroupInfos: [],
		createTime: format1688(product.createTime),
		lastUpdateTime: format1688(product.lastUpdateTime),
		expireTime: product.expireTime === undefined ? undefined : format1688(product.expireTime),
		success: true,
	};
}

/** @type {import('./index').ApiDefinition[]} */
module.exports = [
	{
		namespace: 'com.alibaba.product',
		name: 'alibaba.category.get',
		auth: false,
		required: ['categoryID'],
		handle: categoryGet,
	},
	{
		namespace: 'com.alibaba.product',
		name: 'alibaba.product.get',
		auth: true,
		required: ['productID', 'webSite'],
		handle: productGet,
	},
];
