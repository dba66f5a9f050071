import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { isCredentialError, isGrantRefused } from '../auth/credential-error';
import { abortablePause } from '../helpers/abortable-pause';
import type { Failure, Outcome } from '../helpers/outcome';
import { redact } from '../helpers/redact';
import { bodyText } from '../helpers/text';
import type { FullResponse, RequestContext } from './context';
import { credentialsInUse, storedCredentials } from './credential-cache';
import { sendThroughCredential } from './send-through-credential';

export const MAX_RETRIES = 4;
const BACKOFF_MS = { transient: 500, rateLimit: 1000 };
/**
 * How long to watch the stored credential for newer tokens after the platform refused ours: the
 * execution that spent them stores the new ones just after its own reply, possibly in another process.
 */
const RE_READ = { times: 12, intervalMs: 250 };

const NETWORK_RETRYABLE = new Set([
	'ECONNRESET',
	'ECONNABORTED',
	'ETIMEDOUT',
	'EPIPE',
	'ECONNREFUSED',
	'EAI_AGAIN',
]);

export interface PlatformRequest {
	/** e.g. "1688" or "Mogujie", for messages. */
	platform: string;
	/** The API as users know it, for messages. */
	api: string;
	credentialType: string;
	/** Where the form is POSTed. */
	url: string;
	/** The parameters, sent form-urlencoded; the credential adds its own and signs each attempt. */
	form: IDataObject;
	/**
	 * A file upload instead: the parameters go in the query string (where the credential signs
	 * them and adds its own) and this multipart body, which is not signed, is sent as it is.
	 */
	multipart?: { contentType: string; body: Buffer };
	/** Extra headers (the credential reads and removes its own markers). */
	headers?: IDataObject;
	/** What the reply means; the body is given as the text received, so long ids stay exact. */
	classify: (reply: { statusCode: number; contentType: string; text: string }) => Outcome;
	/**
	 * `safe`: retry rate limits, gateway failures and dropped connections with backoff (reads).
	 * `never`: a write, sent once, plus one re-signed send if the token was refused first (the
	 * platform refuses before the API runs).
	 */
	retry: 'safe' | 'never';
	/**
	 * For a write that carries an idempotency key (1688's outOrderId): after a failure in transit,
	 * asks the platform by that key whether the write was carried out. Its answer then stands for the
	 * lost reply; when it finds nothing, the write is sent again (up to MAX_RETRIES times).
	 */
	verifyWrite?: () => Promise<IDataObject | undefined>;
	timeoutMs: number;
	/** Never shown to a user, whatever a reply or a client error contains. */
	secrets: string[];
	/** Told before each retry, e.g. so a pager can send fewer requests at once after a rate limit. */
	onRetry?: (reason: 'transient' | 'rateLimit') => void;
}

/** A fresh request for each attempt: the credential signs each one, so none may be reused. */
function formPost(spec: PlatformRequest): IHttpRequestOptions {
	if (spec.multipart) {
		return {
			method: 'POST',
			url: spec.url,
			qs: { ...spec.form },
			headers: { ...(spec.headers ?? {}), 'content-type': spec.multipart.contentType },
			body: spec.multipart.body,
			encoding: 'text',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: spec.timeoutMs,
		};
	}
	return {
		method: 'POST',
		url: spec.url,
		headers: { 'content-type': 'application/x-www-form-urlencoded', ...(spec.headers ?? {}) },
		body: { ...spec.form },
		encoding: 'text',
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: spec.timeoutMs,
	};
}

function readReply(response: FullResponse) {
	return {
		statusCode: response.statusCode,
		contentType: String(response.headers?.['content-type'] ?? ''),
		text: bodyText(response.body),
	};
}

function backoff(kind: 'transient' | 'rateLimit', attempt: number): number {
	return BACKOFF_MS[kind] * 2 ** attempt + Math.floor(Math.random() * 250);
}

function cancelSignal(context: RequestContext): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
}

function cancelled(context: RequestContext): NodeApiError {
	return new NodeApiError(context.getNode(), {} as JsonObject, {
		message: 'The execution was cancelled.',
	});
}

/** Waits, or ends the call at once when the execution is cancelled meanwhile. */
async function pause(context: RequestContext, ms: number): Promise<void> {
	await abortablePause(ms, cancelSignal(context)).then(
		() => undefined,
		// it rejects only when the signal aborts
		() => {
			throw cancelled(context);
		},
	);
}

