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
