import * as get from '../../../../../nodes/Alibaba1688/actions/salesOrder/get.operation';
import { runOperation } from '../../../../support/operation-context';
import { realReply } from '../../../../support/real-replies';

// No sellerView reply was ever published; its SDK result class shares buyerView's TradeInfo, so
// the real buyerView reply stands in, with the seller's fields the list page documents added.
const BUYER_VIEW = realReply('1688', 'alibaba.trade.get.buyerView.success').text;
const sellerView = BUYER_VIEW.replace(
	'"baseInfo":{',
	'"baseInfo":{"sellerMemo":"先发顺丰","sellerRemarkIcon":"2",',
).replace(
	'"productItems":[{',
	'"productItems":[{"canSendGoods":false,"cantSendReason":"拼团未成团",',
);

describe('1688 › Sales Order › Get', () => {
	it('calls get.sellerView with webSite 1688 and the order id as text', async () => {
		const { items, sent } = await runOperation(get, {
			platform: '1688',
			parameters: { orderId: ' 3298765432109876543 ', simplify: true },
			reply: () => ({ statusCode: 200, body: sellerView }),
		});
		expect(sent[0].api).toBe('com.alibaba.trade:alibaba.trade.get.sellerView');
		expect(sent[0].params).toEqual({ webSite: '1688', orderId: '3298765432109876543' });
		const order = items[0].json as Record<string, unknown>;
		expect(order.sellerMemo).toBe('先发顺丰');
		expect(order.sellerRemarkIcon).toBe('2');
		const [first] = order.items as Array<Record<string, unknown>>;
		expect(first).toMatchObject({ canSendGoods: false, cantSendReason: '拼团未成团' });
		expect(Array.isArray(order.shipments)).toBe(true);
	});

	it('asks for the parts chosen, and returns the raw order without Simplify', async () => {
		const { items, sent } = await runOperation(get, {
			platform: '1688',
			parameters: {
				orderId: '3298765432109876543',
				simplify: false,
				options: { includeFields: ['NativeLogistics', 'CanSendCheck'] },
			},
			reply: () => ({ result: { baseInfo: { idOfStr: '3298765432109876543' } }, success: 'true' }),
		});
		expect(sent[0].params.includeFields).toBe('NativeLogistics,CanSendCheck');
		expect(items[0].json).toEqual({ baseInfo: { idOfStr: '3298765432109876543' } });
	});

	it('refuses an id that is not an order id before calling 1688', async () => {
		await expect(
			runOperation(get, {
				platform: '1688',
				parameters: { orderId: 'abc', simplify: true },
				reply: () => ({}),
			}),
		).rejects.toThrow('"abc" is not a 1688 order ID');
	});
});

describe('1688 › Sales Order › Get, node version 1.2 (Order is a resource locator)', () => {
	it.each([
		['From List', 'list', '3298765432109876543'],
		['By ID', 'id', '3298765432109876543'],
		[
			"By URL (the seller's order page)",
			'url',
			'https://trade.1688.com/order/new_step_order_detail.htm?orderId=3298765432109876543',
		],
		[
			'By URL (the older seller page)',
			'url',
			'http://trade.1688.com/order/unify_seller_detail.htm?orderId=3298765432109876543',
		],
	])('%s sends the order id', async (_label, mode, value) => {
		const { sent } = await runOperation(get, {
			platform: '1688',
			parameters: { orderId: { __rl: true, mode, value }, simplify: true },
			reply: () => ({ statusCode: 200, body: sellerView }),
		});
		expect(sent[0].params).toEqual({ webSite: '1688', orderId: '3298765432109876543' });
	});
});
