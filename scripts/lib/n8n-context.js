// A stand-in for the parts of n8n's node execution context our nodes use, for the integration
// layer (real loopback HTTP against the sandbox, no n8n process). It follows n8n 2.41.1's own code
// for credentials: `preAuthentication` runs when the expirable field is '' (or after a 401), its
// output is persisted except over stored expressions (the expirable field always), `authenticate`
// signs the final options, and a 401 triggers one renewal and one re-signed resend. Stored values
// that are expressions are resolved on read, as `getCredentials` does. The end-to-end layer checks
// all of this against the real n8n.
const http = require('node:http');
const https = require('node:https');
const { NodeApiError, NodeOperationError } = require('n8n-workflow');
const { resolveExpression } = require('./expression');

/** A credential as n8n stores it: raw values, expressions unresolved. */
class CredentialStore {
	/** @param {string} type @param {Record<string, unknown>} data */
	constructor(type, data, id = 'cred-1', name = 'test credential') {
		this.type = type;
		this.id = id;
		this.name = name;
		this.data = { ...data };
		/** @type {Array<Record<string, unknown>>} every write, as n8n's updateCredentials would do */
		this.writes = [];
		/** How long a write takes to land, like n8n's database round trip (0: at once). */
		this.writeDelayMs = 0;
	}

	/** @param {Record<string, unknown>} data */
	update(data) {
		this.data = { ...data };
		this.writes.push({ ...data });
	}
}

/** Resolves the one expression form the credentials store (`={{ $now.toMillis() < N ? "valid" : "" }}`). */
function resolveValue(value, now = Date.now()) {
	if (typeof value !== 'string' || !value.startsWith('={{') || !value.endsWith('}}')) return value;
	return resolveExpression(value, { $now: { toMillis: () => now } });
}

function resolveAll(data) {
	return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, resolveValue(v)]));
}

function isExpression(value) {
	return typeof value === 'string' && value.startsWith('=');
}

function serializeQuery(qs) {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(qs ?? {})) {
		if (value === undefined) continue;
		params.append(
			key,
			typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value),
		);
	}
	return params.toString();
}

function headerKey(headers, name) {
	return Object.keys(headers).find((k) => k.toLowerCase() === name);
}

/** Builds the body bytes and content type the way n8n's axios conversion does for these shapes. */
function encodeBody(options, headers) {
	const { body } = options;
	const method = (options.method ?? 'GET').toUpperCase();
	if (body === undefined || body === null || method === 'GET' || method === 'HEAD')
		return undefined;
	if (body instanceof URLSearchParams) {
		headers[headerKey(headers, 'content-type') ?? 'content-type'] ??=
			'application/x-www-form-urlencoded';
		return body.toString();
	}
	if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
	if (typeof body === 'object' && Object.keys(body).length === 0) return undefined;
	const contentTypeKey = headerKey(headers, 'content-type');
	if (contentTypeKey && /x-www-form-urlencoded/i.test(String(headers[contentTypeKey]))) {
		return serializeQuery(body);
	}
	headers[contentTypeKey ?? 'content-type'] = 'application/json';
	return JSON.stringify(body);
}

