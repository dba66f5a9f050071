import type { IDataObject } from 'n8n-workflow';

import { alibaba1688ApiRequest } from './index';
import { objectsAt } from '../../shared/helpers/reply-objects';
import type { RequestContext } from '../../shared/transport/context';

/** `alibaba.category.get`: needs the app's signature only, no user authorization. */
export async function fetchCategories(
	this: RequestContext,
	categoryId: number,
): Promise<IDataObject[]> {
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.product',
		apiName: 'alibaba.category.get',
		params: { categoryID: categoryId },
		requiresAuth: false,
		retry: 'safe',
	});
	return objectsAt(body.categoryInfo);
}
