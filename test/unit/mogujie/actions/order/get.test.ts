import { NodeApiError } from 'n8n-workflow';

import * as get from '../../../../../nodes/Mogujie/actions/order/get.operation';
import { mogujieReply, runOperation } from '../../../../support/operation-context';

const ORDER_ID = '93182337647084';
// Shape of sandbox/mogujie/methods/views.js orderView (xiaodian.trade.get, protocol §6.1); amounts in fen.
const ORDER = {
	shopOrderId: ORDER_ID,
	payOrderId: '93182337647085',
	orderStatus: 'ORDER_PAID',
	createdStr: '2020-05-11 16:51:46',
	payTimeStr: '2020-05-11 16:52:10',
	updatedStr: '2020-05-11 16:52:10',
	buyerUserId: '1eyma60',
	buyerName: '小蘑菇',
	receiverName: '张三',
	receiverMobile: '13800000000',
	receiverProvince: '浙江省',
	receiverCity: '杭州市',
	receiverArea: '西湖区',
	receiverAddress: '文三路 90 号',
	shopOrderPrice: 12990,
	shipExpense: 0,
	promotionAmount: 1000,
	shopPromotionAmount: 1000,
	platformPromotionAmount: 0,
	modifyPrice: 0,
	shipType: 0,
	number: 1,
	itemOrderInfos: [
		{
			itemOrderId: '140000000001',
			itemId: '1ltdroo',
			skuId: '1q8e2k7za',
			title: '法式碎花连衣裙',
			price: 13990,
			nowPrice: 12990,
			number: 1,
			orderStatus: 'ORDER_PAID',
			sellerFinal: 12340,
		},
	],
};

describe('Mogujie › Order › Get', () => {
	it('calls xiaodian.trade.get with the order id in openApiOrderDetailReqDto and adds yuan amounts', async () => {
		const { items, sent } = await runOperation(get, {
			platform: 'mogujie',
			parameters: { resource: 'order', operation: 'get', orderId: ORDER_ID, addYuan: true },
			reply: () => mogujieReply(ORDER),
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('xiaodian.trade.get');
		expect(Object.keys(sent[0].params)).toEqual(['openApiOrderDetailReqDto']);
		expect(JSON.parse(sent[0].params.openApiOrderDetailReqDto)).toEqual({ shopOrderId: ORDER_ID });
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json).toMatchObject({
			shopOrderId: ORDER_ID,
			shopOrderPrice: 12990,
			shopOrderPriceYuan: 129.9,
			shipExpenseYuan: 0,
			promotionAmountYuan: 10,
		});
		expect(items[0].json.itemOrderInfos).toEqual([
			expect.objectContaining({ priceYuan: 139.9, nowPriceYuan: 129.9, sellerFinalYuan: 123.4 }),
		]);
	});

	it('returns the order as Mogujie sent it when Add Yuan Amounts is off', async () => {
		const { items } = await runOperation(get, {
			platform: 'mogujie',
			parameters: { orderId: Number(ORDER_ID), addYuan: false },
			reply: () => mogujieReply(ORDER),
		});
		expect(items).toEqual([{ json: ORDER, pairedItem: { item: 0 } }]);
	});

	it("names Mogujie's code when the order is not the shop's", async () => {
		// Business error envelope of sandbox/mogujie/codes.js ORDER_NOT_FOUND, as methods/trade.js answers it.
		const run = runOperation(get, {
			platform: 'mogujie',
			parameters: { orderId: ORDER_ID },
			reply: () => mogujieReply({}, '1200404', `订单不存在：${ORDER_ID}`),
		});
		await expect(run).rejects.toBeInstanceOf(NodeApiError);
		await expect(run).rejects.toThrow(
			`Mogujie returned an error for xiaodian.trade.get (1200404: 订单不存在：${ORDER_ID}). See Mogujie's message; check the parameters of this call.`,
		);
	});

	it('refuses an order id that is not a number before calling Mogujie', async () => {
		const reply = jest.fn(() => mogujieReply(ORDER));
		const run = runOperation(get, {
			platform: 'mogujie',
			parameters: { orderId: 'MG93182337647084' },
			reply,
		});
		await expect(run).rejects.toThrow('"MG93182337647084" is not a Mogujie order ID');
		await expect(run).rejects.toMatchObject({
			description: expect.stringMatching(/number of up to 20 digits.*without letters/),
		});
		await expect(run).rejects.not.toBeInstanceOf(NodeApiError);
		expect(reply).not.toHaveBeenCalled();
	});
});

describe('Mogujie › Order › Get, node version 1.1 (Order is a resource locator)', () => {
	it.each([
		['From List', 'list', ORDER_ID],
		['By ID', 'id', ` ${ORDER_ID} `],
	])('%s reads the order', async (_label, mode, value) => {
		const { sent } = await runOperation(get, {
			platform: 'mogujie',
			parameters: { orderId: { __rl: true, mode, value }, addYuan: true },
			reply: () => mogujieReply(ORDER),
		});
		expect(sent[0].api).toBe('xiaodian.trade.get');
		expect(JSON.parse(sent[0].params.openApiOrderDetailReqDto)).toEqual({
			shopOrderId: ORDER_ID,
		});
	});

	it('By ID refuses what is not an order ID before calling Mogujie, saying where ids come from', async () => {
		const run = runOperation(get, {
			platform: 'mogujie',
			parameters: { orderId: { __rl: true, mode: 'id', value: 'P93182337647084' } },
			reply: () => mogujieReply(ORDER),
		});
		await expect(run).rejects.toThrow('"P93182337647084" is not a Mogujie order ID');
		await expect(run).rejects.toMatchObject({
			description: expect.stringContaining('shopOrderId'),
		});
	});
});
