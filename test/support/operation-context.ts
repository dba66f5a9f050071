// A mocked n8n execution context for the small test beside each operation, in the style of n8n's
// own node tests: parameters come from a plain object, and `httpRequestWithAuthentication` runs
// the real credential's `authenticate` (so every request is really signed) and answers with the
// reply the test gives, instead of going over the network. Each sent request is recorded,
// decoded into the API it called and its business parameters.
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
} from 'n8n-workflow';

import { Alibaba1688OAuth2Api } from '../../credentials/Alibaba1688OAuth2Api.credentials';
import { MogujieOAuth2Api } from '../../credentials/MogujieOAuth2Api.credentials';

export type Platform = '1688' | 'mogujie';

/** One request the operation sent, as the platform would read it. */
export interface SentRequest {
	/** 1688: `namespace:apiName` from the URL; Mogujie: the `method` parameter. */
	api: string;
	/** 1688: the API version in the URL. */
	version?: string;
	method: string;
	url: string;
	/** Business parameters: form body and query, without the signing fields. */
	params: Record<string, string>;
	/** Whether the request carried the user's access token. */
	withToken: boolean;
	/** A multipart body as sent (latin1 text, so the file's bytes survive), and its content type. */
	multipart?: { contentType: string; text: string };
	/** With a multipart body: the query string as sent, signing fields included. */
	query?: Record<string, string>;
}

/** What the mocked platform answers: a JSON object (HTTP 200), or a status and raw body. */
export type Reply = IDataObject | { statusCode: number; body: string | IDataObject };

export interface OperationContextOptions {
	platform: Platform;
	/** The node parameters, as the editor would save them (resource and operation included). */
	parameters: IDataObject;
	/** Answers each request; called once per request, in order. */
	reply: (request: SentRequest, index: number) => Reply;
	/** Extra or changed credential fields. */
	credentials?: ICredentialDataDecryptedObject;
	timezone?: string;
	continueOnFail?: boolean;
	/** The input items (default: one empty item); binary data as n8n keeps it in memory (base64). */
	input?: INodeExecutionData[];
	/** Answers `helpers.httpRequest` (plain downloads, not the platform's API). */
	download?: (url: string) => Buffer;
}

const CREDENTIALS: Record<Platform, { type: string; data: ICredentialDataDecryptedObject }> = {
	'1688': {
		type: 'alibaba1688OAuth2Api',
		data: {
			appKey: '8688001',
			appSecret: 'unit-test-secret',
			redirectUri: 'https://example.com/callback',
			gatewayUrl: 'https://gw.open.1688.com',
			authorizeUrl: 'https://auth.1688.com/oauth/authorize',
			accessToken: 'unit-test-access-token',
			refreshToken: 'unit-test-refresh-token',
			session: 'valid',
		},
	},
	mogujie: {
		type: 'mogujieOAuth2Api',
		data: {
			appKey: '100001',
			appSecret: 'unit-test-secret',
			redirectUri: 'https://example.com/callback',
			gatewayUrl: 'https://openapi.mogujie.com/invoke',
			oauthUrl: 'https://oauth.mogujie.com',
			accessToken: 'unit-test-access-token',
			refreshToken: 'unit-test-refresh-token',
			session: 'valid',
		},
	},
};

const SIGNING_FIELDS = new Set([
	'_aop_signature',
	'_aop_timestamp',
	'access_token',
	'sign',
	'sign_method',
	'timestamp',
	'app_key',
	'version',
	'format',
	'method',
]);

function formOf(body: unknown): Record<string, string> {
	if (Buffer.isBuffer(body)) return {};
	if (body instanceof URLSearchParams) return Object.fromEntries(body);
	if (typeof body === 'string') return Object.fromEntries(new URLSearchParams(body));
	if (body && typeof body === 'object') {
		return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)]));
	}
	return {};
}

function decode(platform: Platform, options: IHttpRequestOptions): SentRequest {
	const url = new URL(options.url, 'https://unused.invalid');
	const query: Record<string, string> = {
		...Object.fromEntries(url.searchParams),
		...Object.fromEntries(
			Object.entries((options.qs ?? {}) as IDataObject).map(([k, v]) => [k, String(v)]),
		),
	};
	const all: Record<string, string> = { ...query, ...formOf(options.body) };
	const params = Object.fromEntries(Object.entries(all).filter(([k]) => !SIGNING_FIELDS.has(k)));
	const withToken = all.access_token !== undefined;
	const contentType = String((options.headers ?? {})['content-type'] ?? '');
	const multipart = Buffer.isBuffer(options.body)
		? { contentType, text: options.body.toString('latin1') }
		: undefined;
	if (platform === '1688') {
		const match = /\/openapi\/param2\/(\d+)\/([^/]+)\/([^/]+)\//.exec(url.pathname);
		return {
			api: match ? `${match[2]}:${match[3]}` : url.pathname,
			version: match?.[1],
			method: options.method ?? 'GET',
			url: options.url,
			params,
			withToken,
			...(multipart ? { multipart, query } : {}),
		};
	}
	return {
		api: all.method ?? '',
		method: options.method ?? 'GET',
		url: options.url,
		params,
		withToken,
	};
}

