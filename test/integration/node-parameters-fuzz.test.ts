import fc from 'fast-check';
import type { IExecuteFunctions, INodeType, IPollFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { Alibaba1688OAuth2Api } from '../../credentials/Alibaba1688OAuth2Api.credentials';
import { MogujieOAuth2Api } from '../../credentials/MogujieOAuth2Api.credentials';
import { Alibaba1688 } from '../../nodes/Alibaba1688/Alibaba1688.node';
import { Alibaba1688Trigger } from '../../nodes/Alibaba1688Trigger/Alibaba1688Trigger.node';
import { Mogujie } from '../../nodes/Mogujie/Mogujie.node';
import { MogujieTrigger } from '../../nodes/MogujieTrigger/MogujieTrigger.node';
import { start1688Sandbox, startMogujieSandbox } from '../../sandbox';
import { dateValue, mostly, weirdNumber, weirdText, weirdValue } from '../support/fuzz-arbitraries';
import type { Json } from '../support/json';
import {
	CredentialStore,
	createExecuteContext,
	createPollContext,
} from '../../scripts/lib/n8n-context';
import { settleWithin } from '../support/settle-within';
import { signedInCredential, signedInMogujieCredential } from '../support/signed-in-credential';
import { withoutUnhandledRejections } from '../support/unhandled-rejections';
import { runs } from '../support/fuzz-runs';

// Every operation of both nodes, run against the sandboxes with generated parameters (right and
// wrong types, unicode, huge and odd values): it resolves with items or fails with n8n's own error
// types and a message, in bounded time, with nothing left unhandled; with Continue On Fail the
// error becomes the item's output.

/** Far above a normal run against the loopback sandboxes (milliseconds), far below a hang. */
const BOUND_MS = 10_000;
jest.setTimeout(120_000);
const RUNS = 40;

type Sandbox1688 = Awaited<ReturnType<typeof start1688Sandbox>>;
type SandboxMogujie = Awaited<ReturnType<typeof startMogujieSandbox>>;

let sb1688: Sandbox1688;
let sbMogujie: SandboxMogujie;
let tokens1688: Record<string, string>;
let tokensMogujie: Json;
let ex1688: Json;
let exMogujie: Json;

beforeAll(async () => {
	[sb1688, sbMogujie] = await Promise.all([
		start1688Sandbox({ orderCount: 120 }),
		startMogujieSandbox({ orderCount: 120 }),
	]);
	tokens1688 = sb1688.issueTokens({ appKey: sb1688.demo.appKey });
	tokensMogujie = sbMogujie.issueTokens({ appKey: sbMogujie.demo.appKey });
	ex1688 = sb1688.data.examples;
	exMogujie = sbMogujie.data.examples;
});
afterAll(async () => {
	await Promise.all([sb1688?.close(), sbMogujie?.close()]);
});

interface Target {
	node: new () => INodeType;
	credentialType: Alibaba1688OAuth2Api | MogujieOAuth2Api;
	store: () => CredentialStore;
	secrets: () => string[];
}

const targets = {
	alibaba1688: (): Target => ({
		node: Alibaba1688,
		credentialType: new Alibaba1688OAuth2Api(),
		store: () => signedInCredential(sb1688, tokens1688),
		secrets: () => [sb1688.demo.appSecret, tokens1688.access_token, tokens1688.refresh_token],
	}),
	mogujie: (): Target => ({
		node: Mogujie,
		credentialType: new MogujieOAuth2Api(),
		store: () => signedInMogujieCredential(sbMogujie, tokensMogujie),
		secrets: () => [
			sbMogujie.demo.appSecret,
			tokensMogujie.access_token,
			tokensMogujie.refresh_token,
		],
	}),
};

const isNodeError = (error: unknown) =>
	error instanceof NodeOperationError || error instanceof NodeApiError;

function describeError(error: unknown): string {
	return error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error);
}

