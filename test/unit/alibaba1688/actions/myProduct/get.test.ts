import * as get from '../../../../../nodes/Alibaba1688/actions/myProduct/get.operation';
import { operationContext, runOperation } from '../../../../support/operation-context';

const PRODUCT_ID = '620201390233';
// shape: sandbox/alibaba1688/apis/product-info.js (toProductInfo, trimmed)
const PRODUCT_INFO = {
	productID: 620201390233,
	productType: 'wholesale',
	categoryID: 1032010,
	categoryName: '饼干',
	status: 'published',
	subject: '早餐代餐苏打饼干整箱批发',
	language: 'CHINESE',
	image: { images: ['img/ibank/O1CN01sandbox0001.jpg'] },
	skuInfos: [
		{
			amountOnSale: 500,
			price: 18.9,
			skuId: 4567890123456,
			specId: 'b266e0726506185beaf205cbae88530d',
		},
	],
	saleInfo: { amountOnSale: 500, unit: '箱', minOrderQuantity: 2, quoteType: 1 },
	referencePrice: '18.9~45',
	sellerLoginId: 'yiwufoods',
};
// shape: sandbox/alibaba1688/apis/product.js (productGet)
const REPLY = {
	productInfo: PRODUCT_INFO,
	createTime: '20240115103000000+0800',
	lastUpdateTime: '20240520152000000+0800',
	success: true,
};

