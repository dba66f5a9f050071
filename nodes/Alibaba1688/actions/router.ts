import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { routeItems } from '../../shared/actions/router';
import * as account from './account';
import * as category from './category';
import * as customApiCall from './customApiCall';
import * as logistics from './logistics';
import * as product from './product';
import * as purchaseOrder from './purchaseOrder';
import type { Alibaba1688Type } from './node.type';

const resources: Record<Alibaba1688Type['resource'], Record<string, unknown>> = {
	account,
	category,
	customApiCall,
	logistics,
	product,
	purchaseOrder,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeItems.call(this, resources);
}
