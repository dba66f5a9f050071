import { Alibaba1688OAuth2Api } from '../../credentials/Alibaba1688OAuth2Api.credentials';
import { Alibaba1688 } from '../../nodes/Alibaba1688/Alibaba1688.node';
import { start1688Sandbox } from '../../sandbox';
import { runNode } from '../../scripts/lib/n8n-context';
import { signedInCredential } from '../support/signed-in-credential';

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;

const credentialType = new Alibaba1688OAuth2Api();
let sb: Sandbox;
let tokens: Record<string, string>;

beforeAll(async () => {
	sb = await start1688Sandbox({ orderCount: 30 });
	tokens = sb.issueTokens({ appKey: sb.demo.appKey });
});
afterAll(async () => {
	await sb.close();
});
beforeEach(() => sb.clearRequests());

function store(extra: Record<string, unknown> = {}) {
	return signedInCredential(sb, tokens, extra);
}

function call(
	namespace: string,
	apiName: string,
	params: unknown = {},
	options: Record<string, unknown> = {},
) {
	return {
		resource: 'customApiCall',
		operation: 'call',
		namespace,
		apiName,
		apiVersion: 1,
		parametersJson: typeof params === 'string' ? params : JSON.stringify(params),
		requiresAuth: true,
		options,
	};
}

const buyerView = (orderId: unknown, options: Record<string, unknown> = {}) =>
	call('com.alibaba.trade', 'alibaba.trade.get.buyerView', { webSite: '1688', orderId }, options);
const orderList = (options: Record<string, unknown> = {}) =>
	call('com.alibaba.trade', 'alibaba.trade.getBuyerOrderList', { page: 1, pageSize: 5 }, options);

async function failure(parameters: Record<string, unknown>, credentials = store()) {
	const error = await runNode(Alibaba1688, { credentialType, store: credentials, parameters }).then(
		() => undefined,
		(e: Error & { httpCode?: string; description?: string; context?: { itemIndex?: number } }) => e,
	);
	expect(error).toBeDefined();
	const text = `${error?.message} ${error?.description ?? ''}`;
	for (const secret of [sb.demo.appSecret, tokens.access_token, tokens.refresh_token])
		expect(text).not.toContain(secret);
	return error as Error & {
		httpCode?: string;
		description?: string;
		context?: { itemIndex?: number };
	};
}

function orderIdOf(ofBuyer: (memberId: string) => boolean): string {
	return sb.data.orders.find((o: { buyer: { memberId: string } }) => ofBuyer(o.buyer.memberId))
		?.id as string;
}

const apiCalls = () => sb.requests.filter((r) => r.api && !r.api.startsWith('system.oauth2'));

