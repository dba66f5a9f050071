// @ts-check
'use strict';

// alibaba.category.get: public (signature only). Note the documented typo `succes`, a string.
// The doc says 1688 leaves `level` and `childIDs` empty, so they are left out here too: clients
// must walk `childCategorys` and `isLeaf`.

const { BUSINESS_ERRORS } = require('./business-errors');

/** @param {import('../data').Category} c @param {import('../data').SandboxData['categories']} categories */
const childInfo = (c, categories) =>
	c.childIds.map((id) => {
		const child = /** @type {import('../data').Category} */ (categories.byId.get(id));
		return { id: child.id, name: child.name, isLeaf: child.childIds.length === 0, categoryType: '1' };
	});

/** @param {import('./index').ApiContext} ctx */
function categoryGet({ params, data }) {
	const { categories } = data;
	const raw = params.categoryID.trim();
	if (!/^\d+$/.test(raw)) {
		return { succes: 'false', categoryInfo: [], errorCode: BUSINESS_ERRORS.PARAM_ERROR, errorMsg: 'categoryID must be a number >= 0' };
	}
	const id = Number(raw);
	if (id === 0) {
		const root = { id: 0, name: '', level: 0, parentId: 0, childIds: categories.rootIds };
		return {
			succes: 'true',
			categoryInfo: [{ categoryID: 0, name: '', isLeaf: false, parentIDs: [], childCategorys: childInfo(root, categories) }],
		};
	}
	const c = categories.byId.get(id);
	if (!c) return { succes: 'false', categoryInfo: [], errorCode: BUSINESS_ERRORS.CATEGORY_NOT_FOUND, errorMsg: `category ${raw} does not exist` };
	const isLeaf = c.childIds.length === 0;
	return {
		succes: 'true',
		categoryInfo: [
			{
				categoryID: c.id,
				name: c.name,
				isLeaf,
				parentIDs: [c.parentId],
				childCategorys: childInfo(c, categories),
				minOrderQuantity: isLeaf ? 1 : undefined,
				featureInfos: [],
				categoryType: '1',
				isSupportProcessing: isLeaf,
			},
		],
	};
}

/** @type {import('./index').ApiDefinition[]} */
module.exports = [
	{ namespace: 'com.alibaba.product', name: 'alibaba.category.get', auth: false, required: ['categoryID'], handle: categoryGet },
];