/** Runs the node once for `items` input items and checks the outcome against the rules above. */
async function expectHandled(
	target: Target,
	parameters: Json,
	{ continueOnFail = false, items = 1 } = {},
) {
	const context = createExecuteContext({
		credentialType: target.credentialType,
		store: target.store(),
		parameters,
		continueOnFail,
		items: Array.from({ length: items }, (_, i) => ({ json: { i } })),
	});
	const settled = await withoutUnhandledRejections(
		async () =>
			await settleWithin(
				new target.node().execute!.call(context as unknown as IExecuteFunctions),
				BOUND_MS,
			),
	);
	if (settled.status === 'timeout') {
		context.abort.abort(); // ends the run's requests, so a hang does not go on in the background
		throw new Error(`no outcome within ${BOUND_MS} ms for ${JSON.stringify(parameters)}`);
	}
	if (settled.status === 'rejected') {
		if (!isNodeError(settled.error)) {
			throw new Error(`failed with a plain error: ${describeError(settled.error)}`);
		}
		expect(continueOnFail).toBe(false);
		const { message } = settled.error as Error;
		expect(typeof message).toBe('string');
		expect(message.trim().length).toBeGreaterThan(10);
		for (const secret of target.secrets()) expect(message).not.toContain(secret);
		return;
	}
	const output = (settled.value as Array<Array<{ json: Json; pairedItem?: { item: number } }>>)[0];
	expect(Array.isArray(output)).toBe(true);
	for (const item of output) {
		expect(item.json !== null && typeof item.json === 'object' && !Array.isArray(item.json)).toBe(
			true,
		);
		expect(item.pairedItem?.item).toEqual(expect.any(Number));
		expect(item.pairedItem?.item).toBeLessThan(items);
		if (continueOnFail && 'error' in item.json && Object.keys(item.json).length === 1) {
			expect(typeof item.json.error).toBe('string');
			expect((item.json.error as string).trim()).not.toBe('');
		}
	}
}

const bool = mostly(fc.boolean());
const limit = mostly(fc.integer({ min: 1, max: 60 }));
const optionsOf = <T>(record: fc.Arbitrary<T>) =>
	fc.oneof({ weight: 4, arbitrary: record }, weirdValue);
const some = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) =>
	fc.record(fields, { requiredKeys: [] });

// The operation names; their generators need the running sandboxes' example ids.
const OPERATIONS_1688 = [
	'purchaseOrder:getMany',
	'purchaseOrder:get',
	'purchaseOrder:cancel',
	'purchaseOrder:preview',
	'purchaseOrder:create',
	'purchaseOrder:getPaymentUrl',
	'logistics:getInfo',
	'logistics:getTrace',
	'product:get',
	'product:getDetail',
	'product:search',
	'category:get',
	'account:getBasicInfo',
	'account:getAuthorizationUrl',
	'customApiCall:call',
];
const OPERATIONS_MOGUJIE = [
	'order:getMany',
	'order:get',
	'order:ship',
	'item:getMany',
	'item:get',
	'item:updateSkuStock',
	'category:getMany',
	'customApiCall:call',
];

// 1688 ---------------------------------------------------------------------------------------------

const orderId1688 = () =>
	mostly(
		fc.constantFrom(
			ex1688.shippedOrderId,
			ex1688.unshippedOrderId,
			ex1688.cancelledOrderId,
			ex1688.otherBuyerOrderId,
			ex1688.historyOrderIds[0],
			...ex1688.unpaidOrderIds.slice(0, 3),
			'1',
			'99999999999999999999',
		),
	);
const productId1688 = () =>
	mostly(fc.constantFrom(String(ex1688.productId), ex1688.productId, '1', '620201390233'));
const address1688 = optionsOf(
	some({
		addressId: weirdText,
		fullName: mostly(fc.constantFrom('张三', 'Zhang')),
		mobile: mostly(fc.constantFrom('13800000000')),
		provinceText: mostly(fc.constantFrom('浙江省')),
		cityText: mostly(fc.constantFrom('杭州市')),
		areaText: weirdText,
		address: mostly(fc.constantFrom('网商路 699 号')),
		postCode: weirdText,
		districtCode: weirdText,
	}),
);
const cargo1688 = () =>
	optionsOf(
		some({
			items: fc.oneof(
				fc.array(
					some({
						offerId: productId1688(),
						specId: mostly(fc.constantFrom(...ex1688.specIds.slice(0, 3))),
						quantity: mostly(fc.integer({ min: 1, max: 5 })),
					}),
					{ maxLength: 3 },
				),
				weirdValue,
			),
		}),
	);

