import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { routeItems } from '../../shared/actions/router';
import * as category from './category';
import * as customApiCall from './customApiCall';
import * as item from './item';
import type { MogujieType } from './node.type';
import * as order from './order';

const resources: Record<MogujieType['resource'], Record<string, unknown>> = {
	category,
	customApiCall,
	item,
	order,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeItems.call(this, resources);
}
