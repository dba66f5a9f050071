import type { INodeParameters } from 'n8n-workflow';

import { Alibaba1688 } from '../../../../../nodes/Alibaba1688/Alibaba1688.node';
import * as search from '../../../../../nodes/Alibaba1688/actions/product/search.operation';
import { realReply } from '../../../../support/real-replies';
import { loadSaved, shownProperties } from '../../../../support/saved-node';
import type { Json } from '../../../../support/json';
import type { SentRequest } from '../../../../support/operation-context';
import {
	gatewayError1688,
	operationContext,
	runOperation,
} from '../../../../support/operation-context';

// shape: sandbox/alibaba1688/apis/product-info.js (toSearchOffer)
const offer = (n: number) => ({
	offerId: 620201390000 + n,
	subject: `早餐代餐苏打饼干整箱批发 ${n}`,
	subjectTrans: 'Breakfast Meal Replacement Soda Crackers Wholesale Box',
	imageUrl: 'https://cbu01.alicdn.com/img/ibank/O1CN01sandbox0001.jpg',
	isJxhy: false,
	priceInfo: { price: '18.90', consignPrice: '18.90' },
	repurchaseRate: '12%',
	monthSold: 320,
	traceInfo: `object_id@${620201390000 + n}^object_type@offer`,
	isOnePsale: false,
	sellerIdentities: ['tp_member'],
	minOrderQuantity: 2,
});

/** Answers each page of a search that matches `total` offers. */
// shape: sandbox/alibaba1688/apis/crossborder.js (keywordQuery)
const searchOf = (total: number) => (request: SentRequest) => {
	const { beginPage, pageSize } = JSON.parse(request.params.offerQueryParam) as Json;
	const first = (beginPage - 1) * pageSize + 1;
	const count = Math.max(0, Math.min(pageSize, total - first + 1));
	const data = Array.from({ length: count }, (_, i) => offer(first + i));
	const page = {
		totalRecords: total,
		totalPage: Math.ceil(total / pageSize),
		pageSize,
		currentPage: beginPage,
		data,
	};
	return { result: { success: true, code: '200', message: null, result: page } };
};
const queriesOf = (sent: SentRequest[]) =>
	sent.map((s) => JSON.parse(s.params.offerQueryParam) as Json);

describe('1688 › Product › Search', () => {
	it('calls keywordQuery with the filters as one JSON parameter and stops at the limit', async () => {
		const { items, sent } = await runOperation(search, {
			platform: '1688',
			parameters: {
				resource: 'product',
				operation: 'search',
				keyword: '饼干',
				returnAll: false,
				limit: 60,
				options: { country: 'ja', categoryId: '1032010', priceStart: 10, priceEnd: 50.5 },
			},
			reply: searchOf(120),
		});
		expect(sent.map((s) => s.api)).toEqual(
			Array(2).fill('com.alibaba.fenxiao.crossborder:product.search.keywordQuery'),
		);
		expect(Object.keys(sent[0].params)).toEqual(['offerQueryParam']);
		const filters = {
			keyword: '饼干',
			country: 'ja',
			categoryId: '1032010',
			priceStart: '10',
			priceEnd: '50.5',
		};
		expect(queriesOf(sent)).toEqual([
			{ ...filters, beginPage: 1, pageSize: 50 },
			{ ...filters, beginPage: 2, pageSize: 50 },
		]);
		expect(items).toHaveLength(60);
		expect(items[59]).toEqual({ json: offer(60), pairedItem: { item: 0 } });
	});

	it('asks for one small page when the limit is small', async () => {
		const { items, sent } = await runOperation(search, {
			platform: '1688',
			parameters: { keyword: 'cracker', returnAll: false, limit: 3 },
			reply: searchOf(120),
		});
		expect(queriesOf(sent)).toEqual([
			{ keyword: 'cracker', country: 'en', beginPage: 1, pageSize: 3 },
		]);
		expect(items.map((item) => item.json.offerId)).toEqual([
			620201390001, 620201390002, 620201390003,
		]);
	});

	it('reads every page of 50 with Return All', async () => {
		const { items, sent } = await runOperation(search, {
			platform: '1688',
			parameters: { keyword: '饼干', returnAll: true },
			reply: searchOf(120),
		});
		const pages = queriesOf(sent).map(({ beginPage, pageSize }) => [beginPage, pageSize]);
		expect(pages.sort((a, b) => a[0] - b[0])).toEqual([
			[1, 50],
			[2, 50],
			[3, 50],
		]);
		expect(items).toHaveLength(120);
		expect(new Set(items.map((item) => item.json.offerId)).size).toBe(120);
	});

	it("names 1688's ACL code when the app lacks the cross-border search API", async () => {
		await expect(
			runOperation(search, {
				platform: '1688',
				parameters: { keyword: '饼干', returnAll: true },
				reply: () => gatewayError1688('gw.APIACLDecline', 'AppKey is not allowed(acl)'),
			}),
		).rejects.toThrow(
			'The app has no permission to call com.alibaba.fenxiao.crossborder:product.search.keywordQuery-1 (ACL) (gw.APIACLDecline). In the 1688 open-platform console, apply',
		);
	});

	it('refuses a limit of 0 before calling 1688', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { keyword: '饼干', returnAll: false, limit: 0 },
			reply: searchOf(120),
		});
		await expect(search.execute.call(context, 0)).rejects.toThrow(
			'"Limit" must be a whole number of 1 or more, not 0',
		);
		expect(sent).toHaveLength(0);
	});
});

