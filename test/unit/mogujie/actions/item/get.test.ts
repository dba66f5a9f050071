import { NodeApiError } from 'n8n-workflow';

import * as get from '../../../../../nodes/Mogujie/actions/item/get.operation';
import { mogujieReply, runOperation } from '../../../../support/operation-context';

const ITEM_ID = '1ltdroo';
// Shape of xiaodian.item.get as its own page shows it ("price": 0.1): prices in yuan, not fen.
const ITEM = {
	itemId: ITEM_ID,
	title: '法式碎花连衣裙',
	price: 129.9,
	stock: 35,
	code: 'MG20418',
	image: 'https://s11.mogucdn.com/mlcdn/c45406/200511_7f0c2e5a9b_640x960.jpg',
	isShelf: 0,
	skus: [
		{
			skuId: '1q8e2k7za',
			code: 'MG20418-01',
			price: 129.9,
			stock: 20,
			attrs: [{ name: '尺码', value: 'S' }],
		},
		{
			skuId: '1q8e2k7zb',
			code: 'MG20418-02',
			price: 139.9,
			stock: 15,
			attrs: [{ name: '尺码', value: 'M' }],
		},
	],
};

describe('Mogujie › Item › Get', () => {
	it('calls xiaodian.item.get with the item id and adds yuan amounts to the item and its SKUs', async () => {
		const { items, sent } = await runOperation(get, {
			platform: 'mogujie',
			parameters: { resource: 'item', operation: 'get', itemId: ` ${ITEM_ID} `, addYuan: true },
			reply: () => mogujieReply(ITEM),
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('xiaodian.item.get');
		expect(sent[0].params).toEqual({ itemId: ITEM_ID });
		expect(sent[0].withToken).toBe(true);
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json).toMatchObject({ itemId: ITEM_ID, price: 129.9, priceYuan: 129.9 });
		expect(items[0].json.skus).toEqual([
			expect.objectContaining({ skuId: '1q8e2k7za', price: 129.9, priceYuan: 129.9 }),
			expect.objectContaining({ skuId: '1q8e2k7zb', price: 139.9, priceYuan: 139.9 }),
		]);
	});

	it('returns the item as Mogujie sent it when Add Yuan Amounts is off', async () => {
		const { items } = await runOperation(get, {
			platform: 'mogujie',
			parameters: { itemId: ITEM_ID, addYuan: false },
			reply: () => mogujieReply(ITEM),
		});
		expect(items).toEqual([{ json: ITEM, pairedItem: { item: 0 } }]);
	});

	it("names Mogujie's code when the item is not the shop's", async () => {
		// Business error envelope of sandbox/mogujie/codes.js ITEM_NOT_FOUND, as methods/item.js answers it.
		const run = runOperation(get, {
			platform: 'mogujie',
			parameters: { itemId: ITEM_ID },
			reply: () => mogujieReply({}, '1100404', `商品不存在：${ITEM_ID}`),
		});
		await expect(run).rejects.toBeInstanceOf(NodeApiError);
		await expect(run).rejects.toThrow(
			`Mogujie returned an error for xiaodian.item.get (1100404: 商品不存在：${ITEM_ID}). See Mogujie's message; check the parameters of this call.`,
		);
	});

	it('refuses an item id that is not a Mogujie id before calling Mogujie', async () => {
		const reply = jest.fn(() => mogujieReply(ITEM));
		const run = runOperation(get, {
			platform: 'mogujie',
			parameters: { itemId: 'https://shop.mogujie.com/detail/1ltdroo' },
			reply,
		});
		await expect(run).rejects.toThrow(
			'"https://shop.mogujie.com/detail/1ltdroo" is not a Mogujie item ID',
		);
		await expect(run).rejects.not.toBeInstanceOf(NodeApiError);
		expect(reply).not.toHaveBeenCalled();
	});
});
