// @ts-check
'use strict';

// An n8n queue-mode cluster for end-to-end tests: Postgres and Redis (scripts/lib/queue-services),
// one main and N workers, each with its own user folder and the package installed in it (as on
// separate machines), all sharing the database, the queue and one encryption key.
const { randomBytes } = require('node:crypto');
const { N8nInstance } = require('../../scripts/lib/n8n');
const { startQueueServices } = require('../../scripts/lib/queue-services');
const { n8nArtifacts } = require('./leak-scan');

/**
 * @typedef {InstanceType<typeof N8nInstance>} Instance
 * @typedef {{ main: Instance, workers: Instance[], services: import('../../scripts/lib/queue-services').QueueServices,
 *   stop: () => Promise<void> }} QueueCluster
 */

/**
 * Starts the services and the main (after `prepareMain` imported what it needs: published
 * workflows take effect at start), then the workers one after the other (2 cores) and waits until
 * each takes jobs. On any failure everything started so far is stopped.
 * @param {{ tarball: string, workers?: number, concurrency?: number, timeoutMs?: number,
 *   prepareMain?: (main: Instance) => Promise<void> }} opts
 * @returns {Promise<QueueCluster>}
 */
async function startQueueCluster({
	tarball,
	workers = 2,
	concurrency = 5,
	timeoutMs = 300_000,
	prepareMain,
}) {
	const services = await startQueueServices();
	const encryptionKey = randomBytes(24).toString('hex');
	/** @type {Instance[]} */
	const started = [];
	/** @type {Instance[]} */
	const workerInstances = [];
	const stop = async () => {
		// Workers and main first: they hold connections to Postgres and Redis.
		await Promise.allSettled([...started].reverse().map((n) => n.cleanup()));
		await services.stop();
	};
	try {
		const create = async () => {
			const instance = await N8nInstance.create({ env: services.env, encryptionKey });
			started.push(instance);
			await instance.installPackage(tarball);
			return instance;
		};
		const main = await create();
		if (prepareMain) await prepareMain(main);
		await main.start({ timeoutMs });
		await main.setupOwner();
		for (let i = 0; i < workers; i++) {
			const worker = await create();
			await worker.startWorker({ concurrency, timeoutMs });
			workerInstances.push(worker);
		}
		return { main, workers: workerInstances, services, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

/**
 * The ids of the executions a worker ran, from its log ("Worker started execution 12 (job 7)").
 * @param {Instance} worker
 * @returns {string[]}
 */
function executionsRunBy(worker) {
	return [...worker.logs().matchAll(/Worker started execution (\S+) \(job /g)].map((m) => m[1]);
}

/**
 * What the cluster left behind for a secret scan (test/support/leak-scan): the output and user
 * folder of the main and of each worker, and every row of the shared Postgres database.
 * @param {QueueCluster} cluster
 * @returns {Promise<import('./leak-scan').Artifact[]>}
 */
async function clusterArtifacts(cluster) {
	const named = (/** @type {string} */ name, /** @type {Instance} */ n8n) =>
		n8nArtifacts(n8n).map((a) => ({ ...a, where: `${name}: ${a.where}` }));
	return [
		...named('main', cluster.main),
		...cluster.workers.flatMap((w, i) => named(`worker ${i + 1}`, w)),
		{ where: 'Postgres rows', text: await cluster.services.postgres.dump() },
	];
}

/** A line for the person reading the test output (the numbers a test measured). @param {string} line */
function report(line) {
	console.log(line);
}

module.exports = { startQueueCluster, executionsRunBy, clusterArtifacts, report };
