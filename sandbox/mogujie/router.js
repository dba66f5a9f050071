// @ts-check
'use strict';

// Which handler answers which path, and which API a request is (for the log and fault matching).
const { notFound } = require('../common/replies');
const { invoke } = require('./gateway');
const { approve, authorizePage, codePage, homePage } = require('./pages');
const { tokenEndpoint } = require('./token-endpoint');

/**
 * @typedef {{ state: import('./state').MogujieState, data: import('./data').MogujieData,
 *   clock: import('../common/clock').Clock, settings: import('./state').Settings, baseUrl: () => string }} World
 */

/** @param {string} method */
const getOrPost = (method) => method === 'GET' || method === 'POST';

/**
 * @param {import('../common/request').ParsedRequest} request
 * @param {World} world
 * @returns {import('../common/replies').Reply}
 */
function route(request, world) {
	const { pathname, method, params } = request;
	if (pathname === '/invoke' && getOrPost(method)) return invoke(request, world);
	if (pathname === '/token' && getOrPost(method)) return tokenEndpoint(request, world);
	if (pathname === '/authorize' && method === 'GET') return authorizePage(params, world);
	if (pathname === '/authorize' && method === 'POST') return approve(params, world);
	if (pathname === '/code' && method === 'GET') return codePage(params, world);
	if (pathname === '/' && method === 'GET') return homePage(world);
	return notFound();
}

/**
 * `<method name>` for gateway calls, `token` and `authorize` for the OAuth endpoints.
 * @param {import('../common/request').ParsedRequest} request
 */
function apiOf({ pathname, params }) {
	if (pathname === '/invoke') return params.method;
	if (pathname === '/token') return 'token';
	if (pathname === '/authorize') return 'authorize';
	return undefined;
}

module.exports = { route, apiOf };
