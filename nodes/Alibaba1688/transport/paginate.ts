import type { IDataObject } from 'n8n-workflow';

import type { PagedList } from '../../shared/paginate';
import { fetchAllPages as fetchPages } from '../../shared/paginate';
import type { RequestContext } from '../../shared/send-signed';
import type { ApiCall } from './index';
import { alibaba1688ApiRequest } from './index';

export { arrayAt, numberAt } from '../../shared/paginate';

/** Every page of a 1688 list API (pages start at 1), up to `limit` items. */
export async function fetchAllPages(
	this: RequestContext,
	list: PagedList<ApiCall>,
	limit?: number,
): Promise<IDataObject[]> {
	return await fetchPages((call) => alibaba1688ApiRequest.call(this, call), list, limit);
}
