import { locatorValue } from '../../../nodes/shared/helpers/resource-locator';

describe('locatorValue', () => {
	it("reads a resource locator's mode and value", () => {
		expect(locatorValue({ __rl: true, mode: 'url', value: 'https://x' })).toEqual({
			mode: 'url',
			value: 'https://x',
		});
		expect(locatorValue({ __rl: true, mode: 'list', value: '42', cachedResultName: 'x' })).toEqual({
			mode: 'list',
			value: '42',
		});
	});

	it('takes a plain value, as older node versions save it, without a mode', () => {
		expect(locatorValue('3298765432109876543')).toEqual({ value: '3298765432109876543' });
		expect(locatorValue(42)).toEqual({ value: 42 });
		expect(locatorValue(undefined)).toEqual({ value: undefined });
		// an object that is not a locator stays what it is, for the reader to refuse
		expect(locatorValue({ value: '1' })).toEqual({ value: { value: '1' } });
		expect(locatorValue(['1'])).toEqual({ value: ['1'] });
	});
});
