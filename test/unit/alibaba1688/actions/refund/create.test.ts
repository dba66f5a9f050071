import { NodeOperationError } from 'n8n-workflow';

import * as create from '../../../../../nodes/Alibaba1688/actions/refund/create.operation';
import { realReply } from '../../../../support/real-replies';
import type { Reply, SentRequest } from '../../../../support/operation-context';
import { operationContext, runOperation } from '../../../../support/operation-context';
import type { Json } from '../../../../support/json';

const ORDER_ID = '506683458994743225';
const LINE_ID = '506683458996743225';
const CREATE = 'com.alibaba.trade:alibaba.trade.createRefund';
const BUYER_VIEW = 'com.alibaba.trade:alibaba.trade.get.buyerView';
// the example voucher of the createRefund page
const VOUCHER = 'https://cbu01.alicdn.com/img/ibank/2019/901/930/11848039109.jpg';

// the page's own example of a successful reply (the 示例 cell of its result row)
const CREATED: Reply = {
	statusCode: 200,
	body: realReply('1688', 'alibaba.trade.createRefund.doc-example').text,
};
const ORDER: Reply = {
	statusCode: 200,
	body: realReply('1688', 'alibaba.trade.get.buyerView.success').text,
};
const answer = (reply: Reply) => (request: SentRequest) =>
	request.api === BUYER_VIEW ? ORDER : reply;

// the page's input example, in the node's terms (amounts in yuan)
const parameters: Json = {
	resource: 'refund',
	operation: 'create',
	orderId: ORDER_ID,
	orderEntryIds: LINE_ID,
	disputeRequest: 'returnRefund',
	goodsStatus: 'refundBuyerReceived',
	applyReasonId: ' 20028 ',
	applyPayment: 12.34,
	applyCarriage: 0.29,
	description: ' 测试 ',
	options: {},
};

describe('1688 › Refund › Create', () => {
	it('calls alibaba.trade.createRefund with the amounts in fen, once, and returns the TQ refund id', async () => {
		const reply = jest.fn(answer(CREATED));
		const { items, sent } = await runOperation(create, {
			platform: '1688',
			parameters: {
				...parameters,
				options: { vouchers: ` ${VOUCHER} , `, refundRemark: ' 克重不对，偷工减料了 ' },
			},
			reply,
		});
		expect(sent.map((s) => s.api)).toEqual([CREATE]);
		expect(sent[0].version).toBe('1');
		expect(sent[0].params).toEqual({
			orderId: ORDER_ID,
			orderEntryIds: `[${LINE_ID}]`,
			disputeRequest: 'returnRefund',
			// 12.34 and 0.29 yuan: whole fen, not 1233.9999… or 28.999…
			applyPayment: '1234',
			applyCarriage: '29',
			applyReasonId: '20028',
			description: '测试',
			goodsStatus: 'refundBuyerReceived',
			vouchers: JSON.stringify([VOUCHER]),
			refundRemark: '克重不对，偷工减料了',
		});
		expect(reply).toHaveBeenCalledTimes(1);
		expect(items).toEqual([
			{
				json: {
					refundId: 'TQ34931008034741532',
					orderId: ORDER_ID,
					orderEntryIds: [LINE_ID],
					applyPayment: 1234,
					applyPaymentYuan: 12.34,
					applyCarriage: 29,
					applyCarriageYuan: 0.29,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('sends no vouchers or remark when none are given, and no shipping as 0 fen', async () => {
		const { sent } = await runOperation(create, {
			platform: '1688',
			parameters: { ...parameters, applyCarriage: 0, applyPayment: '0.01' },
			reply: answer(CREATED),
		});
		expect(sent[0].params).not.toHaveProperty('vouchers');
		expect(sent[0].params).not.toHaveProperty('refundRemark');
		expect(sent[0].params).toMatchObject({ applyPayment: '1', applyCarriage: '0' });
	});

	it('without lines, refunds every line of the order, read from get.buyerView first', async () => {
		const { sent } = await runOperation(create, {
			platform: '1688',
			parameters: { ...parameters, orderEntryIds: '' },
			reply: answer(CREATED),
		});
		expect(sent.map((s) => s.api)).toEqual([BUYER_VIEW, CREATE]);
		expect(sent[1].params.orderEntryIds).toBe(
			'[128403042259997715,58218860985545944,58218860986545944]',
		);
	});

	it('takes up to 5 vouchers', async () => {
		const five = Array.from({ length: 5 }, (_, i) => VOUCHER.replace('.jpg', `${i}.jpg`));
		const { sent } = await runOperation(create, {
			platform: '1688',
			parameters: { ...parameters, options: { vouchers: five.join(',') } },
			reply: answer(CREATED),
		});
		expect(JSON.parse(sent[0].params.vouchers)).toEqual(five);
	});

	it("names 1688's code 5011 and its message when the amount is wrong, sent once", async () => {
		const reply = jest.fn(
			answer({
				// the page's error table: 5011 退款金额错误 (不大于实际付款金额), in result like its success
				result: { success: false, code: '5011', message: '退款金额错误', result: null },
			}),
		);
		const { context } = operationContext({ platform: '1688', parameters, reply });
		await expect(create.execute.call(context, 0)).rejects.toMatchObject({
			message: expect.stringContaining('alibaba.trade.createRefund-1 (5011: 退款金额错误)'),
			description: '退款金额错误',
		});
		expect(reply).toHaveBeenCalledTimes(1);
	});

	it.each([
		[
			'a description of 1 character',
			{ description: ' 坏 ' },
			'The refund description must have 2 to 150 characters; it has 1',
		],
		[
			'a description of 151 characters',
			{ description: 'x'.repeat(151) },
			'The refund description must have 2 to 150 characters; it has 151',
		],
		[
			'a reason that is not an id',
			{ applyReasonId: '不想买了' },
			'"不想买了" is not a refund reason ID',
		],
		['no reason', { applyReasonId: '' }, '"" is not a refund reason ID'],
		['a negative amount', { applyPayment: -1 }, '"-1" is not an amount in yuan'],
		[
			'an amount that is not a number',
			{ applyCarriage: '12元' },
			'"12元" is not an amount in yuan',
		],
		[
			'6 vouchers',
			{ options: { vouchers: Array(6).fill(VOUCHER).join(',') } },
			'1688 takes at most 5 vouchers here; got 6',
		],
	])('refuses %s before calling 1688', async (_case, change, message) => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { ...parameters, ...change },
			reply: answer(CREATED),
		});
		const run = create.execute.call(context, 0);
		await expect(run).rejects.toThrow(message);
		await expect(run).rejects.toBeInstanceOf(NodeOperationError);
		expect(sent).toEqual([]);
	});

	it('takes a description of exactly 2 and of exactly 150 characters', async () => {
		for (const description of ['坏了', 'x'.repeat(150)]) {
			const { sent } = await runOperation(create, {
				platform: '1688',
				parameters: { ...parameters, description },
				reply: answer(CREATED),
			});
			expect(sent[0].params.description).toBe(description);
		}
	});
});
