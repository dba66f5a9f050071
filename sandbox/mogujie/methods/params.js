// @ts-check
'use strict';

// Reading business parameters: flat form fields, or one field holding a JSON string (protocol
// §4.3). Anything unreadable is refused with a business error, thrown and turned into the
// envelope by the gateway.
const { BUSINESS_CODES } = require('../codes');

class BusinessError extends Error {
	/** @param {string} code @param {string} message */
	constructor(code, message) {
		super(message);
		this.code = code;
	}
}

/** @param {string} message @returns {never} */
const invalid = (message) => {
	throw new BusinessError(BUSINESS_CODES.INVALID_PARAM, message);
};

/**
 * The JSON object in a method's one parameter (the name is case-sensitive).
 * @param {Record<string, string>} params @param {string} name
 * @returns {Record<string, unknown>}
 */
function jsonParam(params, name) {
	const text = params[name];
	if (text === undefined || text.trim() === '') invalid(`参数错误：缺少参数 ${name}`);
	let value;
	try {
		value = JSON.parse(text);
	} catch {
		invalid(`参数错误：${name} 不是合法的JSON`);
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value))
		invalid(`参数错误：${name} 必须是JSON对象`);
	return value;
}

/**
 * A string field; numbers are taken as their digits (ids often arrive as JSON numbers).
 * Empty strings count as absent, as clients send them for unused fields.
 * @param {unknown} value @param {string} name
 * @returns {string | undefined}
 */
function optionalText(value, name) {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
	if (typeof value !== 'string') invalid(`参数错误：${name} 类型错误`);
	return value;
}

/** @param {unknown} value @param {string} name @returns {string} */
function requiredText(value, name) {
	const text = optionalText(value, name);
	if (text === undefined || text.trim() === '') invalid(`参数错误：缺少参数 ${name}`);
	return text;
}

/**
 * An integer from a JSON number or a decimal string.
 * @param {unknown} value @param {string} name @param {{ min: number, fallback: number }} rule
 */
function integer(value, name, { min, fallback }) {
	if (value === undefined || value === null || value === '') return fallback;
	const n =
		typeof value === 'number'
			? value
			: typeof value === 'string' && /^-?\d+$/.test(value.trim())
				? Number(value)
				: NaN;
	if (!Number.isSafeInteger(n) || n < min) invalid(`参数错误：${name} 必须是不小于${min}的整数`);
	return n;
}

/**
 * page and pageSize, with the platform's cap on pageSize.
 * @param {unknown} page @param {unknown} pageSize @param {{ maxPageSize: number }} settings @param {number} defaultSize
 */
function paging(page, pageSize, settings, defaultSize) {
	const p = integer(page, 'page', { min: 1, fallback: 1 });
	const size = integer(pageSize, 'pageSize', { min: 1, fallback: defaultSize });
	if (size > settings.maxPageSize) {
		throw new BusinessError(
			BUSINESS_CODES.PAGE_SIZE_TOO_LARGE,
			`pageSize不能超过${settings.maxPageSize}`,
		);
	}
	return { page: p, pageSize: size, offset: (p - 1) * size };
}

module.exports = { BusinessError, invalid, jsonParam, optionalText, requiredText, integer, paging };
