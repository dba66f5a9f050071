import vectors from '../../fixtures/vectors/1688-sign.json';
import { isAuthenticPush } from '../../../nodes/Alibaba1688/auth/verify-push';

const ex5 = vectors['EX5 push message (empty url path)'];

describe('isAuthenticPush', () => {
	it('accepts the documented example (EX5), in either case', () => {
		expect(
			isAuthenticPush({ message: ex5.params.message, _aop_signature: ex5.signature }, ex5.secret),
		).toBe(true);
		expect(
			isAuthenticPush(
				{ message: ex5.params.message, _aop_signature: ex5.signature.toLowerCase() },
				ex5.secret,
			),
		).toBe(true);
	});

	it('refuses unsigned, forged, re-serialised or wrongly keyed messages', () => {
		expect(isAuthenticPush({ message: ex5.params.message }, ex5.secret)).toBe(false);
		expect(
			isAuthenticPush(
				{ message: ex5.params.message, _aop_signature: `${ex5.signature.slice(0, -1)}0` },
				ex5.secret,
			),
		).toBe(false);
		expect(
			isAuthenticPush({ message: ex5.params.message, _aop_signature: 'short' }, ex5.secret),
		).toBe(false);
		const reserialised = JSON.stringify(JSON.parse(ex5.params.message), null, 1);
		expect(
			isAuthenticPush({ message: reserialised, _aop_signature: ex5.signature }, ex5.secret),
		).toBe(false);
		expect(
			isAuthenticPush(
				{ message: ex5.params.message, _aop_signature: ex5.signature },
				`${ex5.secret}x`,
			),
		).toBe(false);
		expect(
			isAuthenticPush(
				{ message: ex5.params.message, _aop_signature: ex5.signature, extra: '1' },
				ex5.secret,
			),
		).toBe(false);
	});
});
