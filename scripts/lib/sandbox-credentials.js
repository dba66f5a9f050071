// @ts-check
'use strict';

// The n8n credential that connects to a running sandbox as its demo buyer, for `npm start` and the
// end-to-end tests. Hidden token fields are left to the credential: it obtains them itself.

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

module.exports = { alibaba1688SandboxCredentialData };
