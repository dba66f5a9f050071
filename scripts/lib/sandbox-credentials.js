// @ts-check
'use strict';

// The n8n credentials that connect to running sandboxes as their demo accounts (on 1688 the demo
// buyer, or the demo supplier), for `npm start` and the tests. Hidden token fields are left to the
// credentials: they obtain the tokens themselves.

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
 * The same credential authorized by the 1688 sandbox's demo supplier (`sb.supplier`, the seller of
 * its sales orders and own products) instead of the demo buyer: the demo app, the supplier's seeded
 * refresh token.
 * @param {{ url: string, demo: { appKey: string, appSecret: string, redirectUri: string },
 *   supplier: { refreshToken: string } }} sb
 * @param {Record<string, unknown>} [overrides]
 */
function alibaba1688SupplierCredentialData(sb, overrides = {}) {
	return alibaba1688SandboxCredentialData(
		{ url: sb.url, demo: { ...sb.demo, refreshToken: sb.supplier.refreshToken } },
		overrides,
	);
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

module.exports = {
	alibaba1688SandboxCredentialData,
	alibaba1688SupplierCredentialData,
	mogujieSandboxCredentialData,
};
