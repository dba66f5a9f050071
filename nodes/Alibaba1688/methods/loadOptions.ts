import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { fetchCategories } from '../transport/categories';

/** The top-level product categories, for picking a category in the editor. */
export async function getTopCategories(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const [root] = await fetchCategories.call(this, 0);
	const children = Array.isArray(root?.childCategorys)
		? (root.childCategorys as Array<{ id?: number; name?: string }>)
		: [];
	return children
		.filter((child) => child.id !== undefined)
		.map((child) => ({
			name: `${child.name ?? child.id} (${child.id})`,
			value: child.id as number,
		}));
}
