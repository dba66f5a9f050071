import fc from 'fast-check';
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { renewTokens as renew1688 } from '../../../nodes/Alibaba1688/auth/renew-tokens';
import { parseTokenResponse } from '../../../nodes/Alibaba1688/auth/token-response';
import { renewTokens as renewMogujie } from '../../../nodes/Mogujie/auth/renew-tokens';
import type { HttpRequest } from '../../../nodes/shared/auth/token-request';
import {
	contentType,
	garbageBody,
	replyJsonText,
	replyObject,
	replyScalar,
	weirdText,
} from '../../support/fuzz-arbitraries';
import { runs } from '../../support/fuzz-runs';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const APP_SECRET = ['fuzz', 'app', 'secret', '0123456789'].join('-');
const REFRESH_TOKEN = ['fuzz', 'refresh', 'token', '0123456789'].join('-');
const SESSION = /^=\{\{ \$now\.toMillis\(\) < -?\d+ \? "valid" : "" \}\}$/;

/** What a token endpoint may answer: a reply, or a dropped connection. */
type TokenAnswer = { status: number; type: string; body: string } | { network: string };

const tokenText = fc.oneof(fc.stringMatching(/^[\w-]{1,40}$/), replyScalar);
/** Token replies of both platforms' shapes, every field optional and of any type. */
const tokenReply = fc
	.record(
		{
			access_token: tokenText,
			refresh_token: tokenText,
			expires_in: fc.oneof(replyScalar, fc.constantFrom('36000', 36000, '1e20', 1e20, -1, 0)),
			refresh_token_timeout: fc.oneof(
				replyScalar,
				fc.constantFrom('20260615000000000+0800', '20990101000000+0800', '99991231235959999+0800'),
			),
			access_expires_in: fc.oneof(
				replyScalar,
				fc.constantFrom(1e20, '1e20', 1, 1900000000, '1900000000'),
			),
			refresh_expires_in: fc.oneof(replyScalar, fc.constantFrom(1e20, 8.64e12, 1900000000)),
			statusCode: fc.oneof(replyScalar, fc.constant('0000000')),
			errorMsg: replyScalar,
			error: replyScalar,
			error_code: replyScalar,
			error_description: replyScalar,
			memberId: replyScalar,
			aliId: replyScalar,
			resource_owner: replyScalar,
			userId: replyScalar,
			extra: replyObject,
		},
		{ requiredKeys: [] },
	)
	.map((o) => JSON.stringify(o));
const answer: fc.Arbitrary<TokenAnswer> = fc.oneof(
	{
		weight: 6,
		arbitrary: fc.record({
			status: fc.constantFrom(200, 200, 400, 401, 500),
			type: contentType,
			body: fc.oneof(tokenReply, tokenReply, garbageBody, replyJsonText),
		}),
	},
	{
		weight: 1,
		arbitrary: fc.record({
			network: fc.constantFrom('ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND'),
		}),
	},
);

/** A stand-in for n8n's httpRequest that answers each call with the next answer (the last one repeats). */
function tokenEndpoint(answers: TokenAnswer[]): {
	httpRequest: HttpRequest;
	calls: IHttpRequestOptions[];
} {
	const calls: IHttpRequestOptions[] = [];
	const httpRequest = (async (options: IHttpRequestOptions) => {
		calls.push(options);
		const next = answers[Math.min(calls.length - 1, answers.length - 1)];
		if ('network' in next)
			throw Object.assign(new Error(`connect ${next.network}`), { code: next.network });
		return { statusCode: next.status, headers: { 'content-type': next.type }, body: next.body };
	}) as unknown as HttpRequest;
	return { httpRequest, calls };
}

/** The credential's output must be storable: text fields, the session expression, ISO dates or ''. */
function expectStorable(output: IDataObject) {
	expect(typeof output.accessToken).toBe('string');
	expect(String(output.accessToken).trim()).not.toBe('');
	expect(output.accessTokenExpiresAt).toEqual(expect.any(String));
	expect(output.session).toMatch(SESSION);
	for (const [field, value] of Object.entries(output)) {
		if (field !== 'session') expect([field, typeof value]).toEqual([field, 'string']);
		if (field.endsWith('ExpiresAt') && value !== '') {
			expect(new Date(value as string).toISOString()).toBe(value);
		}
	}
}

/** A failure must be the credential's own error, with a message and no secret. */
function expectCredentialError(error: unknown) {
	expect(error).toBeInstanceOf(Error);
	expect((error as Error).name).toBe('CredentialError');
	const { message } = error as Error;
	expect(message.length).toBeGreaterThan(20);
	expect(message).not.toContain(APP_SECRET);
	expect(message).not.toContain(REFRESH_TOKEN);
}

async function settle(work: Promise<IDataObject>) {
	return await work.then(
		(output) => ({ output, error: undefined }),
		(error: unknown) => ({ output: undefined, error }),
	);
}

