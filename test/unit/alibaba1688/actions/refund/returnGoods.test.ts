import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import * as returnGoods from '../../../../../nodes/Alibaba1688/actions/refund/returnGoods.operation';
import { realReply } from '../../../../support/real-replies';
import type { Reply } from '../../../../support/operation-context';
import { operationContext, runOperation } from '../../../../support/operation-context';
import type { Json } from '../../../../support/json';

const RETURN_API = 'com.alibaba.trade:alibaba.trade.refund.returnGoods';
// the page's example refund id and carrier code
const REFUND_ID = 'TQ36706338027991577';
const VOUCHER = 'https://cbu01.alicdn.com/img/ibank/2019/901/930/11848039109.jpg';
// No success example was published; the page's result type is {errorCode, errorInfo, success}.
const ACCEPTED: Reply = { result: { success: true } };
// the page's own example: an error reply, 4004 物流公司编号和运单号校验不通过
const WAYBILL_CHECK_FAILED: Reply = {
	statusCode: 200,
	body: realReply('1688', 'alibaba.trade.refund.returnGoods.waybill-check-failed').text,
};

const parameters: Json = {
	resource: 'refund',
	operation: 'returnGoods',
	refundId: REFUND_ID,
	logisticsCompanyNo: ' ZTO ',
	freightBill: ' 78123456789012 ',
	options: {},
};

describe('1688 › Refund › Return Goods', () => {
	it('calls alibaba.trade.refund.returnGoods with the carrier code, waybill, note and vouchers, once', async () => {
		const reply = jest.fn(() => ACCEPTED);
		const { items, sent } = await runOperation(returnGoods, {
			platform: '1688',
			parameters: {
				...parameters,
				options: { description: ' 已用中通寄回 ', vouchers: [VOUCHER, ` ${VOUCHER} `] },
			},
			reply,
		});
		expect(sent.map((s) => s.api)).toEqual([RETURN_API]);
		expect(sent[0].version).toBe('1');
		expect(sent[0].withToken).toBe(true);
		expect(sent[0].params).toEqual({
			refundId: REFUND_ID,
			logisticsCompanyNo: 'ZTO',
			freightBill: '78123456789012',
			description: '已用中通寄回',
			vouchers: JSON.stringify([VOUCHER, VOUCHER]),
		});
		expect(reply).toHaveBeenCalledTimes(1);
		expect(items).toEqual([
			{
				json: {
					success: true,
					refundId: REFUND_ID,
					logisticsCompanyNo: 'ZTO',
					freightBill: '78123456789012',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('adds TQ to a bare refund number and sends no empty note or vouchers', async () => {
		const { sent } = await runOperation(returnGoods, {
			platform: '1688',
			parameters: {
				...parameters,
				refundId: '36706338027991577',
				options: { description: '', vouchers: '' },
			},
			reply: () => ACCEPTED,
		});
		expect(sent[0].params).toEqual({
			refundId: REFUND_ID,
			logisticsCompanyNo: 'ZTO',
			freightBill: '78123456789012',
		});
	});

	it('takes up to 10 vouchers', async () => {
		const ten = Array.from({ length: 10 }, (_, i) => VOUCHER.replace('.jpg', `${i}.jpg`));
		const { sent } = await runOperation(returnGoods, {
			platform: '1688',
			parameters: { ...parameters, options: { vouchers: ten.join(', ') } },
			reply: () => ACCEPTED,
		});
		expect(JSON.parse(sent[0].params.vouchers)).toEqual(ten);
	});

	it("names 1688's code 4004 and its text when the waybill check fails (the page's own example), sent once", async () => {
		const reply = jest.fn(() => WAYBILL_CHECK_FAILED);
		const { context } = operationContext({ platform: '1688', parameters, reply });
		const run = returnGoods.execute.call(context, 0);
		await expect(run).rejects.toBeInstanceOf(NodeApiError);
		await expect(run).rejects.toMatchObject({
			message: expect.stringContaining(
				'alibaba.trade.refund.returnGoods-1 (4004: 物流公司编号和运单号校验不通过)',
			),
			description: '物流公司编号和运单号校验不通过',
		});
		expect(reply).toHaveBeenCalledTimes(1);
	});

	it.each([
		[
			'11 vouchers',
			{ options: { vouchers: Array(11).fill(VOUCHER).join(',') } },
			'1688 takes at most 10 vouchers here; got 11',
		],
		[
			'a note of 1 character',
			{ options: { description: '寄' } },
			'The description must have 2 to 200 characters; it has 1',
		],
		[
			'a note of 201 characters',
			{ options: { description: 'x'.repeat(201) } },
			'The description must have 2 to 200 characters; it has 201',
		],
		[
			'no carrier',
			{ logisticsCompanyNo: ' ' },
			"Give the return parcel's carrier and tracking number",
		],
		[
			'no tracking number',
			{ freightBill: '' },
			"Give the return parcel's carrier and tracking number",
		],
		[
			'a refund id that is not one',
			{ refundId: 'TD36706338027991577' },
			'"TD36706338027991577" is not a 1688 refund ID',
		],
	])('refuses %s before calling 1688', async (_case, change, message) => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { ...parameters, ...change },
			reply: () => ACCEPTED,
		});
		const run = returnGoods.execute.call(context, 0);
		await expect(run).rejects.toThrow(message);
		await expect(run).rejects.toBeInstanceOf(NodeOperationError);
		expect(sent).toEqual([]);
	});
});
