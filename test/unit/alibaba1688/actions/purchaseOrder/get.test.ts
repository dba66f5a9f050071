import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import * as get from '../../../../../nodes/Alibaba1688/actions/purchaseOrder/get.operation';
import {
	gatewayError1688,
	operationContext,
	runOperation,
} from '../../../../support/operation-context';

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

describe('1688 › Purchase Order › Get, node version 1.2 (Order is a resource locator)', () => {
	const locator = (mode: string, value: string) => ({ __rl: true, mode, value });
	const sentOrderId = async (orderId: IDataObject) => {
		const { sent } = await runOperation(get, {
			platform: '1688',
			parameters: { orderId, simplify: true },
			reply,
		});
		return sent[0].params.orderId;
	};

	it('sends the id picked From List or given By ID', async () => {
		expect(await sentOrderId(locator('list', ORDER_ID))).toBe(ORDER_ID);
		expect(await sentOrderId(locator('id', ` ${ORDER_ID} `))).toBe(ORDER_ID);
	});

	it("By URL sends the id in the address of the buyer's or the seller's order page", async () => {
		expect(
			await sentOrderId(
				locator(
					'url',
					`https://trade.1688.com/order/new_step_order_detail.htm?spm=a360q&orderId=${ORDER_ID}`,
				),
			),
		).toBe(ORDER_ID);
		expect(
			await sentOrderId(
				locator(
					'url',
					`https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=${ORDER_ID}`,
				),
			),
		).toBe(ORDER_ID);
	});

	it('By URL refuses an offer page and any other address, naming the order page forms', async () => {
		const offer = runOperation(get, {
			platform: '1688',
			parameters: { orderId: locator('url', 'https://detail.1688.com/offer/620201390233.html') },
			reply,
		});
		await expect(offer).rejects.toThrow('is the page of a product, not of an order');
		await expect(offer).rejects.toBeInstanceOf(NodeOperationError);
		const other = runOperation(get, {
			platform: '1688',
			parameters: { orderId: locator('url', 'https://example.com/order?orderId=1') },
			reply,
		});
		await expect(other).rejects.toThrow('is not the address of a 1688 order page');
		await expect(other).rejects.toMatchObject({
			description: expect.stringContaining(
				'trade.1688.com/order/new_step_order_detail.htm?orderId=',
			),
		});
	});

	it('By ID refuses an address, pointing to By URL, before calling 1688', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: {
				orderId: locator('id', `https://trade.1688.com/order/x_detail.htm?orderId=${ORDER_ID}`),
			},
			reply,
		});
		const run = get.execute.call(context, 0);
		await expect(run).rejects.toThrow('is not a 1688 order ID');
		await expect(run).rejects.toMatchObject({ description: expect.stringContaining('By URL') });
		expect(sent).toHaveLength(0);
	});
});
