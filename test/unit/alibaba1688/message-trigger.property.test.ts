import fc from 'fast-check';
import type { IWebhookFunctions } from 'n8n-workflow';

import { Alibaba1688MessageTrigger } from '../../../nodes/Alibaba1688MessageTrigger/Alibaba1688MessageTrigger.node';
import { signParamsOnly } from '../../../sandbox/alibaba1688/signature';
import type { Json } from '../../support/json';
import {
	garbageBody,
	replyJsonText,
	replyObject,
	weirdNumber,
	weirdText,
	weirdValue,
} from '../../support/fuzz-arbitraries';
import { withoutUnhandledRejections } from '../../support/unhandled-rejections';
import { createWebhookContext } from '../../support/webhook-context';
import { runs } from '../../support/fuzz-runs';

const APP_SECRET = ['message', 'fuzz', 'secret'].join('-');
const credentials = {
	appKey: '8688001',
	appSecret: APP_SECRET,
	gatewayUrl: 'https://gw.open.1688.com',
};
const trigger = new Alibaba1688MessageTrigger();

/** Form fields as a receiver reads them back: what the signature must cover. */
const formText = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const received = (text: string) => Object.fromEntries(new URLSearchParams(text));

function signedBody(fields: Record<string, string>): string {
	const text = formText(fields);
	const signature = signParamsOnly(received(text), APP_SECRET);
	return `${text}&${formText({ _aop_signature: signature })}`;
}

async function deliver(options: Parameters<typeof createWebhookContext>[0]) {
	const context = createWebhookContext(options);
	const result = await trigger.webhook.call(context as unknown as IWebhookFunctions);
	return { context, result };
}

const extraFields = fc.dictionary(fc.string({ maxLength: 10 }), weirdText, {
	maxKeys: 3,
	noNullPrototype: true,
});
const messageText = fc.oneof(
	garbageBody,
	replyJsonText,
	replyObject.map((o) => JSON.stringify({ ...o, gmtBorn: Date.now() })),
	fc
		.record(
			{
				msgId: weirdValue,
				type: weirdValue,
				gmtBorn: fc.oneof(weirdNumber, weirdValue),
				data: replyObject,
			},
			{ requiredKeys: [] },
		)
		.map((o) => JSON.stringify(o)),
);
const parameters = fc.record(
	{
		topics: fc.oneof(
			fc.constant([]),
			fc.array(fc.constantFrom('ORDER_BUYER_VIEW_ORDER_PAY', 'ORDER_BATCH_PAY'), { maxLength: 2 }),
			weirdValue,
		),
		options: fc.oneof(
			fc.record(
				{ maxMessageAgeHours: fc.oneof(fc.constantFrom(0, 24), weirdNumber, weirdValue) },
				{ requiredKeys: [] },
			),
			weirdValue,
		),
	},
	{ requiredKeys: [] },
);

/** What the handler did: answered by itself (status), or started the workflow with one item. */
function expectHandled({ context, result }: Awaited<ReturnType<typeof deliver>>) {
	if ('workflowData' in result && result.workflowData) {
		expect(context.response.status).toBeUndefined();
		const items = result.workflowData[0] as Array<{ json: Json }>;
		expect(items).toHaveLength(1);
		const { json } = items[0];
		expect(typeof json.msgId).toBe('string');
		expect(typeof json.type).toBe('string');
		expect(json.bornAt === null || new Date(json.bornAt).toISOString() === json.bornAt).toBe(true);
		return 'started';
	}
	expect(result).toEqual({ noWebhookResponse: true });
	expect(context.response.ended).toBe(true);
	expect([200, 400, 401]).toContain(context.response.status);
	return context.response.status;
}

jest.setTimeout(30_000);

describe('1688 Message Trigger on any push', () => {
	it('refuses unsigned and forged messages with 401, whatever they carry', async () => {
		await fc.assert(
			fc.asyncProperty(
				extraFields,
				fc.option(messageText, { nil: undefined }),
				fc.oneof(fc.constant(undefined), weirdText, fc.stringMatching(/^[0-9A-Fa-f]{40}$/)),
				fc.dictionary(fc.string({ maxLength: 6 }), weirdValue, {
					maxKeys: 2,
					noNullPrototype: true,
				}),
				async (fields, message, signature, query) => {
					const form: Record<string, string> = { ...fields };
					if (message !== undefined) form.message = message;
					if (signature !== undefined) form._aop_signature = signature;
					const delivery = await withoutUnhandledRejections(
						async () => await deliver({ credentials, rawBody: formText(form), query }),
					);
					expect(expectHandled(delivery)).toBe(401);
				},
			),
			{ numRuns: runs(200) },
		);
	});

	it('answers every signed message, well-formed or not, or starts the workflow with one item', async () => {
		await fc.assert(
			fc.asyncProperty(extraFields, messageText, parameters, async (fields, message, params) => {
				const delivery = await withoutUnhandledRejections(
					async () =>
						await deliver({
							credentials,
							rawBody: signedBody({ ...fields, message }),
							parameters: params,
						}),
				);
				expectHandled(delivery);
			}),
			{ numRuns: runs(300) },
		);
	});

	it('refuses a request whose body n8n did not keep', async () => {
		for (const bodyData of [undefined, null, {}, 'text']) {
			expect(expectHandled(await deliver({ credentials, bodyData }))).toBe(401);
		}
	});

	// Regression (found by the property above in CI, seed 1699848615): a query or JSON body value
	// with a "toString" member threw a TypeError (String(object)) instead of answering 401.
	it('refuses query and body values that are objects with a "toString" member', async () => {
		const odd = { toString: false };
		expect(expectHandled(await deliver({ credentials, query: { '': odd } }))).toBe(401);
		expect(expectHandled(await deliver({ credentials, bodyData: { message: odd } }))).toBe(401);
	});

	// Regression: a signed message with a gmtBorn beyond what a date holds threw a RangeError.
	it.each([1e20, -1e20, 8.64e15 + 1])(
		'starts the workflow for gmtBorn %d with bornAt null',
		async (gmtBorn) => {
			const delivery = await deliver({
				credentials,
				rawBody: signedBody({
					message: JSON.stringify({ msgId: `m-${gmtBorn}`, type: 'ORDER_BATCH_PAY', gmtBorn }),
				}),
				parameters: { options: { maxMessageAgeHours: 0 } },
			});
			expect(expectHandled(delivery)).toBe('started');
			expect((delivery.result.workflowData?.[0][0].json as Json).bornAt).toBeNull();
		},
	);

	// Regression: msgId or type objects with a "toString" member threw a TypeError (String(object)).
	it('starts the workflow for a message whose msgId and type are objects', async () => {
		const delivery = await deliver({
			credentials,
			rawBody: signedBody({
				message: JSON.stringify({
					msgId: { toString: '' },
					type: { valueOf: 1 },
					gmtBorn: Date.now(),
				}),
			}),
		});
		expect(expectHandled(delivery)).toBe('started');
		expect(delivery.result.workflowData?.[0][0].json).toMatchObject({
			msgId: '{"toString":""}',
			type: '{"valueOf":1}',
		});
	});

	// Regression: Topics or Options set to null by an expression threw a TypeError.
	it('treats Topics and Options set to null as not set', async () => {
		const delivery = await deliver({
			credentials,
			rawBody: signedBody({
				message: JSON.stringify({ msgId: 'n1', type: 'ORDER_BATCH_PAY', gmtBorn: Date.now() }),
			}),
			parameters: { topics: null, options: null },
		});
		expect(expectHandled(delivery)).toBe('started');
	});
});
