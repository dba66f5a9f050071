import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import * as cancel from '../../../../../nodes/Alibaba1688/actions/purchaseOrder/cancel.operation';
import type { Reply } from '../../../../support/operation-context';
import { runOperation } from '../../../../support/operation-context';

const ORDER_ID = '3298765432109876543';
// shape: sandbox/alibaba1688/apis/purchase.js (cancel reply: success carries nothing else)
const CANCELLED: Reply = { success: true };
// shape: sandbox/alibaba1688/apis/purchase.js (cancel failure) with orders.js cancelProblem
const TOO_FAST: Reply = {
	success: false,
	errorCode: 'CLOSE_ORDER_TOO_FAST',
	errorMessage: 'the order was created too recently to be closed, try again later',
};
// shape: sandbox/common/faults.js (html500: the front proxy's error page)
const PROXY_500: Reply = {
	statusCode: 500,
	body: '<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n',
};

const parameters = { resource: 'purchaseOrder', operation: 'cancel', orderId: ORDER_ID };

describe('1688 › Purchase Order › Cancel', () => {
	it('calls alibaba.trade.cancel with the order, reason and remark and returns one item', async () => {
		const { items, sent } = await runOperation(cancel, {
			platform: '1688',
			parameters: { ...parameters, cancelReason: 'sellerGoodsLack', remark: '卖家说没货了' },
			reply: () => CANCELLED,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.trade:alibaba.trade.cancel');
		expect(sent[0].version).toBe('1');
		expect(sent[0].params).toEqual({
			webSite: '1688',
			tradeID: ORDER_ID,
			cancelReason: 'sellerGoodsLack',
			remark: '卖家说没货了',
		});
		expect(sent[0].withToken).toBe(true);
		expect(items).toEqual([
			{ json: { orderId: ORDER_ID, cancelled: true, success: true }, pairedItem: { item: 0 } },
		]);
	});

	it('sends no remark when it is empty', async () => {
		const { sent } = await runOperation(cancel, {
			platform: '1688',
			parameters: { ...parameters, cancelReason: 'buyerCancel', remark: '' },
			reply: () => CANCELLED,
		});
		expect(sent[0].params).toEqual({
			webSite: '1688',
			tradeID: ORDER_ID,
			cancelReason: 'buyerCancel',
		});
	});

	it("names 1688's code and says to wait when the order is too new, sent once", async () => {
		const reply = jest.fn(() => TOO_FAST);
		const run = runOperation(cancel, {
			platform: '1688',
			parameters: { ...parameters, cancelReason: 'buyerCancel' },
			reply,
		});
		await expect(run).rejects.toThrow(
			/\(CLOSE_ORDER_TOO_FAST: the order was created too recently.*\)\. .*wait a moment before cancelling/,
		);
		await expect(run).rejects.toBeInstanceOf(NodeApiError);
		expect(reply).toHaveBeenCalledTimes(1);
	});

	it('is not retried after a gateway failure, and says it may have been carried out', async () => {
		const reply = jest.fn(() => PROXY_500);
		const run = runOperation(cancel, {
			platform: '1688',
			parameters: { ...parameters, cancelReason: 'buyerCancel' },
			reply,
		});
		await expect(run).rejects.toThrow(/HTTP 500/);
		await expect(run).rejects.toThrow(
			'The request may have reached 1688 and been carried out: check in 1688 before running it again.',
		);
		expect(reply).toHaveBeenCalledTimes(1);
	});

	it('refuses an id that is not a 1688 order id before calling 1688', async () => {
		const reply = jest.fn(() => CANCELLED);
		const run = runOperation(cancel, {
			platform: '1688',
			parameters: { ...parameters, orderId: 'T3298765432109876543', cancelReason: 'buyerCancel' },
			reply,
		});
		await expect(run).rejects.toThrow('"T3298765432109876543" is not a 1688 order ID');
		await expect(run).rejects.toBeInstanceOf(NodeOperationError);
		expect(reply).not.toHaveBeenCalled();
	});
});
