import type { INodeProperties } from 'n8n-workflow';

import { CredentialError } from '../auth/credential-error';
import { normalizeBaseUrl } from '../helpers/base-url';

/** A field the credential fills in itself and keeps (tokens, expiries, account ids). */
export function hiddenField(name: string): INodeProperties {
	return { displayName: name, name, type: 'hidden', default: '' };
}

/**
 * The expirable field n8n watches: when it resolves to "", n8n runs the credential's
 * `preAuthentication` (see shared/session.ts for the value it holds).
 */
export const sessionField: INodeProperties = {
	displayName: 'Session',
	name: 'session',
	type: 'hidden',
	typeOptions: { expirable: true },
	default: '',
};

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
