import { NodeOperationError } from 'n8n-workflow';

import * as createCrossBorder from '../../../../../nodes/Alibaba1688/actions/purchaseOrder/createCrossBorder.operation';
import { realReply } from '../../../../support/real-replies';
import type { Reply } from '../../../../support/operation-context';
import { operationContext, runOperation } from '../../../../support/operation-context';
import type { Json } from '../../../../support/json';

const real = (name: string): Reply => ({
	statusCode: 200,
	body: realReply('1688', `alibaba.trade.createCrossOrder.${name}`).text,
});
// the three samples of the createCrossOrder page, verbatim
const ALIPAY_MODE = real('alipay-mode');
const ACCOUNT_PERIOD = real('account-period');
const MULTIPLE_ORDERS = real('multiple-orders');

const SPEC_ID = 'b266e0726506185beaf205cbae88530d';
// workflow, execution, the node's tag (FNV-1a of "unit-node"), run and item
const DEFAULT_OUT_ORDER_ID = ['n8n', 'unitWorkflow0001', '4711', '55b9b08a', '0', '0'].join('-');

const parameters: Json = {
	resource: 'purchaseOrder',
	operation: 'createCrossBorder',
	address: { addressId: '560954849', fullName: '', mobile: '' },
	cargo: {
		items: [
			{ offerId: '620201390233', specId: SPEC_ID, quantity: 2 },
			{ offerId: 'https://detail.1688.com/offer/601234567890.html', specId: '', quantity: 1 },
		],
	},
	flow: 'general',
	message: '',
};