/** `helpers.httpRequest`, with axios' error shapes (`response` on HTTP errors, `code` on network errors). */
function httpRequest(options) {
	const base = options.baseURL ? options.baseURL.replace(/\/+$/, '') : '';
	const url = new URL(
		/^https?:/i.test(options.url)
			? options.url
			: `${base}/${String(options.url).replace(/^\/+/, '')}`,
	);
	const query = serializeQuery(options.qs);
	if (query) url.search = url.search ? `${url.search}&${query}` : `?${query}`;
	const headers = { ...(options.headers ?? {}) };
	const payload = encodeBody(options, headers);
	if (payload !== undefined) headers['content-length'] = Buffer.byteLength(payload);
	const client = url.protocol === 'https:' ? https : http;
	return new Promise((resolve, reject) => {
		const fail = (code, message, response) =>
			reject(
				Object.assign(new Error(message), {
					code,
					isAxiosError: true,
					...(response ? { response } : {}),
				}),
			);
		const req = client.request(
			url,
			{ method: (options.method ?? 'GET').toUpperCase(), headers },
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('error', (e) => fail(e.code ?? 'ECONNRESET', e.message));
				res.on('end', () => {
					const buffer = Buffer.concat(chunks);
					const text = buffer.toString('utf8');
					let data = text;
					if (options.encoding === 'arraybuffer') data = buffer;
					else if (options.encoding !== 'text') {
						try {
							data = JSON.parse(text);
						} catch {
							data = text;
						}
					}
					const status = res.statusCode ?? 0;
					const ignore = options.ignoreHttpStatusErrors;
					const ok =
						ignore === true ||
						(typeof ignore === 'object' && ignore !== null
							? !ignore.except.includes(status)
							: status >= 200 && status < 300);
					if (!ok) {
						fail('ERR_BAD_RESPONSE', `Request failed with status code ${status}`, {
							status,
							statusText: res.statusMessage,
							headers: res.headers,
							data,
						});
						return;
					}
					resolve(
						options.returnFullResponse
							? {
									body: data,
									headers: res.headers,
									statusCode: status,
									statusMessage: res.statusMessage,
								}
							: data,
					);
				});
			},
		);
		req.on('error', (e) => fail(/** @type {any} */ (e).code ?? 'ECONNRESET', e.message));
		const timeout = options.timeout ?? 300_000;
		req.setTimeout(timeout, () => {
			req.destroy();
			fail('ECONNABORTED', `timeout of ${timeout}ms exceeded`);
		});
		if (options.abortSignal) {
			const signal = options.abortSignal;
			const abort = () => {
				req.destroy();
				fail('ERR_CANCELED', 'canceled');
			};
			if (signal.aborted) abort();
			else {
				signal.addEventListener('abort', abort, { once: true });
				req.on('close', () => signal.removeEventListener('abort', abort));
			}
		}
		if (payload !== undefined) req.write(payload);
		req.end();
	});
}

/**
 * @param {{
 *   credentialType: any,            // an instance of the package's credential class
 *   store: CredentialStore,
 *   parameters?: Record<string, unknown> | Array<Record<string, unknown>>,  // node parameters, or one set per item
 *   items?: Array<{ json: Record<string, unknown>, binary?: Record<string, { data: string, mimeType?: string, fileName?: string }> }>,
 *   continueOnFail?: boolean,
 *   nodeName?: string,
 *   nodeType?: string,
 *   timezone?: string,              // the workflow timezone (default Asia/Shanghai)
 * }} options
 */
let executionCount = 0;

