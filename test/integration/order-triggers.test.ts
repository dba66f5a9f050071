import { Alibaba1688OAuth2Api } from '../../credentials/Alibaba1688OAuth2Api.credentials';
import { MogujieOAuth2Api } from '../../credentials/MogujieOAuth2Api.credentials';
import { Alibaba1688Trigger } from '../../nodes/Alibaba1688Trigger/Alibaba1688Trigger.node';
import { MogujieTrigger } from '../../nodes/MogujieTrigger/MogujieTrigger.node';
import { start1688Sandbox, startMogujieSandbox } from '../../sandbox';
import {
	alibaba1688SandboxCredentialData,
	mogujieSandboxCredentialData,
} from '../../scripts/lib/sandbox-credentials';
import type { Json } from '../support/json';
import { startSandboxActivity } from '../../scripts/lib/sandbox-activity';
import { CredentialStore, createPollContext } from '../../scripts/lib/n8n-context';
import { delay } from '../support/sandbox-client';

type Poll = (
	staticData: Json,
	parameters?: Json,
	mode?: 'trigger' | 'manual',
) => Promise<Json[] | null>;

interface Platform {
	name: string;
	start: () => Promise<{ close: () => Promise<void> } & Json>;
	poll: (sb: Json) => Poll;
	idOf: (order: Json) => string;
	paidStatus: string;
	recentOrder: (sb: Json) => string;
	/** A new order in the sandbox (default: `sb.createOrder`), and activity in the past. */
	createOrder?: (sb: Json, spec: Json) => Json;
	simulate?: (sb: Json, spec: Json) => void;
}

interface TriggerSetup {
	credentialName: string;
	credential: { properties: unknown[] };
	trigger: { poll: (...args: never[]) => Promise<Array<Array<{ json: unknown }>> | null> };
	credentialData: (sb: never, overrides: Json) => Json;
	issueTokens: (sb: Json) => Json;
	defaults: Json;
}

/** Polls a trigger as n8n does, with a signed-in sandbox credential. */
function pollerFor(setup: TriggerSetup): (sb: Json) => Poll {
	return (sb) => {
		const tokens = setup.issueTokens(sb);
		const store = new CredentialStore(
			setup.credentialName,
			setup.credentialData(sb as never, {
				accessToken: tokens.access_token,
				refreshToken: tokens.refresh_token,
				session: '={{ "valid" }}',
			}),
		);
		return async (staticData, parameters = {}, mode = 'trigger') => {
			const context = createPollContext({
				credentialType: setup.credential,
				store,
				staticData,
				mode,
				parameters: {
					events: ['new', 'updated'],
					statuses: [],
					options: {},
					...setup.defaults,
					...parameters,
				},
			});
			const result = await setup.trigger.poll.call(context as never);
			return result ? result[0].map((item) => item.json as Json) : null;
		};
	};
}

const platforms: Platform[] = [
	{
		name: '1688',
		start: async () => (await start1688Sandbox({ orderCount: 200 })) as never,
		poll: pollerFor({
			credentialName: 'alibaba1688OAuth2Api',
			credential: new Alibaba1688OAuth2Api(),
			trigger: new Alibaba1688Trigger(),
			credentialData: alibaba1688SandboxCredentialData,
			issueTokens: (sb) => sb.issueTokens({ appKey: sb.demo.appKey }),
			defaults: { simplify: true },
		}),
		idOf: (order) => String(order.orderId),
		paidStatus: 'waitsellersend',
		recentOrder: (sb) =>
			sb.data.orders.find(
				(o: Json) => o.buyer.memberId === sb.demo.memberId && o.status === 'waitbuyerpay',
			)?.id,
	},
	{
		// the seller's view: the supplier's sales orders (getSellerOrderList)
		name: '1688 (sales orders)',
		start: async () => (await start1688Sandbox({ orderCount: 200 })) as never,
		poll: pollerFor({
			credentialName: 'alibaba1688OAuth2Api',
			credential: new Alibaba1688OAuth2Api(),
			trigger: new Alibaba1688Trigger(),
			credentialData: alibaba1688SandboxCredentialData,
			issueTokens: (sb) =>
				sb.issueTokens({ appKey: sb.demo.appKey, memberId: sb.supplier.memberId }),
			defaults: { simplify: true, orderView: 'seller' },
		}),
		idOf: (order) => String(order.orderId),
		paidStatus: 'waitsellersend',
		recentOrder: (sb) => sb.salesOrders().find((o: Json) => o.status === 'waitbuyerpay')?.id,
		createOrder: (sb, spec) => sb.createSalesOrder(spec),
		simulate: (sb, spec) => sb.simulateSales(spec),
	},
	{
		name: 'Mogujie',
		start: async () => (await startMogujieSandbox({ orderCount: 200 })) as never,
		poll: pollerFor({
			credentialName: 'mogujieOAuth2Api',
			credential: new MogujieOAuth2Api(),
			trigger: new MogujieTrigger(),
			credentialData: mogujieSandboxCredentialData,
			issueTokens: (sb) => sb.issueTokens({ appKey: sb.demo.appKey, rotate: false }),
			defaults: { addYuan: true },
		}),
		idOf: (order) => String(order.shopOrderId),
		paidStatus: 'ORDER_PAID',
		recentOrder: (sb) =>
			sb.data.orders.find((o: Json) => o.orderStatus === 'ORDER_CREATED')?.shopOrderId,
	},
];

