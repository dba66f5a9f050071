import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { CredentialError } from '../../shared/auth/credential-error';
import type { AnyRequestOptions } from '../../shared/auth/request-params';
import {
	normalizeParams,
	readFormBody,
	requestUrl,
	urlParams,
	withSignedParams,
} from '../../shared/auth/request-params';
import { authorizationInstructions } from './authorization-url';
import { readCredentials } from './credential-data';
import { mogujieSignature } from './signature';

/**
 * The credential's `authenticate`: adds the system parameters (`app_key`, `access_token`,
 * `timestamp` in seconds, `format`, `sign_method`) next to the business parameters (in the form body
 * when there is one, else the query), drops empty values (never sent), and signs everything sent
 * with Mogujie's MD5 rule. Idempotent: n8n applies it again to signed options after a renewal.
 */
export async function signMogujieRequest(
	data: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const options = requestOptions as AnyRequestOptions;
	const credentials = readCredentials(data);
	if (!credentials.accessToken) {
		throw new CredentialError(
			`This Mogujie credential is not authorized yet. ${authorizationInstructions(credentials)}`,
		);
	}
	const headers: IDataObject = { ...(options.headers ?? {}) };
	const url = requestUrl(options);
	const rawForm = readFormBody(options, headers);
	const form = rawForm && normalizeParams(rawForm, 'sign', true);
	const query = normalizeParams(options.qs, 'sign', true);
	const all = { ...urlParams(url, 'sign'), ...query, ...(form ?? {}) };
	if (!all.method) {
		throw new Error('A Mogujie call needs a "method" parameter, such as xiaodian.trade.sold.get.');
	}
	const target = form ?? query;
	Object.assign(target, {
		app_key: credentials.appKey,
		access_token: credentials.accessToken,
		timestamp: String(Math.floor(Date.now() / 1000)),
		format: 'json',
		sign_method: 'md5',
	});
	target.sign = mogujieSignature(
		{ ...urlParams(url, 'sign'), ...query, ...(form ?? {}) },
		credentials.appSecret,
	);
	return withSignedParams(options, headers, query, form);
}