describe('1688 › Purchase Order › Create Cross-Border Order', () => {
	it('calls alibaba.trade.createCrossOrder with the order and the Additional Fields, 1688-style', async () => {
		const { sent } = await runOperation(createCrossBorder, {
			platform: '1688',
			parameters: {
				...parameters,
				message: '请用顺丰发货',
				tradeType: ' assureTrade ',
				crossOptions: {
					isvBizType: 'cross_daigou',
					anonymousBuyer: true,
					dropshipping: true,
					fenxiaoChannel: ' kuajing ',
					preSelectPayChannel: ' alipay ',
				},
			},
			reply: () => MULTIPLE_ORDERS,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.trade:alibaba.trade.createCrossOrder');
		expect(sent[0].version).toBe('1');
		expect(sent[0].withToken).toBe(true);
		const { addressParam, cargoParamList, ...rest } = sent[0].params;
		expect(rest).toEqual({
			flow: 'general',
			message: '请用顺丰发货',
			tradeType: 'assureTrade',
			outOrderId: DEFAULT_OUT_ORDER_ID,
			isvBizType: 'cross_daigou',
			anonymousBuyer: 'true',
			// the page's y/n strings
			dropshipping: 'y',
			fenxiaoChannel: 'kuajing',
			preSelectPayChannel: 'alipay',
		});
		// a saved address by its id (priority 1 on the page); the empty fields are left out
		expect(Object.keys(JSON.parse(addressParam))).toEqual(['addressId']);
		expect(String(JSON.parse(addressParam).addressId)).toBe('560954849');
		// offerId is a Long: bare digits; an offer's page address gives its id
		expect(cargoParamList).toBe(
			`[{"offerId":620201390233,"specId":"${SPEC_ID}","quantity":2},{"offerId":601234567890,"quantity":1}]`,
		);
	});

	it('sends none of the Additional Fields left unset or off, and the External Order ID the user gives', async () => {
		const { sent } = await runOperation(createCrossBorder, {
			platform: '1688',
			parameters: {
				...parameters,
				outOrderId: ' SHOP-1001 ',
				crossOptions: {
					anonymousBuyer: false,
					dropshipping: false,
					fenxiaoChannel: '  ',
					preSelectPayChannel: '',
				},
			},
			reply: () => MULTIPLE_ORDERS,
		});
		expect(Object.keys(sent[0].params).sort()).toEqual([
			'addressParam',
			'cargoParamList',
			'flow',
			'outOrderId',
		]);
		expect(sent[0].params.outOrderId).toBe('SHOP-1001');
	});

	it('splits a cart 1688 made into several orders into orderIds (the page\'s "同时创建多个订单" sample)', async () => {
		const { items } = await runOperation(createCrossBorder, {
			platform: '1688',
			parameters,
			reply: () => MULTIPLE_ORDERS,
		});
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json).toMatchObject({
			success: true,
			orderId: '105581756010628640',
			orderIds: ['105581756010628640', '105637283010628640'],
			outOrderId: DEFAULT_OUT_ORDER_ID,
			// the page: "Empty when several orders are created"
			totalSuccessAmountYuan: null,
			postFeeYuan: null,
		});
		// each order of the split, as 1688 gave it (the official spelling orderAmmount kept)
		expect(
			(items[0].json.orderList as Json[]).map((o) => [o.orderId, o.orderAmmount, o.postFee]),
		).toEqual([
			['105581756010628640', 4848000, 48000],
			['105637283010628640', 5050000, 50000],
		]);
	});

	it.each([
		['支付宝方式下单 (alipay)', ALIPAY_MODE, '87407346014789305', undefined],
		[
			'账期支付下单 (account period)',
			ACCOUNT_PERIOD,
			'87407346015789305',
			{ tapType: 5, tapDate: 360, tapOverdue: 1 },
		],
	])(
		'reads the flat %s sample, not wrapped in result, as the order it names, with yuan amounts',
		async (_case, reply, orderId, accountPeriod) => {
			const { items } = await runOperation(createCrossBorder, {
				platform: '1688',
				parameters,
				reply: () => reply,
			});
			expect(items).toEqual([
				{
					json: {
						totalSuccessAmount: 156800,
						orderId,
						success: false,
						...(accountPeriod ? { accountPeriod } : {}),
						outOrderId: DEFAULT_OUT_ORDER_ID,
						totalSuccessAmountYuan: 1568,
						postFeeYuan: null,
					},
					pairedItem: { item: 0 },
				},
			]);
			expect(items[0].json).not.toHaveProperty('orderIds');
		},
	);

	it('still fails on a flat success:false that names no order', async () => {
		const { context } = operationContext({
			platform: '1688',
			parameters,
			reply: () => ({ statusCode: 200, body: '{"totalSuccessAmount":156800,"success":false}' }),
		});
		await expect(createCrossBorder.execute.call(context, 0)).rejects.toThrow(
			/createCrossOrder-1 \(unknown\)/,
		);
	});

	it('returns a wrapped single order with its exact 19-digit id and the fen amounts in yuan', async () => {
		const { items } = await runOperation(createCrossBorder, {
			platform: '1688',
			parameters,
			// the page's field table: result{totalSuccessAmount (分), orderId, postFee (分), failedOfferList}
			reply: () => ({
				statusCode: 200,
				body: '{"result":{"success":true,"totalSuccessAmount":5360,"orderId":"3298765432109876543","postFee":800,"failedOfferList":[]},"success":true}',
			}),
		});
		expect(items[0].json).toEqual({
			success: true,
			orderId: '3298765432109876543',
			totalSuccessAmount: 5360,
			postFee: 800,
			failedOfferList: [],
			outOrderId: DEFAULT_OUT_ORDER_ID,
			totalSuccessAmountYuan: 53.6,
			postFeeYuan: 8,
		});
	});

	it("names 1688's code and message when the order is refused, sent once", async () => {
		const reply = jest.fn(
			(): Reply => ({
				// the page's field table examples
				result: { success: false, code: '400', message: 'AddressId invalid:AddressId invalid' },
				success: false,
			}),
		);
		await expect(
			runOperation(createCrossBorder, { platform: '1688', parameters, reply }),
		).rejects.toThrow(
			/createCrossOrder-1 \(400: AddressId invalid:AddressId invalid\)\. .*Address → Get Many/,
		);
		expect(reply).toHaveBeenCalledTimes(1);
	});

	it('refuses more than 50 SKUs before calling 1688, saying how to split them', async () => {
		const items = Array.from({ length: 51 }, (_, i) => ({
			offerId: '620201390233',
			specId: `${SPEC_ID.slice(0, 30)}${String(i).padStart(2, '0')}`,
			quantity: 1,
		}));
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { ...parameters, cargo: { items } },
			reply: () => MULTIPLE_ORDERS,
		});
		const run = createCrossBorder.execute.call(context, 0);
		await expect(run).rejects.toBeInstanceOf(NodeOperationError);
		await expect(run).rejects.toMatchObject({
			message: 'A cross-border order holds at most 50 SKUs; this one has 51',
			description: expect.stringContaining('batches of 50'),
		});
		expect(sent).toEqual([]);
	});

	it('sends exactly 50 SKUs', async () => {
		const items = Array.from({ length: 50 }, () => ({ offerId: '620201390233', quantity: 1 }));
		const { sent } = await runOperation(createCrossBorder, {
			platform: '1688',
			parameters: { ...parameters, cargo: { items } },
			reply: () => MULTIPLE_ORDERS,
		});
		expect(JSON.parse(sent[0].params.cargoParamList)).toHaveLength(50);
	});

	it('refuses an order without products before calling 1688', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { ...parameters, cargo: { items: [] } },
			reply: () => MULTIPLE_ORDERS,
		});
		await expect(createCrossBorder.execute.call(context, 0)).rejects.toThrow(
			'Add at least one product',
		);
		expect(sent).toEqual([]);
	});
});
