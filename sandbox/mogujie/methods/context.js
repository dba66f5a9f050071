// @ts-check
'use strict';

/**
 * What a method handler gets: the merged request parameters, the seller the access token belongs
 * to, and the world. A handler returns `result.data` or throws a BusinessError.
 * @typedef {{
 *   params: Record<string, string>,
 *   seller: import('../data/people').Seller,
 *   data: import('../data').MogujieData,
 *   settings: import('../state').Settings,
 *   now: number,
 * }} MethodContext
 * @typedef {(ctx: MethodContext) => unknown} MethodHandler
 */

module.exports = {};
