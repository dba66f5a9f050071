import { createHmac } from 'crypto';

import {
	start1688Sandbox,
	MESSAGE_TOPICS,
	MESSAGE_TOPIC_GROUPS,
	NEXT_STATUSES as NEXT_1688,
	ORDER_STATUS_TOPICS,
} from '../../sandbox/alibaba1688';
import { format1688 } from '../../sandbox/alibaba1688/dates';
import { WRONG_SECRET } from '../../sandbox/alibaba1688/push';
import { formatDateTime } from '../../sandbox/common/beijing-time';
import { startMogujieSandbox, NEXT_STATUSES as NEXT_MOGUJIE } from '../../sandbox/mogujie';
import vectors from '../fixtures/vectors/1688-sign.json';
import { startPushReceiver } from '../support/push-receiver';
import { callApi, callMogujie } from '../support/sandbox-client';

type Sandbox1688 = Awaited<ReturnType<typeof start1688Sandbox>>;
type SandboxMogujie = Awaited<ReturnType<typeof startMogujieSandbox>>;
type Receiver = Awaited<ReturnType<typeof startPushReceiver>>;
type Params = Record<string, string>;
type TradeInfo = { baseInfo: Record<string, string> };
type MogujieOrder = Record<string, string>;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// 12:00 in Beijing; every seeded order was last modified at least a minute before this
const START_1688 = Date.UTC(2026, 0, 15, 4, 0, 0);
// 14:00 in Beijing
const START_MOGUJIE = Date.UTC(2024, 4, 20, 6, 0, 0);

/** The params-only rule of protocol §1.3 / §5.6, written out independently of the sandbox. */
function paramsOnlySignature(params: Params, secret: string): string {
	const factors = Object.entries(params)
		.filter(([key]) => key !== '_aop_signature')
		.map(([key, value]) => key + value)
		.sort();
	return createHmac('sha1', secret).update(factors.join(''), 'utf8').digest('hex').toUpperCase();
}

/** Every field of a form-urlencoded body, as a receiver reads it. */
function formFields(rawBody: string): Params {
	return Object.fromEntries(new URLSearchParams(rawBody));
}

function verifies(fields: Params, secret: string): boolean {
	const given = fields._aop_signature;
	return given !== undefined && given.toUpperCase() === paramsOnlySignature(fields, secret);
}

