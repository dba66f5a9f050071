import { formatMogujieDate, parseMogujieDate } from '../../../nodes/Mogujie/helpers/dates';
import { orderWithYuan } from '../../../nodes/Mogujie/helpers/amounts';
import { splitIntoWindows, WINDOW_MS } from '../../../nodes/Mogujie/helpers/windows';
import { refundStateOf } from '../../../nodes/Mogujie/helpers/order-status';

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

describe('refundStateOf (refund states from the item orders)', () => {
	const withRefund = (orderStatus: string, ...refunds: Array<string | undefined>) => ({
		orderStatus,
		itemOrderInfos: refunds.map((refundStatus) => ({ itemId: '1ltdroo', refundStatus })),
	});

	it.each([
		[withRefund('ORDER_PAID', undefined), undefined],
		[withRefund('ORDER_PAID', undefined, 'refund_requested'), 'REFUND_REQUESTED'],
		[withRefund('ORDER_SHIPPED', 'REFUND_OR_RETURN_DEAL_AGREED'), 'REFUND_OR_RETURN_DEAL_AGREED'],
		[withRefund('ORDER_CLOSED', 'refund_completed', 'refund_completed'), 'REFUND_COMPLETED'],
		// one item refunded of two: the order is still what it was
		[withRefund('ORDER_SHIPPED', 'refund_completed', undefined), undefined],
		// a refused refund is no refund state; a cancelled order has none
		[withRefund('ORDER_PAID', 'refund_or_return_seller_refused'), undefined],
		[withRefund('ORDER_CANCELLED', 'refund_requested'), undefined],
		[{ orderStatus: 'ORDER_PAID', itemOrderInfos: 'junk' }, undefined],
	])('%j is %s', (order, state) => {
		expect(refundStateOf(order)).toBe(state);
	});
});
