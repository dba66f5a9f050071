import type { INodeProperties } from 'n8n-workflow';

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