const operations1688 = (): Record<string, fc.Arbitrary<Json>> => ({
	'purchaseOrder:getMany': some({
		returnAll: bool,
		limit,
		simplify: bool,
		filters: optionsOf(
			some({
				bizTypes: weirdText,
				createStartTime: dateValue,
				createEndTime: dateValue,
				modifyStartTime: dateValue,
				modifyEndTime: dateValue,
				isHis: bool,
				needBuyerAddressAndPhone: bool,
				needMemoInfo: bool,
				orderStatus: mostly(fc.constantFrom('waitbuyerpay', 'waitsellersend', 'success')),
				productName: weirdText,
				refundStatus: weirdValue,
				sellerMemberId: weirdText,
				tradeType: weirdValue,
			}),
		),
	}),
	'purchaseOrder:get': some({
		orderId: orderId1688(),
		simplify: bool,
		options: optionsOf(some({ includeFields: mostly(fc.constant(['NativeLogistics'])) })),
	}),
	'purchaseOrder:cancel': some({
		orderId: orderId1688(),
		cancelReason: mostly(fc.constantFrom('buyerCancel', 'other')),
		remark: weirdText,
	}),
	'purchaseOrder:preview': some({
		address: address1688,
		cargo: cargo1688(),
		flow: mostly(fc.constant('general')),
	}),
	'purchaseOrder:create': some({
		address: address1688,
		cargo: cargo1688(),
		flow: mostly(fc.constant('general')),
		message: weirdText,
	}),
	'purchaseOrder:getPaymentUrl': some({
		orderIds: mostly(
			fc.oneof(
				fc.constant(ex1688.unpaidOrderIds.slice(0, 2).join(', ')),
				fc.constant(ex1688.unpaidOrderIds.slice(0, 3)),
				fc.constant(Array.from({ length: 101 }, (_, i) => String(i + 1)).join(',')),
			),
		),
	}),
	'logistics:getInfo': some({
		orderId: orderId1688(),
		options: optionsOf(some({ fields: mostly(fc.constant(['company.name', 'sender'])) })),
	}),
	'logistics:getTrace': some({
		orderId: orderId1688(),
		options: optionsOf(some({ logisticsId: weirdValue })),
	}),
	'product:get': some({
		productId: productId1688(),
		webSite: mostly(fc.constantFrom('1688', 'alibaba')),
	}),
	'product:getDetail': some({
		productId: productId1688(),
		country: mostly(fc.constantFrom('en', 'ja')),
	}),
	'product:search': some({
		keyword: mostly(fc.constantFrom('饼干', 'cup', '')),
		returnAll: mostly(fc.constant(false)),
		limit,
		options: optionsOf(
			some({
				country: mostly(fc.constantFrom('en', 'ru')),
				categoryId: weirdValue,
				priceStart: weirdNumber,
				priceEnd: weirdNumber,
				maxConcurrentRequests: weirdNumber,
			}),
		),
	}),
	'category:get': some({ categoryId: mostly(fc.constantFrom(0, 1, 2)) }),
	'account:getBasicInfo': fc.constant({}),
	'account:getAuthorizationUrl': fc.constant({}),
	'customApiCall:call': some({
		namespace: mostly(fc.constantFrom('com.alibaba.trade', 'com.alibaba.account')),
		apiName: mostly(fc.constantFrom('alibaba.trade.get.buyerView', 'alibaba.account.basic')),
		apiVersion: mostly(fc.constant(1)),
		parametersJson: mostly(
			fc.oneof(
				fc.constant(`{"orderId": ${ex1688.shippedOrderId}, "webSite": "1688"}`),
				fc.jsonValue().map((v) => JSON.stringify(v)),
				fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
			),
		),
		requiresAuth: bool,
		options: optionsOf(
			some({ retry: mostly(fc.constant(false)), timeout: mostly(fc.integer({ min: 1, max: 30 })) }),
		),
	}),
});

