import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ResourceModules } from '../../shared/actions/router';
import { routeItems } from '../../shared/actions/router';
import * as account from './account';
import * as address from './address';
import * as category from './category';
import * as customApiCall from './customApiCall';
import * as logistics from './logistics';
import * as myProduct from './myProduct';
import * as product from './product';
import * as purchaseOrder from './purchaseOrder';
import * as refund from './refund';
import * as salesOrder from './salesOrder';
import type { Alibaba1688Operations } from './node.type';

/** Checked at compile time: each resource module exports every operation the map names. */
export const resources: ResourceModules<Alibaba1688Operations> = {
	account,
	address,
	category,
	customApiCall,
	logistics,
	myProduct,
	product,
	purchaseOrder,
	refund,
	salesOrder,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeItems.call(this, resources);
}
