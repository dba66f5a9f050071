import * as getInfo from '../../../../../nodes/Alibaba1688/actions/logistics/getInfo.operation';
import { operationContext, runOperation } from '../../../../support/operation-context';

const ORDER_ID = '3298765432109876543';
// shape: sandbox/alibaba1688/apis/logistics.js (getLogisticsInfos with fields=company.name,sender)
const SHIPMENTS = [
	{
		logisticsId: 'BX293847561',
		logisticsBillNo: '78123456789012',
		orderEntryIds: '3298765432109876544',
		status: 'TRANSPORT',
		logisticsCompanyId: 2,
		logisticsCompanyNo: 'ZTO',
		logisticsCompanyName: '中通快递(ZTO)',
		remarks: '',
		serviceFeature: '',
		gmtSystemSend: '20240603180512000+0800',
		gmtLogisticsCompanySend: '20240603182107000+0800',
		sender: {
			senderName: '陈静',
			senderMobile: '13757900001',
			senderCity: '金华市',
			encrypt: 'false',
		},
	},
	{
		logisticsId: 'BX293847562',
		logisticsBillNo: 'YT7312345678901',
		orderEntryIds: '3298765432109876545',
		status: 'WAITACCEPT',
		logisticsCompanyId: 7,
		logisticsCompanyNo: 'YTO',
		logisticsCompanyName: '圆通速递(YTO)',
		remarks: '',
		serviceFeature: '',
		gmtSystemSend: '20240604093000000+0800',
		sender: {
			senderName: '陈静',
			senderMobile: '13757900001',
			senderCity: '金华市',
			encrypt: 'false',
		},
	},
];

describe('1688 › Logistics › Get Info', () => {
	it('calls getLogisticsInfos.buyerView with the chosen fields and returns one item per shipment', async () => {
		const { items, sent } = await runOperation(getInfo, {
			platform: '1688',
			parameters: {
				resource: 'logistics',
				operation: 'getInfo',
				orderId: ` ${ORDER_ID} `,
				options: { fields: ['company.name', 'sender'] },
			},
			reply: () => ({ result: SHIPMENTS, success: true }),
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView');
		expect(sent[0].params).toEqual({
			webSite: '1688',
			orderId: ORDER_ID,
			fields: 'company.name,sender',
		});
		expect(items).toEqual(
			SHIPMENTS.map((shipment) => ({
				json: { orderId: ORDER_ID, ...shipment },
				pairedItem: { item: 0 },
			})),
		);
	});

	it('sends no fields parameter when none is chosen', async () => {
		const { sent } = await runOperation(getInfo, {
			platform: '1688',
			parameters: { orderId: ORDER_ID, options: { fields: [] } },
			reply: () => ({ result: SHIPMENTS.slice(0, 1), success: true }),
		});
		expect(sent[0].params).toEqual({ webSite: '1688', orderId: ORDER_ID });
	});

	it("names 1688's code when the order has not been shipped", async () => {
		await expect(
			runOperation(getInfo, {
				platform: '1688',
				parameters: { orderId: ORDER_ID },
				// shape: sandbox/alibaba1688/apis/logistics.js (noLogistics)
				reply: () => ({
					success: false,
					errorCode: 'NO_LOGISTICS_INFO',
					errorMessage: '该订单没有物流信息 (the order has not been shipped)',
				}),
			}),
		).rejects.toThrow(
			/\(NO_LOGISTICS_INFO: 该订单没有物流信息 \(the order has not been shipped\)\)\. See 1688's message/,
		);
	});

	it('refuses a text that is not an order id before calling 1688', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { orderId: '3298-7654-3210' },
			reply: () => ({ result: SHIPMENTS, success: true }),
		});
		await expect(getInfo.execute.call(context, 0)).rejects.toThrow(
			'"3298-7654-3210" is not a 1688 order ID',
		);
		expect(sent).toHaveLength(0);
	});
});
