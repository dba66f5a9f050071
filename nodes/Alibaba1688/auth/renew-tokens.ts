import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { CredentialError } from '../../shared/auth/credential-error';
import { hasGrantToRenew } from '../../shared/auth/credential-values';
import {
	authorizationState,
	pastedAuthorizationCode,
} from '../../shared/auth/pasted-authorization';
import { sessionExpression } from '../../shared/auth/session';
import { checkAppBeforeConsent } from './app-check';
import { CODE_MINUTES } from './authorization-url';
import type { Alibaba1688Credentials } from './credential-data';
import { readCredentials } from './credential-data';
import type { HttpRequest } from './token-endpoint';
import { callTokenEndpoint } from './token-endpoint';
import type { TokenGrant } from './token-response';
import { parseTokenResponse } from './token-response';

/** Renew this long before the access token expires (at most half its lifetime). */
export const RENEW_MARGIN_MS = 5 * 60_000;
/** 1688 lets a refresh token be extended only in its last 30 days. */
export const POSTPONE_WINDOW_MS = 30 * 86_400_000;

const iso = (ms: number | undefined): string =>
	ms === undefined ? '' : new Date(ms).toISOString();

async function exchangeOrRefresh(
	httpRequest: HttpRequest,
	c: Alibaba1688Credentials,
	now: number,
): Promise<TokenGrant> {
	if (c.authorizationCode) {
		if (!c.redirectUri) {
			throw new CredentialError(
				'"Redirect URI" is required to exchange an authorization code: enter exactly the address the code was sent to.',
			);
		}
		const body = await callTokenEndpoint(httpRequest, c, 'exchange', {
			grant_type: 'authorization_code',
			need_refresh_token: 'true',
			client_id: c.appKey,
			client_secret: c.appSecret,
			redirect_uri: c.redirectUri,
			code: pastedAuthorizationCode(
				c.authorizationCode,
				authorizationState(c),
				'1688',
				CODE_MINUTES,
			),
		});
		return parseTokenResponse(body, now);
	}
	const body = await callTokenEndpoint(httpRequest, c, 'refresh', {
		grant_type: 'refresh_token',
		client_id: c.appKey,
		client_secret: c.appSecret,
		refresh_token: c.refreshToken,
	});
	return parseTokenResponse(body, now);
}

/**
 * The credential's `preAuthentication`: exchanges a pasted authorization code (then clears it) or
 * refreshes with the stored refresh token, extends the refresh token in its last 30 days, and
 * returns every field to persist in the credential. Returns nothing when the credential holds
 * neither, so calls that need no user token still work; calls that do explain how to authorize.
 */
export async function renewTokens(
	httpRequest: HttpRequest,
	data: ICredentialDataDecryptedObject,
	now = Date.now(),
): Promise<IDataObject> {
	const c = readCredentials(data);
	if (!hasGrantToRenew(c, '1688 open-platform console')) {
		// Never authorized: the next step is the consent page, so the app is checked first.
		if (!c.accessToken && c.appKey && c.appSecret) await checkAppBeforeConsent(httpRequest, c);
		return {};
	}
	const grant = await exchangeOrRefresh(httpRequest, c, now);
	const accessToken = grant.accessToken as string;
	const expiresAt = grant.accessTokenExpiresAt as number;
	let refreshToken = grant.refreshToken ?? c.refreshToken;
	let refreshTokenExpiresAt = grant.refreshToken
		? grant.refreshTokenExpiresAt
		: (grant.refreshTokenExpiresAt ?? Date.parse(c.refreshTokenExpiresAt));
	if (Number.isNaN(refreshTokenExpiresAt)) refreshTokenExpiresAt = undefined;

	if (
		refreshToken &&
		refreshTokenExpiresAt !== undefined &&
		refreshTokenExpiresAt > now &&
		refreshTokenExpiresAt - now <= POSTPONE_WINDOW_MS
	) {
		try {
			const body = await callTokenEndpoint(httpRequest, { ...c, refreshToken }, 'postpone', {
				client_id: c.appKey,
				client_secret: c.appSecret,
				refresh_token: refreshToken,
				access_token: accessToken,
			});
			const extended = parseTokenResponse(body, now);
			refreshToken = extended.refreshToken ?? refreshToken;
			refreshTokenExpiresAt = extended.refreshTokenExpiresAt ?? refreshTokenExpiresAt;
		} catch {
			// The new access token is good, so the call goes on. The extension is tried again at the
			// next renewal (every ~10 h) for the rest of the 30-day window; once the refresh token has
			// expired, the refresh error tells the user to authorize again. (Another execution may
			// have extended it first; then the stored one is already the new one.)
		}
	}
	// n8n stores only the fields returned. The refresh token is returned only when it is new: an
	// execution that merely used it must not write it back over one another execution (or process)
	// has just extended, which would store a dead token.
	const refreshTokenIsNew = refreshToken !== c.refreshToken;
	const refreshFields =
		refreshTokenIsNew || c.refreshTokenExpiresAt === ''
			? { refreshToken, refreshTokenExpiresAt: iso(refreshTokenExpiresAt) }
			: {};

	return {
		accessToken,
		session: sessionExpression(expiresAt, now, RENEW_MARGIN_MS),
		accessTokenExpiresAt: iso(expiresAt),
		...refreshFields,
		memberId: grant.memberId ?? c.memberId,
		aliId: grant.aliId ?? c.aliId,
		resource_owner: grant.resourceOwner ?? c.resource_owner,
		...(c.authorizationCode ? { authorizationCode: '' } : {}),
	};
}