/** For a write whose fate is unknown: it may have run, so running it again could do it twice. */
function mayHaveRunAdvice(spec: PlatformRequest): string {
	return `The request may have reached ${spec.platform} and been carried out: check in ${spec.platform} before running it again.`;
}

/**
 * How long to wait at least before asking whether a lost write was carried out: a write still being
 * handled when our side gave up (a timeout) must have landed first, and 1688 lists a new order only
 * once it is stored.
 */
const VERIFY_WAIT_MS = 2000;

/**
 * After a keyed write failed on the way: waits, then, if it may have been carried out (`unsure`),
 * asks the platform by its key, on the last attempt too. What it finds stands for the lost reply;
 * nothing found means the write may be sent again while attempts are left. A failed question ends
 * the call, saying the write may have been carried out.
 */
async function afterKeyedWriteFailure(
	context: RequestContext,
	spec: PlatformRequest,
	attempt: number,
	kind: 'transient' | 'rateLimit',
	unsure: boolean,
	fail: (message: string) => NodeApiError,
): Promise<{ found?: IDataObject; retry: boolean }> {
	const retry = attempt < MAX_RETRIES;
	if (!unsure && !retry) return { retry };
	spec.onRetry?.(kind);
	const wait = backoff(kind, attempt);
	await pause(context, unsure ? Math.max(wait, VERIFY_WAIT_MS) : wait);
	if (!unsure || !spec.verifyWrite) return { retry };
	try {
		const found = await spec.verifyWrite();
		return found ? { found, retry: false } : { retry };
	} catch (error) {
		throw fail(
			`The reply to ${spec.api} was lost on the way, and asking ${spec.platform} whether it was carried out failed too (${(error as Error).message}). ${mayHaveRunAdvice(spec)}`,
		);
	}
}

/** The tokens a credential holds; compared, never shown. */
function grantOf(credentials: ICredentialDataDecryptedObject): string {
	return [credentials.accessToken, credentials.refreshToken, credentials.authorizationCode]
		.map((value) => (typeof value === 'string' ? value : ''))
		.join('\n');
}

/** The stored credential once it holds other tokens than `sent`, or undefined if it does not soon. */
async function newerStoredCredentials(
	context: RequestContext,
	credentialType: string,
	sent: ICredentialDataDecryptedObject,
): Promise<ICredentialDataDecryptedObject | undefined> {
	for (let read = 1; ; read++) {
		const stored = await storedCredentials.call(context, credentialType);
		if (grantOf(stored) !== grantOf(sent)) return stored;
		if (read === RE_READ.times) return undefined;
		await pause(context, RE_READ.intervalMs);
	}
}

/** Network codes that n8n 1.x leaves only in an error's messages ("read ECONNRESET"). */
const CODE_IN_MESSAGE = /\b(E[A-Z]{3,}|ERR_CANCELED)\b/;

/**
 * The socket's error code behind a failed request. n8n 2.x keeps the socket error as the
 * NodeApiError's `cause`; n8n 1.x drops it and keeps only its message among the error's `messages`.
 */
function networkCode(error: unknown): string {
	const e = error as { code?: unknown; cause?: { code?: unknown }; messages?: unknown };
	const code = e?.cause?.code ?? e?.code;
	if (typeof code === 'string' && code) return code;
	const messages = Array.isArray(e?.messages) ? e.messages : [];
	for (const message of messages) {
		const found = CODE_IN_MESSAGE.exec(String(message))?.[1];
		if (found && (NETWORK_RETRYABLE.has(found) || found === 'ERR_CANCELED')) return found;
	}
	return '';
}

/** A failure after which a write may or may not have been carried out. */
const isInTransit = (code: string) => code !== 'ECONNREFUSED';

function networkFailureMessage(spec: PlatformRequest, code: string): string {
	const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
	const what = timedOut
		? `${spec.platform} did not answer ${spec.api} within ${Math.round(spec.timeoutMs / 1000)} s (${code})`
		: `Could not complete the call to ${spec.platform} ${spec.api} (${code || 'network error'})`;
	if (spec.retry === 'never' && isInTransit(code)) return `${what}. ${mayHaveRunAdvice(spec)}`;
	return `${what}. Check this machine's network and the credential's Gateway URL, then try again.`;
}

