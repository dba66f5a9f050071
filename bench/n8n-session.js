// @ts-check
'use strict';

// One running n8n (the pinned runtime, through scripts/lib/n8n.js) with the package installed, a
// credential for the sandbox and the workflows to measure; executions started through the REST
// API the way the editor's "Execute workflow" button starts them, each measured: wall time from
// n8n's own startedAt/stoppedAt, per-node execution times, and the peak resident memory of n8n
// and its task runner while it ran, above what they held just before.
const path = require('node:path');
const { N8nInstance } = require('../scripts/lib/n8n');
const { median } = require('./stats');
const { runBenchChild } = require('./child');
const { startCpuProfile } = require('./cpu-breakdown');
const { sampleTreeRss, peakBetween } = require('./rss-sampler');

/**
 * Polls `read` until it returns a value.
 * @template T @param {() => T | undefined} read @param {number} [timeoutMs] @returns {Promise<T>}
 */
async function waitFor(read, timeoutMs = 10_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = read();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error('n8n did not open its inspector');
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/**
 * @typedef {{ id: string, wallMs: number, startedAt: number, stoppedAt: number, status: string,
 *   idleRss: number, peakRss: number, nodeMs: Record<string, number>, runData: Record<string, any[]>,
 *   cpu?: import("./cpu-breakdown").CpuBreakdown, error?: string }} MeasuredExecution
 */

class BenchN8n {
	/**
	 * n8n with the package (if `tarball`) and an owner signed in. With `inspector`, n8n's main
	 * process opens its inspector (on a free port) so that heapUsed() can collect its garbage.
	 * @param {{ tarball?: string, inspector?: boolean, env?: Record<string, string> }} options
	 */
	static async start({ tarball, inspector = false, env = {} }) {
		let output = '';
		const n8n = await N8nInstance.create({
			env: {
				// The DIY workflow's Code node signs with require('crypto'), as its users allow it.
				NODE_FUNCTION_ALLOW_BUILTIN: 'crypto',
				N8N_LOG_LEVEL: 'warn',
				// where SIGUSR1 opens the inspector: a free port (nothing listens until then)
				...(inspector ? { NODE_OPTIONS: '--inspect-port=127.0.0.1:0' } : {}),
				...env,
			},
			onOutput: (_stream, text) => {
				output = (output + text).slice(-20_000);
			},
			keepLogs: false,
		});
		try {
			if (tarball) await n8n.installPackage(tarball);
			await n8n.start({ timeoutMs: 240_000 });
			await n8n.setupOwner();
			const session = new BenchN8n(n8n);
			if (inspector) {
				process.kill(session.pid, 'SIGUSR1');
				session.inspectorUrl = await waitFor(
					() => /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1],
				);
			}
			return session;
		} catch (error) {
			await n8n.cleanup();
			throw error;
		}
	}

	/** @param {InstanceType<typeof N8nInstance>} n8n */
	constructor(n8n) {
		this.n8n = n8n;
		const server = /** @type {NonNullable<typeof n8n.server>} */ (n8n.server);
		this.pid = server.pid;
		this.sampler = sampleTreeRss(this.pid);
		// flatted (n8n's own dependency) decodes the execution data the REST API sends
		this.flatted = require(path.join(n8n.runtime.dir, 'node_modules', 'flatted'));
		/** @type {string | undefined} */
		this.inspectorUrl = undefined;
	}

	/**
	 * Collects n8n's garbage (main process) and returns its V8 heap in use, in bytes. Needs
	 * start({ inspector: true }).
	 * @returns {Promise<number>}
	 */
	async heapUsed() {
		if (!this.inspectorUrl) throw new Error('n8n was started without its inspector');
		return (await runBenchChild('heap-probe.js', { args: [this.inspectorUrl] })).usedSize;
	}

	/** @param {{ name: string, type: string, data: Record<string, unknown> }} credential @returns {Promise<string>} its id */
	async createCredential(credential) {
		const created = await this.n8n.rest('POST', '/rest/credentials', credential);
		return created.data.id;
	}

	/** @param {object} workflow @returns {Promise<string>} its id */
	async createWorkflow(workflow) {
		const created = await this.n8n.rest('POST', '/rest/workflows', workflow);
		return created.data.id;
	}

	/**
	 * Run a workflow as the editor does and measure it. With the inspector, n8n's garbage is
	 * collected first, so that what it holds before the run is not the previous run's garbage.
	 * With `profile`, n8n's main thread is CPU-profiled over the execution (needs the inspector).
	 * @param {string} workflowId
	 * @param {{ timeoutMs?: number, idleMs?: number, profile?: boolean }} [options]
	 * @returns {Promise<MeasuredExecution>}
	 */
	async execute(workflowId, { timeoutMs = 600_000, idleMs = 400, profile = false } = {}) {
		const workflow = (await this.n8n.rest('GET', `/rest/workflows/${workflowId}`)).data;
		const trigger = workflow.nodes.find(
			(/** @type {any} */ n) => n.type === 'n8n-nodes-base.manualTrigger',
		);
		if (this.inspectorUrl) await this.heapUsed();
		// what n8n and its runner hold at rest just before the run
		await new Promise((resolve) => setTimeout(resolve, idleMs));
		const requestedAt = Date.now();
		const idleSamples = this.sampler.samples
			.filter(([at]) => at >= requestedAt - idleMs && at <= requestedAt)
			.map(([, bytes]) => bytes);
		const profiler = profile
			? await startCpuProfile(/** @type {string} */ (this.inspectorUrl))
			: undefined;
		const started = await this.n8n.rest('POST', `/rest/workflows/${workflowId}/run`, {
			workflowData: workflow,
			triggerToStartFrom: { name: trigger.name },
		});
		const executionId = started.data.executionId;
		const deadline = Date.now() + timeoutMs;
		// Every poll costs n8n's main thread a database read while the execution runs on it: the wait
		// grows (100 ms, 200 ms, … up to 1 s) so that polling weighs little on what is measured.
		// The wall time is n8n's own startedAt → stoppedAt, so a later poll does not change it.
		let pollMs = 100;
		let execution;
		for (;;) {
			await new Promise((resolve) => setTimeout(resolve, pollMs));
			pollMs = Math.min(1000, pollMs * 2);
			execution = (
				await this.n8n.rest('GET', `/rest/executions/${executionId}`, undefined, {
					timeoutMs: 300_000,
				})
			).data;
			if (execution && execution.status !== 'running' && execution.status !== 'new') break;
			if (Date.now() > deadline) throw new Error(`execution ${executionId} did not finish in time`);
		}
		const startedAt = Date.parse(execution.startedAt);
		const stoppedAt = Date.parse(execution.stoppedAt);
		const cpu = await profiler?.stop({ from: startedAt, to: stoppedAt });
		const data =
			typeof execution.data === 'string' ? this.flatted.parse(execution.data) : execution.data;
		const runData = data?.resultData?.runData ?? {};
		/** @type {Record<string, number>} */
		const nodeMs = {};
		for (const [name, runs] of Object.entries(runData)) {
			nodeMs[name] = /** @type {any[]} */ (runs).reduce(
				(sum, run) => sum + (run.executionTime ?? 0),
				0,
			);
		}
		const error = data?.resultData?.error;
		return {
			id: executionId,
			wallMs: stoppedAt - startedAt,
			startedAt,
			stoppedAt,
			status: execution.status,
			idleRss: median(idleSamples),
			peakRss: peakBetween(this.sampler.samples, requestedAt, stoppedAt) ?? NaN,
			nodeMs,
			runData,
			...(cpu ? { cpu } : {}),
			...(error
				? { error: String(error.message ?? error.description ?? JSON.stringify(error)) }
				: {}),
		};
	}

	/**
	 * The `json` of every item node `name` output in its run `run` (default: its last run).
	 * @param {MeasuredExecution} execution @param {string} name @param {number} [run]
	 * @returns {any[]}
	 */
	static output(execution, name, run) {
		const runs = execution.runData[name];
		if (!runs || runs.length === 0) {
			throw new Error(`node "${name}" did not run${execution.error ? `: ${execution.error}` : ''}`);
		}
		const entry = runs[run ?? runs.length - 1];
		if (entry.error) throw new Error(`node "${name}" failed: ${entry.error.message}`);
		return (entry.data?.main?.[0] ?? []).map((/** @type {{ json: unknown }} */ item) => item.json);
	}

	async stop() {
		this.sampler.stop();
		await this.n8n.cleanup();
	}
}

module.exports = { BenchN8n };
