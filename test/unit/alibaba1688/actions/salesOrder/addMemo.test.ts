import * as addMemo from '../../../../../nodes/Alibaba1688/actions/salesOrder/addMemo.operation';
import { runOperation } from '../../../../support/operation-context';
import { realReply } from '../../../../support/real-replies';

// memoAdd's documented "订单不存在" reply: errorCode 400_4 beside success:true.
const NOT_FOUND = realReply('1688', 'alibaba.order.memoAdd.order-not-exist').text;

describe('1688 › Sales Order › Add Memo', () => {
	it('sends orderId, memo and remarkIcon to alibaba.order.memoAdd, once', async () => {
		const { items, sent } = await runOperation(addMemo, {
			platform: '1688',
			parameters: { orderId: '3298765432109876543', memo: ' 先发顺丰 ', remarkIcon: '3' },
			reply: () => ({ success: true }),
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.trade:alibaba.order.memoAdd');
		expect(sent[0].params).toEqual({
			orderId: '3298765432109876543',
			memo: '先发顺丰',
			remarkIcon: '3',
		});
		expect(items[0].json).toEqual({
			orderId: '3298765432109876543',
			memo: '先发顺丰',
			remarkIcon: '3',
			success: true,
		});
	});

	it('fails on errorCode 400_4 although the reply says success:true', async () => {
		await expect(
			runOperation(addMemo, {
				platform: '1688',
				parameters: { orderId: '1198263322216969811', memo: 'x', remarkIcon: '1' },
				reply: () => ({ statusCode: 200, body: NOT_FOUND }),
			}),
		).rejects.toThrow(
			/400_4: 修改备注信息出错\[ORDER_NOT_EXIST\].*does not exist or is not this account's/,
		);
	});

	it.each([
		[{ memo: '  ', remarkIcon: '1' }, 'Give the memo text'],
		[{ memo: 'x', remarkIcon: '5' }, '"5" is not a 1688 memo flag'],
	])('refuses %j before calling 1688', async (extra, message) => {
		await expect(
			runOperation(addMemo, {
				platform: '1688',
				parameters: { orderId: '3298765432109876543', ...extra },
				reply: () => ({ success: true }),
			}),
		).rejects.toThrow(message);
	});
});
