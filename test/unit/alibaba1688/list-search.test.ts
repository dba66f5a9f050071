// The editor's From List of the 1688 node's order and product locators (node version 1.2), against
// real list replies: what each list search asks 1688, and the lines it shows.
import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import {
	searchMyProducts,
	searchPurchaseOrders,
	searchSalesOrders,
} from '../../../nodes/Alibaba1688/methods/listSearch';
import type { Reply, SentRequest } from '../../support/operation-context';
import { gatewayError1688, operationContext } from '../../support/operation-context';
import { realReply } from '../../support/real-replies';

const BUYER_LIST = realReply('1688', 'alibaba.trade.getBuyerOrderList.success').text;
const SELLER_LIST = realReply('1688', 'alibaba.trade.getSellerOrderList.doc-example').text;
const BUYER_VIEW = realReply('1688', 'alibaba.trade.get.buyerView.success').text;

function editor(reply: (request: SentRequest) => Reply) {
	const { context, sent } = operationContext({ platform: '1688', parameters: {}, reply });
	return { context: context as unknown as ILoadOptionsFunctions, sent };
}

const text = (body: string): Reply => ({ statusCode: 200, body });

describe('1688 › From List › purchase orders', () => {
	it('lists the first page of the buyer’s orders, each with id, status, product, total and date, and links its page', async () => {
		const { context, sent } = editor(() => text(BUYER_LIST));
		const result = await searchPurchaseOrders.call(context);
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.trade:alibaba.trade.getBuyerOrderList');
		expect(sent[0].params).toEqual({ page: '1', pageSize: '20' });
		// 19 digits as 1688 printed them, not rounded
		const id = /"idOfStr":"?(\d+)/.exec(BUYER_LIST)![1];
		expect(result.results).toEqual([
			{
				name: `${id} · Cancelled (交易取消) · 夏季亚麻九分裤韩版潮流棉麻薄款修身小脚裤时尚休闲哈伦裤潮男裤 · ¥0.01 · 2018-08-01`,
				value: id,
				url: `https://trade.1688.com/order/new_step_order_detail.htm?orderId=${id}`,
			},
		]);
		// totalRecord 537: more pages follow
		expect(result.paginationToken).toBe('2');
	});

	it('asks the next page with the token, and searches product names with other text', async () => {
		const { context, sent } = editor(() => text(BUYER_LIST));
		await searchPurchaseOrders.call(context, ' 亚麻 ', '3');
		expect(sent[0].params).toEqual({ page: '3', pageSize: '20', productName: '亚麻' });
	});

	it('looks a pasted order id or order page address up by its detail', async () => {
		const id = /"idOfStr":"?(\d+)/.exec(BUYER_VIEW)![1];
		for (const filter of [
			id,
			`https://trade.1688.com/order/new_step_order_detail.htm?orderId=${id}`,
		]) {
			const { context, sent } = editor(() => text(BUYER_VIEW));
			const result = await searchPurchaseOrders.call(context, filter);
			expect(sent.map((r) => [r.api, r.params.orderId])).toEqual([
				['com.alibaba.trade:alibaba.trade.get.buyerView', id],
			]);
			expect(result.results).toEqual([expect.objectContaining({ value: id })]);
			expect(result.paginationToken).toBeUndefined();
		}
	});

	it('lists nothing for an id that is not one of the account’s orders', async () => {
		const { context } = editor(() => ({
			success: false,
			errorCode: 'order.notExist',
			errorMessage: '订单不存在',
		}));
		await expect(searchPurchaseOrders.call(context, '3298765432109876543')).resolves.toEqual({
			results: [],
		});
	});

	it('shows the platform’s error when the list itself fails', async () => {
		const { context } = editor(() => gatewayError1688('gw.APIUnsupported', 'unsupported'));
		await expect(searchPurchaseOrders.call(context)).rejects.toThrow('gw.APIUnsupported');
	});
});

describe('1688 › From List › sales orders', () => {
	it("lists the seller's orders from getSellerOrderList", async () => {
		const { context, sent } = editor(() => text(SELLER_LIST));
		const result = await searchSalesOrders.call(context);
		expect(sent[0].api).toBe('com.alibaba.trade:alibaba.trade.getSellerOrderList');
		expect(sent[0].params).toEqual({ page: '1', pageSize: '20' });
		expect(result.results.length).toBeGreaterThan(0);
		expect(result.results[0].value).toBe('193441303243969811');
		expect(result.results[0].url).toContain('orderId=193441303243969811');
	});
});

describe('1688 › From List › my products', () => {
	// shape: sandbox/alibaba1688/apis/own-products.js (alibaba.product.list.get)
	const page = (resultList: IDataObject[], totalRecords: number) => ({
		result: { pageResult: { pageIndex: 1, sizePerPage: 20, totalRecords, resultList } },
	});
	const product = { productID: 620201390233, subject: '苏打饼干整箱批发', status: 'published' };

	it('lists own products newest first, by title and id, linking each offer page', async () => {
		const { context, sent } = editor(() => page([product], 21));
		const result = await searchMyProducts.call(context);
		expect(sent[0].api).toBe('com.alibaba.product:alibaba.product.list.get');
		expect(sent[0].params).toEqual({
			pageNo: '1',
			pageSize: '20',
			orderByCondition: 'ID',
			orderByType: 'DESC',
		});
		expect(result).toEqual({
			results: [
				{
					name: '苏打饼干整箱批发 · 620201390233 · published',
					value: '620201390233',
					url: 'https://detail.1688.com/offer/620201390233.html',
				},
			],
			paginationToken: '2',
		});
	});

	it('searches titles, or takes a product id or offer address', async () => {
		const asked = async (filter: string) => {
			const { context, sent } = editor(() => page([], 0));
			const result = await searchMyProducts.call(context, filter);
			expect(result.paginationToken).toBeUndefined();
			return sent[0].params;
		};
		expect(await asked('饼干')).toMatchObject({ subjectKey: '饼干' });
		expect(await asked('2024')).toMatchObject({ subjectKey: '2024' });
		expect(await asked('620201390233')).toMatchObject({ productIds: '[620201390233]' });
		expect(await asked('https://detail.1688.com/offer/620201390233.html')).toMatchObject({
			productIds: '[620201390233]',
		});
	});
});
