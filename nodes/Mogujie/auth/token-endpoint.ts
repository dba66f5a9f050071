import { CredentialError } from '../../shared/auth/credential-error';
import { redact } from '../../shared/helpers/redact';
import type { HttpRequest } from '../../shared/auth/token-request';
import { requestTokenEndpoint } from '../../shared/auth/token-request';
import { authorizationInstructions, CODE_MINUTES } from './authorization-url';
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
		const message = typeof body.errorMsg === 'string' ? body.errorMsg : '';
		const refusal = classifyRefusal(message);
		throw new CredentialError(
			redact(
				`Mogujie refused ${refusal === 'app' ? "the app's key or secret" : WHAT[grant]} (${code}${message ? `: ${message}` : ''}). ${nextStep(grant, refusal, credentials)}`,
				secrets,
			),
			// A refused app is not a spent grant: no point re-reading the credential for it.
			{ grantRefused: refusal !== 'app' },
		);
	}
	return body;
}

type Refusal = 'app' | 'redirect' | 'grant';

/**
 * What a refusal is about. Mogujie published none of its `/token` codes (protocol §3.6), so the
 * code cannot tell; its `errorMsg` names the parameter at fault (the sandbox's "app_secret错误"
 * follows that form), and each fault has its own next step.
 */
function classifyRefusal(message: string): Refusal {
	if (/app_?(key|secret)|appkey|appsecret|应用/i.test(message)) return 'app';
	if (/redirect_?uri|回调/i.test(message)) return 'redirect';
	return 'grant';
}

function nextStep(
	grant: TokenGrantType,
	refusal: Refusal,
	credentials: MogujieCredentials,
): string {
	if (refusal === 'app') {
		return 'Copy "App Key" and "App Secret" exactly (no spaces) from the Mogujie open platform console and save; the authorization itself need not be repeated.';
	}
	if (refusal === 'redirect') {
		return `"Redirect URI" must be exactly the callback address the code was issued for. Correct it, then authorize again (a code works once): ${authorizationInstructions(credentials)}`;
	}
	return grant === 'authorization_code'
		? `A code works once and only for ${CODE_MINUTES} minutes, and "Redirect URI" must be exactly the one used to get it. ${authorizationInstructions(credentials)}`
		: `The refresh token has expired or was replaced: Mogujie keeps only a shop's newest authorization, so authorizing the same shop again (in another credential or another tool) ends this one's tokens. Authorize again: ${authorizationInstructions(credentials)}`;
}
