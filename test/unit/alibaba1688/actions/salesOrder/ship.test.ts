import * as ship from '../../../../../nodes/Alibaba1688/actions/salesOrder/ship.operation';
import type { Reply, SentRequest } from '../../../../support/operation-context';
import { runOperation } from '../../../../support/operation-context';
import { realReply } from '../../../../support/real-replies';

const ORDER_ID = '3298765432109876543';
const LINES = ['3298765432109876544', '3298765432109876545'];
// The documented success reply (test/fixtures/real/1688, OpDeliverySendOrder.offline page sample).
const SENT_OK = realReply('1688', 'alibaba.logistics.OpDeliverySendOrder.offline.success').text;
// shape: the offline carrier list (OpLogisticsCompanyModel; no reply example was published)
const CARRIERS = {
	result: [
		{ id: 106422, companyName: '顺丰速运', companyNo: 'SF', supportPrint: 'true' },
		{ id: 2, companyName: '中通快递(ZTO)', companyNo: 'ZTO', supportPrint: 'true' },
	],
	success: true,
};

/** A sellerView reply: the order's status and each line's. */
function order(status: string, lineStatuses: string[], extra: Record<string, unknown> = {}) {
	return {
		result: {
			baseInfo: { idOfStr: ORDER_ID, status },
			productItems: lineStatuses.map((s, i) => ({
				subItemIDString: LINES[i],
				quantity: i + 2,
				status: s,
				canSendGoods: true,
				...extra,
			})),
		},
		success: 'true',
	};
}

/** Answers the read, the carrier list and the send (with `send`) in the order the operation asks. */
const platform =
	(view: Reply, send: Reply = { statusCode: 200, body: SENT_OK }) =>
	(request: SentRequest): Reply =>
		request.api.endsWith('get.sellerView')
			? view
			: request.api.endsWith('.offline') && request.api.includes('OpQuery')
				? CARRIERS
				: send;

const parameters = (extra: Record<string, unknown> = {}) => ({
	orderId: ORDER_ID,
	lines: 'all',
	carrierCode: 'SF',
	trackingNumber: ' SF1234567890123 ',
	...extra,
});

