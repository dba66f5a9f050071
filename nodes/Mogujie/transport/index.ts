import type { IDataObject } from 'n8n-workflow';

import type { RequestContext } from '../../shared/transport/context';
import { credentialsInUse } from '../../shared/transport/credential-cache';
import type { PagedList, PagingOptions, SendPage } from '../../shared/transport/paginate';
import { fetchAllPages } from '../../shared/transport/paginate';
import type { PlatformRequest } from '../../shared/transport/platform-request';
import { platformRequest } from '../../shared/transport/platform-request';
import { authorizationInstructions } from '../auth/authorization-url';
import { CREDENTIAL_TYPE, readCredentials, secretsOf } from '../auth/credential-data';
import { classifyResponse } from './classify-response';

/** Mogujie's list methods serve at most 50 rows a page. */
export const MAX_PAGE_SIZE = 50;

export interface MogujieCall {
	/** e.g. xiaodian.trade.sold.get */
	method: string;
	/** Business parameters, sent as they are given; callers JSON-encode the one-field JSON params. */
	params?: Record<string, string | number | boolean | undefined>;
	/** `safe` for reads (retried on gateway failures), `never` for writes (sent once). */
	retry: 'safe' | 'never';
	timeoutMs?: number;
}

/**
 * Calls one Mogujie method, signed, and returns `result.data`, or throws a NodeApiError a user can act on.
 * `onRetry` is told before each retry (a pager sends fewer pages at once after a rate limit).
 */
export async function mogujieApiRequest(
	this: RequestContext,
	call: MogujieCall,
	onRetry?: PlatformRequest['onRetry'],
): Promise<unknown> {
	// the node run's credential data: read from n8n once, not for every page
	const credentials = readCredentials(await credentialsInUse.call(this, CREDENTIAL_TYPE));
	const form: IDataObject = { method: call.method };
	for (const [key, value] of Object.entries(call.params ?? {})) {
		if (value !== undefined) form[key] = String(value);
	}
	const timeoutMs = call.timeoutMs ?? 60_000;
	const envelope = await platformRequest.call(this, {
		platform: 'Mogujie',
		api: call.method,
		credentialType: CREDENTIAL_TYPE,
		url: credentials.gatewayUrl,
		form,
		classify: (reply) =>
			classifyResponse(
				call.method,
				reply.statusCode,
				reply.contentType,
				reply.text,
				`Authorize the credential again: ${authorizationInstructions(credentials)}`,
			),
		retry: call.retry,
		timeoutMs,
		secrets: secretsOf(credentials),
		onRetry,
	});
	return (envelope.result as IDataObject | undefined)?.data;
}

/** Sends one page of a Mogujie list method, for pagers that read several lists at once. */
export function mogujiePageSender(context: RequestContext): SendPage<MogujieCall> {
	return async (call, onRetry) =>
		((await mogujieApiRequest.call(context, call, onRetry)) ?? {}) as IDataObject;
}

/** Every page of a Mogujie list method (pages start at 1), up to `options.limit` items. */
export async function mogujieApiPages(
	this: RequestContext,
	list: PagedList<MogujieCall>,
	options: PagingOptions = {},
): Promise<IDataObject[]> {
	return await fetchAllPages(mogujiePageSender(this), list, options);
}
