// Stopping an execution during a retry pause must end the call at once on every n8n line. n8n-workflow
// 1.x's `sleep(ms)` takes no abort signal (1.120.31's utils.js: `sleep = (ms) => new Promise((r) =>
// setTimeout(r, ms))`), 2.x's `sleep(ms, signal)` rejects on abort. Each test runs against both:
// `sleep` is replaced by n8n's own, given the signal only on the 2.x line.
import type { IExecuteFunctions } from 'n8n-workflow';

import * as getBasicInfo from '../../../nodes/Alibaba1688/actions/account/getBasicInfo.operation';
import { abortablePause, PauseAborted } from '../../../nodes/shared/helpers/abortable-pause';
import type { Reply } from '../../support/operation-context';
import { gatewayError1688, operationContext } from '../../support/operation-context';

let mockLine: '1.x' | '2.x' = '2.x';

jest.mock('n8n-workflow', () => {
	const actual = jest.requireActual<typeof import('n8n-workflow')>('n8n-workflow');
	return {
		...actual,
		sleep: async (ms: number, signal?: AbortSignal) =>
			await actual.sleep(ms, mockLine === '2.x' ? signal : undefined),
	};
});

/** Whether a promise has settled yet, and how, without waiting for it. */
function watch<T>(promise: Promise<T>) {
	const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
	promise.then(
		(value) => Object.assign(state, { settled: true, value }),
		(error: unknown) => Object.assign(state, { settled: true, error }),
	);
	return state;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe.each(['1.x', '2.x'] as const)('on the n8n %s line', (line) => {
	beforeEach(() => {
		mockLine = line;
	});

	describe('abortablePause', () => {
		it('waits the whole time when nothing aborts', async () => {
			const controller = new AbortController();
			const pause = watch(abortablePause(1000, controller.signal));
			await jest.advanceTimersByTimeAsync(999);
			expect(pause.settled).toBe(false);
			await jest.advanceTimersByTimeAsync(1);
			expect(pause).toEqual({ settled: true, value: undefined });
		});

		it('waits without a signal too', async () => {
			const pause = watch(abortablePause(1000));
			await jest.advanceTimersByTimeAsync(999);
			expect(pause.settled).toBe(false);
			await jest.advanceTimersByTimeAsync(1);
			expect(pause.settled).toBe(true);
		});

		it('ends as soon as the signal aborts, before the time is up', async () => {
			const controller = new AbortController();
			const pause = watch(abortablePause(8000, controller.signal));
			await jest.advanceTimersByTimeAsync(100);
			controller.abort();
			// only the promise callbacks run: no time passes
			await jest.advanceTimersByTimeAsync(0);
			expect(pause.settled).toBe(true);
			expect(pause.error).toBeInstanceOf(PauseAborted);
		});

		it('does not start when the signal has already aborted', async () => {
			const controller = new AbortController();
			controller.abort();
			const pause = watch(abortablePause(8000, controller.signal));
			await jest.advanceTimersByTimeAsync(0);
			expect(pause.error).toBeInstanceOf(PauseAborted);
		});

		it('takes its listeners off the signal when it runs out', async () => {
			const controller = new AbortController();
			const added = jest.spyOn(controller.signal, 'addEventListener');
			const removed = jest.spyOn(controller.signal, 'removeEventListener');
			const pause = watch(abortablePause(1000, controller.signal));
			await jest.advanceTimersByTimeAsync(1000);
			expect(pause.settled).toBe(true);
			// the signal lives as long as the execution, and a paging node pauses many times
			const listeners = (calls: unknown[][]) => calls.map((call) => call[1]);
			expect(added.mock.calls.length).toBeGreaterThan(0);
			for (const listener of listeners(added.mock.calls))
				expect(listeners(removed.mock.calls)).toContain(listener);
		});

		it('leaves no timer behind once aborted, where sleep can stop one (2.x)', async () => {
			const controller = new AbortController();
			const pause = watch(abortablePause(8000, controller.signal));
			controller.abort();
			await jest.advanceTimersByTimeAsync(0);
			expect(pause.settled).toBe(true);
			// 1.x's sleep cannot be stopped: its timer runs out unobserved
			expect(jest.getTimerCount()).toBe(line === '2.x' ? 0 : 1);
		});
	});

	describe('a read retried after a rate limit', () => {
		// gw.QosAppFrequencyLimit is retried after 1000 ms (+ up to 249 ms of jitter) on the first try
		const RATE_LIMITED = gatewayError1688('gw.QosAppFrequencyLimit', 'App call frequency limit');
		const ACCOUNT: Reply = { result: { loginId: 'buyer' } };

		function run(signal: AbortSignal) {
			const replies = [RATE_LIMITED, ACCOUNT];
			const { context, sent } = operationContext({
				platform: '1688',
				parameters: {},
				reply: (_request, index) => replies[index],
			});
			(context as { getExecutionCancelSignal: () => AbortSignal }).getExecutionCancelSignal = () =>
				signal;
			const result = watch(getBasicInfo.execute.call(context as IExecuteFunctions, 0));
			return { result, sent };
		}

		it('ends at once, as cancelled, when the execution is stopped during the pause', async () => {
			const controller = new AbortController();
			const { result, sent } = run(controller.signal);
			await jest.advanceTimersByTimeAsync(500);
			expect(sent).toHaveLength(1);
			expect(result.settled).toBe(false);

			controller.abort();
			await jest.advanceTimersByTimeAsync(0);
			expect(result.settled).toBe(true);
			expect((result.error as Error).message).toBe('The execution was cancelled.');
			// nothing more is sent once the pause would have been over
			await jest.advanceTimersByTimeAsync(10_000);
			expect(sent).toHaveLength(1);
		});

		it('still pauses, then retries, when nobody stops it', async () => {
			const { result, sent } = run(new AbortController().signal);
			await jest.advanceTimersByTimeAsync(999);
			expect(sent).toHaveLength(1);
			expect(result.settled).toBe(false);
			await jest.advanceTimersByTimeAsync(250);
			expect(sent).toHaveLength(2);
			expect(result.settled).toBe(true);
			expect(result.error).toBeUndefined();
			expect(result.value).toEqual([{ json: { loginId: 'buyer' }, pairedItem: { item: 0 } }]);
		});
	});
});
