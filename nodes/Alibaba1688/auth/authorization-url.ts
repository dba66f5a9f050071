import { randomBytes } from 'crypto';

import type { Alibaba1688Credentials } from './credential-data';

/** `{authorizeUrl}?client_id=…&site=1688&redirect_uri=…&state=…`, as 1688's web authorization documents it. */
export function buildAuthorizationUrl(
	credentials: Pick<Alibaba1688Credentials, 'authorizeUrl' | 'appKey' | 'redirectUri'>,
	state = randomBytes(8).toString('hex'),
): string {
	const query = new URLSearchParams({
		client_id: credentials.appKey,
		site: '1688',
		redirect_uri: credentials.redirectUri,
		state,
	});
	const separator = credentials.authorizeUrl.includes('?') ? '&' : '?';
	return `${credentials.authorizeUrl}${separator}${query.toString()}`;
}

/** What a user must do to authorize the credential, with their own URL in it. */
export function authorizationInstructions(
	credentials: Pick<Alibaba1688Credentials, 'authorizeUrl' | 'appKey' | 'redirectUri'>,
	/** The URL to give, when the caller shows it too (one URL, one state). */
	url?: string,
): string {
	if (!credentials.appKey || !credentials.redirectUri) {
		return 'Fill in "App Key" and "Redirect URI" (the callback address registered for your app in the 1688 open-platform console), then test the credential again to get your authorization URL.';
	}
	return (
		`Open ${url ?? buildAuthorizationUrl(credentials)} in a browser signed in to the 1688 account, approve, ` +
		'then copy the "code" parameter from the address you are sent to and paste it into the credential\'s ' +
		'"Authorization Code" field within 2 minutes (a code works once). Or paste an existing refresh token into "Refresh Token".'
	);
}