describe('1688 node: each failure a user can meet gives the platform code and the next step', () => {
	it('gw.APIACLDecline for an app without permission', async () => {
		const app = sb.createApp({ acl: ['com.alibaba.account:alibaba.account.basic'] });
		const own = sb.issueTokens({ appKey: app.appKey });
		const error = await failure(
			orderList(),
			store({ appKey: app.appKey, appSecret: app.appSecret, accessToken: own.access_token }),
		);
		expect(error.message).toMatch(
			/no permission to call com\.alibaba\.trade:alibaba\.trade\.getBuyerOrderList-1 \(ACL\) \(gw\.APIACLDecline\)\. In the 1688 open-platform console/,
		);
		expect(error.httpCode).toBe('400');
	});

	it('gw.ParamMissing names the API', async () => {
		const error = await failure(
			call('com.alibaba.trade', 'alibaba.trade.get.buyerView', { webSite: '1688' }),
		);
		expect(error.message).toMatch(
			/required parameter of com\.alibaba\.trade:alibaba\.trade\.get\.buyerView-1 is missing \(gw\.ParamMissing\)/,
		);
		expect(error.description).toMatch(/orderId/);
	});

	it('gw.APIUnsupported for an unknown API', async () => {
		const error = await failure(call('com.alibaba.trade', 'alibaba.trade.nothing'));
		expect(error.message).toMatch(
			/gw\.APIUnsupported\)\. Check the namespace, API name and version/,
		);
	});

	it('gw.NoUsageLeftError', async () => {
		sb.injectFault({ kind: 'noUsageLeft' });
		const error = await failure(orderList({ retry: true }));
		expect(error.message).toMatch(/quota .* used up \(gw\.NoUsageLeftError\)/);
		expect(apiCalls()).toHaveLength(1);
	});

	it('business errors inside HTTP 200: order.nopermission.buyer and 404', async () => {
		const error = await failure(buyerView(orderIdOf((member) => member !== sb.demo.memberId)));
		expect(error.message).toMatch(/order\.nopermission\.buyer.*another buyer account/);
		const missing = await failure(buyerView('1'));
		expect(missing.message).toMatch(/\(404/);
	});

	it('rate limits (gw.Qos*) are retried with backoff for reads and then succeed', async () => {
		sb.injectFault({
			match: 'com.alibaba.trade:alibaba.trade.getBuyerOrderList',
			kind: 'qos',
			times: 2,
		});
		const { output } = await runNode(Alibaba1688, {
			credentialType,
			store: store(),
			parameters: orderList({ retry: true }),
		});
		expect(output[0].json.totalRecord).toEqual(expect.any(Number));
		expect(apiCalls().map((r) => r.status)).toEqual([400, 400, 200]);
	});

	it('a rate-limited call without retry (a possible write) is sent once and explained', async () => {
		sb.injectFault({ kind: 'qos' });
		const error = await failure(orderList());
		expect(error.message).toMatch(
			/rate-limiting this app \(gw\.QosAppFrequencyLimit\)\. Run fewer requests/,
		);
		expect(apiCalls()).toHaveLength(1);
	});

	it.each([
		['html500', /HTML page \(HTTP 500\)\. The request may have reached 1688 and been carried out/],
		['html502', /HTML page \(HTTP 502\)\. The request may have reached 1688/],
		['nonJson', /not JSON \(HTTP 200\)\. The request may have reached 1688/],
		['truncatedJson', /not JSON \(HTTP 200\)\. The request may have reached 1688/],
	])(
		'%s: a possible write is sent once and may have run; a read is retried',
		async (kind, message) => {
			sb.injectFault({
				match: 'com.alibaba.trade:alibaba.trade.getBuyerOrderList',
				kind: kind as 'html500',
			});
			const error = await failure(orderList());
			expect(error.message).toMatch(message);

			sb.clearRequests();
			sb.injectFault({
				match: 'com.alibaba.trade:alibaba.trade.getBuyerOrderList',
				kind: kind as 'html500',
				times: 2,
			});
			const { output } = await runNode(Alibaba1688, {
				credentialType,
				store: store(),
				parameters: orderList({ retry: true }),
			});
			expect(output[0].json.totalRecord).toEqual(expect.any(Number));
			expect(apiCalls()).toHaveLength(3);
		},
	);

	it('a reset connection: retried for reads, reported as possibly executed for writes', async () => {
		sb.injectFault({ match: 'com.alibaba.trade:alibaba.trade.getBuyerOrderList', kind: 'reset' });
		const { output } = await runNode(Alibaba1688, {
			credentialType,
			store: store(),
			parameters: orderList({ retry: true }),
		});
		expect(output[0].json.totalRecord).toEqual(expect.any(Number));

		sb.injectFault({ match: 'com.alibaba.trade:alibaba.trade.getBuyerOrderList', kind: 'reset' });
		const error = await failure(orderList());
		expect(error.message).toMatch(
			/\(ECONNRESET\)\. The request may have reached 1688 and been carried out: check in 1688 before running it again/,
		);
	});

	it('a timeout is reported with the next step', async () => {
		sb.injectFault({ match: 'com.alibaba.trade:alibaba.trade.getBuyerOrderList', kind: 'timeout' });
		const error = await failure(orderList({ timeout: 1 }));
		expect(error.message).toMatch(
			/1688 did not answer com\.alibaba\.trade:alibaba\.trade\.getBuyerOrderList-1 within 1 s \(ECONNABORTED\)/,
		);
	});

	it('a gateway that is not reachable', async () => {
		const error = await failure(orderList(), store({ gatewayUrl: 'http://127.0.0.1:9' }));
		expect(error.message).toMatch(
			/\(ECONNREFUSED\)\. Check this machine's network and the credential's Gateway URL/,
		);
	});

	it('bad JSON in the parameters is a NodeOperationError naming the field', async () => {
		const error = await failure(
			call('com.alibaba.trade', 'alibaba.trade.getBuyerOrderList', '{"page": 1,'),
		);
		expect(error.name).toBe('NodeOperationError');
		expect(error.message).toMatch(/"Parameters JSON" is not a valid JSON object/);
		const array = await failure(
			call('com.alibaba.trade', 'alibaba.trade.getBuyerOrderList', '[1,2]'),
		);
		expect(array.message).toMatch(/expected a JSON object/);
		expect(sb.requests).toHaveLength(0);
	});

	it('continue on fail keeps going and pairs each error with its item', async () => {
		const good = buyerView(orderIdOf((member) => member === sb.demo.memberId));
		const { output } = await runNode(Alibaba1688, {
			credentialType,
			store: store(),
			items: [{ json: {} }, { json: {} }, { json: {} }],
			parameters: [good, buyerView('1'), call('x', 'y', '{')],
			continueOnFail: true,
		});
		expect(output.map((o: { pairedItem: unknown }) => o.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		// buyerView's success is a String on 1688 (its API page and the Java SDK)
		expect(output[0].json.success).toBe('true');
		expect(output[1].json.error).toMatch(/404/);
		expect(output[2].json.error).toMatch(/Parameters JSON/);
	});

	it('a failing item without continue on fail carries its item index', async () => {
		const error = await runNode(Alibaba1688, {
			credentialType,
			store: store(),
			items: [{ json: {} }, { json: {} }],
			parameters: [orderList(), buyerView('1')],
		}).then(
			() => undefined,
			(e: { context?: { itemIndex?: number } }) => e,
		);
		expect(error?.context?.itemIndex).toBe(1);
	});

	it('19-digit order ids keep every digit in both directions', async () => {
		const id = sb.data.orders.find(
			(o: { id: string; buyer: { memberId: string } }) =>
				o.id.length === 19 && o.buyer.memberId === sb.demo.memberId,
		)?.id as string;
		const parameters = { ...buyerView(''), parametersJson: `{"webSite":"1688","orderId":${id}}` };
		const { output } = await runNode(Alibaba1688, { credentialType, store: store(), parameters });
		expect(sb.requests[0].params.orderId).toBe(id);
		const result = output[0].json.result as { baseInfo: { id: unknown } };
		expect(result.baseInfo.id).toBe(id);
	});
});
