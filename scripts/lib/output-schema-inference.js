// @ts-check
'use strict';

// A JSON schema inferred from output items, in the form n8n 2.x reads from a node's `__schema__`
// folder and its editor turns into the Schema view: `{ type: 'object', properties }`, arrays with
// `items`, leaves typed `string`, `integer`, `number`, `boolean` or `null` (the shape n8n's own
// nodes ship). Every item adds what it has: properties are merged, an integer seen beside a
// fraction is a `number`, `null` beside a type keeps the type first (the editor shows the first
// of a type list), and two other types are both listed.

/** @typedef {{ type?: string | string[], properties?: Record<string, Schema>, items?: Schema }} Schema */

/** @param {unknown} value @returns {Schema} */
function schemaOf(value) {
	if (value === null || value === undefined) return { type: 'null' };
	if (Array.isArray(value)) {
		const items = value
			.map(schemaOf)
			.reduce(mergeSchemas, /** @type {Schema | undefined} */ (undefined));
		return items ? { type: 'array', items } : { type: 'array' };
	}
	switch (typeof value) {
		case 'string':
			return { type: 'string' };
		case 'boolean':
			return { type: 'boolean' };
		case 'number':
			return { type: Number.isInteger(value) ? 'integer' : 'number' };
		case 'object': {
			/** @type {Record<string, Schema>} */
			const properties = {};
			for (const key of Object.keys(value).sort()) {
				properties[key] = schemaOf(/** @type {Record<string, unknown>} */ (value)[key]);
			}
			return { type: 'object', properties };
		}
		default:
			return { type: 'string' };
	}
}

/** @param {Schema} schema @returns {string[]} */
const typesOf = (schema) =>
	Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];

/** The types of both, `null` last, `integer` folded into `number` when both appear. */
function mergeTypes(/** @type {string[]} */ a, /** @type {string[]} */ b) {
	let types = [...new Set([...a, ...b])];
	if (types.includes('number')) types = types.filter((t) => t !== 'integer');
	const withoutNull = types.filter((t) => t !== 'null');
	return withoutNull.length === types.length ? types : [...withoutNull, 'null'];
}

/**
 * @param {Schema | undefined} a
 * @param {Schema} b
 * @returns {Schema}
 */
function mergeSchemas(a, b) {
	if (!a) return b;
	const types = mergeTypes(typesOf(a), typesOf(b));
	/** @type {Schema} */
	const merged = { type: types.length === 1 ? types[0] : types };
	if (types.includes('object')) {
		/** @type {Record<string, Schema>} */
		const properties = {};
		const keys = [...Object.keys(a.properties ?? {}), ...Object.keys(b.properties ?? {})];
		for (const key of [...new Set(keys)].sort()) {
			const left = a.properties?.[key];
			const right = b.properties?.[key];
			properties[key] = right ? mergeSchemas(left, right) : /** @type {Schema} */ (left);
		}
		merged.properties = properties;
	}
	if (types.includes('array')) {
		const items = a.items && b.items ? mergeSchemas(a.items, b.items) : (a.items ?? b.items);
		if (items) merged.items = items;
	}
	return merged;
}

/** @param {unknown[]} values @returns {Schema | undefined} */
function inferSchema(values) {
	return values.map(schemaOf).reduce(mergeSchemas, /** @type {Schema | undefined} */ (undefined));
}

module.exports = { inferSchema, mergeSchemas, schemaOf };
