// The credentials' Test buttons, judged as n8n judges them on both supported lines. n8n runs the
// declarative test request through `httpRequestWithAuthentication` and then its credential tester;
// the two lines differ in one place, how `ignoreHttpStatusErrors` becomes axios' validateStatus:
// - n8n-core 1.122.48 (n8n 1.123.81), request-helper-functions.js l.449: any truthy value lets
//   every status through (`if (n8nRequest.ignoreHttpStatusErrors) validateStatus = () => true`);
// - @n8n/backend-network (n8n 2.41.1), http/axios/request.js l.79-88: `{ ignore: true, except }`
//   lets every status through but those in `except`.
// The rest is the same on both (1.x request-helper-functions.js l.778-800, 2.x request-helpers/
// authentication.js; credentials-tester.service.js `runRequestTest` on both): a thrown 401 makes n8n
// run the credential's preAuthentication (renewal) and send once more; a reply still thrown is judged
// by the `responseCode` rules, else named by its status text; a returned body is judged by the
// `responseSuccessBody` rules (lodash `get(body, key) === value`), else "Connection successful!".
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
} from 'n8n-workflow';

import { Alibaba1688OAuth2Api } from '../../../credentials/Alibaba1688OAuth2Api.credentials';
import { MogujieOAuth2Api } from '../../../credentials/MogujieOAuth2Api.credentials';

type Line = '1.x' | '2.x';

interface Reply {
	status: number;
	statusText: string;
	body: IDataObject;
}

interface TestResult {
	status: 'OK' | 'Error';
	message: string;
}

const LINES: Line[] = ['1.x', '2.x'];

/** Whether axios returns the reply (true) or throws it, as n8n sets validateStatus on each line. */
function returned(line: Line, test: ICredentialTestRequest, status: number): boolean {
	const ignore = test.request.ignoreHttpStatusErrors;
	if (!ignore) return status >= 200 && status < 300;
	if (line === '1.x') return true;
	return typeof ignore === 'object' && ignore.ignore === true
		? !ignore.except.includes(status)
		: true;
}

const valueAt = (body: IDataObject, key: string): unknown =>
	key
		.split('.')
		.reduce<unknown>(
			(at, part) => (at && typeof at === 'object' ? (at as IDataObject)[part] : undefined),
			body,
		);

/**
 * One press of Test on `line`: `replies` answers each API call in turn (the test call, then its
 * retry after a renewal), `tokenEndpoint` each renewal.
 */
async function pressTest(
	line: Line,
	credential: ICredentialType,
	data: ICredentialDataDecryptedObject,
	replies: Reply[],
	tokenEndpoint: () => { statusCode: number; body: IDataObject },
): Promise<TestResult & { calls: number; renewals: number }> {
	const test = credential.test as ICredentialTestRequest;
	const rules = (test.rules ?? []) as Array<{
		type: string;
		properties: { key?: string; value: unknown; message: string };
	}>;
	let calls = 0;
	let renewals = 0;
	const httpRequest = async () => {
		renewals++;
		const reply = tokenEndpoint();
		return { statusCode: reply.statusCode, headers: {}, body: JSON.stringify(reply.body) };
	};
	const send = () => replies[Math.min(calls++, replies.length - 1)];

	const result = await (async (): Promise<TestResult> => {
		let reply = send();
		if (!returned(line, test, reply.status)) {
			if (reply.status === 401 && credential.preAuthentication) {
				const renewal = await credential.preAuthentication
					.call({ helpers: { httpRequest } } as never, { ...data })
					.then(
						() => undefined,
						(error: Error) => error,
					);
				if (renewal) return { status: 'Error', message: renewal.message };
				reply = send();
			}
			if (!returned(line, test, reply.status)) {
				const rule = rules.find(
					(r) => r.type === 'responseCode' && r.properties.value === reply.status,
				);
				return { status: 'Error', message: rule?.properties.message ?? reply.statusText };
			}
		}
		const rule = rules.find(
			(r) =>
				r.type === 'responseSuccessBody' &&
				valueAt(reply.body, r.properties.key ?? '') === r.properties.value,
		);
		return rule
			? { status: 'Error', message: rule.properties.message }
			: { status: 'OK', message: 'Connection successful!' };
	})();
	return { ...result, calls, renewals };
}

