import {
	jsonObjectToParams,
	parseJsonObject,
	quoteUnsafeIntegers,
} from '../../../nodes/shared/helpers/json';

describe('quoteUnsafeIntegers', () => {
	it('quotes integers above 2^53 outside strings only', () => {
		expect(
			quoteUnsafeIntegers(
				'{"id":3298765432109876543,"s":"3298765432109876543","n":-12345678901234567,"f":1.5e300,"small":123}',
			),
		).toBe(
			'{"id":"3298765432109876543","s":"3298765432109876543","n":"-12345678901234567","f":1.5e300,"small":123}',
		);
	});

	it('copes with escaped quotes inside strings', () => {
		expect(quoteUnsafeIntegers('{"a":"x\\"1234567890123456789","b":1234567890123456789}')).toBe(
			'{"a":"x\\"1234567890123456789","b":"1234567890123456789"}',
		);
	});
});

describe('parseJsonObject', () => {
	it('returns objects only', () => {
		expect(parseJsonObject('{"a":1}')).toEqual({ a: 1 });
		expect(parseJsonObject('[1]')).toBeUndefined();
		expect(parseJsonObject('<html>')).toBeUndefined();
		expect(parseJsonObject('')).toBeUndefined();
		expect(parseJsonObject(Buffer.from('{"b":2}'))).toEqual({ b: 2 });
	});
});

describe('jsonObjectToParams', () => {
	it('keeps the exact digits of numbers and sends nested values as compact JSON', () => {
		expect(
			jsonObjectToParams(`{
				"orderId": 3298765432109876543,
				"webSite": "1688",
				"price": 1.50,
				"flag": true,
				"none": null,
				"cargoParamList": [ { "offerId": 3298765432109876543, "quantity": 2, "note": "a b" } ],
				"nested": {"k": "v, w"}
			}`),
		).toEqual({
			orderId: '3298765432109876543',
			webSite: '1688',
			price: '1.50',
			flag: 'true',
			cargoParamList: '[{"offerId":3298765432109876543,"quantity":2,"note":"a b"}]',
			nested: '{"k":"v, w"}',
		});
	});

	it('keeps document order even for integer-like keys and handles unicode', () => {
		expect(jsonObjectToParams('{"b":1,"2":{"x":"饼干"}}')).toEqual({ b: '1', 2: '{"x":"饼干"}' });
	});

	it('rejects arrays, scalars and invalid JSON', () => {
		expect(() => jsonObjectToParams('[1]')).toThrow(/JSON object/);
		expect(() => jsonObjectToParams('"x"')).toThrow(/JSON object/);
		expect(() => jsonObjectToParams('{"a":')).toThrow(SyntaxError);
	});
});
