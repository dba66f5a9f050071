import type { IDataObject } from 'n8n-workflow';

import { parseJsonObject } from '../../shared/helpers/json';
import type { Outcome } from '../../shared/helpers/outcome';
import { unreadableReply } from '../../shared/helpers/unreadable-reply';
import { explainBusinessCode, explainGatewayCode, isRateLimitCode } from './gateway-errors';

const firstText = (...values: unknown[]): string => {
	const found = values.find((v) => (typeof v === 'string' && v !== '') || typeof v === 'number');
	return found === undefined ? '' : String(found);
};

const isFalse = (value: unknown) => value === false || value === 'false';

/**
 * A business failure inside an HTTP 200 reply. 1688 APIs disagree on names: `success:false` with
 * `errorCode`/`errorMessage`, `code`/`message`, `errorMsg`, `errMsg`, `erroMsg` (sic), the `succes` typo of
 * category.get, or the same inside a nested `result`.
 */
function businessError(body: IDataObject): { code: string; message: string } | undefined {
	const result = (
		typeof body.result === 'object' && body.result !== null ? body.result : {}
	) as IDataObject;
	const failed =
		isFalse(body.success) ||
		isFalse(body.succes) ||
		isFalse(result.success) ||
		isFalse(body.isSuccess);
	const code = firstText(
		body.errorCode,
		body.error_code,
		failed ? body.code : undefined,
		isFalse(result.success) ? result.code : undefined,
		// trade.receivegoods.confirm and refund.returnGoods: result{success, errorCode, errorInfo}
		isFalse(result.success) ? result.errorCode : undefined,
	);
	if (!failed && code === '') return undefined;
	if (!failed && body.result !== undefined && body.result !== null) return undefined;
	return {
		code: code || 'unknown',
		message: firstText(
			body.errorMessage,
			body.errorMsg,
			body.erroMsg,
			body.errMsg,
			body.error_message,
			body.message,
			result.message,
			result.errorMessage,
			result.errorMsg,
			result.errorInfo,
			body.errorInfo,
		),
	};
}

/**
 * createCrossOrder's page samples "支付宝方式下单" and "账期支付下单" are flat and say success:false
 * beside the orderId just created, with no error code or message: that reply names a placed order.
 */
function isFlatCreatedOrder(
	api: string,
	body: IDataObject,
	business: { code: string; message: string },
): boolean {
	return (
		/:alibaba\.trade\.createCrossOrder-\d+$/.test(api) &&
		business.code === 'unknown' &&
		business.message === '' &&
		/^\d+$/.test(firstText(body.orderId))
	);
}

/** Turns one gateway reply into success, a rejected token, or a failure a user can act on. */
export function classifyResponse(
	api: string,
	statusCode: number,
	contentType: string,
	raw: string,
): Outcome {
	const body = parseJsonObject(raw) as IDataObject | undefined;
	const httpCode = String(statusCode);
	if (!body)
		return { kind: 'failed', failure: unreadableReply('1688', api, statusCode, contentType, raw) };
	const gatewayCode = firstText(body.error_code);
	if (statusCode === 401 || gatewayCode === '401') {
		const { summary, next } = explainGatewayCode('401', api, '');
		const platform = firstText(body.error_message, body.exception);
		return {
			kind: 'tokenRejected',
			failure: {
				code: '401',
				message: `${summary} (401). ${next}`,
				description: platform,
				httpCode,
				retryable: false,
				body,
			},
		};
	}
	if (gatewayCode !== '' || statusCode >= 400) {
		const code = gatewayCode || `HTTP ${statusCode}`;
		const platform = firstText(body.error_message, body.errorMessage, body.message, body.exception);
		const { summary, next } =
			statusCode >= 500 && !gatewayCode
				? {
						summary: `1688's gateway failed on ${api}`,
						next: 'This is usually temporary: try again in a few minutes.',
					}
				: explainGatewayCode(code, api, platform);
		return {
			kind: 'failed',
			failure: {
				code,
				summary: `${summary} (${code}).`,
				message: `${summary} (${code}). ${next}`,
				description: platform,
				httpCode,
				retryable: isRateLimitCode(code) ? 'rateLimit' : statusCode >= 500 ? 'transient' : false,
				body,
			},
		};
	}
	const business = businessError(body);
	if (business && !isFlatCreatedOrder(api, body, business)) {
		const { summary, next } = explainBusinessCode(business.code, api);
		return {
			kind: 'failed',
			failure: {
				code: business.code,
				message: `${summary} (${business.code}${business.message ? `: ${business.message}` : ''}). ${next}`,
				description: business.message,
				httpCode,
				retryable: false,
				body,
			},
		};
	}
	return { kind: 'ok', body };
}
