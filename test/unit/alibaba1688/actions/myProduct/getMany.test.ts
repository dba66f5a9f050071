import * as getMany from '../../../../../nodes/Alibaba1688/actions/myProduct/getMany.operation';
import { runOperation } from '../../../../support/operation-context';

// shape: the PHP SDK's AlibabaProductListGetResult → result.pageResult {pageIndex, sizePerPage,
// totalRecords, resultList: ProductInfo[]}; no reply example was published (research15).
const product = (id: number) => ({
	productID: id,
	subject: `商品 ${id}`,
	status: 'published',
	saleInfo: { amountOnSale: 10, unit: '件' },
	skuInfos: [{ skuId: id * 10, specId: `spec${id}`, amountOnSale: 10, price: 5 }],
});
const page = (pageNo: number, size: number, total: number) => ({
	result: {
		pageResult: {
			pageIndex: pageNo,
			sizePerPage: size,
			totalRecords: total,
			resultList: Array.from(
				{ length: Math.max(0, Math.min(size, total - (pageNo - 1) * size)) },
				(_, i) => product(600000000000 + (pageNo - 1) * size + i),
			),
		},
	},
	success: true,
});

describe('1688 › My Product › Get Many', () => {
	it('calls alibaba.product.list.get page by page (pageNo, at most 20), in ID order', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: '1688',
			parameters: {
				returnAll: true,
				filters: {
					statusList: ['published', 'expired'],
					subjectKey: '保温杯',
					productIds: '600000000000, https://detail.1688.com/offer/600000000001.html',
					startModifyTime: '2026-11-01T00:00:00',
				},
				simplify: true,
			},
			timezone: 'Asia/Shanghai',
			reply: (request) => page(Number(request.params.pageNo), 20, 45),
		});
		expect(sent.map((s) => s.api)).toEqual(
			Array(3).fill('com.alibaba.product:alibaba.product.list.get'),
		);
		expect(sent[0].params).toEqual({
			statusList: '["published","expired"]',
			subjectKey: '保温杯',
			productIds: '[600000000000,600000000001]',
			startModifyTime: '20261101000000000+0800',
			orderByCondition: 'ID',
			orderByType: 'ASC',
			pageNo: '1',
			pageSize: '20',
		});
		expect(sent.map((s) => s.params.pageNo).sort()).toEqual(['1', '2', '3']);
		expect(items).toHaveLength(45);
		expect(items[0].json).toMatchObject({
			productId: '600000000000',
			stock: 10,
			skus: [{ specId: 'spec600000000000', skuId: '6000000000000', stock: 10 }],
		});
	});

	it('stops at Limit, keeps the raw products without Simplify, and sorts as asked', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: '1688',
			parameters: {
				returnAll: false,
				limit: 5,
				simplify: false,
				options: { orderByCondition: 'MODIFY_DATE', orderByType: 'DESC' },
			},
			reply: (request) => page(Number(request.params.pageNo), Number(request.params.pageSize), 45),
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].params).toMatchObject({
			pageSize: '5',
			orderByCondition: 'MODIFY_DATE',
			orderByType: 'DESC',
		});
		expect(items).toHaveLength(5);
		expect(items[0].json).toEqual(product(600000000000));
	});

	it('refuses a product ID list with something that is not an ID', async () => {
		await expect(
			runOperation(getMany, {
				platform: '1688',
				parameters: { returnAll: true, filters: { productIds: '600000000000, abc' } },
				reply: () => page(1, 20, 0),
			}),
		).rejects.toThrow('"abc" in Product IDs is not a 1688 product ID');
	});
});
