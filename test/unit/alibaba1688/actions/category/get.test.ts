import * as get from '../../../../../nodes/Alibaba1688/actions/category/get.operation';
import { runOperation } from '../../../../support/operation-context';

// shape: sandbox/alibaba1688/apis/product.js (categoryGet for 玩具; note 1688's `succes` typo)
const TOYS = {
	succes: 'true',
	categoryInfo: [
		{
			categoryID: 1813,
			name: '玩具',
			isLeaf: false,
			parentIDs: [0],
			childIDs: [201290601, 201290602],
			childCategorys: [
				{ id: 201290601, name: '益智玩具', isLeaf: false, categoryType: '1' },
				{ id: 201290602, name: '户外玩具', isLeaf: false, categoryType: '1' },
			],
			featureInfos: [],
			categoryType: '1',
			isSupportProcessing: false,
		},
	],
};

describe('1688 › Category › Get', () => {
	it('calls alibaba.category.get without the user token and returns each category', async () => {
		const { items, sent } = await runOperation(get, {
			platform: '1688',
			parameters: { resource: 'category', operation: 'get', categoryId: 1813 },
			reply: () => TOYS,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.product:alibaba.category.get');
		expect(sent[0].params).toEqual({ categoryID: '1813' });
		expect(sent[0].withToken).toBe(false);
		expect(items).toEqual([{ json: TOYS.categoryInfo[0], pairedItem: { item: 0 } }]);
	});

	it('asks for category 0 to list the top-level categories', async () => {
		// shape: sandbox/alibaba1688/apis/product.js (categoryGet for id 0)
		const root = {
			succes: 'true',
			categoryInfo: [
				{
					categoryID: 0,
					name: '',
					isLeaf: false,
					parentIDs: [],
					childIDs: [10166, 1813],
					childCategorys: [
						{ id: 10166, name: '女装', isLeaf: false, categoryType: '1' },
						{ id: 1813, name: '玩具', isLeaf: false, categoryType: '1' },
					],
				},
			],
		};
		const { items, sent } = await runOperation(get, {
			platform: '1688',
			parameters: { categoryId: 0 },
			reply: () => root,
		});
		expect(sent[0].params).toEqual({ categoryID: '0' });
		expect(items).toHaveLength(1);
		expect(items[0].json.childIDs).toEqual([10166, 1813]);
	});

	it("names 1688's code when the category does not exist (HTTP 200, succes false)", async () => {
		await expect(
			runOperation(get, {
				platform: '1688',
				parameters: { categoryId: 999 },
				// shape: sandbox/alibaba1688/apis/product.js (categoryGet, unknown id)
				reply: () => ({
					succes: 'false',
					categoryInfo: [],
					errorCode: '500_1',
					errorMsg: 'category 999 does not exist',
				}),
			}),
		).rejects.toThrow(
			/alibaba\.category\.get-1 \(500_1: category 999 does not exist\)\. See 1688's message in the details/,
		);
	});
});
