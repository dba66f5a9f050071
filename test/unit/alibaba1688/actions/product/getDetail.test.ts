import type { INodeParameters } from 'n8n-workflow';

import { Alibaba1688 } from '../../../../../nodes/Alibaba1688/Alibaba1688.node';
import * as getDetail from '../../../../../nodes/Alibaba1688/actions/product/getDetail.operation';
import type { Json } from '../../../../support/json';
import { operationContext, runOperation } from '../../../../support/operation-context';
import { realReply } from '../../../../support/real-replies';
import { loadSaved, shownProperties } from '../../../../support/saved-node';

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

describe('1688 › Product › Get Offer, node version 1.3 (Simplify)', () => {
	const type = new Alibaba1688();
	const { text } = realReply('1688', 'product.search.queryProductDetail.success');
	const rawDetail = (JSON.parse(text) as Json).result.result as Json;
	const byId = { __rl: true, mode: 'id', value: PRODUCT_ID };
	const saved = { resource: 'product', operation: 'getDetail', productId: byId };
	const run = async (typeVersion: number, values: INodeParameters = {}) =>
		await runOperation(getDetail, {
			platform: '1688',
			parameters: loadSaved(type, typeVersion, { ...saved, ...values }),
			reply: () => ({ statusCode: 200, body: text }),
		});

	it('shows Simplify, on by default, from version 1.3 only, for both sources', () => {
		for (const offerSource of ['sourcing', 'listing']) {
			const shown = (typeVersion: number) =>
				shownProperties(
					type,
					typeVersion,
					{ resource: 'product', operation: 'getDetail', offerSource },
					'simplify',
				);
			expect(shown(1.3)).toEqual([expect.objectContaining({ type: 'boolean', default: true })]);
			for (const typeVersion of [1, 1.1, 1.2]) expect(shown(typeVersion)).toEqual([]);
		}
	});

	it('returns a short view of the sourcing detail by default, each SKU with its specId', async () => {
		const { items } = await run(1.3);
		expect(items).toEqual([
			{
				json: {
					offerId: '34513534353434',
					subject: '猫砂盆超大号防外溅猫厕所加高巨无霸开放式宠物用品厂家直销批发',
					subjectTrans:
						'Cat litter box extra large splash-proof cat toilet heightened giant open pet supplies factory direct sales wholesale',
					categoryId: '32',
					categoryName: '裙子',
					status: 'published',
					unit: '盒',
					unitTrans: 'Box',
					minOrderQuantity: 1,
					stock: 99999,
					quoteType: 1,
					priceRanges: [{ startQuantity: 10, priceYuan: '10', promotionPriceYuan: '9' }],
					soldQuantity: '12342',
					tradeScore: '5.0',
					companyName: '杭州宜路发发电子商务有限公司',
					shipsFrom: '',
					shippingTimeGuarantee: 'shipIn24Hours-24小时发货 shipIn48Hours-48小时发货',
					url: 'https://detail.1688.com/offer/34513534353434.html',
					imageUrls: ['图片'],
					skus: [
						{
							skuId: '123',
							specId: 'specid',
							sku: '1: 1',
							skuTrans: '1: 1',
							priceYuan: '价格',
							promotionPriceYuan: '1',
							stock: 123,
						},
					],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(JSON.stringify(items[0].json).length * 3).toBeLessThan(JSON.stringify(rawDetail).length);
	});

	it("returns 1688's detail as it is with Simplify off, and for a Get Offer saved by 1.2", async () => {
		expect((await run(1.3, { simplify: false })).items[0].json).toEqual(rawDetail);
		expect((await run(1.2)).items[0].json).toEqual(rawDetail);
	});

	describe('Listed Product', () => {
		// shape: the ProductInfo model of the alibaba.cross.productInfo page (no reply sample exists)
		const PRODUCT_INFO = {
			productID: 620201390233,
			subject: '早餐代餐苏打饼干整箱批发',
			description: '<p>整箱批发</p>',
			image: { images: ['img/ibank/O1CN01a.jpg'] },
			saleInfo: { minOrderQuantity: 2, priceRanges: [{ startQuantity: 2, price: 18.9 }] },
			skuInfos: [{ skuId: 4567890123456, specId: 'fb82997a5b64af3c729cea89bef44409', price: 18.9 }],
		};
		const runListing = async (typeVersion: number) =>
			await runOperation(getDetail, {
				platform: '1688',
				parameters: loadSaved(type, typeVersion, {
					...saved,
					offerSource: 'listing',
					addToListings: false,
				}),
				reply: () => ({ productInfo: PRODUCT_INFO, success: true }),
			});

		it("simplifies the listed product as My Product → Get does, with its pictures' full addresses", async () => {
			const { json } = (await runListing(1.3)).items[0];
			expect(json).toMatchObject({
				productId: '620201390233',
				subject: '早餐代餐苏打饼干整箱批发',
				minOrderQuantity: 2,
				priceRanges: [{ startQuantity: 2, priceYuan: 18.9 }],
				url: 'https://detail.1688.com/offer/620201390233.html',
				imageUrls: ['https://cbu01.alicdn.com/img/ibank/O1CN01a.jpg'],
				skus: [
					expect.objectContaining({
						skuId: '4567890123456',
						specId: 'fb82997a5b64af3c729cea89bef44409',
						priceYuan: 18.9,
					}),
				],
			});
			expect(json).not.toHaveProperty('description');
		});

		it('a Get Offer saved by 1.2 still returns the raw listed product', async () => {
			const { json } = (await runListing(1.2)).items[0];
			expect(json).toEqual({
				...PRODUCT_INFO,
				imageUrls: ['https://cbu01.alicdn.com/img/ibank/O1CN01a.jpg'],
			});
		});
	});
});
