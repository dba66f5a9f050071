// The editor's From List of the Mogujie order locator (node version 1.1).
import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { searchOrders } from '../../../nodes/Mogujie/methods/listSearch';
import type { Reply, SentRequest } from '../../support/operation-context';
import { mogujieReply, operationContext } from '../../support/operation-context';

function editor(reply: (request: SentRequest) => Reply) {
	const { context, sent } = operationContext({ platform: 'mogujie', parameters: {}, reply });
	return { context: context as unknown as ILoadOptionsFunctions, sent };
}

// shape: sandbox/mogujie/methods/views.js orderView; amounts in fen
const order = (shopOrderId: string, title: string, buyerName = '小蘑菇') => ({
	shopOrderId,
	orderStatus: 'ORDER_PAID',
	createdStr: '2020-05-11 16:51:46',
	buyerName,
	receiverName: '张三',
	shopOrderPrice: 12990,
	itemOrderInfos: [{ itemOrderId: '1', title }],
});

describe('Mogujie › From List › orders', () => {
	it("lists the shop's newest orders, a page at a time, with status, item, total and date", async () => {
		const { context, sent } = editor(() =>
			mogujieReply({
				totalNum: 41,
				hasNext: true,
				openApiOrderDetailResDtos: [order('93182337647084', '法式碎花连衣裙')],
			}),
		);
		const result = await searchOrders.call(context);
		expect(sent[0].api).toBe('xiaodian.trade.sold.get');
		expect(JSON.parse(sent[0].params.Params)).toEqual({ orderBy: 'DESC', page: 1, pageSize: 20 });
		expect(result).toEqual({
			results: [
				{
					name: '93182337647084 · Paid, to Ship (待发货) · 法式碎花连衣裙 · ¥129.90 · 2020-05-11',
					value: '93182337647084',
				},
			],
			paginationToken: '2',
		});
	});

	it('keeps the orders whose item, buyer or receiver matches the search text', async () => {
		const { context, sent } = editor(() =>
			mogujieReply({
				totalNum: 3,
				hasNext: false,
				openApiOrderDetailResDtos: [
					order('1001', '法式碎花连衣裙'),
					order('1002', '牛仔短裤'),
					order('1003', '针织开衫', '连衣裙爱好者'),
				],
			}),
		);
		const result = await searchOrders.call(context, '连衣裙', '2');
		expect(JSON.parse(sent[0].params.Params)).toMatchObject({ page: 2 });
		expect(result.results.map((r) => r.value)).toEqual(['1001', '1003']);
		expect(result.paginationToken).toBeUndefined();
	});

	it('looks an order ID up directly, and lists nothing for an ID the shop does not have', async () => {
		const found = editor(() => mogujieReply(order('93182337647084', '法式碎花连衣裙')));
		const result = await searchOrders.call(found.context, '93182337647084');
		expect(found.sent.map((r) => r.api)).toEqual(['xiaodian.trade.get']);
		expect(result.results).toEqual([expect.objectContaining({ value: '93182337647084' })]);

		const missing = editor(() => mogujieReply(null, '0000003', '订单不存在'));
		await expect(searchOrders.call(missing.context, '93182337640000')).resolves.toEqual({
			results: [],
		});
	});
});
