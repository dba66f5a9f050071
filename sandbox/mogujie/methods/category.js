// @ts-check
'use strict';

// xiaodian.item.getAllCategory and xiaodian.common.decryptID (protocol §6.3). Category ids come
// out encrypted; parentID is accepted either encrypted or decrypted (numeric), 0 for the roots.
const { BUSINESS_CODES } = require('../codes');
const { BusinessError, requiredText } = require('./params');
const { categoryView } = require('./views');

/** @param {import('./context').MethodContext} ctx */
function getAllCategory({ params, data }) {
	const parent = requiredText(params.parentID, 'parentID').trim();
	const { categories } = data;
	if (parent === '0') return categories.childrenOf(0).map((c) => categoryView(c, categories));
	const category = /^\d+$/.test(parent)
		? categories.byId.get(Number(parent))
		: categories.byEncryptedId.get(parent);
	if (!category)
		throw new BusinessError(BUSINESS_CODES.CATEGORY_NOT_FOUND, `类目不存在：${parent}`);
	return categories.childrenOf(category.id).map((c) => categoryView(c, categories));
}

/** @param {import('./context').MethodContext} ctx */
function decryptId({ params, data }) {
	const id = requiredText(params.id, 'id').trim();
	const category = data.categories.byEncryptedId.get(id);
	if (!category) throw new BusinessError(BUSINESS_CODES.DECRYPT_FAILED, `ID解密失败：${id}`);
	return String(category.id);
}

/** @type {Record<string, import('./context').MethodHandler>} */
const CATEGORY_METHODS = {
	'xiaodian.item.getAllCategory': getAllCategory,
	'xiaodian.common.decryptID': decryptId,
};

module.exports = { CATEGORY_METHODS };
