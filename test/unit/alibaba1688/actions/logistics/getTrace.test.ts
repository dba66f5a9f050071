import * as getTrace from '../../../../../nodes/Alibaba1688/actions/logistics/getTrace.operation';
import { operationContext, runOperation } from '../../../../support/operation-context';

const ORDER_ID = '3298765432109876543';
const STEPS = [
	{ acceptTime: '2024-06-03 18:21:07', remark: '【金华市】已揽收，揽投部：义乌市营业部' },
	{ acceptTime: '2024-06-04 02:40:13', remark: '【金华市】已发出，下一站【金华市转运中心】' },
];
// shape: sandbox/alibaba1688/apis/logistics.js (getLogisticsTraceInfo; orderId is a bare Java long)
const TRACE = `{"logisticsTrace":[{"logisticsId":"BX293847561","orderId":${ORDER_ID},"logisticsBillNo":"78123456789012","logisticsSteps":${JSON.stringify(STEPS)}},{"logisticsId":"BX293847562","orderId":${ORDER_ID},"logisticsBillNo":"YT7312345678901","logisticsSteps":[]}],"success":true}`;
const reply = () => ({ statusCode: 200, body: TRACE });

describe('1688 › Logistics › Get Trace', () => {
	it('calls getLogisticsTraceInfo.buyerView for one shipment when a logistics id is given', async () => {
		const { sent } = await runOperation(getTrace, {
			platform: '1688',
			parameters: {
				resource: 'logistics',
				operation: 'getTrace',
				orderId: ORDER_ID,
				options: { logisticsId: 'BX293847561' },
			},
			reply,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.logistics:alibaba.trade.getLogisticsTraceInfo.buyerView');
		expect(sent[0].params).toEqual({
			webSite: '1688',
			orderId: ORDER_ID,
			logisticsId: 'BX293847561',
		});
	});

	it('returns one item per shipment with every digit of the order id and its latest step', async () => {
		const { items, sent } = await runOperation(getTrace, {
			platform: '1688',
			parameters: { orderId: ORDER_ID },
			reply,
		});
		expect(sent[0].params).toEqual({ webSite: '1688', orderId: ORDER_ID });
		expect(items).toEqual([
			{
				json: {
					logisticsId: 'BX293847561',
					orderId: ORDER_ID,
					logisticsBillNo: '78123456789012',
					logisticsSteps: STEPS,
					latestStep: STEPS[1],
				},
				pairedItem: { item: 0 },
			},
			expect.objectContaining({ pairedItem: { item: 0 } }),
		]);
		// a shipment not yet picked up has no steps
		expect(items[1].json).toMatchObject({
			logisticsId: 'BX293847562',
			orderId: ORDER_ID,
			latestStep: null,
		});
	});

	it('explains 1688\'s "order.createtime.history" code for orders older than a year', async () => {
		await expect(
			runOperation(getTrace, {
				platform: '1688',
				parameters: { orderId: ORDER_ID },
				// shape: sandbox/alibaba1688/apis/logistics.js (getLogisticsTraceInfo, old order)
				reply: () => ({
					success: false,
					errorCode: 'order.createtime.history',
					errorMessage: '订单创建时间超过一年，无法查询物流跟踪信息',
				}),
			}),
		).rejects.toThrow(/order\.createtime\.history.*only for orders created within the last year/);
	});

	it('refuses an order id that lost digits as a number, before calling 1688', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { orderId: Number(ORDER_ID) },
			reply,
		});
		await expect(getTrace.execute.call(context, 0)).rejects.toThrow(/lost digits on its way here/);
		expect(sent).toHaveLength(0);
	});
});
