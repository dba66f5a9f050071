import * as getMany from '../../../../../nodes/Mogujie/actions/item/getMany.operation';
import type { Json } from '../../../../support/json';
import { mogujieReply, runOperation } from '../../../../support/operation-context';

// One entry of xiaodian.item.onsale.get, shaped as sandbox/mogujie/methods/views.js itemListView.
const listed = (n: number): Json => ({
	itemId: `1ltd${String(n).padStart(3, '0')}`,
	title: `法式碎花连衣裙 ${n}`,
	// prices in yuan, as xiaodian.item.get's page shows them
	price: (12990 + n) / 100,
	stock: 35,
	code: `MG2${String(n).padStart(4, '0')}`,
	image: 'https://s11.mogucdn.com/mlcdn/c45406/200511_7f0c2e5a9b_640x960.jpg',
	isShelf: 0,
	created: '2020-04-01 10:00:00',
	modified: '2020-05-11 09:30:00',
});
const range = (from: number, count: number) =>
	Array.from({ length: count }, (_, i) => listed(from + i));
// `{ total, items }` of sandbox/mogujie/methods/item.js onsaleGet (protocol §6.3).
const page = (total: number, items: Json[]) => mogujieReply({ total, items });

describe('Mogujie › Item › Get Many', () => {
	it('asks xiaodian.item.onsale.get for every page when Return All is on', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: 'mogujie',
			parameters: { resource: 'item', operation: 'getMany', shelf: 'onSale', returnAll: true },
			reply: (_request, index) => (index === 0 ? page(52, range(1, 50)) : page(52, range(51, 2))),
		});
		expect(sent.map((s) => s.api)).toEqual([
			'xiaodian.item.onsale.get',
			'xiaodian.item.onsale.get',
		]);
		expect(sent.map((s) => s.params)).toEqual([
			{ isShelf: '0', page: '1', pageSize: '50' },
			{ isShelf: '0', page: '2', pageSize: '50' },
		]);
		expect(items).toHaveLength(52);
		expect(items[51].json).toMatchObject({ itemId: '1ltd052', price: 130.42, priceYuan: 130.42 });
		expect(items.map((item) => item.pairedItem)).toEqual(items.map(() => ({ item: 0 })));
	});

	it('asks one page the size of the limit and stops there', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: 'mogujie',
			parameters: { shelf: 'offShelf', returnAll: false, limit: 3, addYuan: false },
			reply: () => page(13, range(1, 3)),
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].params).toEqual({ isShelf: '1', page: '1', pageSize: '3' });
		expect(items.map((item) => item.json.itemId)).toEqual(['1ltd001', '1ltd002', '1ltd003']);
		expect(items[0].json).toEqual(listed(1));
	});

	it('refuses a limit that is not a whole number before calling Mogujie', async () => {
		const reply = jest.fn(() => page(0, []));
		const run = runOperation(getMany, {
			platform: 'mogujie',
			parameters: { shelf: 'onSale', returnAll: false, limit: 2.5 },
			reply,
		});
		await expect(run).rejects.toThrow('"Limit" must be a whole number of 1 or more, not 2.5');
		expect(reply).not.toHaveBeenCalled();
	});

	it("names Mogujie's code when the page size is refused", async () => {
		// Business error envelope of sandbox/mogujie/codes.js PAGE_SIZE_TOO_LARGE (methods/params.js paging).
		const reply = jest.fn(() => mogujieReply({}, '1000002', 'pageSize不能超过50'));
		const run = runOperation(getMany, {
			platform: 'mogujie',
			parameters: { shelf: 'onSale', returnAll: true },
			reply,
		});
		await expect(run).rejects.toThrow(
			"Mogujie returned an error for xiaodian.item.onsale.get (1000002: pageSize不能超过50). See Mogujie's message; check the parameters of this call.",
		);
		expect(reply).toHaveBeenCalledTimes(1);
	});
});
