import vectors from '../../fixtures/vectors/1688-sign.json';
import {
	aopSignature,
	signingPath,
	toParamString,
} from '../../../nodes/Alibaba1688/auth/signature';

type Vector = {
	urlPath: string;
	params: Record<string, string>;
	secret: string;
	signature: string;
};

describe('1688 _aop_signature', () => {
	it.each(Object.entries(vectors as Record<string, Vector>))('matches vector %s', (_name, v) => {
		expect(aopSignature(v.urlPath, v.params, v.secret)).toBe(v.signature);
	});

	it('sorts key+value strings, not keys (EX3 would give 92FA… if sorted by key)', () => {
		const ex3 = (vectors as Record<string, Vector>)[
			'EX3 sort-rule trap (sort key+value strings, not keys)'
		];
		expect(aopSignature(ex3.urlPath, ex3.params, ex3.secret)).not.toBe(
			'92FA0E197147E23D51659B63C717215C09A65F2D',
		);
	});

	it('ignores _aop_signature and null values, and signs numbers and booleans as text', () => {
		const base = aopSignature('param2/1/x.y/z/1', { a: '1', b: 'true' }, 's');
		expect(
			aopSignature('param2/1/x.y/z/1', { a: 1, b: true, c: null, _aop_signature: 'OLD' }, 's'),
		).toBe(base);
	});

	it('serialises objects and arrays as JSON', () => {
		expect(toParamString({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}');
		expect(toParamString(12)).toBe('12');
	});
});

describe('signingPath', () => {
	it('takes what follows /openapi/ up to the query', () => {
		expect(
			signingPath('https://gw.open.1688.com/openapi/param2/1/system/currentTime/1000000?a=1'),
		).toBe('param2/1/system/currentTime/1000000');
	});

	it('keeps working behind a proxy prefix and for /api/ and the http protocol', () => {
		expect(
			signingPath(
				'https://proxy.example.com/api/1688/openapi/param2/1/com.alibaba.trade/alibaba.trade.cancel/123',
			),
		).toBe('param2/1/com.alibaba.trade/alibaba.trade.cancel/123');
		expect(signingPath('http://127.0.0.1:1/api/param2/1/ns/name/1')).toBe('param2/1/ns/name/1');
		expect(signingPath('http://127.0.0.1:1/openapi/http/1/system.oauth2/getToken/1')).toBe(
			'http/1/system.oauth2/getToken/1',
		);
	});

	it('returns undefined for URLs that are not gateway API calls', () => {
		expect(signingPath('https://example.com/whatever')).toBeUndefined();
	});
});
