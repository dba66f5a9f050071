import { NodeOperationError } from 'n8n-workflow';

import * as getPaymentUrl from '../../../../../nodes/Alibaba1688/actions/purchaseOrder/getPaymentUrl.operation';
import type { Reply } from '../../../../support/operation-context';
import { runOperation } from '../../../../support/operation-context';
import { realReply } from '../../../../support/real-replies';

const FIRST = '3298765432109876543';
const SECOND = '3298765432109876544';
const PAY_URL = `https://trade.1688.com/order/cashier.htm?orderIds=${FIRST},${SECOND}`;
// shape: sandbox/alibaba1688/apis/purchase.js (alipayUrl reply)
const LINK: Reply = { success: true, payUrl: PAY_URL };
// shape: sandbox/alibaba1688/apis/purchase.js (alipayUrl failure: erroMsg (sic), ids as bare Longs)
const NOT_PAYABLE: Reply = {
	statusCode: 200,
	body: `{"success":false,"errorCode":"ORDER_STATUS_NOT_ALLOW_PAY","erroMsg":"1 orders are not waiting for payment: ${SECOND}","payFailureOrderList":[${SECOND}]}`,
};

const parameters = { resource: 'purchaseOrder', operation: 'getPaymentUrl' };

describe('1688 › Purchase Order › Get Payment URL', () => {
	it('calls alibaba.alipay.url.get with every order id as an exact bare number', async () => {
		const { items, sent } = await runOperation(getPaymentUrl, {
			platform: '1688',
			parameters: { ...parameters, orderIds: ` ${FIRST},  ${SECOND}\n` },
			reply: () => LINK,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.trade:alibaba.alipay.url.get');
		expect(sent[0].withToken).toBe(true);
		// compared as text: JSON.parse would round these 19-digit Longs
		expect(sent[0].params).toEqual({ orderIdList: `[${FIRST},${SECOND}]` });
		expect(items).toEqual([
			{
				json: {
					orderIds: [FIRST, SECOND],
					payUrl: PAY_URL,
					success: true,
					paidOrderIds: [FIRST, SECOND],
					failedOrderIds: [],
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it("reads 1688's documented reply for two orders", async () => {
		// The 返回结果示例 of the alibaba.alipay.url.get page (test/fixtures/real/1688).
		const real = realReply('1688', 'alibaba.alipay.url.get.success-multiple-orders');
		const { items } = await runOperation(getPaymentUrl, {
			platform: '1688',
			parameters: { ...parameters, orderIds: '154051432607498520, 151923545459498520' },
			reply: () => ({ statusCode: 200, body: real.text }),
		});
		expect(items[0].json).toMatchObject({
			payUrl:
				'https://trade.1688.com/order/cashier.htm?orderId=154051432607498520;151923545459498520',
			paidOrderIds: ['154051432607498520', '151923545459498520'],
			failedOrderIds: [],
		});
		expect(items[0].json.notice).toBeUndefined();
	});

	it('says which orders the link left out when 1688 succeeds only in part', async () => {
		// No public sample of a partial success exists: this follows the API page's fields
		// ("是否成功，可能部分成功，需要结合payFailureOrderList查看"; payFailureOrderList Long[]).
		const { items } = await runOperation(getPaymentUrl, {
			platform: '1688',
			parameters: { ...parameters, orderIds: `${FIRST}, ${SECOND}, ${FIRST}` },
			reply: () => ({
				statusCode: 200,
				body: `{"payUrl":"https://trade.1688.com/order/cashier.htm?orderId=${FIRST}","success":true,"payFailureOrderList":[${SECOND}]}`,
			}),
		});
		expect(items[0].json).toMatchObject({
			orderIds: [FIRST, SECOND],
			paidOrderIds: [FIRST],
			failedOrderIds: [SECOND],
			notice: expect.stringMatching(/left 1 of 2 orders out of this payment link/),
		});
	});

	it('takes the ids from an array given by an expression', async () => {
		const { sent } = await runOperation(getPaymentUrl, {
			platform: '1688',
			parameters: { ...parameters, orderIds: [FIRST, SECOND] },
			reply: () => LINK,
		});
		expect(sent[0].params).toEqual({ orderIdList: `[${FIRST},${SECOND}]` });
	});

	it("names 1688's code and message when an order cannot be paid", async () => {
		await expect(
			runOperation(getPaymentUrl, {
				platform: '1688',
				parameters: { ...parameters, orderIds: `${FIRST},${SECOND}` },
				reply: () => NOT_PAYABLE,
			}),
		).rejects.toThrow(
			`(ORDER_STATUS_NOT_ALLOW_PAY: 1 orders are not waiting for payment: ${SECOND}). See 1688's message`,
		);
	});

	it.each([
		['a word among the ids', `${FIRST}, unpaid`, '"unpaid" is not a list of 1688 order IDs'],
		['no id at all', ' , ', '" , " is not a list of 1688 order IDs'],
		[
			'a 19-digit id that an expression turned into a rounded number',
			[Number('3298765432109876543')],
			'"3298765432109876700" is not a list of 1688 order IDs',
		],
		[
			'more than 100 orders',
			Array.from({ length: 101 }, (_, i) => `329876543210987${String(i).padStart(4, '0')}`).join(
				',',
			),
			'1688 makes one payment link for at most 100 orders; got 101',
		],
	])('refuses %s before calling 1688', async (_case, orderIds, message) => {
		const reply = jest.fn(() => LINK);
		const run = runOperation(getPaymentUrl, {
			platform: '1688',
			parameters: { ...parameters, orderIds },
			reply,
		});
		await expect(run).rejects.toThrow(message);
		await expect(run).rejects.toBeInstanceOf(NodeOperationError);
		expect(reply).not.toHaveBeenCalled();
	});
});
