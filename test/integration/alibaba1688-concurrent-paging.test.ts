import { Alibaba1688OAuth2Api } from '../../credentials/Alibaba1688OAuth2Api.credentials';
import { Alibaba1688 } from '../../nodes/Alibaba1688/Alibaba1688.node';
import { start1688Sandbox } from '../../sandbox';
import type { Json } from '../support/json';
import { runNode } from '../../scripts/lib/n8n-context';
import { signedInCredential } from '../support/signed-in-credential';

// Get Many → Return All asks the pages after the first several at once, against a sandbox that
// answers each request after a delay, so concurrent requests overlap on the sandbox's side.

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;
type Entry = Sandbox['requests'][number];

const credentialType = new Alibaba1688OAuth2Api();
const LIST_API = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList';
let sb: Sandbox;
let tokens: Record<string, string>;
/** Told of each answered request, e.g. to inject a fault once page 1 is answered. */
let onAnswered: ((entry: Entry) => void) | undefined;

beforeAll(async () => {
	sb = await start1688Sandbox({
		orderCount: 520,
		latencyMs: 40,
		onRequest: (entry) => onAnswered?.(entry),
	});
	tokens = sb.issueTokens({ appKey: sb.demo.appKey });
});
afterAll(async () => {
	await sb.close();
});
beforeEach(() => {
	sb.clearRequests();
	onAnswered = undefined;
});

async function run(parameters: Json): Promise<Json[]> {
	const { output } = await runNode(Alibaba1688, {
		credentialType,
		store: signedInCredential(sb, tokens),
		parameters: {
			resource: 'purchaseOrder',
			operation: 'getMany',
			returnAll: true,
			filters: {},
			simplify: true,
			options: {},
			...parameters,
		},
		timezone: 'Asia/Shanghai',
	});
	return output.map((item: { json: Json }) => item.json);
}

/** The demo buyer's orders as 1688 lists them (newest first). */
const platformOrder = (): string[] =>
	sb.data.orders.filter((o) => o.buyer.memberId === sb.demo.memberId).map((o) => o.id);

const listCalls = () => sb.requests.filter((r) => r.api === LIST_API);
const pagesAsked = () => listCalls().map((r) => Number(r.params.page));
const sorted = (pages: number[]) => [...pages].sort((a, b) => a - b);
const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => from + i);
const peakInFlight = (entries: Entry[]) => Math.max(...entries.map((r) => r.inFlight));

describe('1688 Purchase Order → Get Many, pages at once', () => {
	it('reads the credential from n8n once for all its pages, not once per page', async () => {
		const { output, context } = await runNode(Alibaba1688, {
			credentialType,
			store: signedInCredential(sb, tokens),
			parameters: { resource: 'purchaseOrder', operation: 'getMany', returnAll: true, filters: {} },
		});
		expect(output.length).toBe(platformOrder().length);
		expect(listCalls().length).toBeGreaterThan(8);
		expect(context.credentialReads()).toBe(1);
	});

	it('Return All: every order in the platform order, each page once, at most 5 requests at once by default', async () => {
		const expected = platformOrder();
		const pageCount = Math.ceil(expected.length / 50);
		expect(pageCount).toBeGreaterThan(8);

		const orders = await run({});
		expect(orders.map((o) => o.orderId)).toEqual(expected);
		expect(pagesAsked()[0]).toBe(1);
		expect(sorted(pagesAsked())).toEqual(range(1, pageCount));
		expect(listCalls().every((r) => r.params.pageSize === '50')).toBe(true);
		expect(peakInFlight(listCalls())).toBeLessThanOrEqual(5);
		expect(peakInFlight(listCalls())).toBeGreaterThan(1);
		// page 1 alone: it tells the total the other pages are planned from
		expect(listCalls()[0].inFlight).toBe(1);
	});

	it('Max Concurrent Requests caps the requests at once', async () => {
		const orders = await run({ options: { maxConcurrentRequests: 2 } });
		expect(orders.map((o) => o.orderId)).toEqual(platformOrder());
		expect(peakInFlight(listCalls())).toBe(2);

		sb.clearRequests();
		await run({ options: { maxConcurrentRequests: 1 } });
		expect(peakInFlight(listCalls())).toBe(1);
		expect(pagesAsked()).toEqual(range(1, Math.ceil(platformOrder().length / 50)));
	});

	it('a rate limit in the middle: the page is asked again, nothing is lost or repeated', async () => {
		let armed = true;
		onAnswered = (entry) => {
			if (armed && entry.api === LIST_API && entry.params.page === '1') {
				armed = false;
				sb.injectFault({ match: LIST_API, kind: 'qos', times: 1 });
			}
		};
		const orders = await run({});
		expect(orders.map((o) => o.orderId)).toEqual(platformOrder());

		const limited = listCalls().filter((r) => r.fault === 'qos');
		expect(limited).toHaveLength(1);
		const page = Number(limited[0].params.page);
		expect(page).toBeGreaterThan(1);
		const pageCount = Math.ceil(platformOrder().length / 50);
		expect(sorted(pagesAsked())).toEqual(sorted([...range(1, pageCount), page]));
		const answered = listCalls().filter((r) => r.fault === undefined);
		expect(sorted(answered.map((r) => Number(r.params.page)))).toEqual(range(1, pageCount));
	});

	it('after a rate limit, fewer requests at once (5 → 2)', async () => {
		sb.injectFault({ match: LIST_API, kind: 'qos', times: 1 });
		const orders = await run({});
		expect(orders.map((o) => o.orderId)).toEqual(platformOrder());
		expect(listCalls()[0]).toMatchObject({ fault: 'qos', params: { page: '1' } });
		const rest = listCalls().slice(1);
		expect(rest.filter((r) => r.params.page === '1')).toHaveLength(1);
		expect(peakInFlight(rest)).toBe(2);
	});

	it('a Limit asks only the pages it needs, each once', async () => {
		const orders = await run({ returnAll: false, limit: 260 });
		expect(orders.map((o) => o.orderId)).toEqual(platformOrder().slice(0, 260));
		expect(sorted(pagesAsked())).toEqual(range(1, 6));
		expect(peakInFlight(listCalls())).toBeGreaterThan(1);

		sb.clearRequests();
		expect(await run({ returnAll: false, limit: 30 })).toHaveLength(30);
		expect(listCalls().map((r) => [r.params.page, r.params.pageSize])).toEqual([['1', '30']]);
	});
});
