import fc from 'fast-check';

import { classifyResponse } from '../../../nodes/Alibaba1688/transport/classify-response';
import { parseJsonObject } from '../../../nodes/shared/helpers/json';
import {
	contentType,
	garbageBody,
	replyJsonText,
	replyObject,
	replyScalar,
} from '../../support/fuzz-arbitraries';
import { runs } from '../../support/fuzz-runs';

const api = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList-1';
const status = fc.oneof(
	fc.constantFrom(200, 201, 204, 301, 400, 401, 403, 404, 429, 500, 502, 503, 504),
	fc.integer({ min: 100, max: 599 }),
	fc.constantFrom(0, 99, 600, 999),
);
/** Replies that carry one of 1688's error shapes, with values of any type. */
const errorReply = fc
	.record(
		{
			error_code: replyScalar,
			error_message: replyScalar,
			errorCode: replyScalar,
			success: replyScalar,
			succes: replyScalar,
			isSuccess: replyScalar,
			code: replyScalar,
			message: replyScalar,
			result: fc.oneof(replyScalar, replyObject),
		},
		{ requiredKeys: [] },
	)
	.map((o) => JSON.stringify(o));
const body = fc.oneof(garbageBody, replyJsonText, errorReply);

describe('1688 classifyResponse on any reply', () => {
	it('never throws, and every failure has a code, a message and a known retry kind', () => {
		fc.assert(
			fc.property(status, contentType, body, (statusCode, type, raw) => {
				const outcome = classifyResponse(api, statusCode, type, raw);
				expect(['ok', 'tokenRejected', 'failed']).toContain(outcome.kind);
				if (outcome.kind === 'ok') return;
				const { failure } = outcome;
				expect(typeof failure.code).toBe('string');
				expect(failure.code).not.toBe('');
				expect(typeof failure.message).toBe('string');
				expect(failure.message.length).toBeGreaterThan(20);
				expect(typeof failure.description).toBe('string');
				expect(failure.httpCode).toBe(String(statusCode));
				expect([false, 'transient', 'rateLimit']).toContain(failure.retryable);
			}),
			{ numRuns: runs(500) },
		);
	});

	it('succeeds only for a JSON object without an error, below HTTP 400, and hands it over as parsed', () => {
		fc.assert(
			fc.property(status, contentType, body, (statusCode, type, raw) => {
				const outcome = classifyResponse(api, statusCode, type, raw);
				if (outcome.kind !== 'ok') return;
				expect(statusCode).toBeLessThan(400);
				// compared as text: jest's recursive equality overflows on the deeply nested replies
				expect(JSON.stringify(outcome.body)).toBe(JSON.stringify(parseJsonObject(raw)));
				const gatewayCode = outcome.body.error_code;
				expect(
					typeof gatewayCode === 'number' ||
						(typeof gatewayCode === 'string' && gatewayCode !== ''),
				).toBe(false);
			}),
			{ numRuns: runs(500) },
		);
	});

	it('retries a client error (4xx) only when 1688 says it is a rate limit', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 400, max: 499 }).filter((s) => s !== 429),
				contentType,
				body,
				(statusCode, type, raw) => {
					const outcome = classifyResponse(api, statusCode, type, raw);
					if (outcome.kind === 'failed' && outcome.failure.retryable) {
						expect(outcome.failure.retryable).toBe('rateLimit');
						expect(outcome.failure.code.startsWith('gw.Qos')).toBe(true);
					}
				},
			),
			{ numRuns: runs(300) },
		);
	});

	// Regression: codes that are names of Object.prototype members crashed the lookup of hints.
	it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
		'explains the code %s like any unknown code',
		(code) => {
			const gateway = classifyResponse(
				api,
				400,
				'application/json',
				JSON.stringify({ error_code: code }),
			);
			expect(gateway).toMatchObject({
				kind: 'failed',
				failure: {
					code,
					message: expect.stringMatching(/^1688's gateway refused .*\. Check the parameters/),
				},
			});
			const business = classifyResponse(
				api,
				200,
				'application/json',
				JSON.stringify({ success: false, errorCode: code, errorMessage: 'no' }),
			);
			expect(business).toMatchObject({
				kind: 'failed',
				failure: {
					code,
					message: expect.stringMatching(/^1688 returned an error .*\. See 1688's message/),
				},
			});
		},
	);

	it('asks for a new token for 401, whatever else the reply says', () => {
		fc.assert(
			fc.property(replyObject, (object) => {
				const outcome = classifyResponse(api, 401, 'application/json', JSON.stringify(object));
				expect(outcome.kind).toBe('tokenRejected');
			}),
			{ numRuns: runs(100) },
		);
	});
});
