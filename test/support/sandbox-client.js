// @ts-check
'use strict';

// Small HTTP helpers for tests that talk to the sandboxes over loopback. Kept in JS because
// the n8n lint forbids timers and node:* imports in .ts files.
const { sign } = require('../../sandbox/alibaba1688/signature');
const { sign: signMogujie } = require('../../sandbox/mogujie/signature');

/**
 * @typedef {{ status: number, text: string, json: any, contentType: string | null, location: string | null }} HttpResult
 */

/** @param {Response} res @returns {Promise<HttpResult>} */
async function read(res) {
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return {
		status: res.status,
		text,
		json,
		contentType: res.headers.get('content-type'),
		location: res.headers.get('location'),
	};
}

/**
 * A gateway call. Signs with the official rule unless `signature` is given ('none' to send none).
 * @param {string} baseUrl
 * @param {{
 *   namespace: string, name: string, appKey: string, appSecret: string,
 *   params?: Record<string, string>, method?: 'GET' | 'POST', protocol?: string,
 *   placement?: 'body' | 'query', signature?: string, signal?: AbortSignal,
 * }} call
 * @returns {Promise<HttpResult>}
 */
async function callApi(baseUrl, call) {
	const {
		namespace,
		name,
		appKey,
		appSecret,
		method = 'POST',
		protocol = 'param2',
		placement = 'body',
	} = call;
	const urlPath = `${protocol}/1/${namespace}/${name}/${appKey}`;
	/** @type {Record<string, string>} */
	const params = { ...call.params };
	if (call.signature !== 'none')
		params._aop_signature = call.signature ?? sign(urlPath, params, appSecret);
	const form = new URLSearchParams(params);
	const inQuery = method === 'GET' || placement === 'query';
	const url = `${baseUrl}/openapi/${urlPath}${inQuery ? `?${form}` : ''}`;
	return read(await fetch(url, { method, body: inQuery ? undefined : form, signal: call.signal }));
}

/**
 * A Mogujie gateway call to `${baseUrl}/invoke`: the system parameters (app_key, method,
 * access_token when given, timestamp in seconds, format=json), the business parameters, then
 * `sign` over all of them, unless `signature` is given ('none' to send none). `placement` puts
 * everything in the form body, everything in the query (POST with an empty body), or the system
 * parameters in the query and the business ones in the body ('split'). `omit` drops system parameters.
 * @param {string} baseUrl
 * @param {{
 *   appKey: string, appSecret: string, method: string, accessToken?: string,
 *   params?: Record<string, string>, system?: Record<string, string>, omit?: string[], timestamp?: string,
 *   httpMethod?: 'GET' | 'POST', placement?: 'body' | 'query' | 'split', signature?: string, signal?: AbortSignal,
 * }} call
 * @returns {Promise<HttpResult>}
 */
async function callMogujie(baseUrl, call) {
	const { httpMethod = 'POST', placement = 'body' } = call;
	/** @type {Record<string, string>} */
	const system = {
		app_key: call.appKey,
		method: call.method,
		...(call.accessToken === undefined ? {} : { access_token: call.accessToken }),
		timestamp: call.timestamp ?? String(Math.floor(Date.now() / 1000)),
		format: 'json',
		...call.system,
	};
	for (const name of call.omit ?? []) delete system[name];
	const business = { ...call.params };
	const all = { ...system, ...business };
	if (call.signature !== 'none') system.sign = call.signature ?? signMogujie(all, call.appSecret);
	const inQuery =
		httpMethod === 'GET' || placement === 'query'
			? { ...system, ...business }
			: placement === 'split'
				? system
				: {};
	const inBody =
		httpMethod === 'GET' || placement === 'query'
			? undefined
			: placement === 'split'
				? business
				: { ...system, ...business };
	const query = new URLSearchParams(inQuery).toString();
	const url = `${baseUrl}/invoke${query ? `?${query}` : ''}`;
	return read(
		await fetch(url, {
			method: httpMethod,
			body: inBody === undefined ? undefined : new URLSearchParams(inBody),
			signal: call.signal,
		}),
	);
}

/**
 * POSTs form fields (or sends them in the query with an empty body) to a path of the sandbox.
 * @param {string} url
 * @param {Record<string, string>} fields
 * @param {{ placement?: 'body' | 'query', method?: 'GET' | 'POST', redirect?: 'follow' | 'manual' | 'error' }} [options]
 * @returns {Promise<HttpResult>}
 */
async function sendForm(url, fields, options = {}) {
	const { placement = 'body', method = 'POST', redirect = 'follow' } = options;
	const form = new URLSearchParams(fields);
	const inQuery = method === 'GET' || placement === 'query';
	return read(
		await fetch(inQuery ? `${url}?${form}` : url, {
			method,
			body: inQuery ? undefined : form,
			redirect,
		}),
	);
}

/** @param {string} url @returns {Promise<HttpResult>} */
async function get(url) {
	return read(await fetch(url));
}

/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

module.exports = { callApi, callMogujie, sendForm, get, delay };
