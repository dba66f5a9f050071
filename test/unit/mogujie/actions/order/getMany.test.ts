import { NodeApiError } from 'n8n-workflow';

import * as getMany from '../../../../../nodes/Mogujie/actions/order/getMany.operation';
import type { Json } from '../../../../support/json';
import type { SentRequest } from '../../../../support/operation-context';
import { mogujieReply, runOperation } from '../../../../support/operation-context';

// An entry of openApiOrderDetailResDtos, shaped as sandbox/mogujie/methods/views.js orderView (protocol §6.1).
const order = (n: number, createdStr = '2020-05-11 10:00:00'): Json => ({
	shopOrderId: String(93182337647000 + n),
	orderStatus: 'ORDER_PAID',
	createdStr,
	updatedStr: createdStr,
	buyerUserId: '1eyma60',
	receiverName: '张三',
	shopOrderPrice: 12990,
	shipExpense: 800,
	number: 1,
	itemOrderInfos: [
		{ itemId: '1ltdroo', skuId: '1q8e2k7za', price: 13990, nowPrice: 12990, number: 1 },
	],
});
const orders = (from: number, count: number) =>
	Array.from({ length: count }, (_, i) => order(from + i));
// `{ totalNum, hasNext, openApiOrderDetailResDtos }` of sandbox/mogujie/methods/trade.js soldGet (list left out when empty).
const page = (totalNum: number, hasNext: boolean, list: Json[]) =>
	mogujieReply({ totalNum, hasNext, ...(list.length ? { openApiOrderDetailResDtos: list } : {}) });
const query = (request: SentRequest): Json => JSON.parse(request.params.Params) as Json;

// 30 hours: Beijing 2020-05-11 00:00 to 2020-05-12 06:00, asked in three 12-hour windows, newest first.
const RANGE = { startCreated: '2020-05-10T16:00:00Z', endCreated: '2020-05-11T22:00:00Z' };
const WINDOWS = [
	['2020-05-11 18:00:00', '2020-05-12 06:00:00'],
	['2020-05-11 06:00:00', '2020-05-11 18:00:00'],
	['2020-05-11 00:00:00', '2020-05-11 06:00:00'],
];
const windowOf = (request: SentRequest) =>
	WINDOWS.findIndex(([start]) => query(request).startCreated === start);

