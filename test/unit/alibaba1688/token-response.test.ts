import replies from '../../fixtures/1688-token-replies.json';
import {
	DEFAULT_ACCESS_TOKEN_SECONDS,
	parseTokenResponse,
} from '../../../nodes/Alibaba1688/auth/token-response';
import { RENEW_MARGIN_MS } from '../../../nodes/Alibaba1688/auth/renew-tokens';
import { sessionExpression } from '../../../nodes/shared/auth/session';
import { parseJsonObject } from '../../../nodes/shared/helpers/json';
import { realReply } from '../../support/real-replies';

const issuedAt = Date.parse('2026-01-01T00:00:00Z');

describe('parseTokenResponse', () => {
	it.each([
		['system.oauth2.getToken.success', 35_999, '2019-10-13T16:32:20.000Z', 'ericzhongxu'],
		['system.oauth2.getToken.success-2', 36_000, '2015-06-26T09:44:05.000Z', '海豚供应链'],
	])('reads the real reply %s (pasted in public code)', (name, seconds, refreshEnd, owner) => {
		const body = parseJsonObject(realReply('1688', name).text) as Record<string, unknown>;
		const grant = parseTokenResponse(body, issuedAt);
		expect(grant).toMatchObject({
			accessToken: body.access_token,
			accessTokenExpiresAt: issuedAt + seconds * 1000,
			refreshToken: body.refresh_token,
			refreshTokenExpiresAt: Date.parse(refreshEnd),
			memberId: body.memberId,
			aliId: body.aliId,
			resourceOwner: owner,
		});
	});

	it('reads the documented reply (string expires_in, 14-digit timeout)', () => {
		const grant = parseTokenResponse(replies.documented, issuedAt);
		expect(grant).toEqual({
			accessToken: replies.documented.access_token,
			accessTokenExpiresAt: issuedAt + 36_000_000,
			refreshToken: replies.documented.refresh_token,
			refreshTokenExpiresAt: Date.parse('2012-12-22T14:22:22Z'),
			memberId: 'b2b-665170100',
			aliId: '8888888888',
			resourceOwner: 'xxx',
		});
	});

	it('accepts numeric aliId, camelCase resourceOwner, the 17-digit timeout and a refresh reply without refresh token', () => {
		const grant = parseTokenResponse(replies.refreshWithoutRefreshToken, issuedAt);
		expect(grant.aliId).toBe('123');
		expect(grant.resourceOwner).toBe('me');
		expect(grant.refreshToken).toBeUndefined();
		expect(grant.accessTokenExpiresAt).toBe(issuedAt + 100_000);
		expect(grant.refreshTokenExpiresAt).toBe(Date.parse('2026-12-31T16:00:00Z'));
	});

	it('falls back to the documented 10 hours when expires_in is missing or junk', () => {
		for (const expires_in of [undefined, 'soon', -5]) {
			expect(
				parseTokenResponse({ access_token: 'A', expires_in }, issuedAt).accessTokenExpiresAt,
			).toBe(issuedAt + DEFAULT_ACCESS_TOKEN_SECONDS * 1000);
		}
	});
});

describe('sessionExpression', () => {
	it('renews 5 minutes before expiry', () => {
		expect(sessionExpression(issuedAt + 36_000_000, issuedAt, RENEW_MARGIN_MS)).toBe(
			`={{ $now.toMillis() < ${issuedAt + 36_000_000 - 300_000} ? "valid" : "" }}`,
		);
	});

	it('renews at half-life for short-lived tokens', () => {
		expect(sessionExpression(issuedAt + 60_000, issuedAt, RENEW_MARGIN_MS)).toContain(
			`< ${issuedAt + 30_000} `,
		);
	});
});
