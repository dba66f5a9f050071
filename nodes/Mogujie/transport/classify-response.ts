import type { IDataObject } from 'n8n-workflow';

import { parseJsonObject } from '../../shared/helpers/json';
import type { Outcome } from '../../shared/helpers/outcome';
import { unreadableReply } from '../../shared/helpers/unreadable-reply';
import { explainStatus, SUCCESS } from './status-codes';

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
	const explained = explainStatus(code, msg, method, reauthorize);
	return {
		kind: explained.kind,
		failure: {
			code,
			message: explained.message,
			summary: explained.summary,
			description: msg,
			httpCode: String(statusCode),
			// only a code without its own explanation may be a passing gateway fault
			retryable: explained.summary !== undefined && statusCode >= 500 ? 'transient' : false,
			body,
		},
	};
}
