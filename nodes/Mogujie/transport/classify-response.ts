import type { IDataObject } from 'n8n-workflow';

import { parseJsonObject } from '../../shared/helpers/json';
import type { Outcome } from '../../shared/helpers/outcome';
import { unreadableReply } from '../../shared/helpers/unreadable-reply';
import {
	BUSINESS_HINTS,
	isSignatureError,
	RENEWABLE,
	SUCCESS,
	TOKEN_UNKNOWN,
} from './status-codes';

/**
 * Turns one gateway reply into data, a token to renew, or a failure a user can act on. Mogujie
 * answers errors inside HTTP 200 bodies: `{ status: { code, msg }, result: {} }`.
 * `reauthorize` is the instruction to authorize again, with the user's own URL.
 */
export function classifyResponse(
	method: string,
	statusCode: number,
	contentType: string,
	raw: string,
	reauthorize: string,
): Outcome {
	const body = parseJsonObject(raw) as IDataObject | undefined;
	const status = (body?.status ?? undefined) as IDataObject | undefined;
	if (!body || !status || typeof status.code !== 'string' || status.code === '') {
		return {
			kind: 'failed',
			failure: unreadableReply('Mogujie', method, statusCode, contentType, raw),
		};
	}
	const code = status.code;
	const msg = typeof status.msg === 'string' ? status.msg : '';
	if (code === SUCCESS) return { kind: 'ok', body };
	const failure = (message: string, retryable: false | 'transient' = false, summary?: string) => ({
		code,
		message,
		summary,
		description: msg,
		httpCode: String(statusCode),
		retryable,
		body,
	});
	const label = `${code}${msg ? `: ${msg}` : ''}`;
	if (RENEWABLE.has(code)) {
		return {
			kind: 'tokenRejected',
			failure: failure(
				`Mogujie refused the access token even after renewing it (${label}). ${reauthorize}`,
			),
		};
	}
	if (code === TOKEN_UNKNOWN) {
		return {
			kind: 'failed',
			failure: failure(`Mogujie does not know this access token (${label}). ${reauthorize}`),
		};
	}
	if (isSignatureError(code, msg)) {
		return {
			kind: 'failed',
			failure: failure(
				`Mogujie rejected the request signature (${label}). Check that the credential's App Secret belongs to its App Key: copy both again from the Mogujie open platform console.`,
			),
		};
	}
	const hint = Object.prototype.hasOwnProperty.call(BUSINESS_HINTS, code)
		? BUSINESS_HINTS[code]
		: "See Mogujie's message; check the parameters of this call.";
	return {
		kind: 'failed',
		failure: failure(
			`Mogujie returned an error for ${method} (${label}). ${hint}`,
			statusCode >= 500 ? 'transient' : false,
			`Mogujie returned an error for ${method} (${label}).`,
		),
	};
}