describe.each(platforms)('$name Trigger against the sandbox', (platform) => {
	let sb: Json & { close: () => Promise<void> };
	let poll: Poll;

	// A sandbox per test: each test's changes stay out of the next test's first window.
	beforeEach(async () => {
		sb = await platform.start();
		poll = platform.poll(sb);
	});
	afterEach(async () => {
		await sb.close();
	});

	it('emits each new or changed order exactly once, across polls and restarts, and no history', async () => {
		const state: Json = {};
		expect(await poll(state)).toBeNull();
		expect(typeof state.cursor).toBe('number');

		const changedId = platform.recentOrder(sb);
		const created = (platform.createOrder ?? ((box, spec) => box.createOrder(spec)))(sb, {});
		sb.changeOrder(changedId, {});
		const createdId = platform.idOf(
			platform.name.startsWith('1688') ? { orderId: created.baseInfo.idOfStr } : created,
		);

		const first = await poll(state);
		expect(first?.map((o) => [o.event, platform.idOf(o)]).sort()).toEqual(
			[
				['new', createdId],
				['updated', String(changedId)],
			].sort(),
		);

		// the overlap lists both again: nothing new
		expect(await poll(state)).toBeNull();

		// a restart (static data saved and loaded): still nothing
		const restarted = JSON.parse(JSON.stringify(state));
		expect(await poll(restarted)).toBeNull();

		// the new order changes again: one "updated"
		sb.changeOrder(createdId, {});
		const second = await poll(restarted);
		expect(second?.map((o) => [o.event, platform.idOf(o)])).toEqual([['updated', createdId]]);
		expect(Object.keys(restarted.seen).length).toBeLessThan(20);
	});

	it('"Only These Statuses" and "Trigger On" filter what starts the workflow', async () => {
		const state: Json = {};
		await poll(state, { statuses: [platform.paidStatus] });
		const unpaid = (platform.createOrder ?? ((box, spec) => box.createOrder(spec)))(sb, {});
		const unpaidId = platform.idOf(
			platform.name.startsWith('1688') ? { orderId: unpaid.baseInfo.idOfStr } : unpaid,
		);
		const emitted = await poll(state, { statuses: [platform.paidStatus] });
		expect(emitted).toBeNull();
		sb.changeOrder(unpaidId, { status: platform.paidStatus });
		const paid = await poll(state, { statuses: [platform.paidStatus], events: ['updated'] });
		expect(paid?.map((o) => [o.event, platform.idOf(o)])).toEqual([['updated', unpaidId]]);
	});

	it('"Include Changes Since" emits the history once on activation', async () => {
		const since = new Date(sb.clock.now() - 3 * 3_600_000).toISOString();
		const spec = { newOrders: 3, changes: 2, at: sb.clock.now() - 3_600_000 };
		if (platform.simulate) platform.simulate(sb, spec);
		else sb.simulateActivity(spec);
		const state: Json = {};
		const history = await poll(state, { options: { includeSince: since } });
		expect(history?.length).toBeGreaterThanOrEqual(5);
		expect(new Set(history?.map((o) => `${platform.idOf(o)}`)).size).toBe(history?.length);
		expect(await poll(state)).toBeNull();
	});

	it('"Fetch test event" returns a sample and leaves the cursor alone', async () => {
		const state: Json = { cursor: 123, since: 100, seen: {} };
		const sample = await poll(state, {}, 'manual');
		expect(sample).toHaveLength(1);
		expect(state.cursor).toBe(123);
	});

	it('"Fetch test event" labels the sample with the event the trigger is set to, and picks one of the chosen statuses', async () => {
		const [asNew] = (await poll({}, { events: ['new'] }, 'manual')) ?? [];
		expect(asNew.event).toBe('new');
		const [asUpdated] = (await poll({}, { events: ['updated'] }, 'manual')) ?? [];
		expect(asUpdated.event).toBe('updated');
		const [paid] =
			(await poll({}, { events: ['new'], statuses: [platform.paidStatus] }, 'manual')) ?? [];
		expect(Object.values(paid)).toContain(platform.paidStatus);
	});
});

describe('1688 Trigger: switching between purchase and sales orders', () => {
	it("starts the other list afresh instead of emitting its changes since the first list's cursor", async () => {
		const sb = (await start1688Sandbox({ orderCount: 100 })) as unknown as Json & {
			close: () => Promise<void>;
		};
		try {
			const poll = platforms[1].poll(sb);
			const state: Json = {};
			expect(await poll(state, { orderView: 'buyer' })).toBeNull();
			sb.createSalesOrder({});
			// a change in the activation's own second would count as new: the switch comes a second later
			await delay(1100);
			// on the buyer's list's state, the new sales order would count as a change since its cursor
			expect(await poll(state, { orderView: 'seller' })).toBeNull();
			expect(state.orderView).toBe('seller');
			const created = sb.createSalesOrder({});
			expect((await poll(state, { orderView: 'seller' }))?.map((o) => o.orderId)).toEqual([
				created.baseInfo.idOfStr,
			]);
		} finally {
			await sb.close();
		}
	});
});

describe('sandbox activity for activated triggers', () => {
	it('adds orders and changes over time until stopped', async () => {
		const sb = (await start1688Sandbox({ orderCount: 50 })) as unknown as Json & {
			close: () => Promise<void>;
		};
		const before = sb.data.orders.length;
		const stop = startSandboxActivity([sb as never], 100);
		await delay(450);
		stop();
		const grown = sb.data.orders.length;
		expect(grown).toBeGreaterThanOrEqual(before + 3);
		await delay(300);
		expect(sb.data.orders.length).toBe(grown);
		await sb.close();
	});
});