describe('Mogujie › Order › Get Many', () => {
	it("picks orders in a refund state out of their items' refundStatus, without asking Mogujie for it", async () => {
		const statusField = getMany.description
			.find((p) => p.name === 'filters')
			?.options?.find((o) => 'name' in o && o.name === 'orderStatus') as
			| { options: Array<{ value: string }> }
			| undefined;
		expect(statusField?.options.map((o) => o.value)).toEqual(
			expect.arrayContaining([
				'REFUND_REQUESTED',
				'REFUND_OR_RETURN_DEAL_AGREED',
				'REFUND_COMPLETED',
			]),
		);
		const refunding = (n: number, refundStatus: string, orderStatus = 'ORDER_PAID') => ({
			...order(n),
			orderStatus,
			itemOrderInfos: [{ itemId: '1ltdroo', nowPrice: 12990, number: 1, refundStatus }],
		});
		const list = [
			order(1),
			refunding(2, 'refund_requested'),
			refunding(3, 'REFUND_REQUESTED'),
			refunding(4, 'refund_completed'),
			refunding(5, 'refund_requested', 'ORDER_CANCELLED'),
			refunding(6, 'refund_requested'),
		];
		const { items, sent } = await runOperation(getMany, {
			platform: 'mogujie',
			parameters: {
				returnAll: false,
				limit: 2,
				filters: { ...RANGE, orderStatus: 'REFUND_REQUESTED' },
			},
			reply: (request) =>
				windowOf(request) === 0 ? page(list.length, false, list) : page(0, false, []),
		});
		// Mogujie documents seven order statuses; the refund state is never sent
		expect(sent.map(query).every((q) => q.orderStatus === undefined)).toBe(true);
		expect(items.map((item) => item.json.shopOrderId)).toEqual([
			'93182337647002',
			'93182337647003',
		]);
	});

	it('asks a range longer than 12 hours window by window, in Beijing time', async () => {
		// an order created exactly on the seam of two windows is listed by both
		const seam = order(2, '2020-05-11 18:00:00');
		const byWindow = [[order(1, '2020-05-12 01:00:00'), seam], [seam, order(3)], []];
		const { items, sent } = await runOperation(getMany, {
			platform: 'mogujie',
			parameters: { returnAll: true, filters: { ...RANGE, orderStatus: 'ORDER_PAID' } },
			reply: (request) => {
				const list = byWindow[windowOf(request)];
				return page(list.length, false, list);
			},
		});
		expect(sent.map((s) => s.api)).toEqual(Array(3).fill('xiaodian.trade.sold.get'));
		expect(sent.map(query).sort((a, b) => (a.startCreated < b.startCreated ? 1 : -1))).toEqual(
			WINDOWS.map(([startCreated, endCreated]) => ({
				orderBy: 'DESC',
				orderStatus: 'ORDER_PAID',
				startCreated,
				endCreated,
				page: 1,
				pageSize: 50,
			})),
		);
		expect(items.map((item) => item.json.shopOrderId)).toEqual([
			'93182337647001',
			'93182337647002',
			'93182337647003',
		]);
		expect(items[0].json).toMatchObject({
			shopOrderPriceYuan: 129.9,
			shipExpenseYuan: 8,
			itemOrderInfos: [{ priceYuan: 139.9, nowPriceYuan: 129.9 }],
		});
		expect(items.map((item) => item.pairedItem)).toEqual(Array(3).fill({ item: 0 }));
	});

	it('stops asking windows once the limit is reached', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: 'mogujie',
			parameters: { returnAll: false, limit: 2, filters: RANGE, addYuan: false },
			reply: (request) =>
				windowOf(request) === 0 ? page(1, false, [order(1)]) : page(5, true, [order(7)]),
		});
		expect(sent.map(windowOf)).toEqual([0, 1]);
		expect(sent.map((s) => query(s).pageSize)).toEqual([2, 1]);
		expect(items.map((item) => item.json)).toEqual([order(1), order(7)]);
	});

	it('with a limit, an order on the seam of two windows does not hide the next one', async () => {
		// newest first: window 0 lists A and the seam order B; window 1 lists B again, then C
		const seam = order(2, '2020-05-11 18:00:00');
		const byWindow = [[order(1, '2020-05-12 01:00:00'), seam], [seam, order(3)], [order(4)]];
		const { items } = await runOperation(getMany, {
			platform: 'mogujie',
			parameters: { returnAll: false, limit: 3, filters: RANGE, addYuan: false },
			reply: (request) => {
				const list = byWindow[windowOf(request)];
				const { page: number, pageSize } = query(request) as { page: number; pageSize: number };
				const rows = list.slice((number - 1) * pageSize, number * pageSize);
				return page(list.length, number * pageSize < list.length, rows);
			},
		});
		expect(items.map((item) => item.json.shopOrderId)).toEqual([
			'93182337647001',
			'93182337647002',
			'93182337647003',
		]);
	});

	it('reads every page without a time range when Return All is on', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: 'mogujie',
			parameters: { returnAll: true },
			reply: (_request, index) =>
				index === 0 ? page(51, true, orders(1, 50)) : page(51, false, orders(51, 1)),
		});
		expect(sent.map(query)).toEqual([
			{ orderBy: 'DESC', page: 1, pageSize: 50 },
			{ orderBy: 'DESC', page: 2, pageSize: 50 },
		]);
		expect(items).toHaveLength(51);
	});

	it('asks one page the size of the limit', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: 'mogujie',
			parameters: { returnAll: false, limit: 3 },
			reply: () => page(40, true, orders(1, 3)),
		});
		expect(sent.map(query)).toEqual([{ orderBy: 'DESC', page: 1, pageSize: 3 }]);
		expect(items).toHaveLength(3);
	});

	it('explains a signature error', async () => {
		// The gateway's Sign错误 envelope: sandbox/mogujie/codes.js SIGN_ERROR via envelope.js failure.
		const run = runOperation(getMany, {
			platform: 'mogujie',
			parameters: { returnAll: true },
			reply: () => mogujieReply({}, '0000002', 'Sign错误'),
		});
		await expect(run).rejects.toBeInstanceOf(NodeApiError);
		await expect(run).rejects.toThrow(
			"Mogujie rejected the request signature (0000002: Sign错误). Check that the credential's App Secret belongs to its App Key",
		);
	});

	it.each([
		[
			'a reversed range',
			{ startUpdated: '2020-05-12T00:00:00Z', endUpdated: '2020-05-11T00:00:00Z' },
			'"Updated After" must be earlier than "Updated Before"',
		],
		[
			'a range without its start',
			{ endCreated: '2020-05-11T00:00:00Z' },
			'Set "Created After" too: Mogujie needs both ends of a time range',
		],
		[
			'a range of more than 1,000 days',
			{ startCreated: '0202-05-11T00:00:00Z', endCreated: '2020-05-11T00:00:00Z' },
			'one run covers at most 1000 days',
		],
	])('refuses %s before calling Mogujie', async (_case, filters, message) => {
		const reply = jest.fn(() => page(0, false, []));
		const run = runOperation(getMany, {
			platform: 'mogujie',
			parameters: { returnAll: true, filters },
			reply,
		});
		await expect(run).rejects.toThrow(message);
		expect(reply).not.toHaveBeenCalled();
	});
	it('refuses an unknown status before calling Mogujie, naming the codes it takes (as a model can act on)', async () => {
		const reply = jest.fn(() => page(0, false, []));
		const run = runOperation(getMany, {
			platform: 'mogujie',
			parameters: { returnAll: true, filters: { ...RANGE, orderStatus: 'waiting_to_ship' } },
			reply,
		});
		await expect(run).rejects.toThrow(
			/"waiting_to_ship" is not a Mogujie order status: use ORDER_CANCELLED, .*ORDER_PAID.* or ORDER_SHIPPED/,
		);
		expect(reply).not.toHaveBeenCalled();
	});

	it('takes a status code in any case, as Mogujie prints it', async () => {
		const { sent } = await runOperation(getMany, {
			platform: 'mogujie',
			parameters: { returnAll: true, filters: { ...RANGE, orderStatus: ' order_paid ' } },
			reply: () => page(0, false, []),
		});
		expect(sent.map(query).every((q) => q.orderStatus === 'ORDER_PAID')).toBe(true);
	});
});
