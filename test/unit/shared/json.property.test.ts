import fc from 'fast-check';

import {
	jsonObjectToParams,
	parseJsonObject,
	quoteUnsafeIntegers,
} from '../../../nodes/shared/helpers/json';
import { garbageBody, replyJsonText, weirdText } from '../../support/fuzz-arbitraries';
import { runs } from '../../support/fuzz-runs';

const isPlainObject = (value: unknown) =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** JSON values with integers a double holds exactly (15 digits), so parsing must give them back. */
const safeJson = fc.letrec((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small' },
		fc.string({ unit: 'binary', maxLength: 20 }),
		fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }),
		fc.boolean(),
		fc.constant(null),
		fc.array(tie('value'), { maxLength: 4 }),
		tie('object'),
	),
	object: fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), tie('value'), { maxKeys: 5 }),
}));

describe('parseJsonObject (replies)', () => {
	it('never throws, and gives a plain object or undefined, for any reply text', () => {
		fc.assert(
			fc.property(fc.oneof(garbageBody, replyJsonText, weirdText), (text) => {
				const parsed = parseJsonObject(text);
				expect(parsed === undefined || isPlainObject(parsed)).toBe(true);
			}),
			{ numRuns: runs(300) },
		);
	});

	it('gives back any object whose integers are safe, strings exactly as sent', () => {
		fc.assert(
			fc.property(safeJson.object, (object) => {
				expect(parseJsonObject(JSON.stringify(object))).toEqual(object);
			}),
			{ numRuns: runs(200) },
		);
	});

	it('reads integers of 16 digits and more as their exact digits, wherever they are', () => {
		fc.assert(
			fc.property(
				fc.stringMatching(/^-?[1-9]\d{15,29}$/),
				fc.string({ unit: 'binary', maxLength: 12 }),
				(digits, text) => {
					const raw = `{"id":${digits},"text":${JSON.stringify(text)},"list":[${digits}, {"n":${digits}}]}`;
					expect(parseJsonObject(raw)).toEqual({
						id: digits,
						text,
						list: [digits, { n: digits }],
					});
				},
			),
			{ numRuns: runs(150) },
		);
	});

	it('leaves digits inside strings alone, escaped quotes included', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', maxLength: 30 }),
				fc.stringMatching(/^\d{16,25}$/),
				(text, digits) => {
					const value = `${text}\\"${digits}"${text}`;
					expect(parseJsonObject(JSON.stringify({ value }))).toEqual({ value });
					expect(quoteUnsafeIntegers(JSON.stringify(value))).toBe(JSON.stringify(value));
				},
			),
			{ numRuns: runs(150) },
		);
	});
});

describe('jsonObjectToParams (Parameters JSON)', () => {
	it('gives text fields for any JSON object, or throws a SyntaxError for anything else', () => {
		fc.assert(
			fc.property(fc.oneof(garbageBody, replyJsonText, weirdText), (text) => {
				let params: Record<string, string> | undefined;
				try {
					params = jsonObjectToParams(text);
				} catch (error) {
					expect(error).toBeInstanceOf(SyntaxError);
					return;
				}
				for (const value of Object.values(params)) expect(typeof value).toBe('string');
			}),
			{ numRuns: runs(300) },
		);
	});

	it('keeps every non-null field: strings as they are, others as JSON text that reads back the same', () => {
		fc.assert(
			fc.property(safeJson.object, fc.boolean(), (object, pretty) => {
				const params = jsonObjectToParams(JSON.stringify(object, null, pretty ? 2 : undefined));
				const expected = Object.entries(object).filter(([, v]) => v !== null);
				expect(Object.keys(params).sort()).toEqual(expected.map(([k]) => k).sort());
				for (const [key, value] of expected) {
					if (typeof value === 'string') expect(params[key]).toBe(value);
					else expect(JSON.parse(params[key])).toEqual(value);
				}
			}),
			{ numRuns: runs(200) },
		);
	});

	it('sends long integers with their exact digits', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[1-9]\d{15,24}$/), (digits) => {
				expect(jsonObjectToParams(`{"orderId": ${digits}, "ids": [${digits}]}`)).toEqual({
					orderId: digits,
					ids: `[${digits}]`,
				});
			}),
			{ numRuns: runs(100) },
		);
	});
});

/** The plain character-by-character reader quoteUnsafeIntegers replaced, kept as the oracle. */
function quoteUnsafeIntegersOracle(text: string): string {
	let out = '';
	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		if (ch === '"') {
			let j = i + 1;
			while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
			out += text.slice(i, j + 1);
			i = j + 1;
		} else if (ch === '-' || (ch >= '0' && ch <= '9')) {
			let j = i + 1;
			while (j < text.length && /[0-9.eE+-]/.test(text[j])) j++;
			const token = text.slice(i, j);
			out += /^-?\d+$/.test(token) && token.replace('-', '').length > 15 ? `"${token}"` : token;
			i = j;
		} else {
			out += ch;
			i++;
		}
	}
	return out;
}

describe('quoteUnsafeIntegers', () => {
	const number = fc.oneof(
		fc.stringMatching(/^-?\d{1,30}$/),
		fc.stringMatching(/^-?\d{1,22}\.\d{1,22}$/),
		fc.stringMatching(/^-?\d{1,20}(\.\d{1,20})?[eE][+-]?\d{1,3}$/),
	);
	const jsonText = fc
		.array(fc.oneof(number, fc.json(), fc.string({ unit: 'binary', maxLength: 30 })), {
			maxLength: 12,
		})
		.map((parts) => `{"a":[${parts.join(',')}]}`);

	it('gives exactly what the plain character-by-character reader gives, on any text', () => {
		fc.assert(
			fc.property(fc.oneof(jsonText, fc.json(), weirdText, fc.string()), (text) => {
				expect(quoteUnsafeIntegers(text)).toBe(quoteUnsafeIntegersOracle(text));
			}),
			{ numRuns: runs(1000) },
		);
	});

	it('keeps 19-digit ids, fractions and exponents exact', () => {
		expect(
			quoteUnsafeIntegers('{"id":3298765432109876543,"f":0.12345678901234567890,"e":1e16}'),
		).toBe('{"id":"3298765432109876543","f":0.12345678901234567890,"e":1e16}');
		expect(quoteUnsafeIntegers('{"s":"329876543210987654\\"3","n":-1234567890123456}')).toBe(
			'{"s":"329876543210987654\\"3","n":"-1234567890123456"}',
		);
	});
});
