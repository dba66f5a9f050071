import * as updateStock from '../../../../../nodes/Alibaba1688/actions/myProduct/updateStock.operation';
import type { Reply, SentRequest } from '../../../../support/operation-context';
import { runOperation } from '../../../../support/operation-context';

const PRODUCT_ID = '620201390233';
// shape: alibaba.product.get's ProductInfo (PHP SDK AlibabaProductProductSKUInfo: skuId Long
// global, specId String per offer, amountOnSale Integer)
const WITH_SKUS = {
	productInfo: {
		productID: 620201390233,
		saleInfo: { amountOnSale: 30 },
		skuInfos: [
			{
				skuId: 4567890123456,
				specId: 'b266e0726506185beaf205cbae88530d',
				cargoNumber: 'CUP-W',
				amountOnSale: 10,
			},
			{
				skuId: 4567890123457,
				specId: 'c377f1837617296cfb0316dcbf99641e',
				cargoNumber: 'CUP-B',
				amountOnSale: 20,
			},
		],
	},
};
const WITHOUT_SKUS = { productInfo: { productID: 620201390233, saleInfo: { amountOnSale: 7 } } };
// shape: the PHP SDK's AlibabaProductModifyStockResult: per-product result beside success
const CHANGED = { result: [{ productId: 620201390233, result: true }], success: true };

const answer =
	(product: Reply, write: Reply = CHANGED) =>
	(request: SentRequest): Reply =>
		request.api.endsWith('alibaba.product.get') ? product : write;

describe('1688 › My Product › Update Stock', () => {
	it('sets stock per SKU: the specId goes in the field 1688 calls skuId, increaceModify false', async () => {
		const { items, sent } = await runOperation(updateStock, {
			platform: '1688',
			parameters: {
				productId: PRODUCT_ID,
				mode: 'set',
				stock: {
					items: [
						{ sku: 'b266e0726506185beaf205cbae88530d', quantity: 15 },
						{ sku: '4567890123457', quantity: 0 },
					],
				},
			},
			reply: answer(WITH_SKUS),
		});
		expect(sent.map((s) => s.api)).toEqual([
			'com.alibaba.product:alibaba.product.get',
			'com.alibaba.product:alibaba.product.modifyStock',
		]);
		expect(sent[1].params).toEqual({
			productStockChange:
				'[{"productId":620201390233,"skuStocks":[{"skuId":"b266e0726506185beaf205cbae88530d","stockChange":15},{"skuId":"c377f1837617296cfb0316dcbf99641e","stockChange":0}]}]',
			webSite: '1688',
			increaceModify: 'false',
		});
		expect(items[0].json).toEqual({
			productId: PRODUCT_ID,
			mode: 'set',
			changes: [
				{
					specId: 'b266e0726506185beaf205cbae88530d',
					skuId: '4567890123456',
					cargoNumber: 'CUP-W',
					stockBefore: 10,
					stockAfter: 15,
				},
				{
					specId: 'c377f1837617296cfb0316dcbf99641e',
					skuId: '4567890123457',
					cargoNumber: 'CUP-B',
					stockBefore: 20,
					stockAfter: 0,
				},
			],
		});
	});

	it('adds or subtracts by cargo number, with increaceModify true', async () => {
		const { items, sent } = await runOperation(updateStock, {
			platform: '1688',
			parameters: {
				productId: PRODUCT_ID,
				mode: 'adjust',
				stock: { items: [{ sku: 'CUP-B', quantity: -3 }] },
			},
			reply: answer(WITH_SKUS),
		});
		expect(sent[1].params.increaceModify).toBe('true');
		expect(sent[1].params.productStockChange).toContain('"stockChange":-3');
		expect((items[0].json.changes as Array<Record<string, unknown>>)[0]).toMatchObject({
			stockBefore: 20,
			stockAfter: 17,
		});
	});

	it('changes a product without SKUs through productAmountChange', async () => {
		const { sent } = await runOperation(updateStock, {
			platform: '1688',
			parameters: {
				productId: PRODUCT_ID,
				mode: 'set',
				stock: { items: [{ sku: '', quantity: 12 }] },
			},
			reply: answer(WITHOUT_SKUS),
		});
		expect(sent[1].params.productStockChange).toBe(
			'[{"productId":620201390233,"productAmountChange":12}]',
		);
	});

	it.each([
		[WITH_SKUS, { sku: 'NOPE', quantity: 1 }, 'has no SKU "NOPE"'],
		[WITH_SKUS, { sku: '', quantity: 1 }, 'has SKUs: say which one'],
		[WITHOUT_SKUS, { sku: 'CUP-W', quantity: 1 }, 'has no SKUs'],
		[WITH_SKUS, { sku: 'CUP-W', quantity: -1 }, '"-1" is not a stock quantity'],
	])('refuses a row 1688 would misread, without writing: %#', async (product, row, message) => {
		const sent: SentRequest[] = [];
		await expect(
			runOperation(updateStock, {
				platform: '1688',
				parameters: { productId: PRODUCT_ID, mode: 'set', stock: { items: [row] } },
				reply: (request) => {
					sent.push(request);
					return answer(product)(request);
				},
			}),
		).rejects.toThrow(message);
		expect(sent.some((s) => s.api.endsWith('modifyStock'))).toBe(false);
	});

	it("fails when 1688's per-product result says false, though the call succeeded", async () => {
		await expect(
			runOperation(updateStock, {
				platform: '1688',
				parameters: {
					productId: PRODUCT_ID,
					mode: 'adjust',
					stock: { items: [{ sku: 'CUP-W', quantity: -50 }] },
				},
				reply: answer(WITH_SKUS, {
					result: [
						{
							productId: 620201390233,
							result: false,
							code: 'STOCK_NEGATIVE',
							desc: '库存不能小于0',
						},
					],
					success: true,
				}),
			}),
		).rejects.toThrow(
			'1688 did not change the stock of product 620201390233 (STOCK_NEGATIVE: 库存不能小于0)',
		);
	});
});
