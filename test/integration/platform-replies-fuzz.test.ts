import fc from 'fast-check';
import type { IExecuteFunctions, INodeType, IPollFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { Alibaba1688OAuth2Api } from '../../credentials/Alibaba1688OAuth2Api.credentials';
import { MogujieOAuth2Api } from '../../credentials/MogujieOAuth2Api.credentials';
import { Alibaba1688 } from '../../nodes/Alibaba1688/Alibaba1688.node';
import { Alibaba1688Trigger } from '../../nodes/Alibaba1688Trigger/Alibaba1688Trigger.node';
import { Mogujie } from '../../nodes/Mogujie/Mogujie.node';
import { MogujieTrigger } from '../../nodes/MogujieTrigger/MogujieTrigger.node';
import {
	contentType,
	garbageBody,
	replyJsonText,
	replyObject,
	replyScalar,
} from '../support/fuzz-arbitraries';
import type { Json } from '../support/json';
import {
	CredentialStore,
	createExecuteContext,
	createPollContext,
} from '../../scripts/lib/n8n-context';
import { startReplyServer } from '../support/reply-server';
import { settleWithin } from '../support/settle-within';
import { withoutUnhandledRejections } from '../support/unhandled-rejections';
import { runs } from '../support/fuzz-runs';

// Both nodes and both polling triggers against a gateway (and token endpoint) that answers with
// generated replies: garbage, HTML, truncated or deeply nested JSON, wrong types, missing fields,
// huge numbers, dropped connections. Each run resolves with items or fails with n8n's own error
// types and a message, in bounded time, with nothing left unhandled. Reads retry what looks
// transient with real backoff, so the replies generated for reads are ones that are not retried.

const BOUND_MS = 10_000;
const RUNS = 40;
jest.setTimeout(120_000);

type Reply = Parameters<
	Parameters<Awaited<ReturnType<typeof startReplyServer>>['setResponder']>[0]
>[0];
type Answer = ReturnType<
	Parameters<Awaited<ReturnType<typeof startReplyServer>>['setResponder']>[0]
>;

let server: Awaited<ReturnType<typeof startReplyServer>>;
beforeAll(async () => {
	server = await startReplyServer();
});
afterAll(async () => {
	await server?.close();
});

const APP_SECRET = ['replies', 'fuzz', 'secret'].join('-');
const ACCESS_TOKEN = ['replies', 'access', '0123456789'].join('-');
const REFRESH_TOKEN = ['replies', 'refresh', '0123456789'].join('-');
const SECRETS = [APP_SECRET, ACCESS_TOKEN, REFRESH_TOKEN];

const store1688 = (session = '={{ "valid" }}') =>
	new CredentialStore('alibaba1688OAuth2Api', {
		appKey: '8688001',
		appSecret: APP_SECRET,
		redirectUri: 'http://127.0.0.1/cb',
		accessToken: ACCESS_TOKEN,
		refreshToken: REFRESH_TOKEN,
		session,
		gatewayUrl: server.url,
		authorizeUrl: `${server.url}/oauth/authorize`,
	});
const storeMogujie = (session = '={{ "valid" }}') =>
	new CredentialStore('mogujieOAuth2Api', {
		appKey: '100123',
		appSecret: APP_SECRET,
		redirectUri: 'http://127.0.0.1/cb',
		accessToken: ACCESS_TOKEN,
		refreshToken: REFRESH_TOKEN,
		userId: 'u1',
		session,
		oauthUrl: server.url,
		gatewayUrl: `${server.url}/invoke`,
	});

/** Token endpoints that renew at once, so a refused token costs one quick round trip. */
const GOOD_TOKEN_REPLY = JSON.stringify({
	access_token: 'A2-renewed',
	refresh_token: 'R2-renewed',
	expires_in: '36000',
	statusCode: '0000000',
	access_expires_in: Math.floor(Date.now() / 1000) + 86_400,
});
const isTokenPath = (path: string) => path.includes('system.oauth2') || path === '/token';

/** Answers token calls with `token` and gateway calls with `replies`, one per call (the last repeats). */
function serve(replies: Answer[], token: Answer = { body: GOOD_TOKEN_REPLY }) {
	let calls = 0;
	server.setResponder((request: Reply) => {
		if (isTokenPath(request.path)) return token;
		const answer = replies[Math.min(calls, replies.length - 1)];
		calls++;
		return answer;
	});
}

// Replies ----------------------------------------------------------------------------------------

/** Any reply at all: for writes and custom calls, which are sent once and never retried. */
const anyReply: fc.Arbitrary<Answer> = fc.oneof(
	{
		weight: 8,
		arbitrary: fc.record({
			status: fc.constantFrom(200, 200, 400, 401, 403, 404, 429, 500, 502),
			contentType,
			body: fc.oneof(garbageBody, replyJsonText),
		}),
	},
	{
		weight: 1,
		arbitrary: fc.record({
			drop: fc.constantFrom('before' as const, 'midway' as const),
			body: replyJsonText,
		}),
	},
);

/** A JSON object with some of the fields the 1688 operations read, of any type and shape. */
const reply1688 = fc
	.record(
		{
			result: fc.oneof(
				replyScalar,
				replyObject,
				fc.array(fc.oneof(replyObject, replyScalar), { maxLength: 4 }),
			),
			totalRecord: replyScalar,
			success: replyScalar,
			error_code: replyScalar,
			errorCode: replyScalar,
			errorMessage: replyScalar,
			productInfo: fc.oneof(replyScalar, replyObject),
			categoryInfo: fc.oneof(replyScalar, fc.array(replyObject, { maxLength: 3 })),
			logisticsTrace: fc.oneof(
				replyScalar,
				fc.array(
					fc.record({
						logisticsSteps: fc.oneof(replyScalar, fc.array(replyObject, { maxLength: 3 })),
						orderId: replyScalar,
					}),
					{
						maxLength: 3,
					},
				),
			),
			orderPreviewResuslt: fc.oneof(
				replyScalar,
				fc.array(fc.oneof(replyObject, replyScalar), { maxLength: 3 }),
			),
			payUrl: replyScalar,
			extra: replyObject,
		},
		{ requiredKeys: [] },
	)
	// 1688's rate-limit codes are retried with seconds of backoff: not what this property is about
	.map((o) => JSON.stringify(o).replace(/gw\.Qos/g, 'gw.Xos'));

/** A 1688 reply to a read: JSON, and a status that is not retried. */
const readReply1688: fc.Arbitrary<Answer> = fc.record({
	status: fc.constantFrom(200, 200, 200, 400, 401, 403, 404),
	contentType,
	body: fc.oneof(
		{ weight: 4, arbitrary: reply1688 },
		replyObject.map((o) => JSON.stringify(o).replace(/gw\.Qos/g, 'gw.Xos')),
	),
});

/** A Mogujie envelope with a status code (none, or an empty one, reads as a gateway hiccup, retried). */
const envelopeMogujie = fc
	.record({
		status: fc.record(
			{
				code: fc.oneof(
					{ weight: 3, arbitrary: fc.constant('0000000') },
					fc.constantFrom('0000001', '0000010', '0000011', '0000002', '1100400', '1000001', 'x'),
				),
				msg: replyScalar,
			},
			{ requiredKeys: ['code'] },
		),
		result: fc.oneof(
			replyScalar,
			fc.record(
				{
					data: fc.oneof(
						replyScalar,
						replyObject,
						fc.array(fc.oneof(replyObject, replyScalar), { maxLength: 4 }),
						fc.record(
							{
								openApiOrderDetailResDtos: fc.oneof(
									replyScalar,
									fc.array(fc.oneof(replyObject, replyScalar), { maxLength: 4 }),
								),
								items: fc.oneof(
									replyScalar,
									fc.array(fc.oneof(replyObject, replyScalar), { maxLength: 4 }),
								),
								totalNum: replyScalar,
								total: replyScalar,
								hasNext: replyScalar,
							},
							{ requiredKeys: [] },
						),
					),
				},
				{ requiredKeys: [] },
			),
		),
	})
	.map((o) => JSON.stringify(o));

const readReplyMogujie: fc.Arbitrary<Answer> = fc.record({
	status: fc.constantFrom(200, 200, 200, 400, 404),
	contentType,
	body: envelopeMogujie,
});

const replies = (reply: fc.Arbitrary<Answer>) => fc.array(reply, { minLength: 1, maxLength: 3 });

// Checks ----------------------------------------------------------------------------------------

const isNodeError = (error: unknown) =>
	error instanceof NodeOperationError || error instanceof NodeApiError;

/** The run's outcome, checked: items with object json, or a node error with a message and no secret. */
async function expectHandled(run: () => Promise<unknown>, abort: () => void, label: string) {
	const settled = await withoutUnhandledRejections(async () => await settleWithin(run(), BOUND_MS));
	if (settled.status === 'timeout') {
		abort();
		throw new Error(`no outcome within ${BOUND_MS} ms: ${label}`);
	}
	if (settled.status === 'rejected') {
		const error = settled.error as Error;
		if (!isNodeError(error)) {
			throw new Error(
				`failed with a plain ${error?.constructor?.name}: ${error?.message} (${label})`,
			);
		}
		expect(error.message.trim().length).toBeGreaterThan(10);
		for (const secret of SECRETS) expect(error.message).not.toContain(secret);
		return;
	}
	const output = settled.value as Array<Array<{ json: Json }>> | null;
	if (output === null) return;
	for (const item of output[0]) {
		expect(item.json !== null && typeof item.json === 'object' && !Array.isArray(item.json)).toBe(
			true,
		);
		expect(JSON.stringify(item.json)).not.toContain(APP_SECRET);
	}
}

async function runOperation(
	node: new () => INodeType,
	credentialType: Alibaba1688OAuth2Api | MogujieOAuth2Api,
	store: CredentialStore,
	parameters: Json,
) {
	const context = createExecuteContext({
		credentialType,
		store,
		parameters,
		continueOnFail: false,
	});
	await expectHandled(
		async () => await new node().execute!.call(context as unknown as IExecuteFunctions),
		() => context.abort.abort(),
		JSON.stringify(parameters),
	);
}

// Node operations ---------------------------------------------------------------------------------

const READS_1688: Array<[string, Json]> = [
	['account:getBasicInfo', {}],
	['purchaseOrder:get', { orderId: '3298765432109876543' }],
	['purchaseOrder:getMany', { returnAll: false, limit: 5, filters: {} }],
	['purchaseOrder:getMany', { returnAll: true, filters: {}, simplify: false }],
	[
		'purchaseOrder:preview',
		{ address: { addressId: '1' }, cargo: { items: [{ offerId: '1', quantity: 1 }] } },
	],
	['purchaseOrder:getPaymentUrl', { orderIds: '1, 2' }],
	['logistics:getInfo', { orderId: '1', options: {} }],
	['logistics:getTrace', { orderId: '1', options: {} }],
	['product:get', { productId: '1', webSite: '1688' }],
	['product:getDetail', { productId: '1', country: 'en' }],
	['product:search', { keyword: 'a', returnAll: false, limit: 5, options: {} }],
	['category:get', { categoryId: 0 }],
	['salesOrder:getMany', { returnAll: true, filters: {}, simplify: true }],
	['salesOrder:get', { orderId: '3298765432109876543', simplify: true, options: {} }],
	['myProduct:getMany', { returnAll: false, limit: 5, filters: {}, simplify: true, options: {} }],
	['myProduct:get', { productId: '1', webSite: '1688', simplify: true }],
	// Create carries an External Order ID, so what looks transient is looked up and sent again with
	// real waits, as reads are retried (its retries are tested in create.test.ts)
	[
		'purchaseOrder:create',
		{ address: { addressId: '1' }, cargo: { items: [{ offerId: '1', quantity: 1 }] } },
	],
];
const WRITES_1688: Array<[string, Json]> = [
	['purchaseOrder:cancel', { orderId: '1', cancelReason: 'other' }],
	['salesOrder:addMemo', { orderId: '1', memo: 'x', remarkIcon: '1' }],
	[
		'customApiCall:call',
		{ namespace: 'com.x', apiName: 'x.get', parametersJson: '{"id": 12345678901234567890}' },
	],
];
const READS_MOGUJIE: Array<[string, Json]> = [
	['order:getMany', { returnAll: false, limit: 5, filters: {} }],
	['order:getMany', { returnAll: true, filters: {}, addYuan: true }],
	['order:get', { orderId: '1' }],
	['item:getMany', { shelf: 'onSale', returnAll: false, limit: 5 }],
	['item:get', { itemId: 'abc' }],
	['category:getMany', { parentId: '0', returnAll: true }],
];
const WRITES_MOGUJIE: Array<[string, Json]> = [
	['order:ship', { orderId: '1', expressCode: 'zhongtong', expressId: 'YT1' }],
	['item:updateSkuStock', { skuId: 'abc', stock: 3 }],
	['customApiCall:call', { method: 'xiaodian.x.get', parametersJson: '{}' }],
];

const withOperation = (key: string, parameters: Json) => {
	const [resource, operation] = key.split(':');
	return { resource, operation, ...parameters };
};

describe('1688 node on generated gateway replies', () => {
	it.each([
		...READS_1688.map(
			([key, p]) => [`${key} ${JSON.stringify(p)}`, key, p, readReply1688] as const,
		),
		...WRITES_1688.map(([key, p]) => [`${key} ${JSON.stringify(p)}`, key, p, anyReply] as const),
	])('%s', async (_label, key, parameters, reply) => {
		await fc.assert(
			fc.asyncProperty(replies(reply), async (answers) => {
				serve(answers);
				await runOperation(
					Alibaba1688,
					new Alibaba1688OAuth2Api(),
					store1688(),
					withOperation(key, parameters),
				);
			}),
			{ numRuns: runs(RUNS) },
		);
	});
});

describe('Mogujie node on generated gateway replies', () => {
	it.each([
		...READS_MOGUJIE.map(
			([key, p]) => [`${key} ${JSON.stringify(p)}`, key, p, readReplyMogujie] as const,
		),
		...WRITES_MOGUJIE.map(([key, p]) => [`${key} ${JSON.stringify(p)}`, key, p, anyReply] as const),
	])('%s', async (_label, key, parameters, reply) => {
		await fc.assert(
			fc.asyncProperty(replies(reply), async (answers) => {
				serve(answers);
				await runOperation(
					Mogujie,
					new MogujieOAuth2Api(),
					storeMogujie(),
					withOperation(key, parameters),
				);
			}),
			{ numRuns: runs(RUNS) },
		);
	});
});

// Token endpoints ------------------------------------------------------------------------------------

/** What a token endpoint may answer: right or wrong fields of any type, garbage, dropped connections. */
const tokenAnswer: fc.Arbitrary<Answer> = fc.oneof(
	fc.record({
		status: fc.constantFrom(200, 200, 400, 401, 500),
		contentType,
		body: fc.oneof(
			fc
				.record(
					{
						access_token: fc.oneof(fc.constant('A3'), replyScalar),
						refresh_token: fc.oneof(fc.constant('R3'), replyScalar),
						expires_in: replyScalar,
						refresh_token_timeout: replyScalar,
						statusCode: fc.oneof(fc.constant('0000000'), replyScalar),
						access_expires_in: replyScalar,
						refresh_expires_in: replyScalar,
						error: replyScalar,
						error_code: replyScalar,
						errorMsg: replyScalar,
					},
					{ requiredKeys: [] },
				)
				.map((o) => JSON.stringify(o)),
			garbageBody,
		),
	}),
	fc.record({ drop: fc.constantFrom('before' as const, 'midway' as const) }),
);

describe('credentials on generated token replies (session expired, so every call renews first)', () => {
	// A refused grant makes the request engine watch the stored credential for newer tokens for a few
	// seconds: few runs keep this bounded.
	const TOKEN_RUNS = 8;

	it('1688: getToken answers anything', async () => {
		await fc.assert(
			fc.asyncProperty(tokenAnswer, async (token) => {
				serve([{ body: '{"result": {"loginId": "me"}}' }], token);
				await runOperation(
					Alibaba1688,
					new Alibaba1688OAuth2Api(),
					store1688(''),
					withOperation('account:getBasicInfo', {}),
				);
			}),
			{ numRuns: runs(TOKEN_RUNS) },
		);
	});

	it('Mogujie: /token answers anything', async () => {
		await fc.assert(
			fc.asyncProperty(tokenAnswer, async (token) => {
				serve(
					[{ body: '{"status": {"code": "0000000"}, "result": {"data": {"itemId": "a"}}}' }],
					token,
				);
				await runOperation(
					Mogujie,
					new MogujieOAuth2Api(),
					storeMogujie(''),
					withOperation('item:get', { itemId: 'a' }),
				);
			}),
			{ numRuns: runs(TOKEN_RUNS) },
		);
	});
});

// Polling triggers ---------------------------------------------------------------------------------

describe.each([
	[
		'1688 Trigger',
		Alibaba1688Trigger as new () => INodeType,
		() => new Alibaba1688OAuth2Api(),
		() => store1688(),
		readReply1688,
	],
	[
		'Mogujie Trigger',
		MogujieTrigger as new () => INodeType,
		() => new MogujieOAuth2Api(),
		() => storeMogujie(),
		readReplyMogujie,
	],
])('%s on generated replies', (_name, Trigger, credentialType, store, reply) => {
	it.each(['trigger', 'manual'] as const)(
		'polls in %s mode: items, nothing, or a node error',
		async (mode) => {
			await fc.assert(
				fc.asyncProperty(replies(reply), fc.boolean(), async (answers, simplify) => {
					serve(answers);
					const context = createPollContext({
						credentialType: credentialType(),
						store: store(),
						parameters: {
							events: ['new', 'updated'],
							statuses: [],
							options: {},
							simplify,
							addYuan: simplify,
						},
						mode,
						// a position an hour back: one window to read
						staticData: { cursor: Date.now() - 3_600_000, since: 0, seen: {} },
					});
					await expectHandled(
						async () => await new Trigger().poll!.call(context as unknown as IPollFunctions),
						() => context.abort.abort(),
						JSON.stringify(answers).slice(0, 500),
					);
				}),
				{ numRuns: runs(RUNS) },
			);
		},
	);
});
