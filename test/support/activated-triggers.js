// @ts-check
'use strict';

// Activated polling triggers in a real n8n, for e2e tests: a workflow of one trigger node, a restart
// of n8n (each activation polls at once, so a restart is a poll on demand), and waiting for the
// trigger's first poll to have set its cursor. Kept in JS because the n8n lint forbids timers in
// .ts files.

/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A workflow with the trigger node "Trigger" (its type, parameters, credentials…) followed by a
 * No Operation node, saving the data of every execution.
 * @param {string} id the workflow id, at most 16 characters
 * @param {Record<string, unknown>} trigger
 */
function triggerWorkflow(id, trigger) {
	return {
		id,
		name: id,
		active: false,
		nodes: [
			{ id: `${id}-t`, name: 'Trigger', typeVersion: 1, position: [0, 0], ...trigger },
			{
				id: `${id}-n`,
				name: 'Done',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [240, 0],
				parameters: {},
			},
		],
		connections: { Trigger: { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all' },
	};
}

/** Polls once an hour: in a test only activations (start, restart) poll. */
const everyHour = { pollTimes: { item: [{ mode: 'everyHour' }] } };

/**
 * @typedef {{ stop: () => Promise<void>, start: () => Promise<void>, login: () => Promise<unknown>,
 *   rest: (method: string, path: string, body?: unknown) => Promise<any> }} RestartableN8n
 */

/** Stops and starts n8n again and logs in: every activated polling trigger polls once. @param {RestartableN8n} n8n */
async function restart(n8n) {
	await n8n.stop();
	await n8n.start();
	await n8n.login();
}

/**
 * Waits until the polling trigger `nodeName` of an activated workflow has polled: its cursor is in
 * the workflow's static data (`node:<name>`). Changes made before that poll are history to it.
 * @param {RestartableN8n} n8n @param {string} workflowId @param {string} nodeName
 */
async function waitForFirstPoll(n8n, workflowId, nodeName, timeoutMs = 60_000) {
	const until = Date.now() + timeoutMs;
	let staticData;
	while (Date.now() < until) {
		staticData = (await n8n.rest('GET', `/rest/workflows/${workflowId}`)).data?.staticData;
		const state = staticData?.[`node:${nodeName}`];
		if (state && typeof state.cursor === 'number') return state;
		await delay(500);
	}
	throw new Error(
		`the trigger "${nodeName}" of ${workflowId} did not poll in time: static data ${JSON.stringify(staticData)}`,
	);
}

module.exports = { triggerWorkflow, everyHour, restart, waitForFirstPoll };
