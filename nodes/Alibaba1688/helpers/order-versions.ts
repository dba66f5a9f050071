import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { OrderVersion } from '../../shared/order-changes';
import { arrayAt, fetchAllPages, numberAt } from '../transport/paginate';
import { MAX_PAGE_SIZE } from '../descriptions/common';
import { formatGatewayDate, parseGatewayDate } from './dates';

function toVersion(order: IDataObject): OrderVersion | undefined {
	const base = (order.baseInfo ?? {}) as IDataObject;
	const id = String(base.idOfStr ?? base.id ?? '');
	const createdAt = parseGatewayDate(base.createTime);
	const modifiedAt = parseGatewayDate(base.modifyTime) ?? createdAt;
	if (!id || createdAt === undefined || modifiedAt === undefined) return undefined;
	return { id, createdAt, modifiedAt, status: String(base.status ?? ''), order };
}

/** The buyer's purchase orders changed in [start, end] (1688 modify time), every page. */
export async function fetchOrderVersions(
	this: IPollFunctions,
	filters: IDataObject,
	limit?: number,
): Promise<OrderVersion[]> {
	const orders = await fetchAllPages.call(
		this,
		{
			request: (page, pageSize) => ({
				namespace: 'com.alibaba.trade',
				apiName: 'alibaba.trade.getBuyerOrderList',
				params: { ...filters, page, pageSize },
				retry: 'safe',
			}),
			items: (body) => arrayAt(body.result),
			total: (body) => numberAt(body.totalRecord),
			maxPageSize: MAX_PAGE_SIZE,
		},
		limit,
	);
	return orders.map(toVersion).filter((v): v is OrderVersion => v !== undefined);
}

export function modifiedBetween(start: number, end: number): IDataObject {
	return { modifyStartTime: formatGatewayDate(start), modifyEndTime: formatGatewayDate(end) };
}
