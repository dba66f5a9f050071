import { DEFAULT_ACCESS_TOKEN_SECONDS, parseTokenResponse } from '../../../nodes/Alibaba1688/auth/token-response';
import { sessionExpression } from '../../../nodes/Alibaba1688/auth/renew-tokens';

const issuedAt = Date.parse('2026-01-01T00:00:00Z');

describe('parseTokenResponse', () => {
	it('reads the documented reply (string expires_in, 14-digit timeout)', () => {
		const grant = parseTokenResponse(
			{
				aliId: '8888888888',
				resource_owner: 'xxx',
				memberId: 'b2b-665170100',
				expires_in: '36000',
				refresh_token: 'R1',
				refresh_token_timeout: '20121222222222+0800',
				access_token: 'A1',
			},
			issuedAt,
		);
		expect(grant).toEqual({
			accessToken: 'A1',
			accessTokenExpiresAt: issuedAt + 36_000_000,
			refreshToken: 'R1',
			refreshTokenExpiresAt: Date.parse('2012-12-22T14:22:22Z'),
			memberId: 'b2b-665170100',
			aliId: '8888888888',
			resourceOwner: 'xxx',
		});
	});

	it('accepts numeric aliId, camelCase resourceOwner, the 17-digit timeout and a refresh reply without refresh token', () => {
		const grant = parseTokenResponse(
			{ access_token: 'A2', expires_in: 100, aliId: 123, resourceOwner: 'me', refresh_token_timeout: '20270101000000000+0800' },
			issuedAt,
		);
		expect(grant.aliId).toBe('123');
		expect(grant.resourceOwner).toBe('me');
		expect(grant.refreshToken).toBeUndefined();
		expect(grant.accessTokenExpiresAt).toBe(issuedAt + 100_000);
		expect(grant.refreshTokenExpiresAt).toBe(Date.parse('2026-12-31T16:00:00Z'));
	});

	it('falls back to the documented 10 hours when expires_in is missing or junk', () => {
		for (const expires_in of [undefined, 'soon', -5]) {
			expect(parseTokenResponse({ access_token: 'A', expires_in }, issuedAt).accessTokenExpiresAt).toBe(
				issuedAt + DEFAULT_ACCESS_TOKEN_SECONDS * 1000,
			);
		}
	});
});

describe('sessionExpression', () => {
	it('renews 5 minutes before expiry', () => {
		expect(sessionExpression(issuedAt + 36_000_000, issuedAt)).toBe(
			`={{ $now.toMillis() < ${issuedAt + 36_000_000 - 300_000} ? "valid" : "" }}`,
		);
	});

	it('renews at half-life for short-lived tokens', () => {
		expect(sessionExpression(issuedAt + 60_000, issuedAt)).toContain(`< ${issuedAt + 30_000} `);
	});
});
