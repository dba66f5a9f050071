// @ts-check
'use strict';

// A stand-in for an OpenAI-compatible chat model, for tests that run n8n's AI Agent for real: a
// loopback HTTP server answering POST /v1/chat/completions (plain JSON, or server-sent events when
// the request says `stream: true`) and GET /v1/models. What it answers is the test's script: a
// function of the request that returns a tool call or a text. The script reads what n8n sent (the
// tools' names and JSON schemas in `tools`, the tool results in `messages`), as a model would, and
// every request is kept for the test to check. A tool call whose arguments do not fit the schema n8n
// sent is refused (HTTP 500, and listed in `problems`), so a test cannot pass on a call no model
// could make. Kept in JS because the n8n lint forbids node:* servers in .ts files.
const http = require('node:http');

/**
 * @typedef {{ type?: string, function?: { name: string, description?: string, parameters?: JsonSchema } }} OpenAiTool
 * @typedef {{ type?: string | string[], properties?: Record<string, JsonSchema>, required?: string[],
 *   description?: string, enum?: unknown[], items?: JsonSchema, [key: string]: unknown }} JsonSchema
 * @typedef {{ role: string, content?: unknown, tool_calls?: Array<{ id: string, function: { name: string, arguments: string } }>,
 *   tool_call_id?: string, name?: string }} ChatMessage
 * @typedef {{ model?: string, messages?: ChatMessage[], tools?: OpenAiTool[], stream?: boolean,
 *   stream_options?: { include_usage?: boolean }, [key: string]: unknown }} ChatRequestBody
 * @typedef {{ method: string, path: string, body: ChatRequestBody, authorized: boolean, at: number }} RecordedRequest
 * @typedef {{ name: string, arguments: Record<string, unknown> }} ToolCall
 * @typedef {{ toolCalls: ToolCall[] } | { content: string }} Turn
 * @typedef {(request: ChatRequestBody, index: number) => Turn} Script
 * @typedef {{ name: string, description: string, parameters: JsonSchema }} ToolDefinition
 * @typedef {{ toolCallId: string, name: string | undefined, content: string, json: unknown }} ToolResult
 */

const STUB_MODEL = 'stub-chat-model';

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
function sendJson(res, status, body) {
	const text = Buffer.from(JSON.stringify(body), 'utf8');
	res.writeHead(status, {
		'content-type': 'application/json',
		'content-length': String(text.length),
	});
	res.end(text);
}

/** The text of a message's content (a string, or OpenAI's list of parts). @param {unknown} content */
function contentText(content) {
	if (typeof content === 'string') return content;
	if (Array.isArray(content))
		return content
			.map((part) =>
				part && typeof part === 'object' && typeof part.text === 'string' ? part.text : '',
			)
			.join('');
	return '';
}

/**
 * The tools the request offers, as n8n described them.
 * @param {ChatRequestBody} body
 * @returns {ToolDefinition[]}
 */
function toolsOf(body) {
	return (body.tools ?? [])
		.filter((tool) => tool && tool.function && typeof tool.function.name === 'string')
		.map((tool) => {
			const fn = /** @type {NonNullable<OpenAiTool['function']>} */ (tool.function);
			return {
				name: fn.name,
				description: fn.description ?? '',
				parameters: fn.parameters ?? {},
			};
		});
}

/**
 * The one offered tool whose arguments include `key` (a `$fromAI` key the workflow gave it).
 * @param {ChatRequestBody} body
 * @param {string} key
 * @returns {ToolDefinition}
 */
function toolWithParameter(body, key) {
	const tools = toolsOf(body).filter((tool) => tool.parameters.properties?.[key] !== undefined);
	if (tools.length !== 1) {
		const offered = toolsOf(body)
			.map((tool) => `${tool.name}(${Object.keys(tool.parameters.properties ?? {}).join(', ')})`)
			.join('; ');
		throw new Error(
			`expected one tool with the argument "${key}", found ${tools.length}; offered: ${offered || 'none'}`,
		);
	}
	return tools[0];
}

/**
 * The results of the tool calls the conversation holds, oldest first; `json` is the content
 * parsed, when it is JSON.
 * @param {ChatRequestBody} body
 * @returns {ToolResult[]}
 */
