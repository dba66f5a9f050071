import fc from 'fast-check';

import { formatGatewayDate, parseGatewayDate } from '../../../nodes/Alibaba1688/helpers/dates';
import { formatMogujieDate, parseMogujieDate } from '../../../nodes/Mogujie/helpers/dates';
import { dateParameterToEpoch } from '../../../nodes/shared/helpers/zoned-time';
import { dateValue, weirdText, weirdValue } from '../../support/fuzz-arbitraries';
import { runs } from '../../support/fuzz-runs';

/** Years 1 to 9999. */
const EARLIEST_MS = Date.parse('0001-01-01T00:00:00Z');
const LATEST_MS = Date.parse('9999-12-31T23:59:59.999Z');
/** Instants both platforms print with a 4-digit year. */
const printable = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(9999, 11, 30) });
const timeZone = fc.constantFrom(
	'Asia/Shanghai',
	'UTC',
	'America/New_York',
	'Europe/Berlin',
	'Australia/Lord_Howe',
	'Pacific/Kiritimati',
	'America/St_Johns',
	'Asia/Kathmandu',
);

describe('1688 dates (yyyyMMddHHmmssSSS+0800)', () => {
	it('reads back every instant it prints', () => {
		fc.assert(
			fc.property(printable, (ms) => {
				expect(parseGatewayDate(formatGatewayDate(ms))).toBe(ms);
			}),
			{ numRuns: runs(300) },
		);
	});

	it('reads any other value as a date or as nothing, never throwing', () => {
		fc.assert(
			fc.property(fc.oneof(weirdValue, fc.stringMatching(/^\d{14,17}[+-]\d{4}$/)), (value) => {
				const ms = parseGatewayDate(value);
				if (ms !== undefined) expect(Number.isFinite(ms)).toBe(true);
			}),
			{ numRuns: runs(400) },
		);
	});
});

describe('Mogujie dates (yyyy-MM-dd HH:mm:ss, Beijing)', () => {
	it('reads back every instant it prints, to the second', () => {
		fc.assert(
			fc.property(printable, (ms) => {
				expect(parseMogujieDate(formatMogujieDate(ms))).toBe(ms - (ms % 1000));
			}),
			{ numRuns: runs(300) },
		);
	});

	it('reads any other value as a date or as nothing, never throwing', () => {
		fc.assert(
			fc.property(
				fc.oneof(weirdValue, fc.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)),
				(value) => {
					const ms = parseMogujieDate(value);
					if (ms !== undefined) expect(Number.isFinite(ms)).toBe(true);
				},
			),
			{ numRuns: runs(400) },
		);
	});
});

describe('date parameters (n8n date pickers and expressions)', () => {
	it('gives an instant of years 1 to 9999, or nothing, for any value in any timezone', () => {
		fc.assert(
			fc.property(fc.oneof(dateValue, weirdText), timeZone, (value, zone) => {
				const ms = dateParameterToEpoch(value, zone);
				if (ms === undefined) return;
				expect(Number.isFinite(ms)).toBe(true);
				expect(ms).toBeGreaterThanOrEqual(EARLIEST_MS);
				expect(ms).toBeLessThanOrEqual(LATEST_MS);
				// so both platforms can print it
				expect(formatGatewayDate(ms)).not.toMatch(/NaN/);
				expect(formatMogujieDate(ms)).not.toMatch(/NaN/);
			}),
			{ numRuns: runs(500) },
		);
	});

	it("reads a picker's wall time in the workflow's timezone", () => {
		fc.assert(
			fc.property(printable, timeZone, (ms, zone) => {
				const wall = new Date(ms - (ms % 1000)).toISOString().slice(0, 19);
				const epoch = dateParameterToEpoch(wall, zone);
				const printed = new Intl.DateTimeFormat('sv-SE', {
					timeZone: zone,
					year: 'numeric',
					month: '2-digit',
					day: '2-digit',
					hour: '2-digit',
					minute: '2-digit',
					second: '2-digit',
					hourCycle: 'h23',
				})
					.format(new Date(epoch as number))
					.replace(' ', 'T');
				// a wall time skipped by a daylight-saving change has no instant; it lands an hour off
				if (printed !== wall)
					expect(Math.abs(Date.parse(`${printed}Z`) - Date.parse(`${wall}Z`))).toBeLessThanOrEqual(
						3_600_000,
					);
			}),
			{ numRuns: runs(300) },
		);
	});

	// Regression: epoch numbers outside the Date range passed as dates, printed as "NaNNaN…" and
	// made the Mogujie time windows (12 h each) run to billions.
	it.each([1e20, -1e20, 8.64e15, -8.64e15, Number.MAX_VALUE, '+275760-09-13T00:00:00Z'])(
		'refuses %s',
		(value) => {
			expect(dateParameterToEpoch(value, 'Asia/Shanghai')).toBeUndefined();
		},
	);
});
