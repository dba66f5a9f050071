import * as get from '../../../../../nodes/Alibaba1688/actions/refund/get.operation';
import { realReply } from '../../../../support/real-replies';
import type { Reply } from '../../../../support/operation-context';
import { operationContext, runOperation } from '../../../../support/operation-context';
import type { Json } from '../../../../support/json';

// the page's own reply example: refund TQ8651493722961198, refundsuccess, 4 operations, amounts in fen
const REAL: Reply = {
	statusCode: 200,
	body: realReply('1688', 'alibaba.trade.refund.OpQueryOrderRefund.success').text,
};

describe('1688 › Refund › Get', () => {
	it('calls alibaba.trade.refund.OpQueryOrderRefund with the refund id and the chosen extras', async () => {
		const { sent } = await runOperation(get, {
			platform: '1688',
			parameters: {
				resource: 'refund',
				operation: 'get',
				refundId: ' TQ8651493722961198 ',
				options: { needOrderRefundOperation: true, needTimeOutInfo: true },
			},
			reply: () => REAL,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.trade:alibaba.trade.refund.OpQueryOrderRefund');
		expect(sent[0].version).toBe('1');
		expect(sent[0].params).toEqual({
			refundId: 'TQ8651493722961198',
			needTimeOutInfo: 'true',
			needOrderRefundOperation: 'true',
		});
	});

	it('adds the TQ prefix to a bare number (1688 refuses one), and sends no extras unless chosen', async () => {
		for (const refundId of ['8651493722961198', 'tq8651493722961198']) {
			const { sent } = await runOperation(get, {
				platform: '1688',
				parameters: { refundId, options: { needOrderRefundOperation: false } },
				reply: () => REAL,
			});
			expect(sent[0].params).toEqual({ refundId: 'TQ8651493722961198' });
		}
	});

	it('returns the refund with a yuan twin beside each fen amount and its exact long ids', async () => {
		const { items } = await runOperation(get, {
			platform: '1688',
			parameters: { refundId: 'TQ8651493722961198', options: {} },
			reply: () => REAL,
		});
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		const refund = items[0].json as Json;
		expect(refund).toMatchObject({
			refundId: 'TQ8651493722961198',
			status: 'refundsuccess',
			applyReason: '颜色/图案/款式不符',
			applyPayment: 1,
			applyPaymentYuan: 0.01,
			applyCarriage: 0,
			applyCarriageYuan: 0,
			refundPayment: 1,
			refundPaymentYuan: 0.01,
			refundCarriage: 0,
			refundCarriageYuan: 0,
			canRefundPayment: 1,
			canRefundPaymentYuan: 0.01,
			// 16 to 18 digits: kept as their exact text
			id: '8651493722961198',
			orderId: '151267031008969811',
			orderEntryIdList: ['151267031009969811'],
			freightBill: '12345134135435234',
		});
		// no twin for an amount 1688 did not give, and none for a field that is not money
		expect(refund).not.toHaveProperty('applyExpectYuan');
		expect(refund).not.toHaveProperty('frozenFundYuan');
		expect(refund.refundOperationList).toHaveLength(4);
	});

	it('refuses a text that is not a refund id before calling 1688', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { refundId: 'RF-8651493722961198', options: {} },
			reply: () => REAL,
		});
		await expect(get.execute.call(context, 0)).rejects.toMatchObject({
			message: '"RF-8651493722961198" is not a 1688 refund ID',
			description: expect.stringContaining('TQ followed by digits'),
		});
		expect(sent).toEqual([]);
	});

	it("names 1688's code and message for a refund id it does not know", async () => {
		const { context } = operationContext({
			platform: '1688',
			parameters: { refundId: '11043002311780591', options: {} },
			// the page's error example for a wrong refund id
			reply: () => ({
				errorCode: '003002',
				errorMessage: 'SERVICE:INVOKE_FAIL:退款数据错误，请检查退款单号，退款单号的格式一般为TD+id',
				cause: 'errorCode:REFUND_DATA_ERROR,errorMsg:refundId : 11043002311780591,cause:null',
			}),
		});
		await expect(get.execute.call(context, 0)).rejects.toThrow(
			/OpQueryOrderRefund-1 \(003002: SERVICE:INVOKE_FAIL:退款数据错误/,
		);
	});
});
