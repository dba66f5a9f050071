import * as getDetail from '../../../../../nodes/Alibaba1688/actions/product/getDetail.operation';
import { operationContext, runOperation } from '../../../../support/operation-context';

const PRODUCT_ID = '620201390233';
// shape: sandbox/alibaba1688/apis/product-info.js (toProductDetail, trimmed)
const DETAIL = {
	offerId: 620201390233,
	categoryId: 1032010,
	subject: '早餐代餐苏打饼干整箱批发',
	subjectTrans: 'Breakfast Meal Replacement Soda Crackers Wholesale Box',
	mainImage: 'https://cbu01.alicdn.com/img/ibank/O1CN01sandbox0001.jpg',
	productSkuInfos: [
		{ amountOnSale: 500, price: '18.90', consignPrice: '18.90', skuId: 4567890123456 },
	],
	productSaleInfo: {
		amountOnSale: 500,
		quoteType: 1,
		unitInfo: { unit: '箱', transUnit: 'carton' },
	},
	minOrderQuantity: 2,
	status: 'published',
	monthSold: 320,
};

describe('1688 › Product › Get Detail', () => {
	it('calls queryProductDetail with the offer id as a bare number and returns the detail', async () => {
		const { items, sent } = await runOperation(getDetail, {
			platform: '1688',
			parameters: {
				resource: 'product',
				operation: 'getDetail',
				productId: PRODUCT_ID,
				country: 'ja',
			},
			// shape: sandbox/alibaba1688/apis/crossborder.js (ok(): a nested ResultModel)
			reply: () => ({ result: { success: true, code: '200', message: null, result: DETAIL } }),
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.fenxiao.crossborder:product.search.queryProductDetail');
		expect(Object.keys(sent[0].params)).toEqual(['offerDetailParam']);
		expect(JSON.parse(sent[0].params.offerDetailParam)).toEqual({
			offerId: 620201390233,
			country: 'ja',
		});
		expect(sent[0].params.offerDetailParam).toContain(`"offerId":${PRODUCT_ID},`);
		expect(items).toEqual([{ json: DETAIL, pairedItem: { item: 0 } }]);
	});

	it("names 1688's 404 and the next step when the offer is offline", async () => {
		await expect(
			runOperation(getDetail, {
				platform: '1688',
				parameters: { productId: '620201390299', country: 'en' },
				// shape: sandbox/alibaba1688/apis/crossborder.js (failed(NOT_FOUND), inside HTTP 200)
				reply: () => ({
					result: {
						success: false,
						code: '404',
						message: 'offer 620201390299 does not exist or is offline',
						result: null,
					},
				}),
			}),
		).rejects.toThrow(
			'(404: offer 620201390299 does not exist or is offline). Nothing was found with that id: check it.',
		);
	});

	it('refuses an empty product id before calling 1688', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { productId: '  ', country: 'en' },
			reply: () => ({ result: { success: true, code: '200', message: null, result: DETAIL } }),
		});
		await expect(getDetail.execute.call(context, 0)).rejects.toThrow('"" is not a 1688 product ID');
		expect(sent).toHaveLength(0);
	});

	describe('Listed Product (alibaba.cross.productInfo)', () => {
		// shape: the ProductInfo model of the alibaba.cross.productInfo page (no reply sample exists);
		// image paths are relative ("需要增加域名：https://cbu01.alicdn.com/")
		const PRODUCT_INFO = {
			productID: 620201390233,
			subject: '早餐代餐苏打饼干整箱批发',
			image: { images: ['img/ibank/O1CN01a.jpg', '/img/ibank/O1CN01b.jpg'] },
			skuInfos: [{ skuId: 4567890123456, specId: 'fb82997a5b64af3c729cea89bef44409', price: 18.9 }],
			supplierLoginId: 'sandbox-supplier',
		};

		it('adds the offer to the listings, then reads it, with full image addresses', async () => {
			const { items, sent } = await runOperation(getDetail, {
				platform: '1688',
				parameters: {
					productId: 'https://detail.1688.com/offer/620201390233.html',
					offerSource: 'listing',
					addToListings: true,
				},
				reply: (request) =>
					request.api.endsWith('syncProductListPushed')
						? { result: { success: true } }
						: { productInfo: PRODUCT_INFO, bizGroupInfos: [], success: true },
			});
			expect(sent.map((s) => s.api)).toEqual([
				'com.alibaba.product.push:alibaba.cross.syncProductListPushed',
				'com.alibaba.product:alibaba.cross.productInfo',
			]);
			expect(sent[0].params).toEqual({ productIdList: '[620201390233]' });
			expect(sent[1].params).toEqual({ productId: '620201390233' });
			expect(items[0].json).toMatchObject({
				productID: 620201390233,
				imageUrls: [
					'https://cbu01.alicdn.com/img/ibank/O1CN01a.jpg',
					'https://cbu01.alicdn.com/img/ibank/O1CN01b.jpg',
				],
			});
		});

		it('reads without adding when asked, and says how to list an offer 1688 will not show', async () => {
			const { context, sent } = operationContext({
				platform: '1688',
				parameters: { productId: PRODUCT_ID, offerSource: 'listing', addToListings: false },
				reply: () => ({ success: false, message: '没有该商品的查询权限' }),
			});
			await expect(getDetail.execute.call(context, 0)).rejects.toThrow(
				/没有该商品的查询权限.*Add to My Listings First/,
			);
			expect(sent.map((s) => s.api)).toEqual(['com.alibaba.product:alibaba.cross.productInfo']);
		});

		it('names what 1688 must configure when the app cannot list offers', async () => {
			const { context } = operationContext({
				platform: '1688',
				parameters: { productId: PRODUCT_ID, offerSource: 'listing', addToListings: true },
				reply: () => ({
					result: {
						success: false,
						errorCode: 'APPKEY_ISV_CONFIG_IS_NOT_EXIST',
						errorMsg: '平台appkey配置不存在',
					},
				}),
			});
			await expect(getDetail.execute.call(context, 0)).rejects.toThrow(
				/APPKEY_ISV_CONFIG_IS_NOT_EXIST.*cross-border staff/,
			);
		});
	});
});

describe('1688 › Product › Get Detail, node version 1.2 (Product is a resource locator)', () => {
	it.each([
		['By URL', 'url', `https://detail.1688.com/offer/${PRODUCT_ID}.html?spm=a26352`],
		['By URL (mobile)', 'url', `https://detail.m.1688.com/page/index.html?offerId=${PRODUCT_ID}`],
		['By ID', 'id', PRODUCT_ID],
	])("%s reads another seller's offer", async (_label, mode, value) => {
		const { sent } = await runOperation(getDetail, {
			platform: '1688',
			parameters: { productId: { __rl: true, mode, value }, country: 'en' },
			reply: () => ({ result: { success: true, code: '200', message: null, result: DETAIL } }),
		});
		expect(sent[0].params.offerDetailParam).toContain(`"offerId":${PRODUCT_ID},`);
	});
});
