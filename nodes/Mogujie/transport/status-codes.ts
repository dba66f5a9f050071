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
