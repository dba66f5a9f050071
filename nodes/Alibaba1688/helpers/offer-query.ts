import type { IDataObject } from 'n8n-workflow';

/**
 * The Options of an offer search as offerQueryParam fields: the language, and the category and
 * price range when set (1688 types the prices as strings, in yuan).
 */
export function offerQueryFilters(options: IDataObject): IDataObject {
	return {
		country: options.country ?? 'en',
		...(options.categoryId ? { categoryId: options.categoryId } : {}),
		...(options.priceStart ? { priceStart: String(options.priceStart) } : {}),
		...(options.priceEnd ? { priceEnd: String(options.priceEnd) } : {}),
	};
}
