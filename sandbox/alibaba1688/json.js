// @ts-check
'use strict';

// 1688 order ids are Java longs of 18-19 digits, printed as bare JSON numbers. They do not fit a
// JS number, so a faithful reply must carry the exact digits; clients are expected to use idOfStr.
const MARK = '@@javaLong@@';

class JavaLong {
	/** @param {string} digits */
	constructor(digits) {
		if (!/^-?\d+$/.test(digits)) throw new Error(`not an integer: ${digits}`);
		this.digits = digits;
	}
	toJSON() {
		return MARK + this.digits + MARK;
	}
}

const javaLong = (/** @type {string} */ digits) => new JavaLong(digits);

const MARKED = new RegExp(`"${MARK}(-?\\d+)${MARK}"`, 'g');

/** JSON.stringify that prints JavaLong values as bare numbers. @param {unknown} value */
function toJson(value) {
	return JSON.stringify(value).replace(MARKED, '$1');
}

module.exports = { JavaLong, javaLong, toJson };
