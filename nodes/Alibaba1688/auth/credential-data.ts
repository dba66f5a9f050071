import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import {
	credentialBaseUrl as baseUrl,
	credentialText as str,
} from '../../shared/auth/credential-values';

export const CREDENTIAL_TYPE = 'alibaba1688OAuth2Api';
export const DEFAULT_GATEWAY_URL = 'https://gw.open.1688.com';
export const DEFAULT_AUTHORIZE_URL = 'https://auth.1688.com/oauth/authorize';

/**
 * The root every gateway path is added to. Users paste the Gateway URL with or without a trailing
 * `/openapi` or `/`; all forms mean the same gateway. The credential test applies the same rule
 * as an expression (transport/credential-test.ts), and a unit test checks they agree.
 */
export function gatewayRoot(url: string): string {
	return url
		.replace(/\/+$/, '')
		.replace(/\/openapi$/, '')
		.replace(/\/+$/, '');
}

/** The credential's fields, user-facing and hidden, as n8n hands them to the credential and nodes. */
export interface Alibaba1688Credentials {
	appKey: string;
	appSecret: string;
	redirectUri: string;
	authorizationCode: string;
	refreshToken: string;
	gatewayUrl: string;
	authorizeUrl: string;
	accessToken: string;
	/** The expirable field: an expression that resolves to "" once the access token needs renewing. */
	session: string;
	accessTokenExpiresAt: string;
	refreshTokenExpiresAt: string;
	memberId: string;
	aliId: string;
	resource_owner: string;
}

export function readCredentials(data: ICredentialDataDecryptedObject): Alibaba1688Credentials {
	return {
		appKey: str(data.appKey),
		appSecret: typeof data.appSecret === 'string' ? data.appSecret : str(data.appSecret),
		redirectUri: str(data.redirectUri),
		authorizationCode: str(data.authorizationCode),
		refreshToken: str(data.refreshToken),
		gatewayUrl: gatewayRoot(baseUrl(data.gatewayUrl, 'Gateway URL', DEFAULT_GATEWAY_URL)),
		authorizeUrl: baseUrl(data.authorizeUrl, 'Authorize URL', DEFAULT_AUTHORIZE_URL),
		accessToken: str(data.accessToken),
		session: str(data.session),
		accessTokenExpiresAt: str(data.accessTokenExpiresAt),
		refreshTokenExpiresAt: str(data.refreshTokenExpiresAt),
		memberId: str(data.memberId),
		aliId: str(data.aliId),
		resource_owner: str(data.resource_owner),
	};
}

/** Everything that must never appear in a message, log line or output item. */
export function secretsOf(credentials: Partial<Alibaba1688Credentials>): string[] {
	return [
		credentials.appSecret,
		credentials.accessToken,
		credentials.refreshToken,
		credentials.authorizationCode,
	].filter((s): s is string => typeof s === 'string' && s !== '');
}
