import { authorizationState } from '../../shared/auth/pasted-authorization';
import type { Alibaba1688Credentials } from './credential-data';

type AuthorizingApp = Pick<
	Alibaba1688Credentials,
	'authorizeUrl' | 'appKey' | 'appSecret' | 'redirectUri'
>;

/** A code 1688 issues works once and only this long. */
export const CODE_MINUTES = 2;

/**
 * `{authorizeUrl}?client_id=…&site=1688&redirect_uri=…&state=…`, as 1688's web authorization
 * documents it. The state is the credential's own (shared/auth/pasted-authorization.ts), so a
 * pasted redirect address can be checked against it.
 */
export function buildAuthorizationUrl(credentials: AuthorizingApp): string {
	const query = new URLSearchParams({
		client_id: credentials.appKey,
		site: '1688',
		redirect_uri: credentials.redirectUri,
		state: authorizationState(credentials),
	});
	const separator = credentials.authorizeUrl.includes('?') ? '&' : '?';
	return `${credentials.authorizeUrl}${separator}${query.toString()}`;
}

/**
 * What a user must do to authorize the credential. The URL comes last, on a line of its own, so
 * it can be selected (or clicked) whole wherever n8n shows the text.
 */
export function authorizationInstructions(credentials: AuthorizingApp): string {
	if (!credentials.appKey || !credentials.redirectUri) {
		return 'Fill in "App Key" and "Redirect URI" (the callback address registered for your app in the 1688 open-platform console), then test the credential again to get your authorization URL.';
	}
	return (
		`Open this address in a browser signed in to the 1688 account and approve; then paste the address you land on (or only its "code") into "Authorization Code" within ${CODE_MINUTES} minutes and save:\n` +
		buildAuthorizationUrl(credentials)
	);
}