describe('1688 token replies', () => {
	it('parseTokenResponse reads any reply without throwing, expiries as finite instants', () => {
		fc.assert(
			fc.property(replyObject, tokenReply, (object, text) => {
				for (const body of [JSON.parse(JSON.stringify(object)), JSON.parse(text)]) {
					const grant = parseTokenResponse(body, NOW);
					for (const at of [grant.accessTokenExpiresAt, grant.refreshTokenExpiresAt]) {
						if (at !== undefined) expect(new Date(at).toISOString()).toEqual(expect.any(String));
					}
				}
			}),
			{ numRuns: runs(300) },
		);
	});

	it('renewal gives storable fields or a CredentialError, whatever getToken and postponeToken answer', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(answer, { minLength: 1, maxLength: 2 }),
				fc.constantFrom('', '2026-06-10T00:00:00.000Z', '2027-01-01T00:00:00.000Z', 'junk'),
				fc.oneof(fc.constant(''), weirdText),
				async (answers, refreshTokenExpiresAt, authorizationCode) => {
					const { httpRequest, calls } = tokenEndpoint(answers);
					const { output, error } = await settle(
						renew1688(
							httpRequest,
							{
								appKey: '8688001',
								appSecret: APP_SECRET,
								redirectUri: 'https://example.com/cb',
								refreshToken: REFRESH_TOKEN,
								refreshTokenExpiresAt,
								authorizationCode,
								gatewayUrl: 'https://gw.example.com',
							},
							NOW,
						),
					);
					expect(calls.length).toBeLessThanOrEqual(2);
					if (error !== undefined) return expectCredentialError(error);
					expectStorable(output as IDataObject);
				},
			),
			{ numRuns: runs(300) },
		);
	});

	// Regression: Number() of an object reply field calls its "toString", here not a function.
	it('reads an expires_in that is an object with a "toString" field as missing', () => {
		const grant = parseTokenResponse({ access_token: 'A', expires_in: [{ toString: 'x' }] }, NOW);
		expect(grant.accessTokenExpiresAt).toBe(NOW + 36_000_000);
	});

	// Regression: an expires_in beyond what a date can hold threw a RangeError ("Invalid time value").
	it.each(['1e20', 1e300, '9'.repeat(30)])(
		'renews with expires_in %s as with the documented 10 hours',
		async (expires_in) => {
			const { httpRequest } = tokenEndpoint([
				{
					status: 200,
					type: 'application/json',
					body: JSON.stringify({ access_token: 'A1', expires_in }),
				},
			]);
			const output = await renew1688(
				httpRequest,
				{
					appKey: 'k',
					appSecret: APP_SECRET,
					refreshToken: REFRESH_TOKEN,
					gatewayUrl: 'https://gw.example.com',
				},
				NOW,
			);
			expect(output.accessTokenExpiresAt).toBe(new Date(NOW + 36_000_000).toISOString());
		},
	);

	// Regression: an empty access_token was stored, and every call then said "not authorized yet".
	it.each(['', '  '])('refuses a getToken reply whose access_token is %j', async (token) => {
		const { httpRequest } = tokenEndpoint([
			{ status: 200, type: 'application/json', body: JSON.stringify({ access_token: token }) },
		]);
		await expect(
			renew1688(
				httpRequest,
				{
					appKey: 'k',
					appSecret: APP_SECRET,
					refreshToken: REFRESH_TOKEN,
					gatewayUrl: 'https://gw.example.com',
				},
				NOW,
			),
		).rejects.toMatchObject({
			name: 'CredentialError',
			message: expect.stringContaining('1688 refused the refresh token (HTTP 200)'),
		});
	});
});

describe('Mogujie token replies', () => {
	it('renewal gives storable fields or a CredentialError, whatever /token answers', async () => {
		await fc.assert(
			fc.asyncProperty(
				answer,
				fc.oneof(fc.constant(''), weirdText),
				async (reply, authorizationCode) => {
					const { httpRequest, calls } = tokenEndpoint([reply]);
					const { output, error } = await settle(
						renewMogujie(
							httpRequest,
							{
								appKey: '100123',
								appSecret: APP_SECRET,
								redirectUri: 'https://example.com/cb',
								refreshToken: REFRESH_TOKEN,
								authorizationCode,
								oauthUrl: 'https://oauth.example.com',
							},
							NOW,
						),
					);
					expect(calls).toHaveLength(1);
					if (error !== undefined) return expectCredentialError(error);
					expectStorable(output as IDataObject);
					expect(typeof output?.refreshToken).toBe('string');
				},
			),
			{ numRuns: runs(300) },
		);
	});

	// Regression: expiries beyond what a date can hold threw a RangeError ("Invalid time value").
	it.each([1e20, '1e20', 9e12])(
		'renews with access_expires_in/refresh_expires_in %s as if absent',
		async (seconds) => {
			const { httpRequest } = tokenEndpoint([
				{
					status: 200,
					type: 'application/json',
					body: JSON.stringify({
						statusCode: '0000000',
						access_token: 'A1',
						refresh_token: 'R2',
						access_expires_in: seconds,
						refresh_expires_in: seconds,
					}),
				},
			]);
			const output = await renewMogujie(
				httpRequest,
				{
					appKey: 'k',
					appSecret: APP_SECRET,
					refreshToken: REFRESH_TOKEN,
					oauthUrl: 'https://oauth.example.com',
				},
				NOW,
			);
			expect(output.accessTokenExpiresAt).toBe(new Date(NOW + 7 * 86_400_000).toISOString());
			expect(output.refreshTokenExpiresAt).toBe('');
		},
	);

	// Regression: an empty access or refresh token was stored, and every call then said "not authorized yet".
	it.each([
		['', 'R2'],
		['A1', ' '],
	])(
		'refuses a /token reply with access_token %j and refresh_token %j',
		async (access, refresh) => {
			const { httpRequest } = tokenEndpoint([
				{
					status: 200,
					type: 'application/json',
					body: JSON.stringify({
						statusCode: '0000000',
						access_token: access,
						refresh_token: refresh,
					}),
				},
			]);
			await expect(
				renewMogujie(
					httpRequest,
					{
						appKey: 'k',
						appSecret: APP_SECRET,
						refreshToken: REFRESH_TOKEN,
						oauthUrl: 'https://oauth.example.com',
					},
					NOW,
				),
			).rejects.toMatchObject({
				name: 'CredentialError',
				message: expect.stringContaining('Mogujie refused the refresh token'),
			});
		},
	);
});
