// @ts-check
'use strict';

// The category tree with the opaque ids getAllCategory prints (protocol §6.3: ids are encrypted
// and decoded with xiaodian.common.decryptID). Each category gets a seeded opaque id, so the
// "decryption" is a lookup of the ids the sandbox handed out.
const { CATEGORY_TREE } = require('./catalog');

/**
 * @typedef {{ id: number, encryptedId: string, name: string, parentId: number, isLeaf: boolean,
 *   level: number }} Category
 */

/** @param {import('./ids').Ids} ids */
function buildCategories(ids) {
	/** @type {Category[]} */
	const list = [];
	/** @param {import('./catalog').CategoryNode[]} nodes @param {number} parentId @param {number} level */
	const walk = (nodes, parentId, level) => {
		for (const [id, name, children] of nodes) {
			list.push({ id, encryptedId: ids.opaqueId(), name, parentId, isLeaf: !children, level });
			if (children) walk(children, id, level + 1);
		}
	};
	walk(CATEGORY_TREE, 0, 1);
	const byId = new Map(list.map((c) => [c.id, c]));
	const byEncryptedId = new Map(list.map((c) => [c.encryptedId, c]));
	return {
		list,
		byId,
		byEncryptedId,
		/** @param {number} parentId 0 for the roots */
		childrenOf: (parentId) => list.filter((c) => c.parentId === parentId),
	};
}

/** @typedef {ReturnType<typeof buildCategories>} Categories */

module.exports = { buildCategories };
