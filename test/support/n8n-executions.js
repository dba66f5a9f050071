// @ts-check
'use strict';

// Reading executions of a running n8n through its REST API, for e2e tests of activated workflows
// (kept in JS because the n8n lint forbids timers in .ts files). n8n keeps an execution's run data
// in the "flatted" format (one JSON array, objects referring to each other by index as strings);
// flattedParse reads it without the flatted package.

/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * flatted's parse: entry 0 is the root; inside objects and arrays a string is the index of the
 * entry holding the value, while strings at the top level are the values themselves.
 * @param {string} text
 */
function flattedParse(text) {
	/** @type {unknown[]} */
	const input = JSON.parse(text);
	/** @type {Map<number, unknown>} */
	const done = new Map();
	/** @param {number} index @returns {unknown} */
	const resolve = (index) => {
		if (done.has(index)) return done.get(index);
		const value = input[index];
		if (typeof value !== 'object' || value === null) {
			done.set(index, value);
			return value;
		}
		/** @type {Record<string, unknown> | unknown[]} */
		const out = Array.isArray(value) ? [] : {};
		done.set(index, out);
		for (const [key, entry] of Object.entries(value)) {
			/** @type {any} */ (out)[key] = typeof entry === 'string' ? resolve(Number(entry)) : entry;
		}
		return out;
	};
	return resolve(0);
}

/**
 * @typedef {{ rest: (method: string, path: string, body?: unknown) => Promise<any> }} N8nRest
 */

/** The workflow's executions, newest first. @param {N8nRest} n8n @param {string} workflowId */
async function executionsOf(n8n, workflowId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const body = await n8n.rest('GET', `/rest/executions?filter=${filter}`);
	return /** @type {any[]} */ (body.data?.results ?? []);
}

/**
 * Waits until the workflow has `count` finished executions, then a moment more so that a stray
 * extra one shows up too. Returns them, newest first.
 * @param {N8nRest} n8n @param {string} workflowId @param {number} count
 */
async function waitForExecutions(n8n, workflowId, count, timeoutMs = 60_000) {
	const until = Date.now() + timeoutMs;
	const finished = (/** @type {any} */ e) => !['new', 'running', 'waiting'].includes(e.status);
	let found = await executionsOf(n8n, workflowId);
	while ((found.filter(finished).length < count || !found.every(finished)) && Date.now() < until) {
		await delay(500);
		found = await executionsOf(n8n, workflowId);
	}
	await delay(1500);
	return await executionsOf(n8n, workflowId);
}

/**
 * One execution with its run data parsed: `{ status, runData, error }`.
 * @param {N8nRest} n8n @param {string} id
 */
async function readExecution(n8n, id) {
	const execution = (await n8n.rest('GET', `/rest/executions/${id}`)).data;
	const data = /** @type {any} */ (
		typeof execution.data === 'string' ? flattedParse(execution.data) : execution.data
	);
	return {
		status: /** @type {string} */ (execution.status),
		runData: /** @type {Record<string, any[]>} */ (data?.resultData?.runData ?? {}),
		error: data?.resultData?.error ?? null,
	};
}

/**
 * The output items (`json`) of a node in an execution read with readExecution, or null if the node
 * did not run.
 * @param {{ runData: Record<string, any[]> }} execution @param {string} nodeName
 */
function outputOf(execution, nodeName, run = 0) {
	const runs = execution.runData[nodeName];
	if (!runs || !runs[run]) return null;
	if (runs[run].error) throw new Error(`${nodeName} failed: ${runs[run].error.message}`);
	return (runs[run].data?.main?.[0] ?? []).map((/** @type {any} */ item) => item.json);
}

/**
 * Runs a saved workflow as the editor's "Execute workflow" button does (from its manual trigger),
 * waits for it to finish and returns it read with readExecution.
 * @param {N8nRest} n8n @param {string} workflowId
 */
async function runManually(n8n, workflowId, timeoutMs = 120_000) {
	return await runFromTrigger(n8n, workflowId, 'n8n-nodes-base.manualTrigger', timeoutMs);
}

/**
 * Runs a saved workflow from its first trigger of `triggerType` as the editor does: a trigger with
 * pinned data (e.g. a Chat Trigger pinned with a chat message) starts with that data and waits for
 * no webhook call. Waits for the run to finish and returns it read with readExecution.
 * @param {N8nRest} n8n @param {string} workflowId @param {string} triggerType
 */
async function runFromTrigger(n8n, workflowId, triggerType, timeoutMs = 120_000) {
	const workflow = (await n8n.rest('GET', `/rest/workflows/${workflowId}`)).data;
	const trigger = workflow.nodes.find((/** @type {any} */ node) => node.type === triggerType);
	if (!trigger) throw new Error(`${workflowId} has no ${triggerType} node`);
	const started = await n8n.rest('POST', `/rest/workflows/${workflowId}/run`, {
		workflowData: workflow,
		triggerToStartFrom: { name: trigger.name },
	});
	if (!started.data?.executionId)
		throw new Error(`${workflowId} did not start: ${JSON.stringify(started.data)}`);
	const executionId = started.data.executionId;
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		const execution = (await n8n.rest('GET', `/rest/executions/${executionId}`)).data;
		if (execution && !['new', 'running', 'waiting'].includes(execution.status))
			return await readExecution(n8n, executionId);
		await delay(500);
	}
	throw new Error(`execution ${executionId} of ${workflowId} did not finish`);
}

/**
 * POSTs JSON to a URL (a production webhook) and reads the answer.
 * @param {string} url @param {unknown} body
 */
async function postJson(url, body) {
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.status, text, json };
}

/**
 * Waits until n8n serves the production webhook `url` (POST-only): activated workflows register
 * their webhooks a moment after n8n reports ready. A GET is answered "not registered for GET …
 * Did you mean to make a POST request?" once it is, and "not registered" before.
 * @param {string} url
 */
async function waitForWebhook(url, timeoutMs = 60_000) {
	const until = Date.now() + timeoutMs;
	let last = '';
	while (Date.now() < until) {
		const res = await fetch(url);
		last = `${res.status} ${await res.text()}`;
		if (res.status !== 404 || /POST request/i.test(last)) return;
		await delay(500);
	}
	throw new Error(`webhook ${url} was not registered in time: ${last}`);
}

module.exports = {
	waitForWebhook,
	flattedParse,
	executionsOf,
	waitForExecutions,
	readExecution,
	outputOf,
	runManually,
	runFromTrigger,
	postJson,
};