function createExecuteContext(options) {
	const { credentialType, store } = options;
	const items = options.items ?? [{ json: {} }];
	const node = {
		name: options.nodeName ?? 'Node',
		type: options.nodeType ?? 'test',
		typeVersion: 1,
		parameters: {},
		credentials: { [store.type]: { id: store.id, name: store.name } },
	};
	const expirable = credentialType.properties.find(
		(p) => p.type === 'hidden' && p.typeOptions?.expirable,
	)?.name;
	const abort = new AbortController();
	// each stand-in context is one execution, with an id of its own as n8n gives each execution
	const executionId = String(++executionCount);
	/** Every request that reached `authenticate`, for assertions. */
	const requests = [];

	// n8n fills in the defaults of fields a stored credential lacks, then resolves expressions.
	const defaults = Object.fromEntries(
		credentialType.properties.filter((p) => p.type !== 'notice').map((p) => [p.name, p.default]),
	);
	/** How often the node read the credential (n8n reads and decrypts it from its database each time). */
	const reads = { count: 0 };
	const getCredentials = async () => {
		reads.count++;
		return resolveAll({ ...defaults, ...store.data });
	};

	async function preAuthentication(credentials, expired) {
		if (!expirable || !credentialType.preAuthentication) return;
		if (credentials[expirable] !== '' && !expired) return;
		const output = await credentialType.preAuthentication.call(
			{ helpers: { httpRequest } },
			credentials,
		);
		if (output[expirable] === undefined) return;
		if (store.writeDelayMs > 0) await new Promise((r) => setTimeout(r, store.writeDelayMs));
		const stored = store.data;
		const toPersist = { ...stored };
		for (const [key, value] of Object.entries(output)) {
			if (key === expirable || !isExpression(stored[key])) toPersist[key] = value;
		}
		store.update(toPersist);
		Object.assign(credentials, output);
	}

	async function httpRequestWithAuthentication(type, requestOptions, additional) {
		if (type !== store.type) throw new Error(`unexpected credential type ${type}`);
		requestOptions.abortSignal = abort.signal;
		const credentials = additional?.credentialsDecrypted
			? { ...additional.credentialsDecrypted.data }
			: await getCredentials();
		let signed;
		try {
			await preAuthentication(credentials, false);
			signed = await credentialType.authenticate(credentials, requestOptions);
			requests.push(signed);
			return await httpRequest(signed);
		} catch (error) {
			if (error?.response?.status === 401 && signed) {
				try {
					await preAuthentication(credentials, true);
					signed = await credentialType.authenticate(credentials, signed);
					requests.push(signed);
					return await httpRequest(signed);
				} catch (retryError) {
					throw new NodeApiError(node, retryError);
				}
			}
			throw new NodeApiError(node, error);
		}
	}

	const parameterSet = (index) =>
		(Array.isArray(options.parameters) ? options.parameters[index] : options.parameters) ?? {};

	return {
		requests,
		credentialReads: () => reads.count,
		abort,
		getNode: () => node,
		getInputData: () => items,
		continueOnFail: () => options.continueOnFail ?? false,
		getExecutionCancelSignal: () => abort.signal,
		getTimezone: () => options.timezone ?? 'Asia/Shanghai',
		getWorkflow: () => ({ id: 'standInWorkflow1', name: 'Stand-in', active: false }),
		getExecutionId: () => executionId,
		getWorkflowDataProxy: () => ({ $thisRunIndex: 0 }),
		getCredentials,
		getNodeParameter(name, index, fallback) {
			const value = name
				.split('.')
				.reduce((o, k) => (o === undefined ? undefined : o[k]), parameterSet(index));
			if (value !== undefined) return value;
			if (fallback !== undefined) return fallback;
			throw new NodeOperationError(node, `Could not get parameter "${name}"`);
		},
		helpers: {
			httpRequest,
			httpRequestWithAuthentication,
			returnJsonArray: (data) => (Array.isArray(data) ? data : [data]).map((json) => ({ json })),
			// binary data as n8n keeps it in memory: base64 in `data`
			assertBinaryData(itemIndex, field) {
				const binary = items[itemIndex]?.binary?.[field];
				if (!binary) {
					throw new NodeOperationError(
						node,
						`This operation expects the node's input data to contain a binary file '${field}', but none was found`,
					);
				}
				return binary;
			},
			getBinaryDataBuffer: async (itemIndex, field) =>
				Buffer.from(items[itemIndex]?.binary?.[field]?.data ?? '', 'base64'),
			constructExecutionMetaData: (data, { itemData }) =>
				data.map((d) => ({ ...d, pairedItem: itemData })),
		},
	};
}

/**
 * A polling trigger's context (IPollFunctions): parameters read without an item index, a mode, and
 * the workflow static data the trigger keeps its cursor in.
 * @param {Parameters<typeof createExecuteContext>[0] & { mode?: 'trigger' | 'manual', staticData?: Record<string, unknown> }} options
 */
function createPollContext(options) {
	const context = createExecuteContext(options);
	const staticData = options.staticData ?? {};
	return {
		...context,
		staticData,
		getMode: () => options.mode ?? 'trigger',
		getWorkflowStaticData: () => staticData,
		getNodeParameter: (name, fallback) => context.getNodeParameter(name, 0, fallback),
	};
}

/** Runs a node's `execute` with the context and returns its first output. */
async function runNode(NodeClass, contextOptions) {
	const context = createExecuteContext(contextOptions);
	const output = await new NodeClass().execute.call(context);
	return { output: output[0], context };
}

module.exports = {
	CredentialStore,
	createExecuteContext,
	createPollContext,
	runNode,
	httpRequest,
	resolveValue,
};
