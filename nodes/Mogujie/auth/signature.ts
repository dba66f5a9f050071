import { createHash } from 'crypto';

/**
 * Mogujie's `sign`: MD5 over the UTF-8 of secret + every key+value (all parameters but `sign`,
 * keys in ordinal order, so upper-case keys such as `Params` come first) + secret, as 32
 * upper-case hex digits.
 */
export function mogujieSignature(params: Record<string, string>, appSecret: string): string {
	const keys = Object.keys(params)
		.filter((key) => key !== 'sign')
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const text = appSecret + keys.map((key) => key + params[key]).join('') + appSecret;
	return createHash('md5').update(text, 'utf8').digest('hex').toUpperCase();
}
