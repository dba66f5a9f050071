import { NodeOperationError } from 'n8n-workflow';

import * as payWithoutPassword from '../../../../../nodes/Alibaba1688/actions/purchaseOrder/payWithoutPassword.operation';
import { realReply } from '../../../../support/real-replies';
import type { Reply, SentRequest } from '../../../../support/operation-context';
import { operationContext, runOperation } from '../../../../support/operation-context';
import type { Json } from '../../../../support/json';

const ORDER_ID = '3298765432109876543';
const ISOPEN = 'com.alibaba.trade:alibaba.trade.pay.protocolPay.isopen';
const PREPARE = 'com.alibaba.trade:alibaba.trade.pay.protocolPay.preparePay';
const BUYER_VIEW = 'com.alibaba.trade:alibaba.trade.get.buyerView';

// the isopen page's own example: ALIPAY bound but not signed (with its signUrl), SHEGOU neither;
// the flags are the strings "true"/"false" and success sits inside result
const NOT_SIGNED_TEXT = realReply('1688', 'alibaba.trade.pay.protocolPay.isopen.doc-example').text;
const SIGN_URL = (JSON.parse(NOT_SIGNED_TEXT) as Json).result.result.paymentAgreements[1]
	.signUrl as string;
/** The same reply with the Alipay agreement signed (both flags must be "true"). */
const ALIPAY_SIGNED_TEXT = NOT_SIGNED_TEXT.replace(
	/("bindingStatus": "true",\s+"payChannel": "ALIPAY",\s+"signUrl": "[^"]*",\s+"signedStatus": )"false"/,
	'$1"true"',
);
const text = (body: string): Reply => ({ statusCode: 200, body });

// No preparePay reply sample exists ("apiDocSampleVOList: []"); shapes from research14/buying.md §3.2:
// the page nests {success, code, message, result{payChannel, paySuccess}} in result, the Java SDK
// and wzhsh90/go1688 read it flat.
const nestedPaid = (
	paySuccess: boolean,
	code: string | null = null,
	message: string | null = null,
) => ({
	result: { success: true, code, message, result: { payChannel: 'Alipay', paySuccess } },
});
const FLAT_PAID = {
	success: true,
	code: null,
	message: null,
	result: { payChannel: 'shegou', paySuccess: true },
};

/** The buyerView page's real order (test/fixtures/real/1688/alibaba.trade.get.buyerView.success.txt) in another status. */
const orderIn = (status: string): Reply =>
	text(
		realReply('1688', 'alibaba.trade.get.buyerView.success').text.replace(
			'"status":"waitbuyerreceive","totalAmount"',
			`"status":"${status}","totalAmount"`,
		),
	);

const answer =
	(replies: { isopen?: Reply; prepare?: Reply; order?: Reply }) => (request: SentRequest) => {
		if (request.api === ISOPEN) return replies.isopen ?? text(ALIPAY_SIGNED_TEXT);
		if (request.api === PREPARE) return replies.prepare ?? nestedPaid(true);
		if (request.api === BUYER_VIEW) return replies.order ?? orderIn('waitbuyerpay');
		throw new Error(`unexpected ${request.api}`);
	};

const parameters: Json = {
	resource: 'purchaseOrder',
	operation: 'payWithoutPassword',
	orderId: ` ${ORDER_ID} `,
	payChannel: '',
	options: {},
};

