import { NodeOperationError } from 'n8n-workflow';

import * as preview from '../../../../../nodes/Alibaba1688/actions/purchaseOrder/preview.operation';
import type { Reply } from '../../../../support/operation-context';
import { runOperation } from '../../../../support/operation-context';
import { realReply } from '../../../../support/real-replies';
import type { Json } from '../../../../support/json';

const SPEC_A = 'b266e0726506185beaf205cbae88530d';
const SPEC_B = '5a0f3c9e61d24b7f8c2e4d6a9b1f0e37';
const cart = (offerId: number, specId: string, quantity: number, unitYuan: number) => ({
	offerId,
	specId,
	quantity,
	amount: unitYuan * quantity,
	finalUnitPrice: unitYuan,
});
const assure = {
	tradeType: 'assureTrade',
	name: '担保交易',
	description: '买家付款到支付宝，确认收货后卖家收款',
	opSupport: true,
};
// shape: sandbox/alibaba1688/apis/purchase.js (preview reply: one priced cart per seller, sums in fen)
const PRICED: Reply = {
	success: true,
	orderPreviewResuslt: [
		{
			sumPayment: 5360,
			sumCarriage: 800,
			sumPaymentNoCarriage: 4560,
			flowFlag: 'general',
			cargoList: [cart(620201390233, SPEC_A, 2, 22.8)],
			tradeModeNameList: ['assureTrade'],
			tradeModelList: [assure],
			status: true,
			message: null,
		},
		{
			sumPayment: 21000,
			sumCarriage: 0,
			sumPaymentNoCarriage: 21000,
			flowFlag: 'general',
			cargoList: [cart(601234567890, SPEC_B, 30, 7)],
			tradeModeNameList: ['assureTrade'],
			tradeModelList: [assure],
			status: true,
			message: null,
		},
	],
	postFeeByDescOfferList: [],
	consignOfferList: [],
};
// shape: sandbox/alibaba1688/apis/purchase.js (preview failure: errorCode/errorMsg) with orders.js parseCargos
const BELOW_MINIMUM: Reply = {
	success: false,
	errorCode: 'QUANTITY_LESS_THAN_MIN_ORDER',
	errorMsg: 'offer 601234567890 is sold from 50 件; 30 ordered',
};

const parameters: Json = {
	resource: 'purchaseOrder',
	operation: 'preview',
	address: { addressId: '2287655512' },
	cargo: {
		items: [
			{ offerId: '620201390233', specId: SPEC_A, quantity: 2 },
			{ offerId: '601234567890', specId: SPEC_B, quantity: 30 },
		],
	},
	flow: 'general',
};

describe('1688 › Purchase Order › Preview', () => {
	it('calls alibaba.createOrder.preview with the saved address, products and flow', async () => {
		const { sent } = await runOperation(preview, {
			platform: '1688',
			parameters,
			reply: () => PRICED,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.trade:alibaba.createOrder.preview');
		expect(sent[0].withToken).toBe(true);
		const { addressParam, cargoParamList, ...rest } = sent[0].params;
		expect(rest).toEqual({ flow: 'general', outOrderId: 'n8n-unitWorkflow0001-4711-55b9b08a-0-0' });
		expect(JSON.parse(addressParam)).toEqual({ addressId: '2287655512' });
		expect(JSON.parse(cargoParamList)).toEqual([
			{ offerId: 620201390233, specId: SPEC_A, quantity: 2 },
			{ offerId: 601234567890, specId: SPEC_B, quantity: 30 },
		]);
	});

	it('returns one item per priced cart, each fen sum also in yuan', async () => {
		const { items } = await runOperation(preview, {
			platform: '1688',
			parameters,
			reply: () => PRICED,
		});
		expect(items).toHaveLength(2);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(items[0].json).toMatchObject({
			sumPayment: 5360,
			sumPaymentYuan: 53.6,
			sumCarriageYuan: 8,
			sumPaymentNoCarriageYuan: 45.6,
			cargoList: [{ offerId: 620201390233, amount: 45.6 }],
		});
		expect(items[1].json).toMatchObject({
			sumPaymentYuan: 210,
			sumCarriageYuan: 0,
			sumPaymentNoCarriageYuan: 210,
		});
	});

	it("names 1688's code and message when it will not price the order", async () => {
		await expect(
			runOperation(preview, { platform: '1688', parameters, reply: () => BELOW_MINIMUM }),
		).rejects.toThrow(
			/preview-1 \(QUANTITY_LESS_THAN_MIN_ORDER: offer 601234567890 is sold from 50 件; 30 ordered\)\. See 1688's message/,
		);
	});

	it('lets 1688 compare the flows when the flow is Best, and sends the invoice', async () => {
		const { sent } = await runOperation(preview, {
			platform: '1688',
			parameters: {
				...parameters,
				flow: '',
				outOrderId: 'SHOP-1001',
				invoice: { invoiceType: 0, companyName: '杭州某某贸易有限公司' },
			},
			reply: () => PRICED,
		});
		expect(sent[0].params.flow).toBeUndefined();
		expect(sent[0].params.outOrderId).toBe('SHOP-1001');
		expect(JSON.parse(sent[0].params.invoiceParam)).toEqual({
			invoiceType: 0,
			companyName: '杭州某某贸易有限公司',
		});
	});

	it("reads 1688's documented preview: the trade types Create can use, sums in yuan", async () => {
		// The 出参示例 of the alibaba.createOrder.preview page (test/fixtures/real/1688).
		const real = realReply('1688', 'alibaba.createOrder.preview.success');
		const { items } = await runOperation(preview, {
			platform: '1688',
			parameters,
			reply: () => ({ statusCode: 200, body: real.text }),
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			flowFlag: 'general',
			sumPayment: 4400,
			sumPaymentYuan: 44,
			sumCarriageYuan: 8,
			sumPaymentNoCarriageYuan: 36,
			tradeModelList: [{ tradeType: 'nzassure', name: '担保交易', opSupport: true }],
			cargoList: [{ offerId: 548818919805, specId: 'eb81c61de14f4adb405ffcc2c8a4a3fb' }],
		});
	});

	it('refuses an offer id with letters before calling 1688', async () => {
		const reply = jest.fn(() => PRICED);
		const run = runOperation(preview, {
			platform: '1688',
			parameters: { ...parameters, cargo: { items: [{ offerId: '62020139O233', quantity: 2 }] } },
			reply,
		});
		await expect(run).rejects.toThrow('"62020139O233" is not a 1688 offer ID');
		await expect(run).rejects.toBeInstanceOf(NodeOperationError);
		expect(reply).not.toHaveBeenCalled();
	});
});