describe('1688 credential Test', () => {
	const credential = new Alibaba1688OAuth2Api();
	const data: ICredentialDataDecryptedObject = {
		appKey: '8688001',
		appSecret: 'unit-test-secret',
		redirectUri: 'https://example.com/callback',
		gatewayUrl: 'https://gw.open.1688.com',
		authorizeUrl: 'https://auth.1688.com/oauth/authorize',
		accessToken: 'stale-access-token',
		refreshToken: 'revoked-refresh-token',
		// the stored token still looks fresh, so nothing renews it before the call
		session: 'valid',
	};
	// 1688's reply to a missing, expired or revoked user token: 1688.md §4.2 ("Request need user
	// authorized", error_code "401", HTTP 401) and sandbox/alibaba1688/errors.js `unauthorized()`.
	const TOKEN_REFUSED: Reply = {
		status: 401,
		statusText: 'Unauthorized',
		body: {
			error_code: '401',
			error_message: 'Request need user authorized',
			exception: 'Request need user authorized',
			request_id: '0b1a2c3d4e5f60718293a4b5c6d7e8',
		},
	};
	const ACCOUNT: Reply = {
		status: 200,
		statusText: 'OK',
		body: { result: { loginId: 'buyer', memberId: 'b2b-1' }, success: true },
	};
	// the token endpoint's answer to a revoked refresh token (sandbox/alibaba1688/errors.js `oauthError`)
	const GRANT_REVOKED = () => ({
		statusCode: 400,
		body: { error: 'invalid_grant', error_description: 'refresh token revoked' },
	});
	const RENEWED = () => ({
		statusCode: 200,
		body: { access_token: 'new-access-token', expires_in: '36000' },
	});

	it.each(LINES)('n8n %s: a revoked authorization says to authorize again', async (line) => {
		const result = await pressTest(line, credential, data, [TOKEN_REFUSED], GRANT_REVOKED);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/authorize (the credential )?again/i);
		expect(result.message).not.toMatch(/Connection successful/);
	});

	it('n8n 1.x: the 401 reply reaches the rules, which name it (nothing renews the token first)', async () => {
		const result = await pressTest('1.x', credential, data, [TOKEN_REFUSED], GRANT_REVOKED);
		expect(result).toMatchObject({ calls: 1, renewals: 0, status: 'Error' });
		expect(result.message).toBe(
			'1688 refused the access token (401). The authorization was probably cancelled or has lapsed: authorize the credential again (paste a new authorization code).',
		);
	});

	it("n8n 2.x: a 401 still throws, so n8n renews the token; the refused renewal's message stands", async () => {
		const result = await pressTest('2.x', credential, data, [TOKEN_REFUSED], GRANT_REVOKED);
		expect(result).toMatchObject({ calls: 1, renewals: 1, status: 'Error' });
		expect(result.message).toMatch(
			/^1688 refused the refresh token \(invalid_grant: refresh token revoked\): it has expired or was revoked .*Authorize again: Open this address/s,
		);
	});

	it('n8n 2.x: when the renewed token is refused too, the message says to authorize again', async () => {
		const result = await pressTest(
			'2.x',
			credential,
			data,
			[TOKEN_REFUSED, TOKEN_REFUSED],
			RENEWED,
		);
		expect(result).toMatchObject({ calls: 2, renewals: 1, status: 'Error' });
		expect(result.message).toBe(
			'1688 refused the access token even after renewing it (401). The authorization was probably cancelled or has lapsed: authorize the credential again (paste a new authorization code).',
		);
	});

	it('n8n 2.x: a token refused once and then renewed passes', async () => {
		const result = await pressTest('2.x', credential, data, [TOKEN_REFUSED, ACCOUNT], RENEWED);
		expect(result).toMatchObject({ calls: 2, renewals: 1, status: 'OK' });
	});

	it.each(LINES)('n8n %s: a working credential passes', async (line) => {
		const result = await pressTest(line, credential, data, [ACCOUNT], GRANT_REVOKED);
		expect(result).toMatchObject({ status: 'OK', message: 'Connection successful!', renewals: 0 });
	});

	it.each(LINES)("n8n %s: a gateway refusal (HTTP 400) is named by 1688's code", async (line) => {
		const wrongSecret: Reply = {
			status: 400,
			statusText: 'Bad Request',
			body: {
				error_code: 'gw.SignatureInvalid',
				error_message: 'Request signature is invalid',
				exception: 'Request signature is invalid',
			},
		};
		const result = await pressTest(line, credential, data, [wrongSecret], GRANT_REVOKED);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(
			/App Secret.*\(gw\.SignatureInvalid\)|\(gw\.SignatureInvalid\).*App Secret/,
		);
	});
});

describe('Mogujie credential Test', () => {
	const credential = new MogujieOAuth2Api();
	const data: ICredentialDataDecryptedObject = {
		appKey: '100001',
		appSecret: 'unit-test-secret',
		redirectUri: 'https://example.com/callback',
		gatewayUrl: 'https://openapi.mogujie.com/invoke',
		oauthUrl: 'https://oauth.mogujie.com',
		accessToken: 'stale-access-token',
		refreshToken: 'replaced-refresh-token',
		session: 'valid',
	};
	const envelope = (code: string, msg: string): Reply => ({
		status: 200,
		statusText: 'OK',
		body: { result: {}, st: 1589160174559, status: { msg, code } },
	});
	const REFRESH_REFUSED = () => ({
		statusCode: 200,
		body: { statusCode: '0000207', errorMsg: 'refresh_token无效' },
	});

	it('sets no ignoreHttpStatusErrors: both lines treat every reply alike', () => {
		expect(credential.test.request.ignoreHttpStatusErrors).toBeUndefined();
	});

	describe.each(LINES)('n8n %s', (line) => {
		// Mogujie refuses a token inside an HTTP 200 envelope (test/fixtures/real/mogujie/
		// error.access-token-missing.txt for 0000011; 0000001 and 0000010 are the codes clients renew on)
		it.each([
			['0000011', 'AccessToken不存在，请重新授权'],
			['0000001', ''],
			['0000010', ''],
		])('a token refused with %s says to authorize again', async (code, msg) => {
			const result = await pressTest(
				line,
				credential,
				data,
				[envelope(code, msg)],
				REFRESH_REFUSED,
			);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/Authorize the credential again/);
		});

		it('a 401, were Mogujie to send one, is not reported as working', async () => {
			const unauthorized: Reply = { status: 401, statusText: 'Unauthorized', body: {} };
			const result = await pressTest(line, credential, data, [unauthorized], REFRESH_REFUSED);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/Authorize again/);
		});

		it('a working credential passes', async () => {
			const result = await pressTest(
				line,
				credential,
				data,
				[envelope('0000000', 'success')],
				REFRESH_REFUSED,
			);
			expect(result).toMatchObject({ status: 'OK', message: 'Connection successful!' });
		});
	});
});
