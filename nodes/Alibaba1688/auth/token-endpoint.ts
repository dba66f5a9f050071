import { CredentialError } from '../../shared/auth/credential-error';
import { redact } from '../../shared/helpers/redact';
import type { HttpRequest } from '../../shared/auth/token-request';
import { requestTokenEndpoint } from '../../shared/auth/token-request';
import { authorizationInstructions } from './authorization-url';
import type { Alibaba1688Credentials } from './credential-data';
import { secretsOf } from './credential-data';

export type { HttpRequest };

export type TokenCall = 'exchange' | 'refresh' | 'postpone';

/** Where each call goes: the documented code exchange uses the `http` protocol, the others `param2`. */
const TOKEN_PATHS: Record<TokenCall, string> = {
	exchange: 'http/1/system.oauth2/getToken',
	refresh: 'param2/1/system.oauth2/getToken',
	postpone: 'param2/1/system.oauth2/postponeToken',
};

const WHAT: Record<TokenCall, string> = {
	exchange: 'the authorization code',
	refresh: 'the refresh token',
	postpone: 'the refresh token extension (postponeToken)',
};

/** A token the reply really holds: an empty one would be stored and then sent as none. */
const isToken = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

/**
 * POSTs to a token endpoint with every parameter in the query string and an empty body, exactly as
 * 1688 documents it (the calls are unsigned), and returns the parsed JSON reply. Every failure
 * becomes an Error whose message names 1688's code and the next step, with no secret in it.
 */
export async function callTokenEndpoint(
	httpRequest: HttpRequest,
	credentials: Alibaba1688Credentials,
	call: TokenCall,
	query: Record<string, string>,
): Promise<Record<string, unknown>> {
	const url = `${credentials.gatewayUrl}/openapi/${TOKEN_PATHS[call]}/${encodeURIComponent(credentials.appKey)}`;
	// Only the values that are secrets: redacting `refresh_token` or the redirect URI everywhere
	// would garble 1688's own description of the problem.
	const secrets = [
		...secretsOf(credentials),
		...[query.code, query.refresh_token, query.access_token].filter(
			(v): v is string => typeof v === 'string',
		),
	];
	const { statusCode: status, body } = await requestTokenEndpoint(
		httpRequest,
		{
			platform: '1688',
			what: WHAT[call],
			urlField: 'Gateway URL',
			baseUrl: credentials.gatewayUrl,
			secrets,
		},
		{ url, qs: query },
	);
	const code =
		typeof body.error === 'string'
			? body.error
			: typeof body.error_code === 'string'
				? body.error_code
				: undefined;
	if (
		status >= 400 ||
		code ||
		(call !== 'postpone' && !isToken(body.access_token)) ||
		(call === 'postpone' && !isToken(body.refresh_token))
	) {
		throw new CredentialError(
			redact(tokenErrorMessage(call, status, code, body, credentials), secrets),
			// A refused app (wrong key or secret) is not a spent grant: no point re-reading for it.
			{ grantRefused: code !== 'invalid_client' && !(status === 401 && !code) },
		);
	}
	return body;
}

function tokenErrorMessage(
	call: TokenCall,
	status: number,
	code: string | undefined,
	body: Record<string, unknown>,
	credentials: Alibaba1688Credentials,
): string {
	const detail = [body.error_description, body.error_message, body.errorMessage].find(
		(d) => typeof d === 'string' && d !== '',
	) as string | undefined;
	const label = `${code ?? `HTTP ${status}`}${detail ? `: ${detail}` : ''}`;
	if (code === 'invalid_client' || (status === 401 && !code)) {
		return `1688 refused the app's credentials (${label}). Check that "App Key" and "App Secret" are copied exactly from the 1688 open-platform console (应用管理), with no spaces.`;
	}
	if (code === 'invalid_grant' && call === 'exchange') {
		return `1688 refused the authorization code (${label}). A code works once and only for 2 minutes, and "Redirect URI" must be exactly the one used to get it. ${authorizationInstructions(credentials)}`;
	}
	if (code === 'invalid_grant' && call === 'refresh') {
		return `1688 refused the refresh token (${label}): it has expired or was revoked (password change, subscription ended or authorization cancelled). Authorize again: ${authorizationInstructions(credentials)}`;
	}
	if (call === 'postpone') {
		return `1688 did not extend the refresh token (${label}). It can be extended only in its last 30 days; if it has expired, authorize again: ${authorizationInstructions(credentials)}`;
	}
	if (status >= 500) {
		return `1688's token endpoint failed (${label}) while exchanging ${WHAT[call]}. The gateway is having trouble: try again in a few minutes.`;
	}
	return `1688 refused ${WHAT[call]} (${label}). Check the credential's App Key, App Secret and Redirect URI; if the problem stays, authorize again: ${authorizationInstructions(credentials)}`;
}
