import { authorizationState } from '../../shared/auth/pasted-authorization';
import type { MogujieCredentials } from './credential-data';

type AuthorizingApp = Pick<MogujieCredentials, 'oauthUrl' | 'appKey' | 'appSecret' | 'redirectUri'>;

/** A code Mogujie issues works once and only this long. */
export const CODE_MINUTES = 10;

/**
 * `{oauthUrl}/authorize?response_type=code&app_key=…&redirect_uri=…&state=…`: `app_key`, not
 * `client_id`. The state is the credential's own (shared/auth/pasted-authorization.ts).
 */
export function buildAuthorizationUrl(credentials: AuthorizingApp): string {
	const query = new URLSearchParams({
		response_type: 'code',
		app_key: credentials.appKey,
		redirect_uri: credentials.redirectUri,
		state: authorizationState(credentials),
	});
	return `${credentials.oauthUrl}/authorize?${query.toString()}`;
}

/**
 * What a user must do to authorize the credential. The URL comes last, on a line of its own, so
 * it can be selected (or clicked) whole wherever n8n shows the text.
 */
export function authorizationInstructions(credentials: AuthorizingApp): string {
	if (!credentials.appKey || !credentials.redirectUri) {
		return 'Fill in "App Key" and "Redirect URI" (the callback address of your Mogujie app), then test the credential again to get your authorization URL.';
	}
	return (
		`Open this address in a browser, sign in with the shop's Mogujie account and approve; then paste the address you land on (or only its "code") into "Authorization Code" within ${CODE_MINUTES} minutes and save:\n` +
		buildAuthorizationUrl(credentials)
	);
}