// Mogujie -----------------------------------------------------------------------------------------

const orderIdMogujie = () =>
	mostly(
		fc.constantFrom(
			exMogujie.paidOrderId,
			exMogujie.shippedOrderId,
			exMogujie.cancelledOrderId,
			exMogujie.multiItemOrderId,
			'1',
		),
	);

const operationsMogujie = (): Record<string, fc.Arbitrary<Json>> => ({
	'order:getMany': some({
		returnAll: bool,
		limit,
		addYuan: bool,
		filters: optionsOf(
			some({
				startCreated: dateValue,
				endCreated: dateValue,
				startUpdated: dateValue,
				endUpdated: dateValue,
				orderStatus: mostly(fc.constantFrom('ORDER_PAID', 'ORDER_SHIPPED')),
			}),
		),
		options: optionsOf(some({ maxConcurrentRequests: weirdNumber })),
	}),
	'order:get': some({ orderId: orderIdMogujie(), addYuan: bool }),
	'order:ship': some({
		orderId: orderIdMogujie(),
		expressCode: mostly(fc.constantFrom('zhongtong', 'shunfeng')),
		expressId: mostly(fc.stringMatching(/^[A-Z0-9]{8,14}$/)),
	}),
	'item:getMany': some({
		shelf: mostly(fc.constantFrom('onSale', 'offShelf')),
		returnAll: bool,
		limit,
		addYuan: bool,
		options: optionsOf(some({ maxConcurrentRequests: weirdNumber })),
	}),
	'item:get': some({
		itemId: mostly(fc.constantFrom(exMogujie.itemId, exMogujie.offShelfItemId, 'zzzzzz')),
		addYuan: bool,
	}),
	'item:updateSkuStock': some({
		skuId: mostly(fc.constantFrom(...exMogujie.skuIds.slice(0, 2), 'nope')),
		stock: mostly(fc.integer({ min: 0, max: 500 })),
	}),
	'category:getMany': some({ parentId: mostly(fc.constantFrom('0', '1')), returnAll: bool, limit }),
	'customApiCall:call': some({
		method: mostly(
			fc.constantFrom('xiaodian.item.get', 'xiaodian.trade.sold.get', 'xiaodian.nope'),
		),
		parametersJson: mostly(
			fc.oneof(
				fc.constant(`{"itemId": "${exMogujie.itemId}"}`),
				fc.constant('{"Params": {"page": 1, "pageSize": 5}}'),
				fc.jsonValue().map((v) => JSON.stringify(v)),
			),
		),
		options: optionsOf(
			some({ retry: mostly(fc.constant(false)), timeout: mostly(fc.integer({ min: 1, max: 30 })) }),
		),
	}),
});

// ---------------------------------------------------------------------------------------------------

function withOperation(key: string, params: fc.Arbitrary<Json>) {
	const [resource, operation] = key.split(':');
	return params.map((p) => ({ resource, operation, ...(p as object) }));
}

describe.each([
	['1688', targets.alibaba1688, operations1688, OPERATIONS_1688],
	['Mogujie', targets.mogujie, operationsMogujie, OPERATIONS_MOGUJIE],
])('%s node with generated parameters', (_name, target, operations, keys) => {
	it('covers every operation', () => {
		expect(Object.keys(operations()).sort()).toEqual([...keys].sort());
	});

	it.each(keys)('%s: items or a node error, in bounded time', async (key) => {
		await fc.assert(
			fc.asyncProperty(withOperation(key, operations()[key]), async (parameters) => {
				await expectHandled(target(), parameters);
			}),
			{ numRuns: runs(RUNS) },
		);
	});

	it.each(keys)('%s with Continue On Fail: one output per failed item, paired', async (key) => {
		await fc.assert(
			fc.asyncProperty(withOperation(key, operations()[key]), async (parameters) => {
				await expectHandled(target(), parameters, { continueOnFail: true, items: 2 });
			}),
			{ numRuns: runs(Math.ceil(RUNS / 4)) },
		);
	});
});

// Polling triggers ---------------------------------------------------------------------------------

