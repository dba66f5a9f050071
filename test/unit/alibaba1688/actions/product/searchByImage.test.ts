import type { INodeParameters } from 'n8n-workflow';

import { Alibaba1688 } from '../../../../../nodes/Alibaba1688/Alibaba1688.node';
import * as searchByImage from '../../../../../nodes/Alibaba1688/actions/product/searchByImage.operation';
import { realReply } from '../../../../support/real-replies';
import type { Json } from '../../../../support/json';
import type { SentRequest } from '../../../../support/operation-context';
import { operationContext, runOperation } from '../../../../support/operation-context';
import { loadSaved, shownProperties } from '../../../../support/saved-node';

// shape: the imageQuery API page's reply (test/fixtures/real/1688/product.search.imageQuery.success.txt)
const offer = (n: number) => ({
	imageUrl: `https://cbu01.alicdn.com/img/ibank/O1CN01sandbox${n}.jpg`,
	subject: `保温杯 ${n}`,
	subjectTrans: 'Vacuum cup',
	priceInfo: { price: '12.50', consignPrice: '14.00' },
	offerId: 620201390000 + n,
	monthSold: 12,
});
const UPLOAD_REPLY = { result: { success: 'true', code: '200', message: null, result: '7381234' } };

const answer = (total: number) => (request: SentRequest) => {
	if (request.api.endsWith('product.image.upload')) return UPLOAD_REPLY;
	const { beginPage, pageSize } = JSON.parse(request.params.offerQueryParam) as Json;
	const first = (beginPage - 1) * pageSize + 1;
	const count = Math.max(0, Math.min(pageSize, total - first + 1));
	return {
		result: {
			success: 'true',
			code: '200',
			message: null,
			result: {
				totalRecords: total,
				totalPage: Math.ceil(total / pageSize),
				pageSize,
				currentPage: beginPage,
				data: Array.from({ length: count }, (_, i) => offer(first + i)),
				picRegionInfo: { currentRegion: '', yoloCropRegion: '' },
			},
		},
	};
};

const IMAGE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);

