import type { IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';

import { CredentialError } from './credential-error';
import { parseJsonObject } from '../helpers/json';
import { redact } from '../helpers/redact';
import { bodyText, excerpt, looksLikeHtml } from '../helpers/text';

export type HttpRequest = IHttpRequestHelper['helpers']['httpRequest'];

export interface TokenEndpoint {
	platform: string;
	/** What is being exchanged, for messages: "the refresh token". */
	what: string;
	/** The credential field that holds the endpoint's base URL, for messages. */
	urlField: string;
	baseUrl: string;
	secrets: string[];
}

/**
 * Sends one request to a platform's token endpoint and returns its status and JSON body. An
 * unreachable endpoint or a reply that is not JSON (an HTML error page) becomes a CredentialError
 * that says what to check; no secret in it. Judging the JSON is the platform's part.
 */
export async function requestTokenEndpoint(
	httpRequest: HttpRequest,
	endpoint: TokenEndpoint,
	request: Pick<IHttpRequestOptions, 'method' | 'url' | 'qs' | 'body' | 'headers'>,
): Promise<{ statusCode: number; body: Record<string, unknown> }> {
	const fail = (message: string) => new CredentialError(redact(message, endpoint.secrets));
	let response: { statusCode: number; headers: Record<string, unknown>; body: unknown } | undefined;
	let unreachable = '';
	try {
		response = await httpRequest({
			method: 'POST',
			...request,
			encoding: 'text',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: 30_000,
		});
	} catch (error) {
		unreachable = (error as { code?: string }).code ?? (error as Error).message;
	}
	if (!response) {
		throw fail(
			`Could not reach ${endpoint.platform}'s token endpoint at ${endpoint.baseUrl} (${unreachable}) while exchanging ${endpoint.what}. Check the credential's ${endpoint.urlField} and this machine's network, then try again.`,
		);
	}
	const raw = bodyText(response.body);
	const body = parseJsonObject(raw);
	if (!body) {
		const status = response.statusCode;
		const kind = looksLikeHtml(String(response.headers['content-type'] ?? ''), raw)
			? 'an HTML page'
			: 'a reply that is not JSON';
		throw fail(
			`${endpoint.platform}'s token endpoint answered HTTP ${status} with ${kind} ("${excerpt(raw)}") while exchanging ${endpoint.what}. ${
				status >= 500
					? 'The platform is having trouble: try again in a few minutes.'
					: `Check the credential's ${endpoint.urlField}: it must point at ${endpoint.platform} or the local sandbox.`
			}`,
		);
	}
	return { statusCode: response.statusCode, body };
}
