import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { CredentialError } from '../../shared/auth/credential-error';
import { hasGrantToRenew } from '../../shared/auth/credential-values';
import {
	authorizationState,
	pastedAuthorizationCode,
} from '../../shared/auth/pasted-authorization';
import { sessionExpression } from '../../shared/auth/session';
import { CODE_MINUTES } from './authorization-url';
import { readCredentials } from './credential-data';
import type { HttpRequest } from './token-endpoint';
import { callTokenEndpoint } from './token-endpoint';

/** Renew an hour before the access token expires (Mogujie's tokens live days; clients renew 1–2 h early). */
export const RENEW_MARGIN_MS = 3_600_000;

/** The latest instant a JavaScript date holds; a later expiry is junk that could not be stored. */
const LATEST_DATE_MS = 8.64e15;

/** `access_expires_in`/`refresh_expires_in` are absolute epoch seconds, not durations. */
function epochSecondsToMs(value: unknown): number | undefined {
	const seconds = typeof value === 'string' ? Number(value) : value;
	return typeof seconds === 'number' && seconds > 0 && seconds * 1000 <= LATEST_DATE_MS
		? seconds * 1000
		: undefined;
}

const iso = (ms: number | undefined): string =>
	ms === undefined ? '' : new Date(ms).toISOString();

/**
 * The credential's `preAuthentication`: exchanges a pasted authorization code (then clears it) or
 * refreshes with the stored refresh token. Mogujie rotates the refresh token on every refresh and
 * the previous one dies, so the new one is always returned for n8n to persist. Returns nothing when
 * the credential holds neither; calls then explain how to authorize.
 */
export async function renewTokens(
	httpRequest: HttpRequest,
	data: ICredentialDataDecryptedObject,
	now = Date.now(),
): Promise<IDataObject> {
	const c = readCredentials(data);
	if (!hasGrantToRenew(c, 'Mogujie open platform console')) return {};
	if (c.authorizationCode && !c.redirectUri) {
		throw new CredentialError(
			'"Redirect URI" is required to exchange an authorization code: enter exactly the address the code was sent to.',
		);
	}
	const body = await callTokenEndpoint(
		httpRequest,
		c,
		c.authorizationCode
			? {
					grant_type: 'authorization_code',
					code: pastedAuthorizationCode(
						c.authorizationCode,
						authorizationState(c),
						'Mogujie',
						CODE_MINUTES,
					),
					app_key: c.appKey,
					app_secret: c.appSecret,
					redirect_uri: c.redirectUri,
					state: '',
				}
			: {
					grant_type: 'refresh_token',
					refresh_token: c.refreshToken,
					app_key: c.appKey,
					app_secret: c.appSecret,
					state: '',
				},
	);
	// A reply without an expiry gets the documented 7 days (the shortest lifetime on record).
	const expiresAt = epochSecondsToMs(body.access_expires_in) ?? now + 7 * 86_400_000;
	return {
		accessToken: body.access_token as string,
		session: sessionExpression(expiresAt, now, RENEW_MARGIN_MS),
		accessTokenExpiresAt: iso(expiresAt),
		refreshToken: body.refresh_token as string,
		refreshTokenExpiresAt: iso(epochSecondsToMs(body.refresh_expires_in)),
		userId: typeof body.userId === 'string' ? body.userId : c.userId,
		...(c.authorizationCode ? { authorizationCode: '' } : {}),
	};
}
