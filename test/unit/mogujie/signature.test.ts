import { createHash } from 'crypto';

import vectors from '../../fixtures/vectors/mogujie-sign.json';
import { mogujieSignature } from '../../../nodes/Mogujie/auth/signature';

type Vector = { params: Record<string, string>; string_to_sign: string; sign: string };
// The vectors' dummy app secret opens (and closes) every string to sign.
const SECRET = vectors['V1 trade.sold.get'].string_to_sign.slice(0, 32);

describe('Mogujie sign', () => {
	it.each(Object.entries(vectors as Record<string, Vector>))('matches vector %s', (_name, v) => {
		expect(mogujieSignature(v.params, SECRET)).toBe(v.sign);
		expect(createHash('md5').update(v.string_to_sign, 'utf8').digest('hex').toUpperCase()).toBe(
			v.sign,
		);
	});

	it('ignores an existing sign and keeps 32 digits with leading zeros', () => {
		const v = (vectors as Record<string, Vector>)['V2 trade.get'];
		expect(mogujieSignature({ ...v.params, sign: 'OLD' }, SECRET)).toBe(v.sign);
		const withLeadingZero = { ...v.params, timestamp: '1589187113' };
		expect(mogujieSignature(withLeadingZero, SECRET)).toBe('09EA9991C46251B095B90ABB7090E85F');
	});

	it('orders keys by code unit, upper case first', () => {
		const a = mogujieSignature({ b: '1', B: '2', a: '3' }, 's');
		const expected = createHash('md5').update('sB2a3b1s', 'utf8').digest('hex').toUpperCase();
		expect(a).toBe(expected);
	});
});
