import { randomBytes } from 'crypto';

import type { MogujieCredentials } from './credential-data';

/** `{oauthUrl}/authorize?response_type=code&app_key=…&redirect_uri=…&state=…`: `app_key`, not `client_id`. */
export function buildAuthorizationUrl(
	credentials: Pick<MogujieCredentials, 'oauthUrl' | 'appKey' | 'redirectUri'>,
	state = randomBytes(8).toString('hex'),
): string {
	const query = new URLSearchParams({
		response_type: 'code',
		app_key: credentials.appKey,
		redirect_uri: credentials.redirectUri,
		state,
	});
	return `${credentials.oauthUrl}/authorize?${query.toString()}`;
}

/** What a user must do to authorize the credential, with their own URL in it. */
export function authorizationInstructions(
	credentials: Pick<MogujieCredentials, 'oauthUrl' | 'appKey' | 'redirectUri'>,
): string {
	if (!credentials.appKey || !credentials.redirectUri) {
		return 'Fill in "App Key" and "Redirect URI" (the callback address of your Mogujie app), then test the credential again to get your authorization URL.';
	}
	return (
		`Open ${buildAuthorizationUrl(credentials)} in a browser, sign in with the shop's Mogujie account and approve, ` +
		'then copy the "code" parameter from the address you are sent to and paste it into the credential\'s ' +
		'"Authorization Code" field within 10 minutes (a code works once).'
	);
}
