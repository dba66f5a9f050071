import type { IHttpRequestHelper } from 'n8n-workflow';

import { CredentialError } from '../../shared/credential-error';
import { parseJsonObject } from '../../shared/json';
import { redact } from '../../shared/redact';
import { bodyText, excerpt, looksLikeHtml } from '../../shared/text';
import { authorizationInstructions } from './authorization-url';
import type { MogujieCredentials } from './credential-data';
import { secretsOf } from './credential-data';

export type HttpRequest = IHttpRequestHelper['helpers']['httpRequest'];

export type TokenGrantType = 'authorization_code' | 'refresh_token';

const WHAT: Record<TokenGrantType, string> = {
	authorization_code: 'the authorization code',
	refresh_token: 'the refresh token',
};

/**
 * POSTs a form to `{oauthUrl}/token` with `app_key`/`app_secret` (Mogujie's names, not client_id)
 * and returns the reply. Success is only `statusCode` "0000000" (errors come as HTTP 200); any other
 * reply becomes an Error naming the code and the next step, with no secret in it.
 */
export async function callTokenEndpoint(
	httpRequest: HttpRequest,
	credentials: MogujieCredentials,
	form: Record<string, string>,
): Promise<Record<string, unknown>> {
	const grant = form.grant_type as TokenGrantType;
	const secrets = [...secretsOf(credentials), ...Object.values(form).filter((v) => v.length >= 8)];
	let response: { statusCode: number; headers: Record<string, unknown>; body: unknown } | undefined;
	let unreachable = '';
	try {
		response = await httpRequest({
			method: 'POST',
			url: `${credentials.oauthUrl}/token`,
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: form,
			encoding: 'text',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: 30_000,
		});
	} catch (error) {
		unreachable = (error as { code?: string }).code ?? (error as Error).message;
	}
	if (!response) {
		throw new CredentialError(
			redact(
				`Could not reach Mogujie's token endpoint at ${credentials.oauthUrl} (${unreachable}) while exchanging ${WHAT[grant]}. Check the credential's OAuth URL and this machine's network, then try again.`,
				secrets,
			),
		);
	}
	const raw = bodyText(response.body);
	const body = parseJsonObject(raw);
	if (!body) {
		const kind = looksLikeHtml(String(response.headers['content-type'] ?? ''), raw)
			? 'an HTML page'
			: 'a reply that is not JSON';
		throw new CredentialError(
			redact(
				`Mogujie's token endpoint answered HTTP ${response.statusCode} with ${kind} ("${excerpt(raw)}") while exchanging ${WHAT[grant]}. ${response.statusCode >= 500 ? 'Try again in a few minutes.' : "Check the credential's OAuth URL (https://oauth.mogujie.com or the local sandbox)."}`,
				secrets,
			),
		);
	}
	if (
		body.statusCode !== '0000000' ||
		typeof body.access_token !== 'string' ||
		typeof body.refresh_token !== 'string'
	) {
		const code =
			typeof body.statusCode === 'string' ? body.statusCode : `HTTP ${response.statusCode}`;
		const msg =
			typeof body.errorMsg === 'string' && body.errorMsg !== '' ? `: ${body.errorMsg}` : '';
		const next =
			grant === 'authorization_code'
				? `A code works once and only for 10 minutes, and "Redirect URI" must be exactly the one used to get it. ${authorizationInstructions(credentials)}`
				: `The refresh token has expired, was replaced by a newer authorization or refresh, or App Key/App Secret are wrong. Authorize again: ${authorizationInstructions(credentials)}`;
		throw new CredentialError(
			redact(`Mogujie refused ${WHAT[grant]} (${code}${msg}). ${next}`, secrets),
		);
	}
	return body;
}
