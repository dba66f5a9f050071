import * as search from '../../../../../nodes/Alibaba1688/actions/product/search.operation';
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
