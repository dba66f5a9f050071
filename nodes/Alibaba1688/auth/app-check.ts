import { createHash } from 'crypto';

import { CredentialError } from '../../shared/auth/credential-error';
import { parseJsonObject } from '../../shared/helpers/json';
import { bodyText } from '../../shared/helpers/text';
import type { Alibaba1688Credentials } from './credential-data';
import { aopSignature } from './signature';
import type { HttpRequest } from './token-endpoint';

/** The credential test's own API: any API that needs a user token serves. */
const CHECK_PATH = 'param2/1/com.alibaba.account/alibaba.account.basic';

/** The gateway's refusals of the app itself, and what to fix for each. */
const APP_REFUSALS: Record<string, string> = {
	'gw.AppKeyNotFound':
		'1688 does not know this App Key. Copy "App Key" exactly (digits only) from the 1688 open-platform console (应用管理).',
	'gw.AppKeyMissing': 'Fill in "App Key" from the 1688 open-platform console (应用管理).',
	'gw.SignatureInvalid':
		'1688 refused the signature made with this App Secret. Copy "App Secret" exactly (no spaces) from the 1688 open-platform console (应用管理) for the same app as the App Key.',
};

/** Apps already checked by this process: the check costs a call, and its answer does not change. */
const checkedApps = new Set<string>();

const appKeyOf = (c: Alibaba1688Credentials) =>
	createHash('sha256').update(`${c.gatewayUrl}\n${c.appKey}\n${c.appSecret}`).digest('hex');

/**
 * Before the user is sent to 1688's consent page, makes sure the App Key and App Secret are right,
 * so a wrong secret is not found only after the consent. 1688's gateway checks the app key, then
 * the signature, then the user token (protocol notes, "Observed order of checks"), so one signed
 * call without a token answers `gw.AppKeyNotFound` or `gw.SignatureInvalid` for a wrong app, and
 * "need user authorized" for a right one. Anything else (an unreachable gateway, a rate limit) is
 * left to the call that follows.
 */
export async function checkAppBeforeConsent(
	httpRequest: HttpRequest,
	c: Alibaba1688Credentials,
): Promise<void> {
	const key = appKeyOf(c);
	if (checkedApps.has(key)) return;
	const urlPath = `${CHECK_PATH}/${encodeURIComponent(c.appKey)}`;
	const form = { _aop_timestamp: String(Date.now()) };
	const reply: { statusCode: number; body: unknown } | undefined = await httpRequest({
		method: 'POST',
		url: `${c.gatewayUrl}/openapi/${urlPath}`,
		body: new URLSearchParams({
			...form,
			_aop_signature: aopSignature(urlPath, form, c.appSecret),
		}).toString(),
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		encoding: 'text',
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: 15_000,
	}).then(
		(response: { statusCode: number; body: unknown }) => response,
		() => undefined,
	);
	if (!reply) return;
	const body = parseJsonObject(bodyText(reply.body));
	const code = typeof body?.error_code === 'string' ? body.error_code : undefined;
	const refusal = code === undefined ? undefined : APP_REFUSALS[code];
	if (refusal) {
		throw new CredentialError(
			`${refusal} (${code}) Then test the credential again; it gives the authorization URL once the app is right.`,
			{ grantRefused: false },
		);
	}
	// Past the signature: the app is right (this is the answer expected before authorization).
	if (reply.statusCode === 401) checkedApps.add(key);
}
