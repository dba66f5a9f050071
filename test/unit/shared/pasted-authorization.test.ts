import {
	authorizationState,
	pastedAuthorizationCode,
} from '../../../nodes/shared/auth/pasted-authorization';

const app = { appKey: '8688001', appSecret: 'app-secret', redirectUri: 'https://example.com/cb' };
const state = authorizationState(app);
const read = (pasted: string) => pastedAuthorizationCode(pasted, state, '1688', 2);

describe('the Authorization Code field: the code, or the whole address the platform redirected to', () => {
	it('takes a bare code as it is (trimmed)', () => {
		expect(read('  f3b2c1d0-aaaa-bbbb  ')).toBe('f3b2c1d0-aaaa-bbbb');
	});

	it("takes the code from the whole redirect address when its state is this credential's", () => {
		expect(read(`https://example.com/cb?code=abc-123&state=${state}`)).toBe('abc-123');
		// the browser may add a fragment; the order of parameters does not matter
		expect(read(`https://example.com/cb?state=${state}&code=abc%2B1#top`)).toBe('abc+1');
		// only the query, as some browsers copy it
		expect(read(`?code=xyz&state=${state}`)).toBe('xyz');
	});

	it('takes the code from an address without state (the user started the authorization elsewhere)', () => {
		expect(read('http://127.0.0.1:5678/cb?code=only-code')).toBe('only-code');
	});

	it("refuses an address whose state is not this credential's, saying what to do", () => {
		expect(() => read('https://example.com/cb?code=abc&state=0123456789abcdef')).toThrow(
			/comes from another authorization request.*Test the credential to get its authorization URL.*within 2 minutes/,
		);
	});

	it('refuses an address without a code, and says so when the platform reports a refusal', () => {
		expect(() => read('https://example.com/cb?state=x')).toThrow(/has no "code" parameter/);
		expect(() =>
			read('https://example.com/cb?error=access_denied&error_description=user%20denied'),
		).toThrow(/1688 did not authorize the app \(user denied\)/);
	});

	it('makes a state that depends on the app key, secret and redirect URI, and is 16 hex digits', () => {
		expect(state).toMatch(/^[0-9a-f]{16}$/);
		expect(authorizationState(app)).toBe(state);
		expect(authorizationState({ ...app, appSecret: 'other' })).not.toBe(state);
		expect(authorizationState({ ...app, appKey: '1' })).not.toBe(state);
		expect(authorizationState({ ...app, redirectUri: 'https://example.com/other' })).not.toBe(
			state,
		);
	});
});
