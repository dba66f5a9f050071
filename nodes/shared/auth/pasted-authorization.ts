import { createHmac } from 'crypto';

import { CredentialError } from './credential-error';

/**
 * The `state` this credential puts in its authorization URL: derived from the app's own key,
 * secret and callback, so the credential can check a pasted address without storing anything
 * (nothing it could store survives between showing the URL and the paste), and nobody without
 * the App Secret can make one that passes.
 */
export function authorizationState(app: {
	appKey: string;
	appSecret: string;
	redirectUri: string;
}): string {
	return createHmac('sha256', app.appSecret)
		.update(`authorize\n${app.appKey}\n${app.redirectUri}`, 'utf8')
		.digest('hex')
		.slice(0, 16);
}

/** Whether the user pasted an address (or its query) rather than the bare code. */
function looksLikeAddress(text: string): boolean {
	return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /[?&]?\bcode=/.test(text);
}

function queryOf(text: string): URLSearchParams {
	const start = text.indexOf('?');
	const query = start >= 0 ? text.slice(start + 1) : text;
	return new URLSearchParams(query.split('#')[0]);
}

/**
 * The authorization code in what the user pasted into "Authorization Code": the code itself, or
 * the whole address the platform redirected the browser to (`…?code=…&state=…`). An address must
 * carry a code, and its `state`, when it has one, must be the one this credential issued.
 */
export function pastedAuthorizationCode(
	pasted: string,
	expectedState: string,
	platform: string,
	minutes: number,
): string {
	const text = pasted.trim();
	if (!looksLikeAddress(text)) return text;
	const query = queryOf(text);
	const refusal = query.get('error');
	if (refusal) {
		const why = query.get('error_description') ?? refusal;
		throw new CredentialError(
			`The pasted address says ${platform} did not authorize the app (${why}). Open the authorization URL again, sign in with the right account and approve, then paste the new address.`,
		);
	}
	const code = query.get('code')?.trim();
	if (!code) {
		throw new CredentialError(
			`The address pasted into "Authorization Code" has no "code" parameter. Paste the address the browser shows after you approve on ${platform}'s page (it contains "?code=…"), or only the code.`,
		);
	}
	const state = query.get('state');
	if (state && state !== expectedState) {
		throw new CredentialError(
			`The address pasted into "Authorization Code" comes from another authorization request: its "state" is not the one this credential issued (or App Key, App Secret or Redirect URI changed since). Test the credential to get its authorization URL, approve there, and paste the new address within ${minutes} minutes; or paste only the code if you started the authorization elsewhere.`,
		);
	}
	return code;
}
