import { sleep } from 'n8n-workflow';

/** How an abortable pause ends when its signal aborts before the time is up. */
export class PauseAborted extends Error {
	constructor() {
		super('The pause was aborted.');
		this.name = 'PauseAborted';
	}
}

/**
 * Waits `ms`, or rejects with PauseAborted as soon as `signal` aborts (at once if it already has).
 *
 * n8n-workflow 1.x's `sleep` takes no signal, so a cancelled execution sat out the whole pause
 * there; the signal's own abort event ends this one on every n8n line. The timer is still
 * `sleep`'s, because n8n's lint allows no `setTimeout` in a community node: 2.x's `sleep` clears it
 * on abort; 1.x's runs out later and only resolves a promise nobody waits for any more.
 */
export async function abortablePause(ms: number, signal?: AbortSignal): Promise<void> {
	if (!signal) return await sleep(ms);
	if (signal.aborted) throw new PauseAborted();
	let onAbort = () => {};
	const aborted = new Promise<never>((_resolve, reject) => {
		onAbort = () => reject(new PauseAborted());
		signal.addEventListener('abort', onAbort, { once: true });
	});
	// `sleep` rejects only when the signal aborts, and then this pause is aborted too.
	return await Promise.race([sleep(ms, signal), aborted])
		.then(
			() => undefined,
			() => {
				throw new PauseAborted();
			},
		)
		.finally(() => signal.removeEventListener('abort', onAbort));
}
