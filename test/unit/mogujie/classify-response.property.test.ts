import fc from 'fast-check';

import { parseJsonObject } from '../../../nodes/shared/helpers/json';
import { classifyResponse } from '../../../nodes/Mogujie/transport/classify-response';
import {
	contentType,
	garbageBody,
	replyJsonText,
	replyObject,
	replyScalar,
} from '../../support/fuzz-arbitraries';
import { runs } from '../../support/fuzz-runs';

const method = 'xiaodian.trade.sold.get';
const status = fc.oneof(
	fc.constantFrom(200, 204, 400, 401, 403, 404, 429, 500, 502, 503),
	fc.integer({ min: 100, max: 599 }),
);
/** Envelopes of Mogujie's shape `{ status: { code, msg }, result }`, with values of any type. */
const envelope = fc
	.record(
		{
			status: fc.oneof(
				replyScalar,
				replyObject,
				fc.record({ code: replyScalar, msg: replyScalar }, { requiredKeys: [] }),
			),
			result: fc.oneof(
				replyScalar,
				replyObject,
				fc.record({ data: fc.oneof(replyScalar, replyObject) }),
			),
		},
		{ requiredKeys: [] },
	)
	.map((o) => JSON.stringify(o));
const body = fc.oneof(garbageBody, replyJsonText, envelope);
const run = (statusCode: number, type: string, raw: string) =>
	classifyResponse(method, statusCode, type, raw, 'Authorize again: URL');

describe('Mogujie classifyResponse on any reply', () => {
	it('never throws, and every failure has a code, a message and a known retry kind', () => {
		fc.assert(
			fc.property(status, contentType, body, (statusCode, type, raw) => {
				const outcome = run(statusCode, type, raw);
				expect(['ok', 'tokenRejected', 'failed']).toContain(outcome.kind);
				if (outcome.kind === 'ok') return;
				const { failure } = outcome;
				expect(typeof failure.code).toBe('string');
				expect(failure.code).not.toBe('');
				expect(typeof failure.message).toBe('string');
				expect(failure.message.length).toBeGreaterThan(20);
				expect(typeof failure.description).toBe('string');
				expect(failure.httpCode).toBe(String(statusCode));
				expect([false, 'transient']).toContain(failure.retryable);
			}),
			{ numRuns: runs(500) },
		);
	});

	it('succeeds exactly when the envelope says 0000000, and hands the envelope over as parsed', () => {
		fc.assert(
			fc.property(status, contentType, body, (statusCode, type, raw) => {
				const outcome = run(statusCode, type, raw);
				const parsed = parseJsonObject(raw);
				const code = (parsed?.status as { code?: unknown } | null | undefined)?.code;
				expect(outcome.kind === 'ok').toBe(code === '0000000');
				// compared as text: jest's recursive equality overflows on the deeply nested replies
				if (outcome.kind === 'ok')
					expect(JSON.stringify(outcome.body)).toBe(JSON.stringify(parsed));
			}),
			{ numRuns: runs(500) },
		);
	});

	it('retries a client error (4xx other than 429) never', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 400, max: 499 }).filter((s) => s !== 429),
				contentType,
				body,
				(statusCode, type, raw) => {
					const outcome = run(statusCode, type, raw);
					if (outcome.kind === 'failed') expect(outcome.failure.retryable).toBe(false);
				},
			),
			{ numRuns: runs(300) },
		);
	});

	// Regression: codes that are names of Object.prototype members gave a function as the hint.
	it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
		'explains the code %s like any unknown code',
		(code) => {
			const outcome = run(200, 'application/json', JSON.stringify({ status: { code, msg: 'no' } }));
			expect(outcome).toMatchObject({
				kind: 'failed',
				failure: {
					code,
					message: expect.stringMatching(/See Mogujie's message; check the parameters/),
				},
			});
		},
	);

	// Regression: an empty status code was reported as an error with code "" ("… ()").
	it("reads an envelope with an empty status code as not Mogujie's reply", () => {
		const outcome = run(400, 'application/json', JSON.stringify({ status: { code: '', msg: '' } }));
		expect(outcome).toMatchObject({ kind: 'failed', failure: { code: 'HTTP 400' } });
	});
});
