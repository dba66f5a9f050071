import type { IDataObject, IHttpRequestOptions, JsonObject } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { isCredentialError } from '../auth/credential-error';
import { CREDENTIAL_TYPE, readCredentials, secretsOf } from '../auth/credential-data';
import { APP_ONLY_CALL_HEADER } from '../auth/sign-request';
import { toParamString } from '../auth/signature';
import { redact } from '../../shared/redact';
import { bodyText } from '../../shared/text';
import type { Failure } from './classify-response';
import { classifyResponse } from './classify-response';
import type { Alibaba1688Context } from './send-signed';
import { sendSigned } from './send-signed';

export interface ApiCall {
	namespace: string;
	apiName: string;
	version?: number;
	/** Business parameters; objects and arrays are sent as JSON strings. */
	params?: IDataObject;
	/** Send and sign the user's `access_token` (default true). */
	requiresAuth?: boolean;
	/**
	 * `safe`: retry rate limits, gateway failures and dropped connections with backoff (reads).
	 * `never`: a write; it is sent once (plus one re-signed send if the token was refused first,
	 * which the gateway does before the API runs).
	 */
	retry: 'safe' | 'never';
	timeoutMs?: number;
}

export const MAX_RETRIES = 4;
const BACKOFF_MS = { transient: 500, rateLimit: 1000 };

const NETWORK_RETRYABLE = new Set([
	'ECONNRESET',
	'ECONNABORTED',
	'ETIMEDOUT',
	'EPIPE',
	'ECONNREFUSED',
	'EAI_AGAIN',
]);

function backoff(kind: 'transient' | 'rateLimit', attempt: number): number {
	return BACKOFF_MS[kind] * 2 ** attempt + Math.floor(Math.random() * 250);
}

function cancelSignal(context: Alibaba1688Context): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
}

function networkCode(error: unknown): string {
	const e = error as { code?: unknown; cause?: { code?: unknown } };
	return String(e.cause?.code ?? e.code ?? '');
}

function networkFailureMessage(api: string, code: string, call: ApiCall): string {
	const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
	const what = timedOut
		? `1688 did not answer ${api} within ${Math.round((call.timeoutMs ?? 60_000) / 1000)} s (${code})`
		: `Could not complete the call to 1688 ${api} (${code || 'network error'})`;
	if (call.retry === 'never' && code !== 'ECONNREFUSED') {
		return `${what}. The request may have reached 1688 and been carried out: check in 1688 before running it again.`;
	}
	return `${what}. Check this machine's network and the credential's Gateway URL, then try again.`;
}

/** Calls one 1688 API, signed, and returns its parsed reply, or throws a NodeApiError a user can act on. */
export async function alibaba1688ApiRequest(
	this: Alibaba1688Context,
	call: ApiCall,
): Promise<IDataObject> {
	const credentials = readCredentials(await this.getCredentials(CREDENTIAL_TYPE));
	const api = `${call.namespace}:${call.apiName}-${call.version ?? 1}`;
	const secrets = secretsOf(credentials);
	const toNodeError = (failure: Pick<Failure, 'message'> & Partial<Failure>) => {
		const message = redact(failure.message, secrets);
		const error = new NodeApiError(this.getNode(), (failure.body ?? {}) as JsonObject, {
			message,
			description: failure.description ? redact(failure.description, secrets) : undefined,
			httpCode: failure.httpCode || undefined,
		});
		// NodeApiError swaps any message that mentions ECONNRESET and the like for a generic
		// sentence; ours names the API and the next step.
		error.message = message;
		return error;
	};

	const body: IDataObject = {};
	for (const [key, value] of Object.entries(call.params ?? {})) {
		if (value !== undefined && value !== null) body[key] = toParamString(value);
	}
	const buildRequest = (): IHttpRequestOptions => ({
		method: 'POST',
		url: `${credentials.gatewayUrl}/openapi/param2/${call.version ?? 1}/${call.namespace}/${call.apiName}/${encodeURIComponent(credentials.appKey)}`,
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			...(call.requiresAuth === false ? { [APP_ONLY_CALL_HEADER]: '1' } : {}),
		},
		body: { ...body },
		encoding: 'text',
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: call.timeoutMs ?? 60_000,
	});

	let renewed = false;
	for (let attempt = 0; ; attempt++) {
		const sent = await sendSigned.call(this, buildRequest(), renewed && attempt === 0).then(
			(response) => ({ response, error: undefined }),
			(error: unknown) => ({ response: undefined, error }),
		);
		if (sent.error !== undefined || !sent.response) {
			if (isCredentialError(sent.error))
				throw toNodeError({ message: (sent.error as Error).message });
			const code = networkCode(sent.error);
			if (code === 'ERR_CANCELED') {
				throw new NodeApiError(this.getNode(), {} as JsonObject, {
					message: 'The execution was cancelled.',
				});
			}
			if (call.retry === 'safe' && NETWORK_RETRYABLE.has(code) && attempt < MAX_RETRIES) {
				await sleep(backoff('transient', attempt), cancelSignal(this));
				continue;
			}
			throw toNodeError({ message: networkFailureMessage(api, code, call) });
		}
		const { response } = sent;
		const contentType = String(response.headers?.['content-type'] ?? '');
		const outcome = classifyResponse(
			api,
			response.statusCode,
			contentType,
			bodyText(response.body),
		);
		if (outcome.kind === 'ok') return outcome.body;
		if (outcome.kind === 'tokenRejected') {
			if (renewed) throw toNodeError(outcome.failure);
			renewed = true;
			attempt = -1;
			continue;
		}
		const { retryable } = outcome.failure;
		if (call.retry === 'safe' && retryable && attempt < MAX_RETRIES) {
			await sleep(backoff(retryable, attempt), cancelSignal(this));
			continue;
		}
		throw toNodeError(outcome.failure);
	}
}
