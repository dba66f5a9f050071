import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ResourceModules } from '../../shared/actions/router';
import { routeItems } from '../../shared/actions/router';
import * as category from './category';
import * as customApiCall from './customApiCall';
import * as item from './item';
import type { MogujieOperations } from './node.type';
import * as order from './order';

/** Checked at compile time: each resource module exports every operation the map names. */
export const resources: ResourceModules<MogujieOperations> = {
	category,
	customApiCall,
	item,
	order,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeItems.call(this, resources);
}