describe('1688 › Sales Order › Ship', () => {
	it('reads the order, then sends every waiting line with the carrier code and name, once', async () => {
		const { items, sent } = await runOperation(ship, {
			platform: '1688',
			parameters: parameters({ options: { remarks: '两箱', weightKg: 1.5 } }),
			reply: platform(order('waitsellersend', ['waitsellersend', 'waitsellersend'])),
		});
		expect(sent.map((s) => s.api)).toEqual([
			'com.alibaba.trade:alibaba.trade.get.sellerView',
			'com.alibaba.logistics:alibaba.logistics.OpQueryLogisticCompanyList.offline',
			'com.alibaba.logistics:alibaba.logistics.OpDeliverySendOrder.offline',
		]);
		expect(sent[0].params).toEqual({
			webSite: '1688',
			orderId: ORDER_ID,
			includeFields: 'NativeLogistics,CanSendCheck',
		});
		expect(JSON.parse(sent[2].params.sendGoods)).toEqual([
			{
				sourceId: ORDER_ID,
				sendGoodEntries: [
					{ sourceEntryId: LINES[0], amount: 2, weight: 1.5 },
					{ sourceEntryId: LINES[1], amount: 3, weight: 1.5 },
				],
			},
		]);
		expect(JSON.parse(sent[2].params.extBody)).toEqual({
			cpCode: 'SF',
			logisticsCpName: '顺丰速运',
			mailNo: 'SF1234567890123',
		});
		expect(sent[2].params.remarks).toBe('两箱');
		expect(items).toEqual([
			{
				json: {
					orderId: ORDER_ID,
					shipped: true,
					subItemIds: LINES,
					carrierCode: 'SF',
					carrierName: '顺丰速运',
					trackingNumber: 'SF1234567890123',
					logisticsId: 'ZX113988430670174',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('ships only the chosen lines, and takes the numeric carrier id the page warns about', async () => {
		const { sent } = await runOperation(ship, {
			platform: '1688',
			parameters: parameters({ lines: 'chosen', orderEntryIds: LINES[1], carrierCode: '106422' }),
			reply: platform(order('waitsellersend', ['waitsellersend', 'waitsellersend'])),
		});
		const [entry] = JSON.parse(sent[2].params.sendGoods);
		expect(entry.sendGoodEntries.map((e: { sourceEntryId: string }) => e.sourceEntryId)).toEqual([
			LINES[1],
		]);
		expect(JSON.parse(sent[2].params.extBody).cpCode).toBe('SF');
	});

	it('ships what a partial shipment left, and refuses a chosen line already shipped', async () => {
		const view = order('waitsellersend', ['waitbuyerreceive', 'waitsellersend']);
		const { sent } = await runOperation(ship, {
			platform: '1688',
			parameters: parameters(),
			reply: platform(view),
		});
		expect(JSON.parse(sent[2].params.sendGoods)[0].sendGoodEntries).toHaveLength(1);
		await expect(
			runOperation(ship, {
				platform: '1688',
				parameters: parameters({ lines: 'chosen', orderEntryIds: LINES.join(',') }),
				reply: platform(view),
			}),
		).rejects.toThrow(`Line ${LINES[0]} of order ${ORDER_ID} is not waiting for shipment`);
	});

	it.each([
		['an unpaid order', order('waitbuyerpay', ['waitbuyerpay']), 'is not paid yet (waitbuyerpay)'],
		[
			'a shipped order',
			order('waitbuyerreceive', ['waitbuyerreceive', 'waitbuyerreceive']),
			'has nothing waiting for shipment (waitbuyerreceive)',
		],
		[
			'a line 1688 holds back',
			order('waitsellersend', ['waitsellersend'], {
				canSendGoods: false,
				cantSendReason: '拼团订单未成团',
			}),
			'does not let line',
		],
	])('refuses %s before sending anything', async (_, view, message) => {
		const sent: SentRequest[] = [];
		await expect(
			runOperation(ship, {
				platform: '1688',
				parameters: parameters(),
				reply: (request) => {
					sent.push(request);
					return platform(view)(request);
				},
			}),
		).rejects.toThrow(message);
		expect(sent.some((s) => s.api.endsWith('OpDeliverySendOrder.offline'))).toBe(false);
	});

	it('refuses an unknown carrier code and names where the codes are', async () => {
		await expect(
			runOperation(ship, {
				platform: '1688',
				parameters: parameters({ carrierCode: 'DHLX' }),
				reply: platform(order('waitsellersend', ['waitsellersend'])),
			}),
		).rejects.toThrow(/"DHLX" is not one of 1688's carriers/);
	});

	it.each([
		[
			{ success: false, errorCode: 'INVALID_PARAM', errorMessage: '运单号不符合规则或已被使用' },
			/INVALID_PARAM.*at most 15 times/,
		],
		[{ success: false, errorCode: '5001', errorMessage: '下游销售订单退款中' }, /5001.*Refund/],
		[{ success: false, errorMessage: '系统繁忙，请稍后再试' }, /系统繁忙.*companyNo, e\.g\. SF/],
	])("names 1688's refusal and the next step: %j", async (refusal, message) => {
		await expect(
			runOperation(ship, {
				platform: '1688',
				parameters: parameters(),
				reply: platform(order('waitsellersend', ['waitsellersend']), refusal),
			}),
		).rejects.toThrow(message);
	});

	it('settles a lost reply by the order: shipped under this number means shipped, not sent again', async () => {
		let views = 0;
		const { items, sent } = await runOperation(ship, {
			platform: '1688',
			parameters: parameters(),
			reply: (request) => {
				if (!request.api.endsWith('get.sellerView')) {
					return platform(order('', []), { statusCode: 502, body: 'Bad Gateway' })(request);
				}
				views++;
				if (views === 1) return order('waitsellersend', ['waitsellersend']);
				const after = order('waitbuyerreceive', ['waitbuyerreceive']);
				Object.assign(after.result, {
					nativeLogistics: {
						logisticsItems: [{ logisticsId: 'LP1', logisticsBillNo: 'SF1234567890123' }],
					},
				});
				return after;
			},
		});
		expect(sent.filter((s) => s.api.endsWith('OpDeliverySendOrder.offline'))).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			shipped: true,
			confirmedByOrderStatus: true,
			logisticsId: 'LP1',
		});
	}, 20_000);
});
