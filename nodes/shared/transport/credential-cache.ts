import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { RequestContext } from './context';

/** The stored credential as n8n resolves it now (n8n reads it from its database on every call). */
export async function storedCredentials(
	this: RequestContext,
	credentialType: string,
): Promise<ICredentialDataDecryptedObject> {
	const stored = await this.getCredentials(credentialType);
	remember(this, credentialType, stored);
	return stored;
}

/**
 * Per node run, the credential data its last successful call was sent with (tokens renewed on the
 * way included), so that paging does not make n8n read and decrypt the credential from its
 * database for every page. A token the platform refuses sends the caller back to the stored one.
 */
const inUse = new WeakMap<RequestContext, Map<string, ICredentialDataDecryptedObject>>();

export function remember(
	context: RequestContext,
	credentialType: string,
	data: ICredentialDataDecryptedObject,
): void {
	const byType = inUse.get(context) ?? new Map<string, ICredentialDataDecryptedObject>();
	byType.set(credentialType, data);
	inUse.set(context, byType);
}

/** The credential data this node run is using, read from n8n on its first call. */
export async function credentialsInUse(
	this: RequestContext,
	credentialType: string,
): Promise<ICredentialDataDecryptedObject> {
	return (
		inUse.get(this)?.get(credentialType) ?? (await storedCredentials.call(this, credentialType))
	);
}
