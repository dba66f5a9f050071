// @ts-check
'use strict';

// The methods the gateway serves, by `method` name. Adding one is adding an entry in its file.
const { CATEGORY_METHODS } = require('./category');
const { ITEM_METHODS } = require('./item');
const { LOGISTICS_METHODS } = require('./logistics');
const { TRADE_METHODS } = require('./trade');

/** @type {Map<string, import('./context').MethodHandler>} */
const METHODS = new Map(
	Object.entries({ ...TRADE_METHODS, ...LOGISTICS_METHODS, ...ITEM_METHODS, ...CATEGORY_METHODS }),
);

module.exports = { METHODS };