/**
 * One API call, sent through the credential (which signs it), and the platform's data it returns:
 * a rejected token is renewed once,
 * what is safe to retry is retried, and anything else becomes a NodeApiError that names the platform's
 * code and the next step, with every secret removed.
 */
export async function platformRequest(
	this: RequestContext,
	spec: PlatformRequest,
): Promise<IDataObject> {
	const toNodeError = (failure: Pick<Failure, 'message'> & Partial<Failure>) => {
		// An address to open (the authorization URL) ends a message on a line of its own: n8n shows
		// it apart, as the error's description, where it can be selected whole.
		const [head, ...rest] = failure.message.split('\n');
		const description = [rest.join('\n'), failure.description ?? ''].filter(Boolean).join('\n');
		const message = redact(head, spec.secrets);
		const error = new NodeApiError(this.getNode(), (failure.body ?? {}) as JsonObject, {
			message,
			description: description ? redact(description, spec.secrets) : undefined,
			httpCode: failure.httpCode || undefined,
		});
		// NodeApiError swaps any message that mentions ECONNRESET and the like for a generic
		// sentence; ours names the API and the next step.
		error.message = message;
		return error;
	};

	// Each attempt is sent with known credential data, so a refusal can be told apart from a token
	// another execution (or another n8n process) has renewed meanwhile.
	let credentials = await credentialsInUse.call(this, spec.credentialType);
	let renew = false;
	let renewed = false;
	let reread = false;
	for (let attempt = 0; ; attempt++) {
		const sent = await sendThroughCredential
			.call(this, spec.credentialType, formPost(spec), credentials, renew)
			.then(
				(response) => ({ response, error: undefined }),
				(error: unknown) => ({ response: undefined, error }),
			);
		renew = false;
		if (sent.error !== undefined || !sent.response) {
			if (isCredentialError(sent.error)) {
				if (isGrantRefused(sent.error) && !reread) {
					reread = true;
					const newer = await newerStoredCredentials(this, spec.credentialType, credentials);
					if (newer) {
						credentials = newer;
						attempt = -1;
						continue;
					}
				}
				throw toNodeError({ message: (sent.error as Error).message });
			}
			const code = networkCode(sent.error);
			if (code === 'ERR_CANCELED') throw cancelled(this);
			if (spec.retry === 'safe' && NETWORK_RETRYABLE.has(code) && attempt < MAX_RETRIES) {
				spec.onRetry?.('transient');
				await pause(this, backoff('transient', attempt));
				continue;
			}
			if (spec.verifyWrite && NETWORK_RETRYABLE.has(code)) {
				const next = await afterKeyedWriteFailure(
					this,
					spec,
					attempt,
					'transient',
					isInTransit(code),
					(message) => toNodeError({ message }),
				);
				if (next.found) return next.found;
				if (next.retry) continue;
			}
			throw toNodeError({ message: networkFailureMessage(spec, code) });
		}
		const outcome = spec.classify(readReply(sent.response));
		if (outcome.kind === 'ok') return outcome.body;
		if (outcome.kind === 'tokenRejected') {
			if (renewed) throw toNodeError(outcome.failure);
			renewed = true;
			const stored = await storedCredentials.call(this, spec.credentialType);
			// Renew only if nobody has since: renewing a rotating refresh token again would kill the
			// tokens the other executions have just been given.
			renew = grantOf(stored) === grantOf(credentials);
			credentials = stored;
			attempt = -1;
			continue;
		}
		const { retryable } = outcome.failure;
		if (spec.retry === 'safe' && retryable && attempt < MAX_RETRIES) {
			spec.onRetry?.(retryable);
			await pause(this, backoff(retryable, attempt));
			continue;
		}
		if (spec.verifyWrite && retryable) {
			const unsure = retryable === 'transient';
			const next = await afterKeyedWriteFailure(this, spec, attempt, retryable, unsure, (message) =>
				toNodeError({ ...outcome.failure, message }),
			);
			if (next.found) return next.found;
			if (next.retry) continue;
		}
		if (spec.retry === 'never' && retryable === 'transient') {
			// The platform failed while handling a write: it may or may not have carried it out.
			const { failure } = outcome;
			throw toNodeError({
				...failure,
				message: `${failure.summary ?? failure.message} ${mayHaveRunAdvice(spec)}`,
			});
		}
		throw toNodeError(outcome.failure);
	}
}
