import * as getReasons from '../../../../../nodes/Alibaba1688/actions/refund/getReasons.operation';
import { realReply } from '../../../../support/real-replies';
import type { Reply, SentRequest } from '../../../../support/operation-context';
import { operationContext, runOperation } from '../../../../support/operation-context';

const ORDER_ID = '586683458994743215';
const REASONS_API = 'com.alibaba.trade:alibaba.trade.getRefundReasonList';
const BUYER_VIEW = 'com.alibaba.trade:alibaba.trade.get.buyerView';

// No reply example was published (research14/refunds.md §1). Shape: the page's field table,
// result{code, message, success, result{reasons[{id, name, needVoucher, noRefundCarriage, tip}]}};
// the ids and names are those of the real refund replies (20028, 20021).
const REASONS = [
	{
		id: 20028,
		name: '不想买了，已与卖家协商一致',
		needVoucher: false,
		noRefundCarriage: true,
		tip: '',
	},
	{
		id: 20021,
		name: '颜色/图案/款式不符',
		needVoucher: true,
		noRefundCarriage: false,
		tip: '请上传商品实物照片',
	},
];
const LISTED: Reply = {
	result: { code: null, message: null, success: true, result: { reasons: REASONS } },
};
const ORDER: Reply = {
	statusCode: 200,
	body: realReply('1688', 'alibaba.trade.get.buyerView.success').text,
};
const answer = (request: SentRequest) => (request.api === BUYER_VIEW ? ORDER : LISTED);

describe('1688 › Refund › Get Reasons', () => {
	it('calls getRefundReasonList with the order, the lines as a Long[] and the goods status: one item per reason', async () => {
		const { items, sent } = await runOperation(getReasons, {
			platform: '1688',
			parameters: {
				resource: 'refund',
				operation: 'getReasons',
				orderId: ORDER_ID,
				// the page's input example
				orderEntryIds: '586683458997743215',
				goodsStatus: 'aftersaleBuyerNotReceived',
				returnAll: true,
			},
			reply: answer,
		});
		expect(sent.map((s) => s.api)).toEqual([REASONS_API]);
		expect(sent[0].params).toEqual({
			orderId: ORDER_ID,
			orderEntryIds: '[586683458997743215]',
			goodsStatus: 'aftersaleBuyerNotReceived',
		});
		expect(items).toEqual(
			REASONS.map((reason) => ({
				json: { ...reason, orderId: ORDER_ID, goodsStatus: 'aftersaleBuyerNotReceived' },
				pairedItem: { item: 0 },
			})),
		);
	});

	it('without lines, asks for every line of the order, read from get.buyerView first', async () => {
		const { sent } = await runOperation(getReasons, {
			platform: '1688',
			parameters: {
				orderId: ORDER_ID,
				orderEntryIds: '',
				goodsStatus: 'refundWaitSellerSend',
				returnAll: true,
			},
			reply: answer,
		});
		expect(sent.map((s) => s.api)).toEqual([BUYER_VIEW, REASONS_API]);
		expect(sent[1].params.orderEntryIds).toBe(
			'[128403042259997715,58218860985545944,58218860986545944]',
		);
	});

	it('returns nothing when 1688 lists no reason', async () => {
		const { items } = await runOperation(getReasons, {
			platform: '1688',
			parameters: {
				orderId: ORDER_ID,
				orderEntryIds: '1',
				goodsStatus: 'refundWaitSellerSend',
				returnAll: true,
			},
			reply: () => ({ result: { success: true, result: { reasons: [] } } }),
		});
		expect(items).toEqual([]);
	});

	it("names 1688's 5xxx caller error", async () => {
		const { context } = operationContext({
			platform: '1688',
			parameters: {
				orderId: ORDER_ID,
				orderEntryIds: '1',
				goodsStatus: 'refundBuyerReceived',
				returnAll: true,
			},
			// the page's error table: 5xxx 调用者错误
			reply: () => ({
				result: { success: false, code: '5003', message: '货物状态状态不合法', result: null },
			}),
		});
		await expect(getReasons.execute.call(context, 0)).rejects.toMatchObject({
			message: expect.stringContaining('getRefundReasonList-1 (5003: 货物状态状态不合法)'),
			description: '货物状态状态不合法',
		});
	});

	it('stops at the limit: 1688 answers every reason at once', async () => {
		const { items } = await runOperation(getReasons, {
			platform: '1688',
			parameters: {
				orderId: ORDER_ID,
				orderEntryIds: '586683458997743215',
				goodsStatus: 'aftersaleBuyerNotReceived',
				returnAll: false,
				limit: 1,
			},
			reply: answer,
		});
		expect(items).toHaveLength(1);
		expect(REASONS.length).toBeGreaterThan(1);
	});
});
