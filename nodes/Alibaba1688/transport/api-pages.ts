import type { IDataObject } from 'n8n-workflow';

import type { PagedList, PagingOptions } from '../../shared/transport/paginate';
import { fetchAllPages as fetchPages } from '../../shared/transport/paginate';
import type { RequestContext } from '../../shared/transport/send-through-credential';
import type { ApiCall } from './index';
import { alibaba1688ApiRequest } from './index';

export { numberAt } from '../../shared/transport/paginate';

/** Every page of a 1688 list API (pages start at 1), up to `options.limit` items. */
export async function fetchAllPages(
	this: RequestContext,
	list: PagedList<ApiCall>,
	options: PagingOptions = {},
): Promise<IDataObject[]> {
	return await fetchPages(
		async (call, onRetry) => await alibaba1688ApiRequest.call(this, call, onRetry),
		list,
		options,
	);
}
