import { dateParameterToEpoch } from '../../../nodes/shared/helpers/zoned-time';

describe('dateParameterToEpoch', () => {
	it('reads wall time without an offset in the workflow timezone', () => {
		expect(dateParameterToEpoch('2026-11-21T00:00:00', 'Asia/Shanghai')).toBe(
			Date.parse('2026-11-20T16:00:00Z'),
		);
		expect(dateParameterToEpoch('2026-11-21', 'Asia/Shanghai')).toBe(
			Date.parse('2026-11-20T16:00:00Z'),
		);
		expect(dateParameterToEpoch('2026-07-01T12:00:00', 'Europe/Berlin')).toBe(
			Date.parse('2026-07-01T10:00:00Z'),
		);
		expect(dateParameterToEpoch('2026-01-01T12:00:00', 'Europe/Berlin')).toBe(
			Date.parse('2026-01-01T11:00:00Z'),
		);
		expect(dateParameterToEpoch('2026-11-21T00:00:00', 'UTC')).toBe(
			Date.parse('2026-11-21T00:00:00Z'),
		);
	});

	it('keeps an explicit offset, as n8n expressions produce', () => {
		expect(dateParameterToEpoch('2026-11-21T00:00:00.000+08:00', 'Europe/Berlin')).toBe(
			Date.parse('2026-11-20T16:00:00Z'),
		);
		expect(dateParameterToEpoch('2026-11-21T00:00:00Z', 'Asia/Shanghai')).toBe(
			Date.parse('2026-11-21T00:00:00Z'),
		);
	});

	it('handles daylight-saving gaps without drifting more than the gap', () => {
		const ms = dateParameterToEpoch('2026-03-29T02:30:00', 'Europe/Berlin') as number;
		expect(Math.abs(ms - Date.parse('2026-03-29T01:30:00Z'))).toBeLessThanOrEqual(3_600_000);
	});

	it('rejects what is not a date', () => {
		for (const bad of ['', 'yesterday', '2026-13-45T99:00:00', undefined, null, {}]) {
			expect(dateParameterToEpoch(bad, 'UTC')).toBeUndefined();
		}
	});
});