describe('1688 › Product › Search, node version 1.3 (Simplify)', () => {
	const type = new Alibaba1688();
	const { text } = realReply('1688', 'product.search.keywordQuery.success');
	const rawOffer = (JSON.parse(text) as Json).result.result.data[0] as Json;
	const saved = { resource: 'product', operation: 'search', keyword: '饼干', limit: 1 };
	const run = async (typeVersion: number, values: INodeParameters = {}) =>
		await runOperation(search, {
			platform: '1688',
			parameters: loadSaved(type, typeVersion, { ...saved, ...values }),
			reply: () => ({ statusCode: 200, body: text }),
		});

	it('shows Simplify, on by default, from version 1.3 only', () => {
		const shown = (typeVersion: number) =>
			shownProperties(type, typeVersion, { resource: 'product', operation: 'search' }, 'simplify');
		expect(shown(1.3)).toEqual([expect.objectContaining({ type: 'boolean', default: true })]);
		for (const typeVersion of [1, 1.1, 1.2]) expect(shown(typeVersion)).toEqual([]);
	});

	it("returns a short view of each offer by default, in the reply's own fields", async () => {
		const { items } = await run(1.3);
		expect(items).toEqual([
			{
				json: {
					offerId: '2',
					subject: '中文标题',
					subjectTrans: '外文标题',
					priceYuan: '10',
					promotionPriceYuan: '10',
					consignPriceYuan: '10',
					minOrderQuantity: 1,
					monthSold: 1213,
					repurchaseRate: '10%',
					tradeScore: '5.0',
					sellerIdentities: [
						'super_factory-超级工厂 powerful_merchants-实力商家 tp_member-诚信通会员',
					],
					url: 'https://detail.1688.com/offer/2.html',
					imageUrl: '图片地址',
				},
				pairedItem: { item: 0 },
			},
		]);
		// the point of it: an agent's context holds a few times more offers
		expect(JSON.stringify(items[0].json).length * 3).toBeLessThan(JSON.stringify(rawOffer).length);
	});

	it("returns 1688's offers as they are with Simplify off", async () => {
		const { items } = await run(1.3, { simplify: false });
		expect(items.map((item) => item.json)).toEqual([rawOffer]);
	});

	it('a Search saved by version 1.2 still returns the raw offers', async () => {
		const { items } = await run(1.2);
		expect(items.map((item) => item.json)).toEqual([rawOffer]);
	});
});
