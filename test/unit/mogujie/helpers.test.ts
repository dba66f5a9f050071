import { formatMogujieDate, parseMogujieDate } from '../../../nodes/Mogujie/helpers/dates';
import { orderWithYuan } from '../../../nodes/Mogujie/helpers/amounts';
import { splitIntoWindows, WINDOW_MS } from '../../../nodes/Mogujie/helpers/windows';

describe('Mogujie helpers', () => {
	it('formats and parses Beijing wall time', () => {
		const ms = Date.parse('2020-05-11T04:00:00Z');
		expect(formatMogujieDate(ms)).toBe('2020-05-11 12:00:00');
		expect(parseMogujieDate('2020-05-11 12:00:00')).toBe(ms);
		expect(parseMogujieDate('2020/05/11')).toBeUndefined();
	});

	it('splits a range into 12-hour windows, newest first, covering it exactly', () => {
		const start = Date.parse('2026-11-01T00:00:00Z');
		const end = start + 30 * 3_600_000;
		const windows = splitIntoWindows(start, end);
		expect(windows).toEqual([
			{ start: end - WINDOW_MS, end },
			{ start: end - 2 * WINDOW_MS, end: end - WINDOW_MS },
			{ start, end: end - 2 * WINDOW_MS },
		]);
		expect(splitIntoWindows(start, start + 1000)).toEqual([{ start, end: start + 1000 }]);
		expect(splitIntoWindows(start, start)).toEqual([]);
	});

	it('adds yuan beside fen amounts of orders and item orders', () => {
		const order = orderWithYuan({
			shopOrderPrice: 12990,
			shipExpense: 0,
			itemOrderInfos: [{ price: 15990, nowPrice: 12990 }],
		});
		expect(order).toMatchObject({ shopOrderPriceYuan: 129.9, shipExpenseYuan: 0 });
		expect(order.itemOrderInfos).toEqual([
			{ price: 15990, nowPrice: 12990, priceYuan: 159.9, nowPriceYuan: 129.9 },
		]);
		expect(order).not.toHaveProperty('promotionAmountYuan');
	});
});
