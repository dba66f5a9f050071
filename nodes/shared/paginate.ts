import type { IDataObject } from 'n8n-workflow';

export interface PagedList<Call> {
	/** The call for one page; pages start at 1. */
	request: (page: number, pageSize: number) => Call;
	items: (body: IDataObject) => IDataObject[];
	/** The total the API reports, if any. */
	total: (body: IDataObject) => number | undefined;
	/** Whether the API says more pages follow, if it says. */
	hasNext?: (body: IDataObject) => boolean | undefined;
	maxPageSize: number;
}

/**
 * Reads pages 1, 2, … with one fixed page size (so no row is skipped or repeated) until the limit is
 * reached, the reported total is covered, the API says there is no next page, or a page comes back
 * short. Each page is requested once.
 */
export async function fetchAllPages<Call>(
	send: (call: Call) => Promise<IDataObject>,
	list: PagedList<Call>,
	limit?: number,
): Promise<IDataObject[]> {
	const pageSize =
		limit === undefined ? list.maxPageSize : Math.max(1, Math.min(list.maxPageSize, limit));
	const collected: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const body = await send(list.request(page, pageSize));
		const items = list.items(body);
		collected.push(...items);
		const total = list.total(body);
		const done =
			(limit !== undefined && collected.length >= limit) ||
			items.length < pageSize ||
			list.hasNext?.(body) === false ||
			(total !== undefined && page * pageSize >= total);
		if (done) return limit === undefined ? collected : collected.slice(0, limit);
	}
}

export const arrayAt = (value: unknown): IDataObject[] =>
	Array.isArray(value) ? (value as IDataObject[]) : [];

export const numberAt = (value: unknown): number | undefined => {
	const n = typeof value === 'string' ? Number(value) : value;
	return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};