const triggerParameters = (statuses: string[]) =>
	some({
		events: mostly(fc.subarray(['new', 'updated'])),
		statuses: mostly(fc.subarray(statuses)),
		options: optionsOf(some({ includeSince: dateValue })),
		simplify: bool,
		addYuan: bool,
	});

describe.each([
	['1688 Trigger', () => targets.alibaba1688(), Alibaba1688Trigger, ['waitbuyerpay', 'success']],
	['Mogujie Trigger', () => targets.mogujie(), MogujieTrigger, ['ORDER_PAID', 'ORDER_SHIPPED']],
])('%s with generated parameters', (_name, target, Trigger, statuses) => {
	it.each(['trigger', 'manual'] as const)(
		'polls in %s mode, first activation: items, nothing, or a node error, in bounded time',
		async (mode) => {
			await fc.assert(
				fc.asyncProperty(triggerParameters(statuses), async (parameters) => {
					const { credentialType, store, secrets } = target();
					const context = createPollContext({ credentialType, store: store(), parameters, mode });
					const settled = await withoutUnhandledRejections(
						async () =>
							await settleWithin(
								new (Trigger as new () => INodeType)().poll!.call(
									context as unknown as IPollFunctions,
								),
								BOUND_MS,
							),
					);
					if (settled.status === 'timeout') {
						context.abort.abort();
						throw new Error(`no outcome within ${BOUND_MS} ms for ${JSON.stringify(parameters)}`);
					}
					if (settled.status === 'rejected') {
						if (!isNodeError(settled.error)) {
							throw new Error(`failed with a plain error: ${describeError(settled.error)}`);
						}
						const { message } = settled.error as Error;
						expect(message.trim().length).toBeGreaterThan(10);
						for (const secret of secrets()) expect(message).not.toContain(secret);
						return;
					}
					const output = settled.value as Array<Array<{ json: Json }>> | null;
					for (const item of output?.[0] ?? []) {
						expect(typeof item.json).toBe('object');
						expect(['new', 'updated']).toContain(item.json.event);
					}
				}),
				{ numRuns: runs(15) },
			);
		},
	);

	// Regression: a mistyped year in "Include Changes Since" meant a million requests.
	it('refuses an "Include Changes Since" of the year 0202 at once', async () => {
		const { credentialType, store } = target();
		const context = createPollContext({
			credentialType,
			store: store(),
			parameters: {
				events: ['new'],
				statuses: [],
				options: { includeSince: '0202-11-22T00:00:00' },
			},
		});
		await expect(
			new (Trigger as new () => INodeType)().poll!.call(context as unknown as IPollFunctions),
		).rejects.toThrow(/"Include Changes Since" is \d+ days ago/);
	});
});

// Regression: a mistyped year made Mogujie's Get Many split the range into a million 12-hour windows.
it('Mogujie Get Many refuses a range of more than 1,000 days at once', async () => {
	const { credentialType, store } = targets.mogujie();
	const context = createExecuteContext({
		credentialType,
		store: store(),
		parameters: {
			resource: 'order',
			operation: 'getMany',
			returnAll: true,
			filters: { startCreated: '0202-11-22T00:00:00' },
		},
	});
	await expect(new Mogujie().execute.call(context as unknown as IExecuteFunctions)).rejects.toThrow(
		/spans \d+ days: Mogujie is asked 12 hours at a time, so one run covers at most 1000 days/,
	);
});

// Regression: a Limit of NaN (from an expression) made the pager ask for pages forever.
it.each([
	[
		'1688',
		() => targets.alibaba1688(),
		{ resource: 'product', operation: 'search', keyword: 'a', options: {} },
	],
	['Mogujie', () => targets.mogujie(), { resource: 'order', operation: 'getMany', filters: {} }],
])('%s refuses a Limit of NaN at once', async (_name, target, parameters) => {
	const { credentialType, store, node } = target();
	const context = createExecuteContext({
		credentialType,
		store: store(),
		parameters: { ...parameters, returnAll: false, limit: Number.NaN },
	});
	await expect(new node().execute!.call(context as unknown as IExecuteFunctions)).rejects.toThrow(
		'"Limit" must be a whole number of 1 or more, not NaN',
	);
});
