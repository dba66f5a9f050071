import * as get from '../../../../../nodes/Alibaba1688/actions/product/get.operation';
import { runOperation } from '../../../../support/operation-context';

// Product → Get Own Product is version 1's: it moved to My Product → Get (node version 1.1), and
// a workflow saved with it keeps the raw reply it always had.
const REPLY = {
	productInfo: {
		productID: 620201390233,
		subject: '早餐代餐苏打饼干整箱批发',
		status: 'published',
	},
	createTime: '20240115103000000+0800',
	success: true,
};

describe('1688 › Product › Get Own Product (version 1)', () => {
	it('says where it moved', () => {
		const notice = get.description.find((p) => p.name === 'movedNotice');
		expect(notice?.displayName).toMatch(/moved to My Product → Get/);
		expect(get.description.find((p) => p.name === 'ownProductNotice')?.displayName).toMatch(
			/只能查询自己所有的产品.*Get Offer/,
		);
	});

	it('calls alibaba.product.get and returns the raw product info, as before the move', async () => {
		const { items, sent } = await runOperation(get, {
			platform: '1688',
			parameters: {
				resource: 'product',
				operation: 'get',
				productId: '620201390233',
				webSite: '1688',
			},
			reply: () => REPLY,
		});
		expect(sent[0].api).toBe('com.alibaba.product:alibaba.product.get');
		expect(sent[0].params).toEqual({ productID: '620201390233', webSite: '1688', scene: '1688' });
		expect(items).toEqual([
			{
				json: {
					productID: 620201390233,
					subject: '早餐代餐苏打饼干整箱批发',
					status: 'published',
					createTime: '20240115103000000+0800',
					success: true,
				},
				pairedItem: { item: 0 },
			},
		]);
	});
});