function toolResults(body) {
	/** @type {Map<string, string>} */
	const names = new Map();
	for (const message of body.messages ?? []) {
		for (const call of message.tool_calls ?? []) names.set(call.id, call.function?.name);
	}
	return (body.messages ?? [])
		.filter((message) => message.role === 'tool')
		.map((message) => {
			const content = contentText(message.content);
			let json;
			try {
				json = JSON.parse(content);
			} catch {
				json = undefined;
			}
			const toolCallId = String(message.tool_call_id ?? '');
			return { toolCallId, name: message.name ?? names.get(toolCallId), content, json };
		});
}

/** The last thing the user said. @param {ChatRequestBody} body */
function userText(body) {
	const users = (body.messages ?? []).filter((message) => message.role === 'user');
	return contentText(users[users.length - 1]?.content);
}

/** The system message n8n sent (the agent's system prompt). @param {ChatRequestBody} body */
function systemText(body) {
	return (body.messages ?? [])
		.filter((message) => message.role === 'system' || message.role === 'developer')
		.map((message) => contentText(message.content))
		.join('\n');
}

/**
 * Why `args` do not fit `schema` (the JSON schema of a tool's arguments), or '' when they do:
 * every argument is a property, every required property is given, and each has its type.
 * @param {JsonSchema} schema
 * @param {Record<string, unknown>} args
 */
function schemaMismatch(schema, args) {
	const properties = schema.properties ?? {};
	const unknown = Object.keys(args).filter((key) => !(key in properties));
	if (unknown.length > 0 && schema.additionalProperties === false)
		return `unknown arguments ${unknown.join(', ')}`;
	if (unknown.length > 0 && Object.keys(properties).length > 0)
		return `arguments ${unknown.join(', ')} are not in the schema (${Object.keys(properties).join(', ')})`;
	const missing = (schema.required ?? []).filter((key) => !(key in args));
	if (missing.length > 0) return `required arguments ${missing.join(', ')} are missing`;
	for (const [key, value] of Object.entries(args)) {
		const types = [properties[key]?.type ?? []].flat();
		if (types.length === 0) continue;
		const actual = Array.isArray(value)
			? 'array'
			: value === null
				? 'null'
				: typeof value === 'number' && Number.isInteger(value)
					? 'integer'
					: typeof value;
		const fits = types.some(
			(type) => type === actual || (type === 'number' && actual === 'integer'),
		);
		if (!fits) return `argument ${key} is ${actual}, the schema says ${types.join(' or ')}`;
	}
	return '';
}

/** A completion id: unique per stub and reply. */
let sequence = 0;

/**
 * The chat completion of a turn, as OpenAI's API answers it.
 * @param {Turn} turn @param {string} model
 */
function completion(turn, model) {
	const id = `chatcmpl-stub-${++sequence}`;
	const toolCalls =
		'toolCalls' in turn
			? turn.toolCalls.map((call, i) => ({
					id: `call_stub_${sequence}_${i}`,
					type: 'function',
					function: { name: call.name, arguments: JSON.stringify(call.arguments) },
				}))
			: undefined;
	return {
		id,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: [
			{
				index: 0,
				message: {
					role: 'assistant',
					content: 'content' in turn ? turn.content : null,
					...(toolCalls ? { tool_calls: toolCalls } : {}),
				},
				logprobs: null,
				finish_reason: toolCalls ? 'tool_calls' : 'stop',
			},
		],
		usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
	};
}

/**
 * The same completion as server-sent events of chat.completion.chunk, as OpenAI streams it.
 * @param {ReturnType<typeof completion>} done @param {boolean} withUsage
 */
function chunks(done, withUsage) {
	const { message, finish_reason: finish } = done.choices[0];
	const base = {
		id: done.id,
		object: 'chat.completion.chunk',
		created: done.created,
		model: done.model,
	};
	/** @type {unknown[]} */
	const events = [
		{
			...base,
			choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }],
		},
	];
	if (typeof message.content === 'string' && message.content !== '') {
		// in two parts, so a client that keeps only the last chunk's text shows
		const half = Math.ceil(message.content.length / 2);
		for (const part of [message.content.slice(0, half), message.content.slice(half)]) {
			if (part)
				events.push({
					...base,
					choices: [{ index: 0, delta: { content: part }, finish_reason: null }],
				});
		}
	}
	(message.tool_calls ?? []).forEach((call, index) => {
		events.push({
			...base,
			choices: [
				{
					index: 0,
					delta: {
						tool_calls: [
							{
								index,
								id: call.id,
								type: 'function',
								function: { name: call.function.name, arguments: '' },
							},
						],
					},
					finish_reason: null,
				},
			],
		});
		events.push({
			...base,
			choices: [
				{
					index: 0,
					delta: { tool_calls: [{ index, function: { arguments: call.function.arguments } }] },
					finish_reason: null,
				},
			],
		});
	});
	events.push({ ...base, choices: [{ index: 0, delta: {}, finish_reason: finish }] });
	if (withUsage) events.push({ ...base, choices: [], usage: done.usage });
	return events;
}

