import { normalizeBaseUrl } from '../helpers/base-url';
import { CredentialError } from './credential-error';

/** A credential value as trimmed text ('' when absent). */
export function credentialText(value: unknown): string {
	return typeof value === 'string'
		? value.trim()
		: value === undefined || value === null
			? ''
			: String(value);
}

/** A base URL field of a credential, validated (https, or http on loopback). */
export function credentialBaseUrl(raw: unknown, field: string, fallback: string): string {
	return normalizeBaseUrl(raw, field, fallback, (message) => new CredentialError(message));
}

/**
 * Whether there is anything to renew: an authorization code to exchange or a refresh token. With
 * neither, calls that need no user token still work. Throws when the app's own key is missing.
 */
export function hasGrantToRenew(
	credentials: {
		appKey: string;
		appSecret: string;
		authorizationCode: string;
		refreshToken: string;
	},
	consoleName: string,
): boolean {
	if (!credentials.authorizationCode && !credentials.refreshToken) return false;
	if (!credentials.appKey || !credentials.appSecret) {
		throw new CredentialError(
			`Fill in the credential's "App Key" and "App Secret" from the ${consoleName}.`,
		);
	}
	return true;
}
