// @ts-check
'use strict';

// A stored credential that already holds a live sandbox token (its session resolves to "valid"),
// for integration tests of node operations rather than of the token flow.
const {
	alibaba1688SandboxCredentialData,
	mogujieSandboxCredentialData,
} = require('../../scripts/lib/sandbox-credentials');
const { CredentialStore } = require('../../scripts/lib/n8n-context');

/**
 * @param {Parameters<typeof alibaba1688SandboxCredentialData>[0]} sb
 * @param {Record<string, string>} tokens a getToken reply from `sb.issueTokens`
 * @param {Record<string, unknown>} [extra]
 */
function signedInCredential(sb, tokens, extra = {}) {
	return new CredentialStore(
		'alibaba1688OAuth2Api',
		alibaba1688SandboxCredentialData(sb, {
			accessToken: tokens.access_token,
			refreshToken: tokens.refresh_token,
			session: '={{ "valid" }}',
			...extra,
		}),
	);
}

/**
 * The same for Mogujie, whose credential also keeps the shop's user id.
 * @param {Parameters<typeof mogujieSandboxCredentialData>[0] & { demo: { userId: string } }} sb
 * @param {Record<string, string>} tokens a token reply from `sb.issueTokens`
 */
function signedInMogujieCredential(sb, tokens) {
	return new CredentialStore(
		'mogujieOAuth2Api',
		mogujieSandboxCredentialData(sb, {
			accessToken: tokens.access_token,
			refreshToken: tokens.refresh_token,
			userId: sb.demo.userId,
			session: '={{ "valid" }}',
		}),
	);
}

module.exports = { signedInCredential, signedInMogujieCredential };
