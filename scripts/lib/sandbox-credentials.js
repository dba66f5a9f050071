// @ts-check
'use strict';

// The n8n credentials that connect to running sandboxes as their demo accounts, for `npm start` and
// the tests. Hidden token fields are left to the credentials: they obtain the tokens themselves.

/**
 * @param {{ url: string, demo: { appKey: string, appSecret: string, redirectUri: string, refreshToken: string } }} sb
 * @param {Record<string, unknown>} [overrides] credential fields to set instead (e.g. a code instead of the refresh token)
 */
function alibaba1688SandboxCredentialData(sb, overrides = {}) {
	return {
		appKey: sb.demo.appKey,
		appSecret: sb.demo.appSecret,
		redirectUri: sb.demo.redirectUri,
		refreshToken: sb.demo.refreshToken,
		gatewayUrl: sb.url,
		authorizeUrl: `${sb.url}/oauth/authorize`,
		...overrides,
	};
}

/**
 * @param {{ url: string, demo: { appKey: string, appSecret: string, redirectUri: string, refreshToken: string } }} sb
 * @param {Record<string, unknown>} [overrides]
 */
function mogujieSandboxCredentialData(sb, overrides = {}) {
	return {
		appKey: sb.demo.appKey,
		appSecret: sb.demo.appSecret,
		redirectUri: sb.demo.redirectUri,
		refreshToken: sb.demo.refreshToken,
		oauthUrl: sb.url,
		gatewayUrl: `${sb.url}/invoke`,
		...overrides,
	};
}

module.exports = { alibaba1688SandboxCredentialData, mogujieSandboxCredentialData };
