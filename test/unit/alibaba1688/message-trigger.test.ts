import type { IWebhookFunctions } from 'n8n-workflow';

import { Alibaba1688MessageTrigger } from '../../../nodes/Alibaba1688MessageTrigger/Alibaba1688MessageTrigger.node';
import { signParamsOnly } from '../../../sandbox/alibaba1688/signature';
import { realReply } from '../../support/real-replies';
import { createWebhookContext } from '../../support/webhook-context';

const APP_SECRET = ['message', 'unit', 'secret'].join('-');
const credentials = {
	appKey: '8688001',
	appSecret: APP_SECRET,
	gatewayUrl: 'https://gw.open.1688.com',
};
const HOUR = 3_600_000;

function signedBody(message: string): string {
	const signature = signParamsOnly({ message }, APP_SECRET);
	return new URLSearchParams({ message, _aop_signature: signature }).toString();
}

async function deliver(message: object, parameters: Record<string, unknown> = {}) {
	const context = createWebhookContext({
		credentials,
		// 1688 prints order ids as bare 19-digit numbers, which a JS number cannot hold.
		rawBody: signedBody(JSON.stringify(message).replace('"ORDER_ID"', '3298765432109876543')),
		parameters,
	});
	const result = await new Alibaba1688MessageTrigger().webhook.call(
		context as unknown as IWebhookFunctions,
	);
	return { context, result };
}

const payMessage = (msgId: string, gmtBorn: number) => ({
	msgId,
	gmtBorn,
	type: 'ORDER_BUYER_VIEW_ORDER_PAY',
	userInfo: 'b2b-2200000000000',
	data: { orderId: 'ORDER_ID', currentStatus: 'waitsellersend' },
});

describe('1688 message trigger: late messages', () => {
	it('acknowledges a signed message older than Max Message Age with 200, starts nothing and logs it', async () => {
		const { context, result } = await deliver(payMessage('801', Date.now() - 25 * HOUR));
		// 1688 redelivers anything but 2xx, so a refusal would bring the message back again and again.
		expect(context.response.status).toBe(200);
		expect(result).toEqual({ noWebhookResponse: true });
		expect(context.logs).toEqual([['info', expect.stringMatching(/801.*older than 24 h/)]]);
		expect(context.staticData).toEqual({});
	});

	it('uses the age set in the options', async () => {
		const old = await deliver(payMessage('802', Date.now() - 3 * HOUR), {
			options: { maxMessageAgeHours: 2 },
		});
		expect(old.context.response.status).toBe(200);
		const fresh = await deliver(payMessage('803', Date.now() - 3 * HOUR), {
			options: { maxMessageAgeHours: 4 },
		});
		expect(fresh.result.workflowData?.[0]).toHaveLength(1);
	});

	it('starts the workflow for a message within the age, with the order id exact', async () => {
		const { context, result } = await deliver(payMessage('804', Date.now() - HOUR));
		expect(context.response.status).toBeUndefined();
		const [item] = result.workflowData?.[0] ?? [];
		expect(item.json).toMatchObject({ msgId: '804', type: 'ORDER_BUYER_VIEW_ORDER_PAY' });
		expect((item.json.data as { orderId: unknown }).orderId).toBe('3298765432109876543');
	});

	it('reads a real pushed message: 19-digit order id exact, msgId as text, gmtBorn as an ISO date', async () => {
		// The message form field of a 1688 push replayed in a public PHP test (2024-08).
		const { text } = realReply('1688', 'push.ORDER_BUYER_VIEW_ORDER_PAY');
		const context = createWebhookContext({
			credentials,
			rawBody: signedBody(text),
			parameters: { options: { maxMessageAgeHours: 0 } },
		});
		const result = await new Alibaba1688MessageTrigger().webhook.call(
			context as unknown as IWebhookFunctions,
		);
		const [item] = result.workflowData?.[0] ?? [];
		expect(item.json).toMatchObject({
			msgId: '92705609220',
			type: 'ORDER_BUYER_VIEW_ORDER_PAY',
			userInfo: 'b2b-221741213935443542',
			bornAt: '2024-08-09T01:44:24.904Z',
			data: {
				orderId: '2237938826932135493',
				currentStatus: 'waitsellersend',
				msgSendTime: '2024-08-09 09:44:24',
			},
		});
	});

	it.each([
		'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES',
		'ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES',
	])(
		'starts the workflow for a chosen refund topic, %s, with its documented data exact',
		async (type) => {
			// the topic page's 消息示例 is only the data object: here in a message envelope
			const { text: data } = realReply('1688', `push.${type}.doc-data`);
			const message = `{"msgId":"90000000001","gmtBorn":${Date.now()},"type":"${type}","userInfo":"b2b-9161839253fcc5","data":${data}}`;
			const context = createWebhookContext({
				credentials,
				rawBody: signedBody(message),
				parameters: { topics: [type] },
			});
			const result = await new Alibaba1688MessageTrigger().webhook.call(
				context as unknown as IWebhookFunctions,
			);
			const [item] = result.workflowData?.[0] ?? [];
			expect(item.json).toMatchObject({
				type,
				data: {
					// every digit of the bare number the page prints, which a JS number would round
					orderId: /"orderId":\s*(\d+)/.exec(data)?.[1],
					refundId: expect.any(String),
					refundAction: expect.any(String),
				},
			});
			const options = new Alibaba1688MessageTrigger().description.properties.find(
				(p) => p.name === 'topics',
			)?.options as Array<{ value: string; name: string }>;
			expect(options.find((o) => o.value === type)?.name).toMatch(/^Refund: /);
		},
	);
});
