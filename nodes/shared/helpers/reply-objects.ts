import type { IDataObject } from 'n8n-workflow';

const isObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The objects of a reply's list field: a missing or odd field is an empty list, and elements that
 * are not objects (null, text) are left out, since each becomes an output item or is read as one.
 */
export const objectsAt = (value: unknown): IDataObject[] =>
	Array.isArray(value) ? value.filter(isObject) : [];

/** A reply's object field, or undefined for anything else (an array, text, null). */
export const objectAt = (value: unknown): IDataObject | undefined =>
	isObject(value) ? value : undefined;

/** A number the platform sent as a number or as digit text, else undefined. */
export const numberAt = (value: unknown): number | undefined => {
	const n = typeof value === 'string' ? Number(value) : value;
	return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};
