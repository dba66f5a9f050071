// @ts-check
'use strict';

// A stand-in for the parts of n8n's webhook context (IWebhookFunctions) the 1688 message trigger
// uses: the request (raw body and query, as n8n's body parser keeps them), the response, the
// credential, the node's parameters and its static data. The end-to-end layer checks the trigger
// in a real n8n.
const { NodeOperationError } = require('n8n-workflow');

/**
 * @param {{
 *   credentials: Record<string, unknown>,
 *   rawBody?: string,                          // undefined: n8n kept no raw body
 *   bodyData?: unknown,                        // what getBodyData() gives when there is no raw body
 *   query?: Record<string, unknown>,
 *   parameters?: Record<string, unknown>,
 *   staticData?: Record<string, unknown>,
 * }} options
 */
function createWebhookContext(options) {
	/** @type {import('n8n-workflow').INode} */
	const node = {
		id: 'message-trigger',
		name: '1688 Message Trigger',
		type: 'test',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const staticData = options.staticData ?? {};
	/** What the trigger answered, when it answered itself. */
	const response = {
		/** @type {number | undefined} */ status: undefined,
		/** @type {string | undefined} */ type: undefined,
		/** @type {string | undefined} */ body: undefined,
		ended: false,
	};
	const responseObject = {
		/** @param {number} status */
		status(status) {
			response.status = status;
			return responseObject;
		},
		/** @param {string} type */
		type(type) {
			response.type = type;
			return responseObject;
		},
		/** @param {string} body */
		send(body) {
			response.body = body;
			response.ended = true;
			return responseObject;
		},
		end() {
			response.ended = true;
			return responseObject;
		},
	};
	const request = {
		rawBody: options.rawBody === undefined ? undefined : Buffer.from(options.rawBody, 'utf8'),
		query: options.query ?? {},
	};
	/** What the trigger logged, as [level, message]. */
	/** @type {Array<[string, string]>} */
	const logs = [];
	/** @param {string} level */
	const logAt = (level) => (/** @type {string} */ message) => void logs.push([level, message]);
	return {
		response,
		staticData,
		logs,
		logger: {
			debug: logAt('debug'),
			info: logAt('info'),
			warn: logAt('warn'),
			error: logAt('error'),
		},
		getNode: () => node,
		getRequestObject: () => request,
		getResponseObject: () => responseObject,
		getBodyData: () => options.bodyData,
		getCredentials: async () => ({ ...options.credentials }),
		getWorkflowStaticData: () => staticData,
		/** @param {string} name @param {unknown} [fallback] */
		getNodeParameter(name, fallback) {
			const value = (options.parameters ?? {})[name];
			if (value !== undefined) return value;
			if (fallback !== undefined) return fallback;
			throw new NodeOperationError(node, `Could not get parameter "${name}"`);
		},
		helpers: {
			/** @param {unknown} data */
			returnJsonArray: (data) => (Array.isArray(data) ? data : [data]).map((json) => ({ json })),
		},
	};
}

module.exports = { createWebhookContext };
