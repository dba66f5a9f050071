import { NodeApiError } from 'n8n-workflow';

import * as confirmReceipt from '../../../../../nodes/Alibaba1688/actions/purchaseOrder/confirmReceipt.operation';
import { realReply } from '../../../../support/real-replies';
import type { Reply, SentRequest } from '../../../../support/operation-context';
import { operationContext, runOperation } from '../../../../support/operation-context';

const ORDER_ID = '3298765432109876543';
const CONFIRM = 'com.alibaba.trade:trade.receivegoods.confirm';
const BUYER_VIEW = 'com.alibaba.trade:alibaba.trade.get.buyerView';

// The page has no reply sample; its field table is result{success, errorInfo, errorCode}, and a
// relay (doc-en.pandapon.com/api-263477652, research14/buying.md §4) shows a success so.
const CONFIRMED: Reply = { result: { success: true, errorInfo: '', errorCode: '' } };
// OBSERVED through a proxy: the reply for an order that does not exist
const NOT_FOUND: Reply = {
	statusCode: 200,
	body: realReply('1688', 'trade.receivegoods.confirm.order-not-found').text,
};
// the buyerView page's real order: three lines; the first has subItemIDString beside a rounded subItemID
const ORDER: Reply = {
	statusCode: 200,
	body: realReply('1688', 'alibaba.trade.get.buyerView.success').text,
};

const answer = (confirm: Reply) => (request: SentRequest) =>
	request.api === BUYER_VIEW ? ORDER : confirm;

describe('1688 › Purchase Order › Confirm Receipt', () => {
	it('calls trade.receivegoods.confirm with the order and the given lines as a Long[] of bare digits, once', async () => {
		const reply = jest.fn(answer(CONFIRMED));
		const { items, sent } = await runOperation(confirmReceipt, {
			platform: '1688',
			parameters: {
				resource: 'purchaseOrder',
				operation: 'confirmReceipt',
				orderId: ORDER_ID,
				orderEntryIds: ' 3298765432109876544, 3298765432109876545 ',
			},
			reply,
		});
		expect(sent.map((s) => s.api)).toEqual([CONFIRM]);
		expect(sent[0].version).toBe('1');
		expect(sent[0].withToken).toBe(true);
		expect(sent[0].params).toEqual({
			orderId: ORDER_ID,
			orderEntryIds: '[3298765432109876544,3298765432109876545]',
		});
		expect(items).toEqual([
			{
				json: {
					orderId: ORDER_ID,
					orderEntryIds: ['3298765432109876544', '3298765432109876545'],
					confirmed: true,
					success: true,
					errorInfo: '',
					errorCode: '',
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(reply).toHaveBeenCalledTimes(1);
	});

	it("without lines, reads the order's lines from get.buyerView first and confirms them all", async () => {
		const { items, sent } = await runOperation(confirmReceipt, {
			platform: '1688',
			parameters: { orderId: ORDER_ID, orderEntryIds: '' },
			reply: answer(CONFIRMED),
		});
		expect(sent.map((s) => s.api)).toEqual([BUYER_VIEW, CONFIRM]);
		expect(sent[0].params).toEqual({ webSite: '1688', orderId: ORDER_ID });
		// subItemIDString where 1688 gives it (the exact id), else subItemID with all its digits
		const lines = ['128403042259997715', '58218860985545944', '58218860986545944'];
		expect(sent[1].params).toEqual({ orderId: ORDER_ID, orderEntryIds: `[${lines.join(',')}]` });
		expect(items[0].json.orderEntryIds).toEqual(lines);
	});

	it("names 1688's code 4003 and its text when the order is not found, sent once", async () => {
		const reply = jest.fn(answer(NOT_FOUND));
		const { context } = operationContext({
			platform: '1688',
			parameters: { orderId: ORDER_ID, orderEntryIds: '3298765432109876544' },
			reply,
		});
		const run = confirmReceipt.execute.call(context, 0);
		await expect(run).rejects.toBeInstanceOf(NodeApiError);
		await expect(run).rejects.toMatchObject({
			message: expect.stringMatching(
				/trade\.receivegoods\.confirm-1 \(4003: 订单信息不存在,请核对后重试\)\. 1688 knows no such order/,
			),
			description: '订单信息不存在,请核对后重试',
		});
		expect(reply).toHaveBeenCalledTimes(1);
	});

	it('refuses lines that are not ids before calling 1688', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { orderId: ORDER_ID, orderEntryIds: '3298765432109876544, line-2' },
			reply: answer(CONFIRMED),
		});
		await expect(confirmReceipt.execute.call(context, 0)).rejects.toThrow(
			'"line-2" is not a list of 1688 order IDs',
		);
		expect(sent).toEqual([]);
	});
});