/**
 * Starts the stub on a port the kernel picks on 127.0.0.1.
 * @param {{ script?: Script }} [options] the script can be set (or replaced) later: `stub.script = …`
 */
async function startChatModelStub(options = {}) {
	/** @type {RecordedRequest[]} */
	const requests = [];
	/** @type {string[]} */
	const problems = [];
	/** @type {Set<import('node:net').Socket>} */
	const sockets = new Set();
	const stub = {
		/** @type {Script} */
		script:
			options.script ??
			(() => {
				throw new Error('the test gave the chat model stub no script');
			}),
		requests,
		problems,
		/** The base URL for the credential's Base URL field (OpenAI's includes /v1 too). */
		url: '',
		/** The chat-completion requests only, in order. */
		chatRequests: () =>
			requests.filter((r) => r.path === '/v1/chat/completions').map((r) => r.body),
		clear() {
			requests.length = 0;
			problems.length = 0;
		},
		close: async () => {
			await new Promise((resolve) => {
				server.close(() => resolve(undefined));
				for (const socket of sockets) socket.destroy();
			});
		},
	};

	/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {string} raw */
	function answer(req, res, raw) {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const path = url.pathname.replace(/\/+$/, '');
		/** @type {ChatRequestBody} */
		let body = {};
		try {
			body = raw ? JSON.parse(raw) : {};
		} catch {
			body = {};
		}
		requests.push({
			method: req.method ?? '',
			path,
			body,
			// only whether a key came: the test's dummy key stays out of the record
			authorized: /^Bearer \S+/.test(String(req.headers.authorization ?? '')),
			at: Date.now(),
		});
		if (req.method === 'GET' && path === '/v1/models') {
			sendJson(res, 200, {
				object: 'list',
				data: [{ id: STUB_MODEL, object: 'model', created: 0, owned_by: 'stub' }],
			});
			return;
		}
		if (req.method !== 'POST' || path !== '/v1/chat/completions') {
			problems.push(`unexpected request ${req.method} ${path}`);
			sendJson(res, 404, {
				error: {
					message: `The stub answers POST /v1/chat/completions, not ${req.method} ${path}`,
					type: 'invalid_request_error',
				},
			});
			return;
		}
		const index = stub.chatRequests().length - 1;
		/** @type {Turn} */
		let turn;
		try {
			turn = stub.script(body, index);
			if ('toolCalls' in turn) {
				const offered = toolsOf(body);
				for (const call of turn.toolCalls) {
					const tool = offered.find((t) => t.name === call.name);
					if (!tool)
						throw new Error(`the script called the tool "${call.name}", which n8n did not offer`);
					const mismatch = schemaMismatch(tool.parameters, call.arguments);
					if (mismatch)
						throw new Error(`the call of "${call.name}" does not fit its schema: ${mismatch}`);
				}
			}
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			problems.push(`request ${index}: ${message}`);
			sendJson(res, 500, {
				error: { message: `chat model stub: ${message}`, type: 'server_error' },
			});
			return;
		}
		const done = completion(turn, typeof body.model === 'string' ? body.model : STUB_MODEL);
		if (body.stream !== true) {
			sendJson(res, 200, done);
			return;
		}
		res.writeHead(200, {
			'content-type': 'text/event-stream',
			'cache-control': 'no-cache',
			connection: 'keep-alive',
		});
		for (const event of chunks(done, body.stream_options?.include_usage === true))
			res.write(`data: ${JSON.stringify(event)}\n\n`);
		res.end('data: [DONE]\n\n');
	}

	const server = http.createServer((req, res) => {
		/** @type {Buffer[]} */
		const parts = [];
		req.on('data', (chunk) => parts.push(chunk));
		req.on('end', () => answer(req, res, Buffer.concat(parts).toString('utf8')));
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen({ port: 0, host: '127.0.0.1' }, () => resolve(undefined));
	});
	const address = server.address();
	const port = address && typeof address === 'object' ? address.port : 0;
	stub.url = `http://127.0.0.1:${port}/v1`;
	return stub;
}

module.exports = {
	startChatModelStub,
	toolsOf,
	toolWithParameter,
	toolResults,
	userText,
	systemText,
	schemaMismatch,
	STUB_MODEL,
};
