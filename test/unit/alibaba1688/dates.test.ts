import { formatGatewayDate, parseGatewayDate } from '../../../nodes/Alibaba1688/helpers/dates';

describe('1688 dates', () => {
	it('parses the 17-digit form as Beijing time', () => {
		expect(parseGatewayDate('20180807152315000+0800')).toBe(Date.parse('2018-08-07T07:23:15.000Z'));
		expect(parseGatewayDate('20180807152315123+0800')).toBe(Date.parse('2018-08-07T07:23:15.123Z'));
	});

	it('parses the 14-digit form of the token doc', () => {
		expect(parseGatewayDate('20121222222222+0800')).toBe(Date.parse('2012-12-22T14:22:22.000Z'));
	});

	it('honours other offsets', () => {
		expect(parseGatewayDate('20200101000000000-0130')).toBe(Date.parse('2020-01-01T01:30:00.000Z'));
	});

	it('rejects anything else', () => {
		for (const bad of [
			'',
			'2018-08-07',
			'20181307152315000+0800',
			'20180230000000+0800',
			'2018080715231+0800',
			42,
			undefined,
		]) {
			expect(parseGatewayDate(bad)).toBeUndefined();
		}
	});

	it('formats in Beijing time with millis, and round-trips', () => {
		const ms = Date.parse('2024-02-29T16:05:06.007Z');
		expect(formatGatewayDate(ms)).toBe('20240301000506007+0800');
		expect(parseGatewayDate(formatGatewayDate(ms))).toBe(ms);
	});
});
