// @ts-check
'use strict';

/** The URL a client should use for a server bound to `host`:`port`. @param {string} host @param {number} port */
function baseUrl(host, port) {
	const shown = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
	return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

module.exports = { baseUrl };
