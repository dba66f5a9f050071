import { NodeApiError } from 'n8n-workflow';

import * as updateSkuStock from '../../../../../nodes/Mogujie/actions/item/updateSkuStock.operation';
import { mogujieReply, runOperation } from '../../../../support/operation-context';

const SKU_ID = '1q8e2k7za';
// sandbox/mogujie/methods/item.js skuStockUpdate answers `result.data: true` (protocol §6.3: status only).
const UPDATED = mogujieReply(true);

describe('Mogujie › Item › Update SKU Stock', () => {
	it('sends xiaodian.item.skustock.update once with the SKU and the absolute stock', async () => {
		const { items, sent } = await runOperation(updateSkuStock, {
			platform: 'mogujie',
			parameters: { resource: 'item', operation: 'updateSkuStock', skuId: SKU_ID, stock: 120 },
			reply: () => UPDATED,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('xiaodian.item.skustock.update');
		expect(sent[0].params).toEqual({ skuId: SKU_ID, stock: '120' });
		expect(items).toEqual([
			{
				json: { skuId: SKU_ID, stock: 120, updated: true, result: true },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('sets a stock of 0', async () => {
		const { items, sent } = await runOperation(updateSkuStock, {
			platform: 'mogujie',
			parameters: { skuId: SKU_ID, stock: 0 },
			reply: () => UPDATED,
		});
		expect(sent[0].params).toEqual({ skuId: SKU_ID, stock: '0' });
		expect(items[0].json).toMatchObject({ stock: 0, updated: true });
	});

	it("sends a refused update once and names Mogujie's code for a missing SKU", async () => {
		// Business error envelope of sandbox/mogujie/codes.js SKU_NOT_FOUND (code 1100400, protocol §6.3).
		const reply = jest.fn(() => mogujieReply({}, '1100400', `SKU不存在：${SKU_ID}`));
		const run = runOperation(updateSkuStock, {
			platform: 'mogujie',
			parameters: { skuId: SKU_ID, stock: 5 },
			reply,
		});
		await expect(run).rejects.toBeInstanceOf(NodeApiError);
		await expect(run).rejects.toThrow(
			`Mogujie returned an error for xiaodian.item.skustock.update (1100400: SKU不存在：${SKU_ID}). The SKU does not exist (or no longer belongs to the shop): check the SKU ID with Item → Get.`,
		);
		expect(reply).toHaveBeenCalledTimes(1);
	});

	it.each([
		[
			'a SKU id with spaces',
			{ skuId: '1q8e 2k7za', stock: 5 },
			'"1q8e 2k7za" is not a Mogujie SKU ID',
		],
		['an empty SKU id', { skuId: '  ', stock: 5 }, '"" is not a Mogujie SKU ID'],
		[
			'a negative stock',
			{ skuId: SKU_ID, stock: -1 },
			'Stock must be a whole number of 0 or more, not -1',
		],
		[
			'a fractional stock',
			{ skuId: SKU_ID, stock: 2.5 },
			'Stock must be a whole number of 0 or more, not 2.5',
		],
	])('refuses %s before calling Mogujie', async (_case, parameters, message) => {
		const reply = jest.fn(() => UPDATED);
		const run = runOperation(updateSkuStock, { platform: 'mogujie', parameters, reply });
		await expect(run).rejects.toThrow(message);
		await expect(run).rejects.not.toBeInstanceOf(NodeApiError);
		expect(reply).not.toHaveBeenCalled();
	});
});
