// @ts-check
'use strict';

// The common replies, with a JSON writer that prints 1688's Java longs as bare numbers.
const { toJson } = require('./json');
const { JSON_TYPE, HTML_TYPE, html, redirect, notFound } = require('../common/replies');

/** @typedef {import('../common/replies').Reply} Reply */

/** @returns {Reply} @param {unknown} value @param {number} [status] */
const json = (value, status = 200) => ({ status, contentType: JSON_TYPE, body: toJson(value) });

module.exports = { JSON_TYPE, HTML_TYPE, json, html, redirect, notFound };