describe('1688 › My Product › Get', () => {
	it('sends the scene chosen, and is presented as a lookup of your own products', async () => {
		const { sent } = await runOperation(get, {
			platform: '1688',
			parameters: { productId: PRODUCT_ID, webSite: '1688', scene: 'lst' },
			reply: () => REPLY,
		});
		expect(sent[0].params.scene).toBe('lst');
		const notice = get.description.find((p) => p.type === 'notice');
		expect(notice?.displayName).toMatch(/只能查询自己所有的产品.*Get Offer/);
	});

	it('simplifies to ids as text, stock and each SKU with the specId Update Stock takes', async () => {
		const { items } = await runOperation(get, {
			platform: '1688',
			parameters: { productId: PRODUCT_ID, webSite: '1688', simplify: true },
			reply: () => ({
				statusCode: 200,
				// 19-digit SKU ids survive: the reply is read as text
				body: JSON.stringify(REPLY).replace('4567890123456', '4567890123456789012'),
			}),
		});
		expect(items[0].json).toMatchObject({
			productId: PRODUCT_ID,
			subject: '早餐代餐苏打饼干整箱批发',
			status: 'published',
			stock: 500,
			unit: '箱',
			url: `https://detail.1688.com/offer/${PRODUCT_ID}.html`,
			skus: [
				{
					specId: 'b266e0726506185beaf205cbae88530d',
					skuId: '4567890123456789012',
					priceYuan: 18.9,
					stock: 500,
				},
			],
		});
	});

	it('calls alibaba.product.get and returns the product info with the reply dates', async () => {
		const { items, sent } = await runOperation(get, {
			platform: '1688',
			parameters: {
				resource: 'myProduct',
				operation: 'get',
				productId: ` ${PRODUCT_ID} `,
				webSite: '1688',
				simplify: false,
			},
			reply: () => REPLY,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.product:alibaba.product.get');
		// scene is required by the API (the official PHP SDK's AlibabaProductGetParam: 必填)
		expect(sent[0].params).toEqual({ productID: PRODUCT_ID, webSite: '1688', scene: '1688' });
		expect(items).toEqual([
			{
				json: {
					...PRODUCT_INFO,
					createTime: '20240115103000000+0800',
					lastUpdateTime: '20240520152000000+0800',
					success: true,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it("names 1688's code when the product does not exist", async () => {
		await expect(
			runOperation(get, {
				platform: '1688',
				parameters: { productId: '620201390299', webSite: 'alibaba' },
				// shape: sandbox/alibaba1688/apis/product.js (productGet failure)
				reply: () => ({
					success: false,
					errorCode: 'PRODUCT_NOT_EXIST',
					errMsg: 'product 620201390299 does not exist or is not visible to you',
					errorMessage: 'product 620201390299 does not exist or is not visible to you',
				}),
			}),
		).rejects.toThrow(
			/\(PRODUCT_NOT_EXIST: product 620201390299 does not exist.*\)\. See 1688's message/,
		);
	});

	it.each([
		'https://detail.1688.com/offer/620201390233.html',
		'detail.1688.com/offer/620201390233.html?spm=a26352.13672862',
		'https://m.1688.com/offer/620201390233.html',
		'https://offer.m.1688.com/offer/620201390233.html',
		'https://www.1688.com/offerdetail/620201390233.htm',
		'https://detail.m.1688.com/page/index.html?offerId=620201390233&spm=a2639h.29135425',
	])('takes the id from the offer page address %s', async (productId) => {
		const { sent } = await runOperation(get, {
			platform: '1688',
			parameters: { productId, webSite: '1688' },
			reply: () => REPLY,
		});
		expect(sent[0].params.productID).toBe('620201390233');
	});

	it.each([
		'https://detail.tmall.com/item.htm?id=620201390233',
		'6202O1390233',
		'https://detail.m.1688.com/page/index.html?x=1',
	])('refuses %s before calling 1688', async (productId) => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { productId, webSite: '1688' },
			reply: () => REPLY,
		});
		await expect(get.execute.call(context, 0)).rejects.toThrow(
			`"${productId}" is not a 1688 product ID`,
		);
		expect(sent).toHaveLength(0);
	});
});

describe('1688 › My Product › Get, node version 1.2 (Product is a resource locator)', () => {
	const sentProductId = async (mode: string, value: string) => {
		const { sent } = await runOperation(get, {
			platform: '1688',
			parameters: { productId: { __rl: true, mode, value }, webSite: '1688', scene: '1688' },
			reply: () => REPLY,
		});
		return sent[0].params.productID;
	};

	it('sends the product picked From List, given By ID, or read from its page By URL', async () => {
		expect(await sentProductId('list', PRODUCT_ID)).toBe(PRODUCT_ID);
		expect(await sentProductId('id', PRODUCT_ID)).toBe(PRODUCT_ID);
		expect(
			await sentProductId('url', `https://detail.1688.com/offer/${PRODUCT_ID}.html?spm=a2615`),
		).toBe(PRODUCT_ID);
		expect(await sentProductId('url', `https://m.1688.com/offer/${PRODUCT_ID}.html`)).toBe(
			PRODUCT_ID,
		);
	});

	it('By URL refuses an order page and other addresses, naming the offer page forms', async () => {
		const run = (value: string) =>
			runOperation(get, {
				platform: '1688',
				parameters: { productId: { __rl: true, mode: 'url', value } },
				reply: () => REPLY,
			});
		await expect(
			run('https://trade.1688.com/order/new_step_order_detail.htm?orderId=3298765432109876543'),
		).rejects.toThrow('is the page of an order, not of a product');
		await expect(run('https://item.taobao.com/item.htm?id=620201390233')).rejects.toMatchObject({
			message: expect.stringContaining('is not the address of a 1688 offer page'),
			description: expect.stringContaining('detail.1688.com/offer/{ID}.html'),
		});
	});

	it('By ID takes digits only: an address there points to By URL', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: {
				productId: {
					__rl: true,
					mode: 'id',
					value: `https://detail.1688.com/offer/${PRODUCT_ID}.html`,
				},
			},
			reply: () => REPLY,
		});
		const run = get.execute.call(context, 0);
		await expect(run).rejects.toThrow('is not a 1688 product ID');
		await expect(run).rejects.toMatchObject({ description: expect.stringContaining('By URL') });
		expect(sent).toHaveLength(0);
	});
});
