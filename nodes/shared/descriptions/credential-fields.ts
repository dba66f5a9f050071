import type { INodeProperties } from 'n8n-workflow';

/**
 * A field the credential fills in itself and keeps (tokens, expiries, account ids). A secret one
 * is marked as a password so that n8n blanks it in what its credential API hands the editor, and
 * puts the stored value back when the editor saves.
 */
export function hiddenField(name: string, kind: 'secret' | 'plain' = 'plain'): INodeProperties {
	return {
		displayName: name,
		name,
		type: 'hidden',
		...(kind === 'secret' ? { typeOptions: { password: true } } : {}),
		default: '',
	};
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
