import { NodeApiError } from 'n8n-workflow';

import * as get from '../../../../../nodes/Alibaba1688/actions/purchaseOrder/get.operation';
import { gatewayError1688, runOperation } from '../../../../support/operation-context';

const ORDER_ID = '3298765432109876543';
// The numeric id has 19 digits, more than a JavaScript number holds: sent as 1688 sends it.
const REPLY = `{"success":true,"result":{"baseInfo":{"idOfStr":"${ORDER_ID}","id":${ORDER_ID},"status":"waitsellersend"},"productItems":[{"productID":620201390233,"name":"保温杯","quantity":2}]}}`;
const reply = () => ({ statusCode: 200, body: REPLY });

describe('1688 › Purchase Order › Get', () => {
	it('calls alibaba.trade.get.buyerView with the exact order id and returns one simplified order', async () => {
		const { items, sent } = await runOperation(get, {
			platform: '1688',
			parameters: {
				resource: 'purchaseOrder',
				operation: 'get',
				orderId: ORDER_ID,
				simplify: true,
			},
			reply,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.trade:alibaba.trade.get.buyerView');
		expect(sent[0].params).toEqual({ webSite: '1688', orderId: ORDER_ID });
		expect(sent[0].withToken).toBe(true);
		expect(items).toEqual([expect.objectContaining({ pairedItem: { item: 0 } })]);
		expect(items[0].json).toMatchObject({ orderId: ORDER_ID, status: 'waitsellersend' });
	});

	it('returns the raw order when Simplify is off', async () => {
		const { items } = await runOperation(get, {
			platform: '1688',
			parameters: { orderId: ORDER_ID, simplify: false },
			reply,
		});
		// every digit of the numeric id is kept (as text)
		expect(items[0].json).toEqual({
			baseInfo: { idOfStr: ORDER_ID, id: ORDER_ID, status: 'waitsellersend' },
			productItems: [{ productID: 620201390233, name: '保温杯', quantity: 2 }],
		});
	});

	it("names 1688's code when the order belongs to another buyer", async () => {
		await expect(
			runOperation(get, {
				platform: '1688',
				parameters: { orderId: ORDER_ID },
				reply: () => ({
					success: false,
					errorCode: 'order.nopermission.buyer',
					errorMessage: '无权限',
				}),
			}),
		).rejects.toThrow(/order\.nopermission\.buyer.*another buyer account/);
	});

	it('refuses an id that is not a 1688 order id before calling 1688', async () => {
		const run = runOperation(get, {
			platform: '1688',
			parameters: { orderId: 'abc' },
			reply: () => gatewayError1688('gw.ParamMissing', 'unused'),
		});
		await expect(run).rejects.toThrow('"abc" is not a 1688 order ID');
		await expect(run).rejects.not.toBeInstanceOf(NodeApiError);
	});
});
