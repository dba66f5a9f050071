import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import {
	credentialBaseUrl as baseUrl,
	credentialText as str,
} from '../../shared/auth/credential-values';

export const CREDENTIAL_TYPE = 'mogujieOAuth2Api';
export const DEFAULT_OAUTH_URL = 'https://oauth.mogujie.com';
export const DEFAULT_GATEWAY_URL = 'https://openapi.mogujie.com/invoke';

/** The credential's fields, user-facing and hidden, as n8n hands them to the credential and nodes. */
export interface MogujieCredentials {
	appKey: string;
	appSecret: string;
	redirectUri: string;
	authorizationCode: string;
	refreshToken: string;
	oauthUrl: string;
	gatewayUrl: string;
	accessToken: string;
	/** The expirable field: an expression that resolves to "" once the access token needs renewing. */
	session: string;
	accessTokenExpiresAt: string;
	refreshTokenExpiresAt: string;
	userId: string;
}

export function readCredentials(data: ICredentialDataDecryptedObject): MogujieCredentials {
	return {
		appKey: str(data.appKey),
		appSecret: typeof data.appSecret === 'string' ? data.appSecret : str(data.appSecret),
		redirectUri: str(data.redirectUri),
		authorizationCode: str(data.authorizationCode),
		refreshToken: str(data.refreshToken),
		oauthUrl: baseUrl(data.oauthUrl, 'OAuth URL', DEFAULT_OAUTH_URL),
		gatewayUrl: baseUrl(data.gatewayUrl, 'Gateway URL', DEFAULT_GATEWAY_URL),
		accessToken: str(data.accessToken),
		session: str(data.session),
		accessTokenExpiresAt: str(data.accessTokenExpiresAt),
		refreshTokenExpiresAt: str(data.refreshTokenExpiresAt),
		userId: str(data.userId),
	};
}

/** Everything that must never appear in a message, log line or output item. */
export function secretsOf(credentials: Partial<MogujieCredentials>): string[] {
	return [
		credentials.appSecret,
		credentials.accessToken,
		credentials.refreshToken,
		credentials.authorizationCode,
	].filter((s): s is string => typeof s === 'string' && s !== '');
}
