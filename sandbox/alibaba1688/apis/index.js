// @ts-check
'use strict';

// The API catalogue. Each namespace file exports a list of definitions; adding an API is adding
// an entry there (and, for a new file, a line below).

/**
 * @typedef {{
 *   params: Record<string, string>,
 *   files?: import('../../common/request').FilePart[], // multipart file parts: not in params, never signed
 *   user: import('../data').Buyer | undefined,
 *   app: import('../state').App,
 *   data: import('../data').SandboxData,
 *   clock: import('../../common/clock').Clock,
 *   settings: import('../state').Settings,
 *   baseUrl: string,        // the sandbox's own URL (pages such as the cashier live there)
 *   buying: import('../buying-state').BuyingState, // issue 14 state (agreements, images, listings, events)
 *   selling: import('../selling').SellingState, // issue 15 state (sending goods, memos, waybill uses)
 * }} ApiContext
 * `user` is the token's account: a buyer, or the demo supplier (data.accounts).
 *
 * @typedef {{
 *   namespace: string,
 *   name: string,
 *   version?: number,
 *   auth: boolean,          // needs a user access_token
 *   aclExempt?: boolean,    // callable by every app whatever its ACL
 *   required?: string[],    // refused with gw.ParamMissing when absent or empty
 *   handle: (ctx: ApiContext) => unknown,
 * }} ApiDefinition
 */

/** @type {ApiDefinition[]} */
const API_DEFINITIONS = [
	...require('./system'),
	...require('./account'),
	...require('./trade'),
	...require('./purchase'),
	...require('./logistics'),
	...require('./product'),
	...require('./crossborder'),
	...require('./buying'),
	...require('./refunds'),
	...require('./selling'),
	...require('./own-products'),
];

/** @param {ApiDefinition} api */
const apiId = (api) => `${api.namespace}:${api.name}`;

const byKey = new Map(API_DEFINITIONS.map((api) => [`${apiId(api)}-${api.version ?? 1}`, api]));

/** @param {string} namespace @param {string} name @param {string} version */
const findApi = (namespace, name, version) => byKey.get(`${namespace}:${name}-${version}`);

module.exports = { API_DEFINITIONS, apiId, findApi };
