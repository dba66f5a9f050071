import { timingSafeEqual } from 'crypto';

import { aopSignature } from './signature';

/**
 * Checks a pushed message's `_aop_signature`: the params-only signature (empty URL path) over every
 * parameter received except the signature, computed on the exact received text, compared in
 * constant time (case-insensitive, as the official SDK does).
 */
export function isAuthenticPush(params: Record<string, string>, appSecret: string): boolean {
	const received = params._aop_signature;
	if (!received || !appSecret) return false;
	// aopSignature leaves `_aop_signature` itself out of the signed factors.
	const expected = Buffer.from(aopSignature('', params, appSecret), 'utf8');
	const actual = Buffer.from(received.toUpperCase(), 'utf8');
	return expected.length === actual.length && timingSafeEqual(expected, actual);
}