describe('1688 › Purchase Order › Pay Without Password', () => {
	it('the real isopen example has Alipay bound but not signed', () => {
		// guards the ALIPAY_SIGNED_TEXT edit: it must change exactly one flag
		expect(ALIPAY_SIGNED_TEXT).not.toBe(NOT_SIGNED_TEXT);
		expect(SIGN_URL).toMatch(/^https:\/\/mapi\.alipay\.com\/gateway\.do\?.*agreement\.page\.sign/);
	});

	it('checks the agreement first, then sends preparePay with the order id as bare digits, fen and an opRequestId', async () => {
		const { items, sent } = await runOperation(payWithoutPassword, {
			platform: '1688',
			parameters: { ...parameters, payChannel: 'alipay', options: { payAmount: 53.6 } },
			reply: answer({}),
		});
		expect(sent.map((s) => s.api)).toEqual([ISOPEN, PREPARE]);
		expect(sent[0].params).toEqual({});
		expect(sent[1].withToken).toBe(true);
		expect(Object.keys(sent[1].params)).toEqual(['tradeWithholdPreparePayParam']);
		// orderId is a Long: all 19 digits, unquoted; payAmount in fen
		expect(sent[1].params.tradeWithholdPreparePayParam).toBe(
			`{"orderId":${ORDER_ID},"payChannel":"alipay","payAmount":5360,"opRequestId":"n8n-4711-${ORDER_ID}"}`,
		);
		expect(items).toEqual([
			{
				json: {
					orderId: ORDER_ID,
					paid: true,
					payChannel: 'Alipay',
					opRequestId: `n8n-4711-${ORDER_ID}`,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('leaves the channel and amount out when automatic and none given', async () => {
		const { sent } = await runOperation(payWithoutPassword, {
			platform: '1688',
			parameters,
			reply: answer({}),
		});
		expect(sent[1].params.tradeWithholdPreparePayParam).toBe(
			`{"orderId":${ORDER_ID},"opRequestId":"n8n-4711-${ORDER_ID}"}`,
		);
	});

	it("reads the Java SDK's flat reply too", async () => {
		const { items } = await runOperation(payWithoutPassword, {
			platform: '1688',
			parameters,
			reply: answer({ prepare: FLAT_PAID }),
		});
		expect(items[0].json).toEqual({
			orderId: ORDER_ID,
			paid: true,
			payChannel: 'shegou',
			opRequestId: `n8n-4711-${ORDER_ID}`,
		});
	});

	it('stops with the signing link when the agreement is not signed (the real isopen example), paying nothing', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters,
			reply: answer({ isopen: text(NOT_SIGNED_TEXT) }),
		});
		const run = payWithoutPassword.execute.call(context, 0);
		await expect(run).rejects.toBeInstanceOf(NodeOperationError);
		await expect(run).rejects.toMatchObject({
			message: 'The 1688 account has not opened password-free pay (免密支付)',
			description: expect.stringContaining(`Alipay (支付宝): ${SIGN_URL}`),
		});
		expect(sent.map((s) => s.api)).toEqual([ISOPEN]);
	});

	it('requires both flags: signed but not bound is not open', async () => {
		const signedNotBound = ALIPAY_SIGNED_TEXT.replace(
			/"bindingStatus": "true"/,
			'"bindingStatus": "false"',
		);
		const { context, sent } = operationContext({
			platform: '1688',
			parameters,
			reply: answer({ isopen: text(signedNotBound) }),
		});
		await expect(payWithoutPassword.execute.call(context, 0)).rejects.toThrow(
			'has not opened password-free pay',
		);
		expect(sent.map((s) => s.api)).toEqual([ISOPEN]);
	});

	it('checks the chosen channel only: 诚E赊 chosen, only Alipay signed → refused, naming 诚E赊', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { ...parameters, payChannel: 'shegou' },
			reply: answer({}),
		});
		const run = payWithoutPassword.execute.call(context, 0);
		await expect(run).rejects.toMatchObject({
			message: 'The 1688 account has not opened password-free pay by 诚E赊',
			// SHEGOU has no signUrl in the example: the general advice, no Alipay link
			description: expect.stringContaining('Sign the Alipay withholding agreement for 1688'),
		});
		await expect(run).rejects.not.toMatchObject({
			description: expect.stringContaining('mapi.alipay.com'),
		});
		expect(sent.map((s) => s.api)).toEqual([ISOPEN]);
	});

	it('reads the isopen reply in the flat Java SDK shape too', async () => {
		const flat = (JSON.parse(ALIPAY_SIGNED_TEXT) as Json).result;
		const { sent } = await runOperation(payWithoutPassword, {
			platform: '1688',
			parameters: { ...parameters, payChannel: 'alipay' },
			reply: answer({ isopen: { success: true, result: flat.result } }),
		});
		expect(sent.map((s) => s.api)).toEqual([ISOPEN, PREPARE]);
	});

	it('skips the agreement check when Check Agreement First is off', async () => {
		const { sent } = await runOperation(payWithoutPassword, {
			platform: '1688',
			parameters: { ...parameters, options: { checkAgreement: false } },
			reply: answer({ isopen: text(NOT_SIGNED_TEXT) }),
		});
		expect(sent.map((s) => s.api)).toEqual([PREPARE]);
	});

	it('paySuccess false and the order still unpaid: an error saying so, after reading the order', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters,
			reply: answer({
				prepare: nestedPaid(false, 'PAY_FAILED', '余额不足'),
				order: orderIn('waitbuyerpay'),
			}),
		});
		const run = payWithoutPassword.execute.call(context, 0);
		await expect(run).rejects.toMatchObject({
			message: `1688 did not take the payment for order ${ORDER_ID} (PAY_FAILED: 余额不足)`,
			description: expect.stringContaining('The order is still waiting for payment'),
		});
		expect(sent.map((s) => s.api)).toEqual([ISOPEN, PREPARE, BUYER_VIEW]);
		expect(sent[2].params).toEqual({ webSite: '1688', orderId: ORDER_ID });
	});

	it('paySuccess false on a closed order: says it can no longer be paid', async () => {
		const { context } = operationContext({
			platform: '1688',
			parameters,
			reply: answer({ prepare: nestedPaid(false), order: orderIn('cancel') }),
		});
		await expect(payWithoutPassword.execute.call(context, 0)).rejects.toMatchObject({
			message: `1688 did not take the payment for order ${ORDER_ID}`,
			description: 'The order is closed (cancel): it can no longer be paid.',
		});
	});

	it('paySuccess false but the order is now waitsellersend: paid, confirmed by the order status', async () => {
		const { items, sent } = await runOperation(payWithoutPassword, {
			platform: '1688',
			parameters,
			reply: answer({ prepare: nestedPaid(false), order: orderIn('waitsellersend') }),
		});
		expect(sent.map((s) => s.api)).toEqual([ISOPEN, PREPARE, BUYER_VIEW]);
		expect(items).toEqual([
			{
				json: {
					orderId: ORDER_ID,
					paid: true,
					payChannel: 'Alipay',
					opRequestId: `n8n-4711-${ORDER_ID}`,
					orderStatus: 'waitsellersend',
					confirmedByOrderStatus: true,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('refuses a text that is not an order id before calling 1688', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { ...parameters, orderId: '3298-7654' },
			reply: answer({}),
		});
		await expect(payWithoutPassword.execute.call(context, 0)).rejects.toThrow(
			'"3298-7654" is not a 1688 order ID',
		);
		expect(sent).toEqual([]);
	});

	it("reports an order 1688 refuses to pay because it is paid already as paid, with 1688's words", async () => {
		const { items, sent } = await runOperation(payWithoutPassword, {
			platform: '1688',
			parameters,
			reply: answer({
				// no error code of preparePay is documented: any refusal
				prepare: {
					result: { success: false, code: 'ORDER_STATUS_ERROR', message: '订单状态不是待付款' },
				},
				order: orderIn('waitsellersend'),
			}),
		});
		expect(sent.map((s) => s.api)).toEqual([ISOPEN, PREPARE, BUYER_VIEW]);
		expect(items[0].json).toMatchObject({
			orderId: ORDER_ID,
			paid: true,
			orderStatus: 'waitsellersend',
			confirmedByOrderStatus: true,
			notice: expect.stringContaining('订单状态不是待付款'),
		});
	});

	it('passes a refusal on when the order is still unpaid', async () => {
		const { context } = operationContext({
			platform: '1688',
			parameters,
			reply: answer({
				prepare: { result: { success: false, code: 'BALANCE_NOT_ENOUGH', message: '余额不足' } },
			}),
		});
		await expect(payWithoutPassword.execute.call(context, 0)).rejects.toThrow(
			/BALANCE_NOT_ENOUGH: 余额不足/,
		);
	});
});
