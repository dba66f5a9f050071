/** Envelope codes Mogujie uses (mogujie.md §5.2): a user sees the code, the reason and the next step. */
export const SUCCESS = '0000000';

/** Clients renew the token and retry once on these (token invalid / expired). */
export const RENEWABLE = new Set(['0000001', '0000010']);

/** "AccessToken不存在，请重新授权": the token is unknown, so only a new authorization helps. */
export const TOKEN_UNKNOWN = '0000011';

/** Only the signature error's text is known ("Sign错误"), not its code. */
export const isSignatureError = (code: string, msg: string) =>
	/sign错误|sign error/i.test(msg) || code === '0000002';

export const BUSINESS_HINTS: Record<string, string> = {
	'1100400':
		'The SKU does not exist (or no longer belongs to the shop): check the SKU ID with Item → Get.',
};

/**
 * The codes a credential test can meet, for messages written before any reply exists, each with
 * Mogujie's own text where a real reply shows it: only 0000011's is on record (the b2c OMS's
 * MogujieResponse). Clients react to 0000001 and 0000010 without quoting a text, and 0000002 for a
 * bad signature is the sandbox's choice (only "Sign错误" is known), so none is made up here.
 */
export const CREDENTIAL_TEST_CODES: Record<string, string> = {
	'0000001': '',
	'0000002': '',
	'0000010': '',
	'0000011': 'AccessToken不存在，请重新授权',
};

export interface StatusExplanation {
	/** A token to renew (and retry once), or a failure. */
	kind: 'tokenRejected' | 'failed';
	message: string;
	/** What happened, without the next step (for writes whose fate is unknown). */
	summary?: string;
}

/** What a user reads for one envelope code: the code, Mogujie's text and the next step. */
export function explainStatus(
	code: string,
	msg: string,
	method: string,
	reauthorize: string,
): StatusExplanation {
	const label = `${code}${msg ? `: ${msg}` : ''}`;
	if (RENEWABLE.has(code)) {
		return {
			kind: 'tokenRejected',
			message: `Mogujie refused the access token even after renewing it (${label}). ${reauthorize}`,
		};
	}
	if (code === TOKEN_UNKNOWN) {
		return {
			kind: 'failed',
			message: `Mogujie does not know this access token (${label}). ${reauthorize}`,
		};
	}
	if (isSignatureError(code, msg)) {
		return {
			kind: 'failed',
			message: `Mogujie rejected the request signature (${label}). Check that the credential's App Secret belongs to its App Key: copy both again from the Mogujie open platform console.`,
		};
	}
	const hint = Object.prototype.hasOwnProperty.call(BUSINESS_HINTS, code)
		? BUSINESS_HINTS[code]
		: "See Mogujie's message; check the parameters of this call.";
	const summary = `Mogujie returned an error for ${method} (${label}).`;
	return { kind: 'failed', message: `${summary} ${hint}`, summary };
}
