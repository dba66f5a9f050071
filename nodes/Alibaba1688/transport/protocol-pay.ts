// Password-free pay (免密支付, 1688's "protocol pay"). Sources: the API pages
// com.alibaba.trade:alibaba.trade.pay.protocolPay.isopen-1 and …preparePay-1
// (Natawat-d/1688_Platform@69a4fe38 1688-api-docs/zh/), the Java SDK's param and result classes
// (ducmami/alimami), and the clients BUBABA (Go) and wzhsh90/go1688. The page nests the reply one
// level deeper than the Java SDK does, so both shapes are read.
import type { IDataObject } from 'n8n-workflow';

import type { RequestContext } from '../../shared/transport/context';
import { objectAt, objectsAt } from '../../shared/helpers/reply-objects';
import { valueText } from '../../shared/helpers/text';
import { alibaba1688ApiRequest } from './index';

export interface PaymentAgreement {
	/** ALIPAY or SHEGOU (诚E赊, pay later). */
	payChannel: string;
	signed: boolean;
	bound: boolean;
	signUrl: string;
	agreementNo: string;
}

/** The result model of a reply: `result.result` on the page, `result` in the flat SDK shape. */
function resultModel(body: IDataObject): { status: IDataObject; result: IDataObject } {
	const outer = objectAt(body.result) ?? {};
	const inner = objectAt(outer.result);
	return inner ? { status: outer, result: inner } : { status: body, result: outer };
}

const isTrue = (value: unknown) => value === true || value === 'true';

/** The account's withholding agreements (alibaba.trade.pay.protocolPay.isopen), a read. */
export async function fetchPaymentAgreements(this: RequestContext): Promise<PaymentAgreement[]> {
	const body = await alibaba1688ApiRequest.call(this, {
		namespace: 'com.alibaba.trade',
		apiName: 'alibaba.trade.pay.protocolPay.isopen',
		retry: 'safe',
	});
	return objectsAt(resultModel(body).result.paymentAgreements).map((agreement) => ({
		payChannel: valueText(agreement.payChannel).toUpperCase(),
		// "bindingStatus 和 signedStatus 均为true才能发起代扣" (the page); both are "true"/"false" strings
		signed: isTrue(agreement.signedStatus),
		bound: isTrue(agreement.bindingStatus),
		signUrl: valueText(agreement.signUrl),
		agreementNo: valueText(agreement.agreementNo),
	}));
}

/** What preparePay answered: whether the debit went through, on which channel, or why not. */
export interface PrepayOutcome {
	success: boolean;
	paySuccess: boolean;
	payChannel: string | null;
	code: string | null;
	message: string | null;
}

export function readPrepayReply(body: IDataObject): PrepayOutcome {
	const { status, result } = resultModel(body);
	const text = (value: unknown) =>
		value === undefined || value === null ? null : valueText(value);
	return {
		success: status.success === undefined ? true : isTrue(status.success),
		paySuccess: isTrue(result.paySuccess ?? result.isPaySuccess),
		payChannel: text(result.payChannel),
		code: text(status.code),
		message: text(status.message),
	};
}
