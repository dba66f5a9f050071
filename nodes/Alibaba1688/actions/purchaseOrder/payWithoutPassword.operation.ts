// alibaba.trade.pay.protocolPay.preparePay (com.alibaba.trade, version 1): "发起免密支付，会自动判断
// 是否开通了支付宝或者诚E赊的免密支付，并发起扣款 … 在发起扣款失败后，建议重试3次" (the API page,
// Natawat-d/1688_Platform@69a4fe38). The page also warns that after a timeout paySuccess may be
// false although the debit went through, so the order's own status decides.
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { orderIdFields } from '../../descriptions/common';
import { optionsCollection } from '../../../shared/descriptions/operation-fields';
import { yuanToFen } from '../../../shared/helpers/money';
import { objectAt } from '../../../shared/helpers/reply-objects';
import { valueText } from '../../../shared/helpers/text';
import { readOrderId } from '../parameters';
import { alibaba1688ApiRequest } from '../../transport';
import { fetchBuyerOrder } from '../../transport/buyer-orders';
import type { PaymentAgreement } from '../../transport/protocol-pay';
import { fetchPaymentAgreements, readPrepayReply } from '../../transport/protocol-pay';

/** Statuses of an order that is no longer waiting for its payment (or was closed unpaid). */
const UNPAID = new Set(['waitbuyerpay']);
const CLOSED = new Set(['cancel', 'terminated']);
/** Whether an order's status says it is still unpaid, or was closed unpaid. */
const isUnpaid = (status: string) => UNPAID.has(status) || CLOSED.has(status);

