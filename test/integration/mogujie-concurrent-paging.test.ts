import { MogujieOAuth2Api } from '../../credentials/MogujieOAuth2Api.credentials';
import { Mogujie } from '../../nodes/Mogujie/Mogujie.node';
import { startMogujieSandbox } from '../../sandbox';
import type { Json } from '../support/json';
import { runNode } from '../../scripts/lib/n8n-context';
import { signedInMogujieCredential } from '../support/signed-in-credential';

// Get Many → Return All asks the pages after the first several at once (and, over a time range,
// the 12-hour windows too), against a sandbox that answers each request after a delay.

type Sandbox = Awaited<ReturnType<typeof startMogujieSandbox>>;
type Entry = Sandbox['requests'][number];

const credentialType = new MogujieOAuth2Api();
const ORDERS = 'xiaodian.trade.sold.get';
const ITEMS = 'xiaodian.item.onsale.get';
const DAY = 86_400_000;
let sb: Sandbox;
let tokens: Json;
let onAnswered: ((entry: Entry) => void) | undefined;

beforeAll(async () => {
	sb = await startMogujieSandbox({
		orderCount: 600,
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

const store = () => signedInMogujieCredential(sb, tokens);

async function run(parameters: Json): Promise<Json[]> {
	const { output } = await runNode(Mogujie, {
		credentialType,
		store: store(),
		parameters: { returnAll: true, addYuan: false, options: {}, ...parameters },
		timezone: 'Asia/Shanghai',
	});
	return output.map((item: { json: Json }) => item.json);
}

const orders = (extra: Json = {}) =>
	run({ resource: 'order', operation: 'getMany', filters: {}, ...extra });

type SandboxOrder = Sandbox['data']['orders'][number];
/** The demo shop's orders as Mogujie lists them: newest first by `timeOf` (ties: larger id first). */
const platformOrder = (
	timeOf: (o: SandboxOrder) => number,
	keep: (o: SandboxOrder) => boolean = () => true,
) =>
	sb.data.orders
		.filter((o) => o.sellerUserId === sb.demo.userId && keep(o))
		.sort((a, b) => timeOf(b) - timeOf(a) || (a.shopOrderId < b.shopOrderId ? 1 : -1))
		.map((o) => o.shopOrderId);

const calls = (method: string) => sb.requests.filter((r) => r.api === method);
const queries = () => calls(ORDERS).map((r) => JSON.parse(r.params.Params) as Json);
const peakInFlight = (entries: Entry[]) => Math.max(...entries.map((r) => r.inFlight));
const sorted = (pages: number[]) => [...pages].sort((a, b) => a - b);
const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('Mogujie Get Many, pages at once', () => {
	it('Order → Return All: every order in the platform order, each page once, at most 5 at once', async () => {
		const expected = platformOrder((o) => o.created);
		const pageCount = Math.ceil(expected.length / 50);
		expect(pageCount).toBeGreaterThan(8);

		const result = await orders();
		expect(result.map((o) => o.shopOrderId)).toEqual(expected);
		const pages = queries().map((q) => q.page as number);
		expect(pages[0]).toBe(1);
		expect(sorted(pages)).toEqual(range(1, pageCount));
		expect(peakInFlight(calls(ORDERS))).toBeLessThanOrEqual(5);
		expect(peakInFlight(calls(ORDERS))).toBeGreaterThan(1);
	});

	it('Order → Return All over 10 days: windows and pages at once, output in window then page order, as one at a time gives', async () => {
		const now = sb.clock.now();
		const start = now - 10 * DAY;
		const filters = {
			startUpdated: new Date(start).toISOString(),
			endUpdated: new Date(now).toISOString(),
		};
		const result = await orders({ filters, options: { maxConcurrentRequests: 3 } });
		const concurrent = calls(ORDERS);
		const asked = queries().map((q) => `${q.startUpdated}|${q.page}`);
		expect(new Set(asked).size).toBe(asked.length);
		expect(new Set(queries().map((q) => q.startUpdated)).size).toBe(20);
		expect(peakInFlight(concurrent)).toBeLessThanOrEqual(3);
		expect(peakInFlight(concurrent)).toBeGreaterThan(1);

		const ids = result.map((o) => o.shopOrderId);
		expect(new Set(ids).size).toBe(ids.length);
		const startSecond = Math.floor(start / 1000) * 1000;
		expect(ids).toEqual(
			platformOrder(
				(o) => o.updated,
				(o) => o.updated >= startSecond && o.updated <= now,
			),
		);

		sb.clearRequests();
		const oneAtATime = await orders({ filters, options: { maxConcurrentRequests: 1 } });
		expect(oneAtATime.map((o) => o.shopOrderId)).toEqual(ids);
		expect(peakInFlight(calls(ORDERS))).toBe(1);
		expect(calls(ORDERS)).toHaveLength(concurrent.length);
	});

	it('Order → a gateway failure in the middle: the page is asked again, nothing is lost or repeated', async () => {
		let armed = true;
		onAnswered = (entry) => {
			if (armed && entry.api === ORDERS && JSON.parse(entry.params.Params).page === 1) {
				armed = false;
				sb.injectFault({ match: ORDERS, kind: 'html502', times: 1 });
			}
		};
		const expected = platformOrder((o) => o.created);
		const result = await orders();
		expect(result.map((o) => o.shopOrderId)).toEqual(expected);
		const failed = calls(ORDERS).filter((r) => r.fault === 'html502');
		expect(failed).toHaveLength(1);
		const page = JSON.parse(failed[0].params.Params).page as number;
		const pageCount = Math.ceil(expected.length / 50);
		expect(sorted(queries().map((q) => q.page))).toEqual(sorted([...range(1, pageCount), page]));
	});

	it('Order → a Limit asks only the pages it needs', async () => {
		const result = await orders({ returnAll: false, limit: 120 });
		expect(result.map((o) => o.shopOrderId)).toEqual(platformOrder((o) => o.created).slice(0, 120));
		expect(sorted(queries().map((q) => q.page))).toEqual([1, 2, 3]);
	});

	it('Item → Return All: every item in the platform order, each page once, within Max Concurrent Requests', async () => {
		const expected = sb.data.items
			.filter((i) => i.sellerUserId === sb.demo.userId && i.isShelf === 0)
			.sort((a, b) => b.modified - a.modified || (a.itemId < b.itemId ? -1 : 1))
			.map((i) => i.itemId);
		const pageCount = Math.ceil(expected.length / 50);
		const items = await run({
			resource: 'item',
			operation: 'getMany',
			shelf: 'onSale',
			options: { maxConcurrentRequests: 2 },
		});
		expect(items.map((i) => i.itemId)).toEqual(expected);
		expect(sorted(calls(ITEMS).map((r) => Number(r.params.page)))).toEqual(range(1, pageCount));
		expect(peakInFlight(calls(ITEMS))).toBeLessThanOrEqual(2);
	});
});
