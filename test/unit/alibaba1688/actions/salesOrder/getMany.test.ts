import * as getMany from '../../../../../nodes/Alibaba1688/actions/salesOrder/getMany.operation';
import { runOperation } from '../../../../support/operation-context';
import { realReply } from '../../../../support/real-replies';

// A seller-side ERP's pasted getSellerOrderList reply (test/fixtures/real/1688, provenance inside):
// one paid order with three lines, no `success` key, totalRecord beside result.
const REAL = realReply('1688', 'alibaba.trade.getSellerOrderList.observed-erp').text;

describe('1688 › Sales Order › Get Many', () => {
	it('calls getSellerOrderList with pages of 20, the shipping check and the seller filters', async () => {
		const { items, sent } = await runOperation(getMany, {
			platform: '1688',
			parameters: {
				returnAll: true,
				filters: {
					orderStatus: 'waitsellersend',
					buyerMemberId: ' b2b-2218868801 ',
					bizTypes: 'cn, ws',
					createStartTime: '2026-01-15T00:00:00',
				},
				simplify: true,
			},
			timezone: 'Asia/Shanghai',
			reply: () => ({ statusCode: 200, body: REAL }),
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.trade:alibaba.trade.getSellerOrderList');
		expect(sent[0].params).toEqual({
			orderStatus: 'waitsellersend',
			buyerMemberId: 'b2b-2218868801',
			bizTypes: '["cn","ws"]',
			createStartTime: '20260115000000000+0800',
			needBuyerAddressAndPhone: 'true',
			needCheckSend: 'true',
			page: '1',
			pageSize: '20',
		});
		expect(items).toHaveLength(1);
		const order = items[0].json;
		expect(order).toMatchObject({
			orderId: '159310337253103128',
			status: 'waitsellersend',
			buyerMemberId: 'b2b-REDACTED1',
			buyerContactName: '买家某',
			totalAmountYuan: 129.6,
			createTime: '2018-05-14T10:06:44.000Z',
		});
		expect((order.items as Array<Record<string, unknown>>).map((i) => i.subItemId)).toEqual([
			'159310337254103128',
			'159310337255103128',
			'159310337256103128',
		]);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('reads every page up to Limit, and keeps the raw order without Simplify', async () => {
		const page = (n: number) =>
			Array.from({ length: 20 }, (_, i) => ({
				baseInfo: { idOfStr: `3000000000000000${String(n * 100 + i).padStart(3, '0')}` },
			}));
		const { items, sent } = await runOperation(getMany, {
			platform: '1688',
			parameters: { returnAll: false, limit: 25, simplify: false },
			reply: (request) => ({ result: page(Number(request.params.page)), totalRecord: 60 }),
		});
		expect(sent.map((s) => s.params.page)).toEqual(['1', '2']);
		expect(items).toHaveLength(25);
		expect(items[0].json).toEqual({ baseInfo: { idOfStr: '3000000000000000100' } });
	});
});
