// @ts-check
'use strict';

// `/{openapi|api}/{protocol}/{version}/{namespace}/{apiName}/{appKey}`. The signature's url path
// factor is everything after the prefix: `protocol/version/namespace/apiName/appKey`.

const PROTOCOLS = new Set(['param2', 'json2', 'xml2', 'param', 'json', 'xml', 'http']);

/**
 * @typedef {{ urlPath: string, protocol: string, version: string, namespace: string, name: string,
 *   appKey: string | undefined, apiId: string }} ApiRoute
 */

/** @param {string} segment */
function decode(segment) {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/**
 * @param {string} pathname
 * @returns {ApiRoute | 'malformed' | undefined} undefined when the path is not a gateway path at all
 */
function parseApiPath(pathname) {
	const m = /^\/(openapi|api)\/(.*)$/.exec(pathname);
	if (!m) return undefined;
	const segments = m[2]
		.split('/')
		.filter((s) => s !== '')
		.map(decode);
	if (segments.length < 4 || segments.length > 5) return 'malformed';
	const [protocol, version, namespace, name, appKey] = segments;
	return {
		urlPath: segments.join('/'),
		protocol,
		version,
		namespace,
		name,
		appKey,
		apiId: `${namespace}:${name}`,
	};
}

/** @param {ApiRoute} route */
const knownProtocol = (route) => PROTOCOLS.has(route.protocol) && /^\d+$/.test(route.version);

module.exports = { parseApiPath, knownProtocol };