describe('1688 › Product › Search by Image', () => {
	it('searches a 1688 image by its address, without uploading or downloading it', async () => {
		const { items, sent, downloads } = await runOperation(searchByImage, {
			platform: '1688',
			parameters: {
				imageSource: 'url',
				imageUrl: ' https://cbu01.alicdn.com/img/ibank/O1CN01abc.jpg ',
				returnAll: false,
				limit: 3,
				options: { country: 'ja', priceEnd: 20, keyword: '不锈钢' },
			},
			reply: answer(10),
		});
		expect(downloads).toEqual([]);
		expect(sent.map((s) => s.api)).toEqual([
			'com.alibaba.fenxiao.crossborder:product.search.imageQuery',
		]);
		expect(JSON.parse(sent[0].params.offerQueryParam)).toEqual({
			imageAddress: 'https://cbu01.alicdn.com/img/ibank/O1CN01abc.jpg',
			country: 'ja',
			priceEnd: '20',
			keyword: '不锈钢',
			beginPage: 1,
			pageSize: 3,
		});
		expect(items.map((i) => i.json.offerId)).toEqual([620201390001, 620201390002, 620201390003]);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('uploads a binary image as bare base64, then searches by the imageId 1688 gave, every page', async () => {
		const { items, sent } = await runOperation(searchByImage, {
			platform: '1688',
			parameters: {
				imageSource: 'binary',
				binaryPropertyName: 'photo',
				returnAll: true,
				options: {},
			},
			input: [
				{ json: {}, binary: { photo: { data: IMAGE.toString('base64'), mimeType: 'image/png' } } },
			],
			reply: answer(60),
		});
		expect(sent.map((s) => s.api)).toEqual([
			'com.alibaba.fenxiao.crossborder:product.image.upload',
			'com.alibaba.fenxiao.crossborder:product.search.imageQuery',
			'com.alibaba.fenxiao.crossborder:product.search.imageQuery',
		]);
		expect(JSON.parse(sent[0].params.uploadImageParam)).toEqual({
			imageBase64: IMAGE.toString('base64'),
		});
		expect(JSON.parse(sent[1].params.offerQueryParam)).toMatchObject({
			imageId: '7381234',
			country: 'en',
		});
		expect(items).toHaveLength(60);
	});

	it('downloads an image from another site and uploads it, since 1688 searches only its own addresses', async () => {
		const { sent, downloads } = await runOperation(searchByImage, {
			platform: '1688',
			parameters: {
				imageSource: 'url',
				imageUrl: 'https://cdn.shopify.com/s/files/cup.png',
				returnAll: false,
				limit: 1,
				options: {},
			},
			download: () => IMAGE,
			reply: answer(5),
		});
		expect(downloads).toEqual(['https://cdn.shopify.com/s/files/cup.png']);
		expect(JSON.parse(sent[0].params.uploadImageParam).imageBase64).toBe(IMAGE.toString('base64'));
		expect(JSON.parse(sent[1].params.offerQueryParam).imageId).toBe('7381234');
	});

	it('says how to make the image acceptable when 1688 answers imageId "0"', async () => {
		const { context } = operationContext({
			platform: '1688',
			parameters: {
				imageSource: 'url',
				imageUrl: 'https://example.com/a.jpg',
				returnAll: false,
				limit: 1,
				options: {},
			},
			download: () => IMAGE,
			reply: () => ({ result: { success: 'true', code: '200', message: null, result: '0' } }),
		});
		await expect(searchByImage.execute.call(context, 0)).rejects.toMatchObject({
			message: '1688 did not accept the image for search',
			description: expect.stringContaining('about 100 KB'),
		});
	});

	it('refuses an address that is not a URL, and a missing binary field, naming the fix', async () => {
		const bad = operationContext({
			platform: '1688',
			parameters: {
				imageSource: 'url',
				imageUrl: 'cup.jpg',
				returnAll: false,
				limit: 1,
				options: {},
			},
			reply: () => ({}),
		});
		await expect(searchByImage.execute.call(bad.context, 0)).rejects.toThrow(
			'"cup.jpg" is not an image address',
		);
		const missing = operationContext({
			platform: '1688',
			parameters: {
				imageSource: 'binary',
				binaryPropertyName: 'data',
				returnAll: false,
				limit: 1,
				options: {},
			},
			reply: () => ({}),
		});
		await expect(searchByImage.execute.call(missing.context, 0)).rejects.toThrow(
			"binary file 'data'",
		);
		expect(bad.sent).toEqual([]);
	});

	it("reads the API page's own reply example", async () => {
		const { text } = realReply('1688', 'product.search.imageQuery.success');
		const { items } = await runOperation(searchByImage, {
			platform: '1688',
			parameters: {
				imageSource: 'url',
				imageUrl: 'https://cbu01.alicdn.com/a.jpg',
				returnAll: false,
				limit: 5,
				options: {},
			},
			reply: () => ({ statusCode: 200, body: text }),
		});
		expect(items.length).toBeGreaterThan(0);
		expect(items[0].json).toHaveProperty('offerId');
	});
});

describe('1688 › Product › Search by Image, node version 1.3 (Simplify)', () => {
	const type = new Alibaba1688();
	const { text } = realReply('1688', 'product.search.imageQuery.success');
	const rawOffer = (JSON.parse(text) as Json).result.result.data[0] as Json;
	const saved = {
		resource: 'product',
		operation: 'searchByImage',
		imageSource: 'url',
		imageUrl: 'https://cbu01.alicdn.com/img/ibank/O1CN01abc.jpg',
		limit: 1,
	};
	const run = async (typeVersion: number, values: INodeParameters = {}) =>
		await runOperation(searchByImage, {
			platform: '1688',
			parameters: loadSaved(type, typeVersion, { ...saved, ...values }),
			reply: () => ({ statusCode: 200, body: text }),
		});

	it('shows Simplify, on by default, from version 1.3 only', () => {
		const shown = (typeVersion: number) =>
			shownProperties(
				type,
				typeVersion,
				{ resource: 'product', operation: 'searchByImage' },
				'simplify',
			);
		expect(shown(1.3)).toEqual([expect.objectContaining({ type: 'boolean', default: true })]);
		for (const typeVersion of [1, 1.1, 1.2]) expect(shown(typeVersion)).toEqual([]);
	});

	it("returns a short view of each offer by default, the supplier's name and place included", async () => {
		const { items } = await run(1.3);
		expect(items).toEqual([
			{
				json: {
					offerId: '123',
					subject: '标题',
					subjectTrans: '多语言标题',
					priceYuan: '1',
					promotionPriceYuan: '1',
					consignPriceYuan: '1',
					minOrderQuantity: 1,
					monthSold: 1234,
					repurchaseRate: '13%',
					tradeScore: '5.0',
					sellerIdentities: [
						'super_factory-超级工厂 powerful_merchants-实力商家 tp_member-诚信通会员',
					],
					companyName: '浙江省一路发发商贸公司',
					companyAddress: '浙江省杭州市',
					url: 'https://detail.1688.com/offer/123.html',
					imageUrl: '图片url',
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(JSON.stringify(items[0].json).length * 3).toBeLessThan(JSON.stringify(rawOffer).length);
	});

	it("returns 1688's offers as they are with Simplify off", async () => {
		const { items } = await run(1.3, { simplify: false });
		expect(items.map((item) => item.json)).toEqual([rawOffer]);
	});

	it('a Search by Image saved by version 1.2 still returns the raw offers', async () => {
		const { items } = await run(1.2);
		expect(items.map((item) => item.json)).toEqual([rawOffer]);
	});
});
