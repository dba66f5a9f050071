import { CredentialError } from '../../shared/auth/credential-error';
import { redact } from '../../shared/helpers/redact';
import type { HttpRequest } from '../../shared/auth/token-request';
import { requestTokenEndpoint } from '../../shared/auth/token-request';
import { authorizationInstructions } from './authorization-url';
import type { MogujieCredentials } from './credential-data';
import { secretsOf } from './credential-data';

export type { HttpRequest };

export type TokenGrantType = 'authorization_code' | 'refresh_token';

const WHAT: Record<TokenGrantType, string> = {
	authorization_code: 'the authorization code',
	refresh_token: 'the refresh token',
};

/** A token the reply really holds: an empty one would be stored and then sent as none. */
const isToken = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

/**
 * Mogujie's documentation puts every `/token` parameter in the query string, and the public clients
 * send them there: the code exchange as a GET, the refresh as a POST with an empty body (the
 * eladmin ERP's MoGuJieSupport, bsed/Buy's MoGuJie.cs, the b2c OMS's ExpressClient.doPost(url,"")).
 * Some clients post a form body instead, but the documented form is the query string, so that is
 * what is sent; this is the only place that decides it.
 */
const TOKEN_METHOD: Record<TokenGrantType, 'GET' | 'POST'> = {
	authorization_code: 'GET',
	refresh_token: 'POST',
};

/**
 * Calls `{oauthUrl}/token` with `app_key`/`app_secret` (Mogujie's names, not client_id), all in the
 * query string, and returns the reply. Success is only `statusCode` "0000000" (errors come as HTTP 200); any other
 * reply becomes an Error naming the code and the next step, with no secret in it.
 */
export async function callTokenEndpoint(
	httpRequest: HttpRequest,
	credentials: MogujieCredentials,
	form: Record<string, string>,
): Promise<Record<string, unknown>> {
	const grant = form.grant_type as TokenGrantType;
	const secrets = [
		...secretsOf(credentials),
		...[form.code, form.refresh_token].filter((v): v is string => typeof v === 'string'),
	];
	const { statusCode, body } = await requestTokenEndpoint(
		httpRequest,
		{
			platform: 'Mogujie',
			what: WHAT[grant],
			urlField: 'OAuth URL',
			baseUrl: credentials.oauthUrl,
			secrets,
		},
		{ method: TOKEN_METHOD[grant], url: `${credentials.oauthUrl}/token`, qs: form },
	);
	if (
		body.statusCode !== '0000000' ||
		!isToken(body.access_token) ||
		!isToken(body.refresh_token)
	) {
		const code = typeof body.statusCode === 'string' ? body.statusCode : `HTTP ${statusCode}`;
		const msg =
			typeof body.errorMsg === 'string' && body.errorMsg !== '' ? `: ${body.errorMsg}` : '';
		const next =
			grant === 'authorization_code'
				? `A code works once and only for 10 minutes, and "Redirect URI" must be exactly the one used to get it. ${authorizationInstructions(credentials)}`
				: `The refresh token has expired, was replaced by a newer authorization or refresh, or App Key/App Secret are wrong. Authorize again: ${authorizationInstructions(credentials)}`;
		throw new CredentialError(
			redact(`Mogujie refused ${WHAT[grant]} (${code}${msg}). ${next}`, secrets),
			{ grantRefused: true },
		);
	}
	return body;
}