const properties: INodeProperties[] = [
	{
		displayName:
			"Pays the order at once from the buyer's signed withholding agreement (免密支付): Alipay (支付宝代扣) or 诚E赊 (pay later). It first checks that an agreement is signed and says how to sign one when not.",
		name: 'payNotice',
		type: 'notice',
		default: '',
	},
	...orderIdFields(
		'buyer',
		'The unpaid order to pay (status waitbuyerpay), e.g. the orderId Create returned',
	),
	{
		displayName: 'Payment Channel (支付渠道)',
		name: 'payChannel',
		type: 'options',
		options: [
			{
				name: 'Automatic (诚E赊 First, Then Alipay)',
				value: '',
				description: "1688's own order: pay-later credit if signed, else Alipay",
			},
			{ name: 'Alipay (支付宝代扣)', value: 'alipay' },
			{ name: '诚E赊 (Pay Later, Shegou)', value: 'shegou' },
		],
		default: '',
		description:
			"Which signed agreement pays: alipay, shegou (诚E赊 pay later), or empty for 1688's choice",
	},
	optionsCollection([
		{
			displayName: 'Expected Amount, Yuan (付款金额)',
			name: 'payAmount',
			type: 'number',
			default: 0,
			typeOptions: { minValue: 0, numberPrecision: 2 },
			description:
				"The order's total in yuan (元), sent to 1688 in fen (分) so it debits no other amount; 0 sends none",
		},
		{
			displayName: 'Check Agreement First',
			name: 'checkAgreement',
			type: 'boolean',
			default: true,
			description:
				'Whether to ask 1688 first whether password-free pay is open (alibaba.trade.pay.protocolPay.isopen) and stop with the signing link when not',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['payWithoutPassword'] } },
	properties,
);

const CHANNEL_NAMES: Record<string, string> = { ALIPAY: 'Alipay (支付宝)', SHEGOU: '诚E赊' };

function notOpenError(
	this: IExecuteFunctions,
	index: number,
	channel: string,
	agreements: PaymentAgreement[],
) {
	const wanted =
		channel === '' ? agreements : agreements.filter((a) => a.payChannel === channel.toUpperCase());
	const links = wanted
		.filter((a) => a.signUrl !== '')
		.map((a) => `${CHANNEL_NAMES[a.payChannel] ?? a.payChannel}: ${a.signUrl}`);
	const what =
		channel === ''
			? 'password-free pay (免密支付)'
			: `password-free pay by ${CHANNEL_NAMES[channel.toUpperCase()] ?? channel}`;
	return new NodeOperationError(this.getNode(), `The 1688 account has not opened ${what}`, {
		itemIndex: index,
		description: [
			'1688 can debit an order without a password only after the buyer account signs a withholding agreement (代扣协议) and binds it.',
			links.length > 0
				? `Open this link signed in as the buyer account that authorized the credential, sign, then run again: ${links.join(' ; ')}`
				: 'Sign the Alipay withholding agreement for 1688 (or open 诚E赊 with automatic debit) as the buyer account, then run again.',
			'Until then, pay in a browser with Get Payment URL.',
		].join(' '),
	});
}

export async function execute(
	this: IExecuteFunctions,
	index: number,
): Promise<INodeExecutionData[]> {
	const orderId = readOrderId.call(this, index);
	const channel = String(this.getNodeParameter('payChannel', index, '') ?? '');
	const options = this.getNodeParameter('options', index, {}) as {
		payAmount?: number;
		checkAgreement?: boolean;
	};
	if (options.checkAgreement !== false) {
		const agreements = await fetchPaymentAgreements.call(this);
		const usable = agreements.filter(
			(a) => a.signed && a.bound && (channel === '' || a.payChannel === channel.toUpperCase()),
		);
		if (usable.length === 0) throw notOpenError.call(this, index, channel, agreements);
	}
	const payAmount = options.payAmount ? yuanToFen(options.payAmount) : null;
	// the same for every attempt at this order in this execution, in case 1688 dedupes on it
	const opRequestId = `n8n-${this.getExecutionId() || 'run'}-${orderId}`;
	// orderId is a Long: written into the JSON as bare digits, all 19 of them
	const param = `{"orderId":${orderId}${channel ? `,"payChannel":"${channel}"` : ''}${payAmount ? `,"payAmount":${payAmount}` : ''},"opRequestId":${JSON.stringify(opRequestId)}}`;
	const statusOf = async () =>
		valueText(objectAt((await fetchBuyerOrder.call(this, orderId)).baseInfo)?.status);
	const sent = await alibaba1688ApiRequest
		.call(this, {
			namespace: 'com.alibaba.trade',
			apiName: 'alibaba.trade.pay.protocolPay.preparePay',
			params: { tradeWithholdPreparePayParam: param },
			retry: 'never',
			// a lost reply: the order's status tells whether the debit happened; only an unpaid order is sent again
			verifyWrite: async () => {
				const status = await statusOf();
				return isUnpaid(status)
					? undefined
					: { result: { success: true, result: { paySuccess: true } }, checkedStatus: status };
			},
		})
		.then(
			(reply) => ({ reply, refusal: undefined }),
			(refusal: Error) => ({ reply: undefined, refusal }),
		);
	if (sent.refusal) {
		// a refused or unsettled payment of an order that is paid by now (a repeated run, a
		// re-delivered webhook, or our own debit whose reply went astray) is a paid order
		const status = await statusOf().catch(() => '');
		// otherwise the transport's error stands: it names 1688's code and the next step
		if (status === '' || isUnpaid(status)) throw sent.refusal;
		return [
			{
				json: {
					orderId,
					paid: true,
					payChannel: null,
					opRequestId,
					orderStatus: status,
					confirmedByOrderStatus: true,
					notice: `1688 did not confirm this payment (${sent.refusal.message}), but the order is paid: its status is ${status}.`,
				},
				pairedItem: { item: index },
			},
		];
	}
	const body: IDataObject = sent.reply ?? {};
	const outcome = readPrepayReply(body);
	let orderStatus = valueText(body.checkedStatus) || undefined;
	if (!outcome.paySuccess) {
		// "在超时的情况下，可能返回false但实际扣款成功的情况，需要查询订单实际支付状态"
		orderStatus = await statusOf();
		if (isUnpaid(orderStatus)) {
			const said = [outcome.code, outcome.message].filter(Boolean).join(': ');
			throw new NodeOperationError(
				this.getNode(),
				`1688 did not take the payment for order ${orderId}${said ? ` (${said})` : ''}`,
				{
					itemIndex: index,
					description: CLOSED.has(orderStatus)
						? `The order is closed (${orderStatus}): it can no longer be paid.`
						: "The order is still waiting for payment. 1688 documents no error codes for password-free pay: check the channel's balance or credit line and its limit per payment (Preview lists each channel's amountLimit in payChannelInfos), then run again (1688 advises at most 3 tries), or pay in a browser with Get Payment URL.",
				},
			);
		}
	}
	return [
		{
			json: {
				orderId,
				paid: true,
				payChannel: outcome.payChannel,
				opRequestId,
				...(orderStatus ? { orderStatus } : {}),
				...(outcome.paySuccess ? {} : { confirmedByOrderStatus: true }),
			},
			pairedItem: { item: index },
		},
	];
}
