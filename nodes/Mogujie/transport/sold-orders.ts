import type { IDataObject } from 'n8n-workflow';

import type { PagedList } from '../../shared/transport/paginate';
import { numberAt, objectsAt } from '../../shared/helpers/reply-objects';
import { valueText } from '../../shared/helpers/text';
import type { MogujieCall } from './index';
import { MAX_PAGE_SIZE } from './index';

/**
 * The shop's orders (`xiaodian.trade.sold.get`) matching `query` (time range, status, order), as a
 * paged list. `Params` (capital P) holds the whole query, page included, as one JSON string.
 */
export function soldOrdersList(query: IDataObject): PagedList<MogujieCall> {
	return {
		request: (page, pageSize) => ({
			method: 'xiaodian.trade.sold.get',
			params: { Params: JSON.stringify({ ...query, page, pageSize }) },
			retry: 'safe',
		}),
		items: (data) => objectsAt(data.openApiOrderDetailResDtos),
		total: (data) => numberAt(data.totalNum),
		hasNext: (data) => (typeof data.hasNext === 'boolean' ? data.hasNext : undefined),
		idOf: (order) => (order.shopOrderId === undefined ? undefined : valueText(order.shopOrderId)),
		maxPageSize: MAX_PAGE_SIZE,
	};
}