/** An execution context that runs one item through an operation, and what it sent. */
export function operationContext(options: OperationContextOptions) {
	const { type, data } = CREDENTIALS[options.platform];
	const credentials = { ...data, ...(options.credentials ?? {}) };
	const credential =
		options.platform === '1688' ? new Alibaba1688OAuth2Api() : new MogujieOAuth2Api();
	const sent: SentRequest[] = [];
	const downloads: string[] = [];
	const node: INode = {
		id: 'unit-node',
		name: options.platform === '1688' ? '1688' : 'Mogujie',
		type: `n8n-nodes-1688-mogujie.${options.platform === '1688' ? 'alibaba1688' : 'mogujie'}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters as INode['parameters'],
		credentials: { [type]: { id: 'cred-1', name: 'unit credential' } },
	};

	const getNodeParameter = (name: string, _index: number, fallback?: unknown) => {
		const value = name
			.split('.')
			.reduce<unknown>(
				(at, key) => (at && typeof at === 'object' ? (at as IDataObject)[key] : undefined),
				options.parameters,
			);
		if (value !== undefined) return value;
		if (fallback !== undefined) return fallback;
		throw new Error(`The test gave no parameter "${name}" and the operation gave no default`);
	};

	const httpRequestWithAuthentication = async (
		credentialType: string,
		request: IHttpRequestOptions,
	) => {
		if (credentialType !== type) throw new Error(`unexpected credential type ${credentialType}`);
		const signed = await credential.authenticate(credentials, { ...request });
		const decoded = decode(options.platform, signed);
		sent.push(decoded);
		const reply = options.reply(decoded, sent.length - 1);
		const full =
			'statusCode' in reply && typeof reply.statusCode === 'number'
				? (reply as { statusCode: number; body: string | IDataObject })
				: { statusCode: 200, body: reply as IDataObject };
		const text = typeof full.body === 'string' ? full.body : JSON.stringify(full.body);
		return {
			statusCode: full.statusCode,
			headers: { 'content-type': 'application/json;charset=UTF-8' },
			body: text,
		};
	};

	const context = {
		getNode: () => node,
		getNodeParameter,
		getInputData: (): INodeExecutionData[] => options.input ?? [{ json: {} }],
		getCredentials: async () => ({ ...credentials }),
		getTimezone: () => options.timezone ?? 'Asia/Shanghai',
		getMode: () => 'manual',
		getWorkflow: () => ({ id: 'unitWorkflow0001', name: 'Unit test', active: false }),
		getExecutionId: () => '4711',
		getWorkflowDataProxy: () => ({ $thisRunIndex: 0 }),
		continueOnFail: () => options.continueOnFail ?? false,
		getExecutionCancelSignal: () => undefined,
		helpers: {
			httpRequestWithAuthentication,
			httpRequest: async (request: IHttpRequestOptions) => {
				downloads.push(request.url);
				if (!options.download) throw new Error(`the test allows no download of ${request.url}`);
				return options.download(request.url);
			},
			assertBinaryData: (itemIndex: number, field: string) => {
				const binary = (options.input ?? [])[itemIndex]?.binary?.[field];
				if (!binary)
					throw new Error(
						`This operation expects the node's input data to contain a binary file '${field}', but none was found`,
					);
				return binary;
			},
			getBinaryDataBuffer: async (itemIndex: number, field: string) =>
				Buffer.from((options.input ?? [])[itemIndex]?.binary?.[field]?.data ?? '', 'base64'),
			returnJsonArray: (items: IDataObject | IDataObject[]) =>
				(Array.isArray(items) ? items : [items]).map((json) => ({ json })),
		},
	} as unknown as IExecuteFunctions;

	return { context, sent, downloads };
}

/** What runOperation needs of an operation module. */
export interface OperationModule {
	execute: (this: IExecuteFunctions, index: number) => Promise<INodeExecutionData[]>;
}

/** Runs one operation's `execute` for item 0: its items, the requests it sent, what it downloaded. */
export async function runOperation(
	operation: OperationModule,
	options: OperationContextOptions,
): Promise<{ items: INodeExecutionData[]; sent: SentRequest[]; downloads: string[] }> {
	const { context, sent, downloads } = operationContext(options);
	const items = await operation.execute.call(context, 0);
	return { items, sent, downloads };
}

/** A 1688 gateway error reply, as the gateway sends it (HTTP 400 with error_code). */
export function gatewayError1688(code: string, message: string): Reply {
	return { statusCode: 400, body: { error_code: code, error_message: message } };
}

/** A Mogujie reply envelope: `{ status: { code, msg }, result: { data } }`. */
export function mogujieReply(data: unknown, code = '0000000', msg = 'success'): Reply {
	return { status: { code, msg }, result: { data } } as IDataObject;
}
