import { NodeApiError } from 'n8n-workflow';

import * as getMany from '../../../../../nodes/Mogujie/actions/category/getMany.operation';
import { mogujieReply, runOperation } from '../../../../support/operation-context';

// Top-level entries of xiaodian.item.getAllCategory, shaped as sandbox/mogujie/methods/views.js
// categoryView (protocol §6.3: encrypted ids); names from sandbox/mogujie/data/catalog.js.
const ROOTS = [
	{ categoryId: '1k2x9d0q7m', isLeaf: false, name: '女装', parentId: '0' },
	{ categoryId: '1p4c8e2w5z', isLeaf: false, name: '女鞋', parentId: '0' },
	{ categoryId: '1b7t3n6y0r', isLeaf: false, name: '包包', parentId: '0' },
];

describe('Mogujie › Category › Get Many', () => {
	it('calls xiaodian.item.getAllCategory for the top level and returns one item per category', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: 'mogujie',
			parameters: { resource: 'category', operation: 'getMany', parentId: '0', returnAll: true },
			reply: () => mogujieReply(ROOTS),
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('xiaodian.item.getAllCategory');
		// the test credential holds no userId, so none is sent
		expect(sent[0].params).toEqual({ parentID: '0' });
		expect(items).toEqual(ROOTS.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	it("sends the parent's opaque id and the seller's userId from the credential", async () => {
		const { sent } = await runOperation(getMany, {
			platform: 'mogujie',
			parameters: { parentId: ' 1k2x9d0q7m ', returnAll: true },
			credentials: { userId: '1eyma60' },
			reply: () => mogujieReply([]),
		});
		expect(sent[0].params).toEqual({ parentID: '1k2x9d0q7m', userId: '1eyma60' });
	});

	it('asks for the top level when the parent id is empty', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: 'mogujie',
			parameters: { parentId: '  ', returnAll: true },
			reply: () => mogujieReply([]),
		});
		expect(sent[0].params).toEqual({ parentID: '0' });
		expect(items).toEqual([]);
	});

	it('keeps the first categories up to the limit, from one request', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: 'mogujie',
			parameters: { parentId: '0', returnAll: false, limit: 2 },
			reply: () => mogujieReply(ROOTS),
		});
		expect(sent).toHaveLength(1);
		expect(items.map((item) => item.json.name)).toEqual(['女装', '女鞋']);
	});

	it('refuses a limit that is not a whole number before calling Mogujie', async () => {
		const reply = jest.fn(() => mogujieReply(ROOTS));
		const run = runOperation(getMany, {
			platform: 'mogujie',
			parameters: { parentId: '0', returnAll: false, limit: 'many' },
			reply,
		});
		await expect(run).rejects.toThrow('"Limit" must be a whole number of 1 or more, not many');
		expect(reply).not.toHaveBeenCalled();
	});

	it("names Mogujie's code for an unknown parent category", async () => {
		// Business error envelope of sandbox/mogujie/codes.js CATEGORY_NOT_FOUND (methods/category.js).
		const run = runOperation(getMany, {
			platform: 'mogujie',
			parameters: { parentId: '1zzzzzzzzz', returnAll: true },
			reply: () => mogujieReply({}, '1400404', '类目不存在：1zzzzzzzzz'),
		});
		await expect(run).rejects.toBeInstanceOf(NodeApiError);
		await expect(run).rejects.toThrow(
			"Mogujie returned an error for xiaodian.item.getAllCategory (1400404: 类目不存在：1zzzzzzzzz). See Mogujie's message; check the parameters of this call.",
		);
	});
});
