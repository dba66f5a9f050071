import * as getMany from '../../../../../nodes/Alibaba1688/actions/refund/getMany.operation';
import { realReply } from '../../../../support/real-replies';
import type { Reply, SentRequest } from '../../../../support/operation-context';
import { operationContext, runOperation } from '../../../../support/operation-context';
import type { Json } from '../../../../support/json';

const LIST_API = 'com.alibaba.trade:alibaba.trade.refund.buyer.queryOrderRefundList';
// the page's own reply example: one refund (refundclose), totalCount 1, currentPageNum 0
const REAL_TEXT = realReply('1688', 'alibaba.trade.refund.buyer.queryOrderRefundList.success').text;
const REAL: Reply = { statusCode: 200, body: REAL_TEXT };
const REAL_REFUND = (JSON.parse(REAL_TEXT) as Json).result.opOrderRefundModels[0] as Json;

/** A list of `total` refunds shaped like the real one, served page by page (pages from 0). */
const pages = (total: number) => (request: SentRequest) => {
	const page = Number(request.params.currentPageNum);
	const size = Number(request.params.pageSize);
	const first = page * size;
	const count = Math.max(0, Math.min(size, total - first));
	return {
		result: {
			opOrderRefundModels: Array.from({ length: count }, (_, i) => {
				// 17 digits: built as text, since a number that long loses its last digits
				const id = `10426553019961${String(first + i).padStart(3, '0')}`;
				return { ...REAL_REFUND, id, refundId: `TQ${id}`, orderId: '177681528398969811' };
			}),
			totalCount: total,
			currentPageNum: page,
		},
		success: true,
	};
};

describe('1688 › Refund › Get Many', () => {
	it('asks for page 0 first, with the filters as 1688 spells them, and reads the real reply', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: '1688',
			parameters: {
				resource: 'refund',
				operation: 'getMany',
				returnAll: true,
				filters: {
					orderId: ' 177681528398969811 ',
					dipsuteType: 1,
					refundStatusSet: ['refundclose', 'waitbuyersend'],
					sellerMemberId: ' b2b-1623492085 ',
					applyStartTime: '2018-06-01T00:00:00',
					modifyEndTime: '2018-07-02T14:11:13',
				},
				options: {},
			},
			reply: () => REAL,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe(LIST_API);
		expect(sent[0].params).toEqual({
			orderId: '177681528398969811',
			// "dipsuteType": the page's and the SDK's spelling
			dipsuteType: '1',
			refundStatusSet: '["refundclose","waitbuyersend"]',
			sellerMemberId: 'b2b-1623492085',
			// in the workflow's timezone (Asia/Shanghai here), 1688's date format
			applyStartTime: '20180601000000000+0800',
			modifyEndTime: '20180702141113000+0800',
			currentPageNum: '0',
			pageSize: '20',
		});
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json).toMatchObject({
			refundId: 'TQ10426553019961198',
			id: '10426553019961198',
			orderId: '177681528398969811',
			status: 'refundclose',
			applyReason: '不想买了，已与卖家协商一致',
			applyPayment: 1,
			applyPaymentYuan: 0.01,
			refundPayment: 1,
			refundPaymentYuan: 0.01,
			refundCarriageYuan: 0,
			canRefundPaymentYuan: 0.01,
		});
	});

	it('sends no stage for All (0), and no empty filter', async () => {
		const { sent } = await runOperation(getMany, {
			platform: '1688',
			parameters: {
				returnAll: true,
				filters: { dipsuteType: 0, refundStatusSet: [], orderId: '', sellerMemberId: '' },
				options: {},
			},
			reply: () => REAL,
		});
		expect(sent[0].params).toEqual({ currentPageNum: '0', pageSize: '20' });
	});

	it('with Return All, reads every page the totalCount calls for, numbered from 0', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: '1688',
			parameters: { returnAll: true, filters: {}, options: {} },
			reply: pages(45),
		});
		expect(sent.every((s) => s.api === LIST_API)).toBe(true);
		expect(sent.map((s) => s.params.currentPageNum).sort()).toEqual(['0', '1', '2']);
		expect(sent.every((s) => s.params.pageSize === '20')).toBe(true);
		expect(items).toHaveLength(45);
		expect(new Set(items.map((item) => item.json.refundId)).size).toBe(45);
		expect(items[0].json.refundId).toBe('TQ10426553019961000');
		expect(items[44].json.refundId).toBe('TQ10426553019961044');
	});

	it('asks for no more than the Limit', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: '1688',
			parameters: { returnAll: false, limit: 3, filters: {}, options: {} },
			reply: pages(45),
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].params).toEqual({ currentPageNum: '0', pageSize: '3' });
		expect(items.map((item) => item.json.refundId)).toEqual([
			'TQ10426553019961000',
			'TQ10426553019961001',
			'TQ10426553019961002',
		]);
	});

	it("names 1688's code and message for a date beyond its 730 days", async () => {
		const { context } = operationContext({
			platform: '1688',
			parameters: { returnAll: true, filters: {}, options: {} },
			// the page's error table; the SDK's result names the text errorMsg
			reply: () => ({
				success: false,
				errorCode: 'APPLY_TIME_ERROR',
				errorMsg: '只能查询近730天的退款单，请检查退款申请时间!',
			}),
		});
		await expect(getMany.execute.call(context, 0)).rejects.toThrow(
			'(APPLY_TIME_ERROR: 只能查询近730天的退款单，请检查退款申请时间!)',
		);
	});

	it('refuses a date filter that is not a date before calling 1688', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { returnAll: true, filters: { applyStartTime: 'yesterday' }, options: {} },
			reply: () => REAL,
		});
		await expect(getMany.execute.call(context, 0)).rejects.toThrow(
			'The filter "applyStartTime" is not a date: "yesterday"',
		);
		expect(sent).toEqual([]);
	});
});
