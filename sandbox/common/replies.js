// @ts-check
'use strict';

/**
 * What the server writes back. `body` is the exact text on the wire.
 * @typedef {{ status: number, contentType: string, body: string, headers?: Record<string, string> }} Reply
 */

const JSON_TYPE = 'application/json;charset=UTF-8';
const HTML_TYPE = 'text/html;charset=UTF-8';
const TEXT_TYPE = 'text/plain;charset=UTF-8';

/** @returns {Reply} @param {unknown} value @param {number} [status] */
const json = (value, status = 200) => ({
	status,
	contentType: JSON_TYPE,
	body: JSON.stringify(value),
});

/** @returns {Reply} @param {string} html @param {number} [status] */
const html = (html, status = 200) => ({ status, contentType: HTML_TYPE, body: html });

/** @returns {Reply} @param {string} location */
const redirect = (location) => ({
	status: 302,
	contentType: HTML_TYPE,
	body: '',
	headers: { location },
});

/** @returns {Reply} */
const notFound = () => ({ status: 404, contentType: TEXT_TYPE, body: 'Not Found' });

module.exports = { JSON_TYPE, HTML_TYPE, TEXT_TYPE, json, html, redirect, notFound };
