import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { fetchCarriers } from '../transport/carriers';
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

/** The carriers for a return shipment, by the code 1688 checks (companyNo). */
export async function getCarriers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const carriers = await fetchCarriers.call(this, 'offline');
	return carriers
		.filter((carrier) => typeof carrier.companyNo === 'string' && carrier.companyNo !== '')
		.map((carrier) => ({
			name: `${String(carrier.companyName ?? carrier.companyNo)} (${String(carrier.companyNo)})`,
			value: carrier.companyNo as string,
		}));
}
