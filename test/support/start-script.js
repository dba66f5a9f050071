// @ts-check
'use strict';

// Runs `npm start` as a newcomer would (through npm, so whatever npm hands down to its scripts
// reaches it too), on free ports and a temp n8n folder, and drives the editor's REST API the way
// the "Execute workflow" button does.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { freePorts } = require('../../scripts/lib/ports');
const { requestJson } = require('../../scripts/lib/n8n-rest');
const { N8nInstance } = require('../../scripts/lib/n8n');
const { n8nArtifacts } = require('./leak-scan');

const root = path.join(__dirname, '..', '..');

async function startStack({ timeoutMs = 240_000 } = {}) {
	const [n8nPort, port1688, portMogujie] = await freePorts(3);
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'npm-start-'));
	const child = spawn('npm', ['start'], {
		cwd: root,
		env: {
			...process.env,
			N8N_PORT: String(n8nPort),
			SANDBOX_1688_PORT: String(port1688),
			SANDBOX_MOGUJIE_PORT: String(portMogujie),
			N8N_DEV_FOLDER: folder,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const exited = new Promise((resolve) => child.on('exit', resolve));
	await new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`npm start was not ready in time:\n${output.slice(-3000)}`)),
			timeoutMs,
		);
		const check = setInterval(() => {
			if (output.includes('n8n is ready')) {
				clearInterval(check);
				clearTimeout(timer);
				resolve(undefined);
			}
		}, 250);
		child.on('exit', (code) => {
			clearInterval(check);
			clearTimeout(timer);
			reject(new Error(`npm start exited with ${code}:\n${output.slice(-3000)}`));
		});
	});

	const baseUrl = `http://127.0.0.1:${n8nPort}`;
	const headers = { 'browser-id': 'npm-start-test', cookie: '' };
	const login = await requestJson(`${baseUrl}/rest/login`, {
		method: 'POST',
		headers,
		body: { emailOrLdapLoginId: N8nInstance.OWNER.email, password: N8nInstance.OWNER.password },
	});
	headers.cookie = `n8n-auth=${login.cookies['n8n-auth']}`;

	/** GETs a path of the editor's REST API as the signed-in owner; returns the reply's `data`. */
	async function get(/** @type {string} */ urlPath) {
		return (await requestJson(`${baseUrl}${urlPath}`, { headers })).body.data;
	}

	/** GETs a file the editor loads as the signed-in owner (e.g. /types/nodes.json); returns its body. */
	async function getFile(/** @type {string} */ urlPath) {
		return (await requestJson(`${baseUrl}${urlPath}`, { headers })).body;
	}

	/** Runs a workflow as the editor's "Execute workflow" does and waits for its status. */
	async function executeWorkflow(/** @type {string} */ id) {
		const workflow = (await requestJson(`${baseUrl}/rest/workflows/${id}`, { headers })).body.data;
		const trigger = workflow.nodes.find(
			(/** @type {any} */ n) => n.type === 'n8n-nodes-base.manualTrigger',
		);
		const started = await requestJson(`${baseUrl}/rest/workflows/${id}/run`, {
			method: 'POST',
			headers,
			body: { workflowData: workflow, triggerToStartFrom: { name: trigger.name } },
		});
		const executionId = started.body.data.executionId;
		for (let i = 0; i < 120; i++) {
			const execution = (
				await requestJson(`${baseUrl}/rest/executions/${executionId}`, { headers })
			).body.data;
			if (execution && execution.status !== 'running' && execution.status !== 'new')
				return execution;
			await new Promise((r) => setTimeout(r, 500));
		}
		throw new Error(`execution ${executionId} did not finish`);
	}

	/**
	 * The secrets the stack's credentials hold now (read back decrypted, as n8n stores them) and
	 * everything the stack has written: its output, n8n's folder and database.
	 */
	async function leakScanInputs() {
		const reader = await N8nInstance.create({ userFolder: folder });
		try {
			const credentials = await reader.exportCredentials();
			const secrets = credentials.flatMap((/** @type {any} */ c) =>
				['appSecret', 'accessToken', 'refreshToken', 'authorizationCode']
					.map((field) => c.data?.[field])
					.filter((value) => typeof value === 'string' && value !== ''),
			);
			const artifacts = n8nArtifacts({
				logs: () => output,
				userFolder: folder,
				runtime: reader.runtime,
			});
			return { secrets, artifacts };
		} finally {
			await reader.cleanup();
		}
	}

	async function stop() {
		if (child.exitCode === null) {
			try {
				process.kill(-(/** @type {number} */ (child.pid)), 'SIGINT');
			} catch {
				// already gone
			}
			const timer = setTimeout(() => {
				try {
					process.kill(-(/** @type {number} */ (child.pid)), 'SIGKILL');
				} catch {
					// already gone
				}
			}, 20_000);
			await exited;
			clearTimeout(timer);
		}
		fs.rmSync(folder, { recursive: true, force: true });
	}

	return { baseUrl, output: () => output, get, getFile, executeWorkflow, leakScanInputs, stop };
}

module.exports = { startStack };