describe('sandbox changes for trigger tests', () => {
	describe('1688: createOrder, changeOrder, simulateActivity', () => {
		let sb: Sandbox1688;
		let token: string;

		const list = (params: Params = {}) =>
			callApi(sb.url, {
				namespace: 'com.alibaba.trade',
				name: 'alibaba.trade.getBuyerOrderList',
				appKey: sb.demo.appKey,
				appSecret: sb.demo.appSecret,
				params: { access_token: token, pageSize: '50', ...params },
			});
		const listed = async (params: Params) => {
			const res = await list(params);
			expect(res.status).toBe(200);
			return res.json.result as TradeInfo[];
		};
		const idsOf = (result: TradeInfo[]) => result.map((t) => t.baseInfo.idOfStr);
		const modifiedAt = (ms: number) => ({
			modifyStartTime: format1688(ms),
			modifyEndTime: format1688(ms),
		});
		const demoOrders = () => sb.data.orders.filter((o) => o.buyer.memberId === sb.demo.memberId);

		beforeAll(async () => {
			sb = await start1688Sandbox({ seed: 1688, orderCount: 300, startTime: START_1688 });
			token = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
		});

		afterAll(async () => {
			await sb.close();
		});

		it('createOrder: a waitbuyerpay order of the demo buyer created and modified at `at`, listed as returned', async () => {
			const at = START_1688 + 5 * MINUTE + 123;
			const created = sb.createOrder({ at });
			const info = created.baseInfo;
			expect(info.status).toBe('waitbuyerpay');
			expect(info.buyerID).toBe(sb.demo.memberId);
			expect(info.createTime).toBe(format1688(at));
			expect(info.modifyTime).toBe(format1688(at));
			expect(info.payTime).toBeUndefined();
			expect(sb.data.ordersById.get(info.idOfStr)?.modifyTime).toBe(at);

			// both ends inclusive, at the millisecond the API prints
			const byModify = await listed(modifiedAt(at));
			expect(idsOf(byModify)).toEqual([info.idOfStr]);
			expect(byModify[0]).toEqual(created);
			const byCreate = await listed({
				createStartTime: format1688(at),
				createEndTime: format1688(at),
			});
			expect(idsOf(byCreate)).toEqual([info.idOfStr]);
			expect(idsOf(await listed({ modifyEndTime: format1688(at - 1) }))).not.toContain(
				info.idOfStr,
			);
			expect(idsOf(await listed({ modifyStartTime: format1688(at + 1) }))).not.toContain(
				info.idOfStr,
			);
			// newest first: it heads the unfiltered list
			expect(idsOf(await listed({}))[0]).toBe(info.idOfStr);
		});

		it('createOrder with a status fills the timestamps that status implies', async () => {
			const at = START_1688 + 6 * MINUTE;
			const paid = sb.createOrder({ at, status: 'waitsellersend' }).baseInfo;
			expect(paid.status).toBe('waitsellersend');
			expect(paid.payTime).toBe(format1688(at));
			expect(paid.alipayTradeId).toMatch(/^\d{8}22001\d{15}$/);
			const done = sb.createOrder({ at, status: 'success' }).baseInfo;
			expect([done.payTime, done.allDeliveredTime, done.receivingTime, done.completeTime]).toEqual(
				Array(4).fill(format1688(at)),
			);
			expect(idsOf(await listed({ ...modifiedAt(at), orderStatus: 'success' }))).toEqual([
				done.idOfStr,
			]);
			expect(() => sb.createOrder({ at, status: 'shipped' })).toThrow(/unknown 1688 order status/);
		});

		it('createOrder without `at` uses the sandbox clock, and the list sees it at "now"', async () => {
			const before = sb.clock.now();
			const info = sb.createOrder().baseInfo;
			const after = sb.clock.now();
			const stamped = sb.data.ordersById.get(info.idOfStr)?.createTime ?? 0;
			expect(stamped).toBeGreaterThanOrEqual(before);
			expect(stamped).toBeLessThanOrEqual(after);
			expect(info.modifyTime).toBe(info.createTime);
			const now = sb.clock.now();
			const ids = idsOf(
				await listed({ modifyStartTime: format1688(before), modifyEndTime: format1688(now) }),
			);
			expect(ids).toContain(info.idOfStr);
		});

		it('changeOrder without a status takes the next status of the lifecycle, at `at`', async () => {
			const unpaid = demoOrders().find(
				(o) => o.status === 'waitbuyerpay' && o.createTime < START_1688,
			);
			const id = unpaid?.id ?? '';
			const createTime = format1688(unpaid?.createTime ?? 0);
			const at = START_1688 + 10 * MINUTE + 7;
			const changed = sb.changeOrder(id, { at }).baseInfo;
			expect(NEXT_1688.waitbuyerpay?.[0][0]).toBe('waitsellersend');
			expect(changed.status).toBe('waitsellersend');
			expect(changed.modifyTime).toBe(format1688(at));
			expect(changed.payTime).toBe(format1688(at));
			expect(changed.createTime).toBe(createTime);

			const byModify = await listed(modifiedAt(at));
			expect(idsOf(byModify)).toEqual([id]);
			expect(byModify[0].baseInfo).toEqual(changed);
			// its creation time is unchanged, so a creation window at `at` does not list it
			expect(idsOf(await listed({ createStartTime: format1688(at - MINUTE) }))).not.toContain(id);
			expect(idsOf(await listed({ orderStatus: 'waitsellersend', ...modifiedAt(at) }))).toEqual([
				id,
			]);

			// and on: shipped with a package, then received, then complete
			const shipped = sb.changeOrder(id, { at: at + HOUR }).baseInfo;
			expect(shipped.status).toBe('waitbuyerreceive');
			expect(shipped.allDeliveredTime).toBe(format1688(at + HOUR));
			expect(sb.data.ordersById.get(id)?.packages).toHaveLength(1);
			const received = sb.changeOrder(id, { at: at + 2 * HOUR }).baseInfo;
			expect(received.status).toBe('confirm_goods');
			expect(received.receivingTime).toBe(format1688(at + 2 * HOUR));
			const complete = sb.changeOrder(id, { at: at + 3 * HOUR }).baseInfo;
			expect(complete.status).toBe('success');
			expect(complete.completeTime).toBe(format1688(at + 3 * HOUR));
			expect(complete.payTime).toBe(format1688(at));
			expect(() => sb.changeOrder(id, { at: at + 4 * HOUR })).toThrow(/final status/);
		});

		it('changeOrder to a given status, and its refusals', async () => {
			const unpaid = demoOrders().filter(
				(o) => o.status === 'waitbuyerpay' && o.createTime < START_1688,
			);
			const id = unpaid[unpaid.length - 1].id;
			const at = START_1688 + 20 * MINUTE;
			const cancelled = sb.changeOrder(id, { status: 'cancel', at }).baseInfo;
			expect(cancelled.status).toBe('cancel');
			expect(cancelled.closeReason).toBe('buyerCancel');
			expect(cancelled.modifyTime).toBe(format1688(at));
			expect(cancelled.payTime).toBeUndefined();

			const other = sb.data.orders.find((o) => o.buyer.memberId !== sb.demo.memberId);
			expect(() => sb.changeOrder(other?.id ?? '', { at })).toThrow(
				/not an order of the demo buyer/,
			);
			expect(() => sb.changeOrder('1234', { at })).toThrow(/no 1688 sandbox order/);
			expect(() => sb.changeOrder(id, { status: 'paid', at })).toThrow(/unknown 1688 order status/);
			expect(() => sb.changeOrder(id, { status: 'success', at: START_1688 - 400 * DAY })).toThrow(
				/created after/,
			);
		});

		it('changeOrder without `at` stamps sandbox now, inside a window ending at now', async () => {
			const order = demoOrders().find(
				(o) => o.status === 'waitsellersend' && o.createTime < START_1688,
			);
			const before = sb.clock.now();
			const info = sb.changeOrder(order?.id ?? '').baseInfo;
			const now = sb.clock.now();
			const modified = sb.data.ordersById.get(info.idOfStr)?.modifyTime ?? 0;
			expect(modified).toBeGreaterThanOrEqual(before);
			expect(modified).toBeLessThanOrEqual(now);
			expect(
				idsOf(
					await listed({ modifyStartTime: format1688(modified), modifyEndTime: format1688(now) }),
				),
			).toContain(info.idOfStr);
		});

		it('simulateActivity: new orders and lifecycle steps, all at `at`, exactly what the window lists', async () => {
			const at = START_1688 + DAY;
			const before = new Map(demoOrders().map((o) => [o.id, o.status]));
			const activity = sb.simulateActivity({ newOrders: 3, changes: 5, at });
			expect(activity.created).toHaveLength(3);
			expect(activity.changed).toHaveLength(5);
			expect(new Set([...activity.created, ...activity.changed]).size).toBe(8);
			for (const id of activity.created) expect(before.has(id)).toBe(false);
			for (const t of activity.transitions) {
				expect(before.get(t.id)).toBe(t.from);
				const allowed = (NEXT_1688[t.from as keyof typeof NEXT_1688] ?? []).map(([s]) => s);
				expect(allowed).toContain(t.to);
			}

			const window = await listed(modifiedAt(at));
			expect(idsOf(window).sort()).toEqual([...activity.created, ...activity.changed].sort());
			for (const info of window) expect(info.baseInfo.modifyTime).toBe(format1688(at));
			const createdWindow = await listed({
				createStartTime: format1688(at),
				createEndTime: format1688(at),
			});
			expect(idsOf(createdWindow).sort()).toEqual([...activity.created].sort());
			for (const info of createdWindow) expect(info.baseInfo.status).toBe('waitbuyerpay');
		});

		it('simulateActivity changes only recent orders that can move on, and no more than there are', () => {
			const at = START_1688 + 2 * DAY;
			const activity = sb.simulateActivity({ changes: 10000, at });
			expect(activity.created).toEqual([]);
			expect(activity.changed.length).toBeGreaterThan(0);
			for (const id of activity.changed) {
				const order = sb.data.ordersById.get(id);
				expect(order?.createTime).toBeGreaterThanOrEqual(at - 30 * DAY);
			}
			const movable = demoOrders().filter(
				(o) =>
					o.createTime >= at - 30 * DAY && NEXT_1688[o.status] !== undefined && o.modifyTime !== at,
			);
			expect(movable).toEqual([]);
		});

		it('is deterministic per seed', async () => {
			const run = async (seed: number) => {
				const other = await start1688Sandbox({ seed, orderCount: 300, startTime: START_1688 });
				try {
					const one = other.createOrder({ at: START_1688 + MINUTE });
					const changed = other.changeOrder(other.data.examples.unpaidOrderIds[0], {
						at: START_1688 + 2 * MINUTE,
					});
					const activity = other.simulateActivity({
						newOrders: 4,
						changes: 6,
						at: START_1688 + 3 * MINUTE,
					});
					return { one, changed, activity };
				} finally {
					await other.close();
				}
			};
			const first = await run(77);
			expect(await run(77)).toEqual(first);
			const different = await run(78);
			expect(different.one.baseInfo.idOfStr).not.toBe(first.one.baseInfo.idOfStr);
			expect(different.activity.created).not.toEqual(first.activity.created);
		});
	});

	describe('Mogujie: createOrder, changeOrder, simulateActivity', () => {
		let sb: SandboxMogujie;
		let token: string;

		const soldGet = async (query: Record<string, unknown>) => {
			const res = await callMogujie(sb.url, {
				appKey: sb.demo.appKey,
				appSecret: sb.demo.appSecret,
				method: 'xiaodian.trade.sold.get',
				accessToken: token,
				params: { Params: JSON.stringify({ pageSize: 50, ...query }) },
			});
			expect(res.json.status.code).toBe('0000000');
			return (res.json.result.data.openApiOrderDetailResDtos ?? []) as MogujieOrder[];
		};
		const idsOf = (orders: MogujieOrder[]) => orders.map((o) => o.shopOrderId);
		const updatedAt = (ms: number) => ({
			startUpdated: formatDateTime(ms),
			endUpdated: formatDateTime(ms),
		});
		const mine = () => sb.data.orders.filter((o) => o.sellerUserId === sb.demo.userId);

		beforeAll(async () => {
			sb = await startMogujieSandbox({ seed: 4399, orderCount: 400, startTime: START_MOGUJIE });
			token = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
		});

		afterAll(async () => {
			await sb.close();
		});

		it('createOrder: an ORDER_CREATED order of the demo shop at `at` (whole seconds), listed as returned', async () => {
			const at = START_MOGUJIE + 5 * MINUTE + 999;
			const created = sb.createOrder({ at });
			expect(created.orderStatus).toBe('ORDER_CREATED');
			expect(created.createdStr).toBe(formatDateTime(at));
			expect(created.updatedStr).toBe(formatDateTime(at));
			expect(created.payTimeStr).toBeUndefined();
			expect(sb.data.ordersById.get(created.shopOrderId)?.sellerUserId).toBe(sb.demo.userId);

			// start = end = the printed second: both ends inclusive
			const byUpdate = await soldGet(updatedAt(at));
			expect(idsOf(byUpdate)).toEqual([created.shopOrderId]);
			expect(byUpdate[0]).toEqual(created);
			const byCreate = await soldGet({
				startCreated: formatDateTime(at),
				endCreated: formatDateTime(at),
			});
			expect(idsOf(byCreate)).toEqual([created.shopOrderId]);
			expect(idsOf(await soldGet(updatedAt(at - SECOND)))).toEqual([]);
			expect(idsOf(await soldGet(updatedAt(at + SECOND)))).toEqual([]);
			expect(idsOf(await soldGet({}))[0]).toBe(created.shopOrderId);
		});

		it('createOrder with ORDER_PAID is paid at `at`', async () => {
			const at = START_MOGUJIE + 6 * MINUTE;
			const paid = sb.createOrder({ at, status: 'ORDER_PAID' });
			expect(paid.orderStatus).toBe('ORDER_PAID');
			expect(paid.payTimeStr).toBe(formatDateTime(at));
			expect(idsOf(await soldGet({ ...updatedAt(at), orderStatus: 'ORDER_PAID' }))).toEqual([
				paid.shopOrderId,
			]);
			expect(() => sb.createOrder({ at, status: 'PAID' })).toThrow(/unknown Mogujie order status/);
		});

		it('createOrder without `at` uses the sandbox clock, and the list sees it at "now"', async () => {
			const before = sb.clock.now();
			const created = sb.createOrder();
			const now = sb.clock.now();
			const stamped = sb.data.ordersById.get(created.shopOrderId)?.created ?? 0;
			expect(stamped).toBeGreaterThanOrEqual(Math.floor(before / SECOND) * SECOND);
			expect(stamped).toBeLessThanOrEqual(now);
			const ids = idsOf(
				await soldGet({ startUpdated: formatDateTime(before), endUpdated: formatDateTime(now) }),
			);
			expect(ids).toContain(created.shopOrderId);
		});

		it('changeOrder walks the lifecycle, each step listed at its update time', async () => {
			const order = mine().find(
				(o) => o.orderStatus === 'ORDER_CREATED' && o.created < START_MOGUJIE,
			);
			const id = order?.shopOrderId ?? '';
			const createdStr = formatDateTime(order?.created ?? 0);
			const at = START_MOGUJIE + 10 * MINUTE + 500;
			const paid = sb.changeOrder(id, { at });
			expect(NEXT_MOGUJIE.ORDER_CREATED?.[0][0]).toBe('ORDER_PAID');
			expect(paid.orderStatus).toBe('ORDER_PAID');
			expect(paid.updatedStr).toBe(formatDateTime(at));
			expect(paid.payTimeStr).toBe(formatDateTime(at));
			expect(paid.createdStr).toBe(createdStr);
			const byUpdate = await soldGet(updatedAt(at));
			expect(idsOf(byUpdate)).toEqual([id]);
			expect(byUpdate[0]).toEqual(paid);
			expect(
				idsOf(await soldGet({ startCreated: formatDateTime(at), endCreated: formatDateTime(at) })),
			).not.toContain(id);

			const shipped = sb.changeOrder(id, { at: at + HOUR });
			expect(shipped.orderStatus).toBe('ORDER_SHIPPED');
			expect(shipped.shipTimeStr).toBe(formatDateTime(at + HOUR));
			expect(shipped.shipExpressId).toEqual(expect.any(String));
			expect(shipped.shipExpressName).toEqual(expect.any(String));
			const received = sb.changeOrder(id, { at: at + 2 * HOUR });
			expect(received.orderStatus).toBe('ORDER_RECEIVED');
			expect(received.receiveTimeStr).toBe(formatDateTime(at + 2 * HOUR));
			const completed = sb.changeOrder(id, { at: at + 3 * HOUR });
			expect(completed.orderStatus).toBe('ORDER_COMPLETED');
			expect(completed.updatedStr).toBe(formatDateTime(at + 3 * HOUR));
			expect(idsOf(await soldGet(updatedAt(at + 3 * HOUR)))).toEqual([id]);
			expect(() => sb.changeOrder(id, { at: at + 4 * HOUR })).toThrow(/final status/);
		});

		it('changeOrder to a given status, and its refusals', async () => {
			const paid = mine().find((o) => o.orderStatus === 'ORDER_PAID' && o.created < START_MOGUJIE);
			const at = START_MOGUJIE + 20 * MINUTE;
			const closed = sb.changeOrder(paid?.shopOrderId ?? '', { status: 'ORDER_CLOSED', at });
			expect(closed.orderStatus).toBe('ORDER_CLOSED');
			expect(closed.updatedStr).toBe(formatDateTime(at));
			for (const line of closed.itemOrderInfos as unknown as Array<{ refundStatus: string }>) {
				expect(line.refundStatus).toBe('refund_completed');
			}
			expect(() => sb.changeOrder('90000000000000', { at })).toThrow(/no Mogujie sandbox order/);
			expect(() => sb.changeOrder(paid?.shopOrderId ?? '', { status: 'DONE', at })).toThrow(
				/unknown Mogujie order status/,
			);
		});

		it('changeOrder without `at` stamps sandbox now, inside a window ending at now', async () => {
			const order = mine().find((o) => o.orderStatus === 'ORDER_SHIPPED');
			const before = sb.clock.now();
			const changed = sb.changeOrder(order?.shopOrderId ?? '');
			const now = sb.clock.now();
			expect(changed.orderStatus).toBe('ORDER_RECEIVED');
			const ids = idsOf(
				await soldGet({ startUpdated: formatDateTime(before), endUpdated: formatDateTime(now) }),
			);
			expect(ids).toContain(changed.shopOrderId);
		});

		it('simulateActivity: new orders and lifecycle steps, all at `at`, exactly what the window lists', async () => {
			const at = START_MOGUJIE + 2 * HOUR + 250;
			const before = new Map(mine().map((o) => [o.shopOrderId, o.orderStatus]));
			const activity = sb.simulateActivity({ newOrders: 2, changes: 6, at });
			expect(activity.created).toHaveLength(2);
			expect(activity.changed).toHaveLength(6);
			for (const id of activity.created) expect(before.has(id)).toBe(false);
			for (const t of activity.transitions) {
				expect(before.get(t.id)).toBe(t.from);
				const allowed = (NEXT_MOGUJIE[t.from as keyof typeof NEXT_MOGUJIE] ?? []).map(([s]) => s);
				expect(allowed).toContain(t.to);
			}
			const window = await soldGet(updatedAt(at));
			expect(idsOf(window).sort()).toEqual([...activity.created, ...activity.changed].sort());
			for (const o of window) expect(o.updatedStr).toBe(formatDateTime(at));
			const createdWindow = await soldGet({
				startCreated: formatDateTime(at),
				endCreated: formatDateTime(at),
			});
			expect(idsOf(createdWindow).sort()).toEqual([...activity.created].sort());
		});

		it('is deterministic per seed', async () => {
			const run = async (seed: number) => {
				const other = await startMogujieSandbox({
					seed,
					orderCount: 400,
					startTime: START_MOGUJIE,
				});
				try {
					const one = other.createOrder({ at: START_MOGUJIE + MINUTE });
					const changed = other.changeOrder(other.data.examples.createdOrderId, {
						at: START_MOGUJIE + 2 * MINUTE,
					});
					const activity = other.simulateActivity({
						newOrders: 3,
						changes: 5,
						at: START_MOGUJIE + 3 * MINUTE,
					});
					return { one, changed, activity };
				} finally {
					await other.close();
				}
			};
			const first = await run(11);
			expect(await run(11)).toEqual(first);
			const different = await run(12);
			expect(different.one.shopOrderId).not.toBe(first.one.shopOrderId);
			expect(different.activity.created).not.toEqual(first.activity.created);
		});
	});

	describe('1688: pushMessage', () => {
		let sb: Sandbox1688;
		let receiver: Receiver;

		/** Answers as the official SDK's receiver: 204 when the signature verifies, 401 when not. */
		const sdkLike = (request: { rawBody: string }) =>
			verifies(formFields(request.rawBody), sb.demo.appSecret)
				? { status: 204 }
				: { status: 401, body: 'bad signature' };

		beforeAll(async () => {
			sb = await start1688Sandbox({ seed: 1688, orderCount: 300, startTime: START_1688 });
			receiver = await startPushReceiver({ respond: (request) => sdkLike(request) });
		});

		afterAll(async () => {
			await receiver.close();
			await sb.close();
		});

		beforeEach(() => {
			receiver.received.length = 0;
			sb.clearPushedMessages();
		});

		const lastReceived = () => receiver.received[receiver.received.length - 1];

		it('the verifier used here reproduces vector EX5', () => {
			const ex5 = vectors['EX5 push message (empty url path)'];
			expect(paramsOnlySignature(ex5.params, ex5.secret)).toBe(ex5.signature);
			expect(
				verifies({ ...ex5.params, _aop_signature: ex5.signature.toLowerCase() }, ex5.secret),
			).toBe(true);
		});

		it('exports the §5.6 topics', () => {
			expect(MESSAGE_TOPICS).toHaveLength(18);
			expect(MESSAGE_TOPICS).toContain('ORDER_BUYER_VIEW_BUYER_MAKE');
			expect(MESSAGE_TOPICS).toContain('ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS');
			expect(MESSAGE_TOPICS).toContain('ORDER_BATCH_PAY');
			expect(MESSAGE_TOPIC_GROUPS.logistics).toEqual([
				'LOGISTICS_BUYER_VIEW_TRACE',
				'LOGISTICS_MAIL_NO_CHANGE',
			]);
			expect(MESSAGE_TOPIC_GROUPS.product).toEqual([
				'PRODUCT_PRODUCT_INVENTORY_CHANGE',
				'PRODUCT_RELATION_VIEW_PRODUCT_CHANGE',
			]);
			expect([
				...MESSAGE_TOPIC_GROUPS.order,
				...MESSAGE_TOPIC_GROUPS.logistics,
				...MESSAGE_TOPIC_GROUPS.product,
			]).toEqual([...MESSAGE_TOPICS]);
			for (const topic of Object.values(ORDER_STATUS_TOPICS))
				expect(MESSAGE_TOPICS).toContain(topic);
		});

		it('POSTs a form with message and _aop_signature, signed over the exact text; the receiver answers 204', async () => {
			const order = sb.data.ordersById.get(sb.data.examples.unshippedOrderId ?? '');
			const before = sb.clock.now();
			const pushed = await sb.pushMessage({ url: receiver.url, orderId: order?.id });
			const after = sb.clock.now();
			expect(pushed.status).toBe(204);
			expect(pushed.body).toBe('');
			expect(pushed.msgId).toMatch(/^\d+$/);

			const request = lastReceived();
			expect(receiver.received).toHaveLength(1);
			expect(request.method).toBe('POST');
			expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
			const fields = formFields(request.rawBody);
			expect(Object.keys(fields).sort()).toEqual(['_aop_signature', 'message']);
			expect(fields.message).toBe(pushed.message);
			expect(fields._aop_signature).toMatch(/^[0-9A-F]{40}$/);
			const expected = createHmac('sha1', sb.demo.appSecret)
				.update(`message${pushed.message}`, 'utf8')
				.digest('hex')
				.toUpperCase();
			expect(fields._aop_signature).toBe(expected);

			const payload = JSON.parse(pushed.message);
			expect(Object.keys(payload)).toEqual(['msgId', 'type', 'userInfo', 'gmtBorn', 'data']);
			expect(String(payload.msgId)).toBe(pushed.msgId);
			expect(payload.type).toBe('ORDER_BUYER_VIEW_ORDER_PAY');
			expect(payload.userInfo).toBe(sb.demo.memberId);
			expect(payload.gmtBorn).toBeGreaterThanOrEqual(before);
			expect(payload.gmtBorn).toBeLessThanOrEqual(after);
			expect(Object.keys(payload.data)).toEqual([
				'orderId',
				'currentStatus',
				'msgSendTime',
				'buyerMemberId',
				'sellerMemberId',
			]);
			expect(payload.data).toMatchObject({
				currentStatus: 'waitsellersend',
				msgSendTime: formatDateTime(payload.gmtBorn),
				buyerMemberId: sb.demo.memberId,
				sellerMemberId: order?.seller.memberId,
			});
			// the order id is a bare JSON number with every digit, as 1688 prints Java longs
			expect(pushed.message).toContain(`"orderId":${order?.id},`);

			expect(sb.pushedMessages).toHaveLength(1);
			expect(sb.pushedMessages[0]).toMatchObject({
				url: receiver.url,
				type: 'ORDER_BUYER_VIEW_ORDER_PAY',
				msgId: pushed.msgId,
				message: pushed.message,
				signature: expected,
				form: request.rawBody,
				status: 204,
			});
		});

		it('reports an order as changeOrder left it', async () => {
			const id = sb.data.examples.unpaidOrderIds[1];
			const at = START_1688 + 30 * MINUTE;
			sb.changeOrder(id, { at });
			const pushed = await sb.pushMessage({
				url: receiver.url,
				type: ORDER_STATUS_TOPICS.waitsellersend,
				orderId: id,
			});
			expect(pushed.status).toBe(204);
			const payload = JSON.parse(pushed.message);
			expect(payload.type).toBe('ORDER_BUYER_VIEW_ORDER_PAY');
			expect(payload.data.currentStatus).toBe('waitsellersend');
			expect(pushed.message).toContain(`"orderId":${id},`);
		});

		it('sends the logistics topics in the models of their topic pages', async () => {
			const o = sb.data.ordersById.get(sb.data.examples.shippedOrderId ?? '');
			const pkg = o?.packages[0];
			const trace = await sb.pushMessage({
				url: receiver.url,
				type: 'LOGISTICS_BUYER_VIEW_TRACE',
				orderId: o?.id,
			});
			// fixture push.LOGISTICS_BUYER_VIEW_TRACE.doc-data.txt
			const traced = JSON.parse(trace.message).data.OrderLogisticsTracingModel;
			expect(Object.keys(traced).sort()).toEqual(
				['changeTime', 'cpCode', 'logisticsId', 'mailNo', 'orderLogsItems', 'statusChanged'].sort(),
			);
			expect(traced).toMatchObject({ logisticsId: `BX${pkg?.id}`, mailNo: pkg?.billNo });
			expect(trace.message).toContain(`"orderLogsItems":[{"orderId":${o?.id},"orderEntryId":`);
			const change = await sb.pushMessage({
				url: receiver.url,
				type: 'LOGISTICS_MAIL_NO_CHANGE',
				orderId: o?.id,
			});
			// fixture push.LOGISTICS_MAIL_NO_CHANGE.doc-data.txt: MailNoChangeModel
			const data = JSON.parse(change.message).data;
			expect(Object.keys(data)).toEqual(['MailNoChangeModel']);
			expect(Object.keys(data.MailNoChangeModel).sort()).toEqual(
				[
					'eventTime',
					'logisticsId',
					'newCpCode',
					'newMailNo',
					'oldCpCode',
					'oldMailNo',
					'orderLogsItems',
				].sort(),
			);
			expect(data.MailNoChangeModel).toMatchObject({
				logisticsId: `BX${pkg?.id}`,
				oldMailNo: pkg?.billNo,
				newMailNo: pkg?.billNo,
				eventTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
			});
		});

		it.each([
			['badSignature', true],
			['wrongSecret', true],
			['unsigned', false],
		] as const)(
			'forge %s: the signature does not verify and the receiver answers 401',
			async (forge, signed) => {
				const pushed = await sb.pushMessage({ url: receiver.url, forge });
				expect(pushed.status).toBe(401);
				expect(pushed.body).toBe('bad signature');
				const fields = formFields(lastReceived().rawBody);
				expect(fields.message).toBe(pushed.message);
				expect('_aop_signature' in fields).toBe(signed);
				expect(verifies(fields, sb.demo.appSecret)).toBe(false);
				if (forge === 'wrongSecret') expect(verifies(fields, WRONG_SECRET)).toBe(true);
				if (forge === 'badSignature') {
					expect(fields._aop_signature).toMatch(/^[0-9A-F]{40}$/);
					expect(fields._aop_signature).not.toBe(
						paramsOnlySignature({ message: pushed.message }, sb.demo.appSecret),
					);
				}
				expect(sb.pushedMessages[0]).toMatchObject({ forge, status: 401, body: 'bad signature' });
			},
		);

		it('returns whatever the receiver answers', async () => {
			const failing = await startPushReceiver({ respond: () => ({ status: 500, body: 'boom' }) });
			try {
				const pushed = await sb.pushMessage({ url: failing.url });
				expect(pushed).toMatchObject({ status: 500, body: 'boom' });
				expect(sb.pushedMessages[0]).toMatchObject({ status: 500, body: 'boom' });
			} finally {
				await failing.close();
			}
		});

		it('signs every parameter sent: extra parameters are in the form and in the signature', async () => {
			const pushed = await sb.pushMessage({ url: receiver.url, extraParams: { bizKey: 'k-1' } });
			expect(pushed.status).toBe(204);
			const fields = formFields(lastReceived().rawBody);
			expect(fields.bizKey).toBe('k-1');
			expect(verifies(fields, sb.demo.appSecret)).toBe(true);
			expect(fields._aop_signature).not.toBe(
				paramsOnlySignature({ message: pushed.message }, sb.demo.appSecret),
			);
		});

		it('takes msgId, data and other topics as given', async () => {
			const asString = await sb.pushMessage({
				url: receiver.url,
				msgId: '900001',
				type: 'ORDER_BUYER_VIEW_BUYER_MAKE',
			});
			expect(asString.msgId).toBe('900001');
			expect(
				asString.message.startsWith('{"msgId":"900001","type":"ORDER_BUYER_VIEW_BUYER_MAKE",'),
			).toBe(true);
			const asNumber = await sb.pushMessage({ url: receiver.url, msgId: 123456 });
			expect(asNumber.message.startsWith('{"msgId":123456,')).toBe(true);

			const data = { productIds: '1,2', status: 'RELATION_VIEW_PRODUCT_DELETE' };
			const product = await sb.pushMessage({
				url: receiver.url,
				type: 'PRODUCT_RELATION_VIEW_PRODUCT_CHANGE',
				data,
			});
			expect(JSON.parse(product.message).data).toEqual(data);
			const orderId = sb.data.examples.shippedOrderId ?? '';
			const merged = await sb.pushMessage({
				url: receiver.url,
				orderId,
				data: { currentStatus: 'success' },
			});
			expect(JSON.parse(merged.message).data).toMatchObject({
				currentStatus: 'success',
				buyerMemberId: sb.demo.memberId,
			});
			for (const push of [asString, asNumber, product, merged]) expect(push.status).toBe(204);
			expect(receiver.received.map((r) => formFields(r.rawBody).message)).toEqual(
				[asString, asNumber, product, merged].map((p) => p.message),
			);
		});

		it('gives each push its own msgId, the same sequence for the same seed', async () => {
			const sequence = async () => {
				const fresh = await start1688Sandbox({
					seed: 1688,
					orderCount: 300,
					startTime: START_1688,
				});
				try {
					const ids: string[] = [];
					for (let i = 0; i < 3; i++)
						ids.push((await fresh.pushMessage({ url: receiver.url })).msgId);
					return ids;
				} finally {
					await fresh.close();
				}
			};
			const first = await sequence();
			expect(new Set(first).size).toBe(3);
			expect(await sequence()).toEqual(first);
		});

		it('rejects when the receiver cannot be reached, and logs the attempt', async () => {
			const gone = await startPushReceiver();
			await gone.close();
			await expect(sb.pushMessage({ url: gone.url })).rejects.toThrow();
			expect(sb.pushedMessages[0]).toMatchObject({
				url: gone.url,
				status: null,
				error: expect.any(String),
			});
		});
	});

	describe('1688: subscribePush and shipOrder', () => {
		let sb: Sandbox1688;
		let receiver: Receiver;
		let unsubscribe: () => void;

		const demoOrders = () => sb.data.orders.filter((o) => o.buyer.memberId === sb.demo.memberId);
		const paidOrder = (skip = 0) =>
			demoOrders().filter((o) => o.status === 'waitsellersend' && o.packages.length === 0)[skip];
		/** What the subscription pushed, in the order raised: [type, data.orderId as text, currentStatus]. */
		const pushed = () =>
			sb.pushedMessages.map((m) => {
				const message = JSON.parse(m.message);
				const orderId = /"orderId":(\d+)/.exec(m.message)?.[1];
				return [m.type, orderId, message.data.currentStatus];
			});

		beforeAll(async () => {
			sb = await start1688Sandbox({ seed: 1688, orderCount: 300, startTime: START_1688 });
			receiver = await startPushReceiver({
				respond: (request) =>
					verifies(formFields(request.rawBody), sb.demo.appSecret)
						? { status: 204 }
						: { status: 401, body: 'bad signature' },
			});
		});

		afterAll(async () => {
			await sb.flushPushes();
			await receiver.close();
			await sb.close();
		});

		beforeEach(() => {
			receiver.received.length = 0;
			sb.clearPushedMessages();
			// the buyer-view topics: orders the demo supplier sold raise their seller-view twins too
			// (SELLER_ORDER_TOPICS, covered in sandbox-1688-selling.test.ts)
			unsubscribe = sb.subscribePush(receiver.url, { topics: MESSAGE_TOPICS });
		});

		afterEach(async () => {
			unsubscribe();
			await sb.flushPushes();
		});

		it('pushes each order the controls create or move, as its status topic, signed; flushPushes waits for the answers', async () => {
			const at = START_1688 + 30 * MINUTE;
			const created = sb.createOrder({ at }).baseInfo.idOfStr;
			sb.changeOrder(created, { at: at + MINUTE });
			sb.changeOrder(created, { status: 'waitbuyerreceive', at: at + 2 * MINUTE });
			sb.changeOrder(created, { at: at + 3 * MINUTE });
			await sb.flushPushes();
			expect(pushed()).toEqual([
				['ORDER_BUYER_VIEW_BUYER_MAKE', created, 'waitbuyerpay'],
				['ORDER_BUYER_VIEW_ORDER_PAY', created, 'waitsellersend'],
				['ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS', created, 'waitbuyerreceive'],
				['ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS', created, 'confirm_goods'],
			]);
			// every one answered (verified like pushMessage's) before flushPushes resolved
			expect(sb.pushedMessages.map((m) => m.status)).toEqual([204, 204, 204, 204]);
			expect(receiver.received).toHaveLength(4);
			for (const m of sb.pushedMessages) expect(m.url).toBe(receiver.url);
		});

		it('a move to waitlogisticstakein without a parcel raises nothing; shipping it later raises ANNOUNCE_SENDGOODS', async () => {
			const order = paidOrder();
			sb.changeOrder(order.id, { status: 'waitlogisticstakein' });
			sb.changeOrder(order.id, { status: 'waitlogisticstakein' });
			await sb.flushPushes();
			expect(pushed()).toEqual([]);
			sb.changeOrder(order.id, {});
			await sb.flushPushes();
			expect(order.packages).toHaveLength(1);
			expect(pushed()).toEqual([
				['ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS', order.id, 'waitbuyerreceive'],
			]);
		});

		it('shipOrder ships a paid order with the carrier and waybill given, and raises ANNOUNCE_SENDGOODS', async () => {
			const order = paidOrder();
			const at = sb.clock.now();
			const info = sb.shipOrder(order.id, {
				carrier: 'zto',
				waybill: '73100445500343',
				at,
			}).baseInfo;
			expect(info.status).toBe('waitbuyerreceive');
			expect(info.allDeliveredTime).toBe(format1688(at));
			expect(order.packages).toEqual([
				expect.objectContaining({
					companyCode: 'ZTO',
					companyName: '中通快递(ZTO)',
					billNo: '73100445500343',
					deliveredTime: at,
					subItemIds: order.items.map((i) => i.subItemID),
				}),
			]);
			await sb.flushPushes();
			expect(pushed()).toEqual([
				['ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS', order.id, 'waitbuyerreceive'],
			]);
			expect(sb.pushedMessages[0].status).toBe(204);

			// without a carrier: the one whose waybill check passes, or one at random with its own waybill
			const byWaybill = paidOrder();
			sb.shipOrder(byWaybill.id, { waybill: 'SF1234567890123' });
			expect(byWaybill.packages[0]).toMatchObject({ companyCode: 'SF', billNo: 'SF1234567890123' });
			const any = paidOrder();
			sb.shipOrder(any.id);
			expect(any.packages[0].billNo).toMatch(/\S{8,}/);
			expect(any.status).toBe('waitbuyerreceive');
		});

		it('shipOrder refuses an unpaid or shipped order, an unknown carrier and a waybill the carrier does not use', () => {
			const unpaid = demoOrders().find((o) => o.status === 'waitbuyerpay');
			expect(() => sb.shipOrder(unpaid?.id ?? '')).toThrow(/waitbuyerpay: only a paid order/);
			const shipped = demoOrders().find((o) => o.status === 'waitbuyerreceive');
			expect(() => sb.shipOrder(shipped?.id ?? '')).toThrow(/waitbuyerreceive/);
			const order = paidOrder();
			expect(() => sb.shipOrder(order.id, { carrier: 'NOPE' })).toThrow(/unknown carrier NOPE/);
			expect(() => sb.shipOrder(order.id, { carrier: 'SF', waybill: '123' })).toThrow(
				/not a waybill number of SF/,
			);
			expect(() => sb.shipOrder('1234')).toThrow(/no 1688 sandbox order/);
			expect(order.status).toBe('waitsellersend');
			expect(order.packages).toEqual([]);
		});

		it('simulateActivity raises a topic per status change and per new order, shipping included', async () => {
			const activity = sb.simulateActivity({ newOrders: 2, changes: 40 });
			await sb.flushPushes();
			const expected = [
				...activity.transitions
					.filter((t) => {
						const order = sb.data.ordersById.get(t.id);
						return !(t.to === 'waitlogisticstakein' && order?.packages.length === 0);
					})
					.map((t) => [ORDER_STATUS_TOPICS[t.to as keyof typeof ORDER_STATUS_TOPICS], t.id]),
				...activity.created.map((id) => ['ORDER_BUYER_VIEW_BUYER_MAKE', id]),
			];
			// (the logistics topics carry no currentStatus: type and order only)
			expect(pushed().map(([type, id]) => [type, id])).toEqual(expected);
			expect(sb.pushedMessages.every((m) => m.status === 204)).toBe(true);
			expect(activity.transitions.map((t) => t.to)).toContain('waitbuyerreceive');
		});

		it('keeps only the topics asked for, signs with the app asked for, and stops when unsubscribed', async () => {
			unsubscribe();
			const other = sb.createApp();
			const shipments = await startPushReceiver();
			const stop = sb.subscribePush(shipments.url, {
				appKey: other.appKey,
				topics: ['ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS'],
			});
			try {
				const order = paidOrder();
				sb.changeOrder(order.id, { status: 'cancel' });
				sb.shipOrder(paidOrder().id);
				await sb.flushPushes();
				expect(shipments.received).toHaveLength(1);
				const fields = formFields(shipments.received[0].rawBody);
				expect(JSON.parse(fields.message).type).toBe('ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS');
				expect(verifies(fields, other.appSecret)).toBe(true);
				expect(verifies(fields, sb.demo.appSecret)).toBe(false);
				stop();
				sb.shipOrder(paidOrder().id);
				await sb.flushPushes();
				expect(shipments.received).toHaveLength(1);
				expect(receiver.received).toHaveLength(0);
			} finally {
				stop();
				await shipments.close();
			}
			expect(() => sb.subscribePush('')).toThrow(/needs a url/);
			expect(() => sb.subscribePush(receiver.url, { appKey: 'nope' })).toThrow(/unknown app/);
			expect(() => sb.subscribePush(receiver.url, { topics: ['ORDER_SHIPPED'] })).toThrow(
				/unknown topics ORDER_SHIPPED/,
			);
		});
	});
});
