// @ts-check
'use strict';

// Things that happen to the demo shop's orders while the sandbox runs, so trigger nodes have
// something to notice: a new order (createOrder), an order moving on in its lifecycle
// (changeOrder), or a burst of both (simulateActivity). Every change stamps the order's
// `updated` time and the timestamps its new status implies, at whole seconds as the platform
// prints them, so xiaodian.trade.sold.get's time ranges see it at once. Random choices and ids
// come from the sandbox's own activity stream (seeded): the same seed and calls give the same orders.
const { EXPRESS_COMPANIES } = require('./couriers');
const {
	buildLines,
	trackingNumber,
	newestFirst,
	ORDER_STATUSES,
	COMMON_COURIERS,
} = require('./data/orders');
const { orderView } = require('./methods/views');

const DAY = 86400000;

/**
 * The sandbox's lifecycle (INFERRED from protocol §6.1's statuses and the seeded timelines): the
 * next statuses of each status with their weights; the first is the one changeOrder takes when no
 * status is given. Statuses without an entry are final.
 * @type {Partial<Record<import('./data/orders').OrderStatus, ReadonlyArray<readonly [import('./data/orders').OrderStatus, number]>>>}
 */
const NEXT_STATUSES = {
	ORDER_CREATED: [
		['ORDER_PAID', 80],
		['ORDER_CANCELLED', 20],
	],
	ORDER_PAID: [
		['ORDER_SHIPPED', 90],
		['ORDER_CLOSED', 10],
	],
	ORDER_SHIPPED: [['ORDER_RECEIVED', 1]],
	ORDER_RECEIVED: [['ORDER_COMPLETED', 1]],
};

/** Orders at most this old (by creation, before `at`) are the "recent" ones simulateActivity changes. */
const RECENT_DAYS = 30;

const PAID = new Set([
	'ORDER_PAID',
	'ORDER_SHIPPED',
	'ORDER_RECEIVED',
	'ORDER_COMPLETED',
	'ORDER_CLOSED',
]);
const SHIPPED = new Set(['ORDER_SHIPPED', 'ORDER_RECEIVED', 'ORDER_COMPLETED']);
const RECEIVED = new Set(['ORDER_RECEIVED', 'ORDER_COMPLETED']);

const seconds = (/** @type {number} */ ms) => Math.floor(ms / 1000) * 1000;

// The refundStatus values of item orders, in the PHP ERP's (lower) case; a refund shows only there,
// while the order keeps one of the seven order statuses.
const REFUND_STATUSES = [
	'return_goods_requested',
	'return_goods_agreed',
	'return_goods_shipped',
	'refund_requested',
	'refund_or_return_deal_agreed',
	'refund_or_return_seller_refused',
	'return_goods_seller_declare_not_received',
	'refund_completed',
	'refund_cancelled',
];

/**
 * @typedef {{ status?: string, refundStatus?: string, at?: number }} ChangeSpec
 * @typedef {{ newOrders?: number, changes?: number, at?: number }} ActivitySpec
 * @typedef {{ id: string, from: string, to: string }} Transition
 */

/** The order as xiaodian.trade.sold.get prints it (fields without a value left out). @param {import('./data/orders').Order} order */
const listView = (order) => JSON.parse(JSON.stringify(orderView(order)));

/**
 * @param {{ data: import('./data').MogujieData, clock: import('../common/clock').Clock,
 *   random: import('../common/prng').Random }} deps
 */
function createActivity({ data, clock, random }) {
	/** Every numeric id in use, so run-time ids never repeat a seeded one. */
	const taken = new Set(
		data.orders.flatMap((o) => [o.shopOrderId, o.payOrderId, ...o.lines.map((l) => l.itemOrderId)]),
	);
	const ids = {
		/** @param {string} lead @param {number} length */
		numeric: (lead, length) => {
			let id = lead + random.digits(length - lead.length);
			while (taken.has(id)) id = lead + random.digits(length - lead.length);
			taken.add(id);
			return id;
		},
	};

	/** @param {unknown} at */
	function timeOf(at) {
		if (at === undefined) return seconds(clock.now());
		if (typeof at !== 'number' || !Number.isFinite(at))
			throw new Error(`at must be epoch milliseconds, got ${String(at)}`);
		return seconds(at);
	}

	/** @param {unknown} status @returns {import('./data/orders').OrderStatus} */
	function statusOf(status) {
		if (!(/** @type {readonly unknown[]} */ (ORDER_STATUSES).includes(status))) {
			throw new Error(
				`unknown Mogujie order status ${String(status)}; one of ${ORDER_STATUSES.join(', ')}`,
			);
		}
		return /** @type {import('./data/orders').OrderStatus} */ (status);
	}

	/** @param {string} shopOrderId */
	function demoOrder(shopOrderId) {
		const order = data.ordersById.get(String(shopOrderId));
		if (!order) throw new Error(`no Mogujie sandbox order ${shopOrderId}`);
		if (order.sellerUserId !== data.demoSeller.userId)
			throw new Error(`order ${shopOrderId} is not an order of the demo shop`);
		return order;
	}

	/**
	 * Moves the order to `status` at `at` (whole seconds): `updated` and every timestamp the status
	 * implies and the order lacks (payTime, shipTime with a courier and tracking number,
	 * receiveTime); a closed order's lines are refunded.
	 * @param {import('./data/orders').Order} order @param {import('./data/orders').OrderStatus} status @param {number} at
	 */
	function apply(order, status, at) {
		if (at < order.created) throw new Error(`order ${order.shopOrderId} was created after ${at}`);
		order.orderStatus = status;
		order.updated = at;
		if (PAID.has(status) && order.payTime === undefined) order.payTime = at;
		if (SHIPPED.has(status) && order.shipTime === undefined) {
			order.shipTime = at;
			if (order.expressCode === undefined) {
				const code = random.weighted(COMMON_COURIERS);
				order.shipType = 0;
				order.expressCode = code;
				order.shipExpressId = trackingNumber(random, code);
				order.shipExpressName = EXPRESS_COMPANIES.find((c) => c.code === code)?.name;
			}
		}
		if (RECEIVED.has(status) && order.receiveTime === undefined) order.receiveTime = at;
		if (status === 'ORDER_CLOSED')
			for (const line of order.lines) line.refundStatus = 'refund_completed';
	}

	/**
	 * @param {string} shopOrderId an order of the demo shop
	 * @param {ChangeSpec} [spec] status: the new status (default: the first next status of its lifecycle); refundStatus: a refund state for every item order (the order status then stays unless status is given too); at: epoch ms (default: sandbox now)
	 */
	function changeOrder(shopOrderId, spec = {}) {
		const order = demoOrder(shopOrderId);
		const at = timeOf(spec.at);
		if (spec.refundStatus !== undefined) {
			if (!REFUND_STATUSES.includes(spec.refundStatus))
				throw new Error(
					`unknown refundStatus ${spec.refundStatus}; one of ${REFUND_STATUSES.join(', ')}`,
				);
			if (at < order.created) throw new Error(`order ${order.shopOrderId} was created after ${at}`);
			// a refund of the whole order: every item order carries it, the order status stays
			for (const line of order.lines) line.refundStatus = spec.refundStatus;
			order.updated = at;
			if (spec.status === undefined) return listView(order);
		}
		let status;
		if (spec.status === undefined) {
			const next = NEXT_STATUSES[order.orderStatus];
			if (!next)
				throw new Error(
					`order ${order.shopOrderId} is ${order.orderStatus}, a final status: give the status to move it to`,
				);
			status = next[0][0];
		} else status = statusOf(spec.status);
		apply(order, status, at);
		return listView(order);
	}

	/** @param {number} at @param {import('./data/orders').OrderStatus | undefined} status */
	function newOrder(at, status) {
		const buyer = random.pick(data.buyers);
		const lines = buildLines(
			random,
			/** @type {import('./data/ids').Ids} */ (/** @type {unknown} */ (ids)),
			data.items,
			random.weighted([
				[1, 70],
				[2, 22],
				[3, 8],
			]),
		);
		const goods = lines.reduce((sum, l) => sum + l.nowPrice * l.number, 0);
		const shipExpense = random.next() < 0.7 ? 0 : random.pick([600, 800, 1000]);
		/** @type {import('./data/orders').Order} */
		const order = {
			shopOrderId: ids.numeric('9', 14),
			payOrderId: ids.numeric('8', 14),
			sellerUserId: data.demoSeller.userId,
			orderStatus: 'ORDER_CREATED',
			created: at,
			updated: at,
			buyer,
			receiver: random.pick(buyer.addresses),
			shipType: 0,
			shipExpense,
			shopPromotionAmount: 0,
			platformPromotionAmount: 0,
			modifyPrice: 0,
			shopOrderPrice: goods + shipExpense,
			lines,
		};
		if (status !== undefined && status !== 'ORDER_CREATED') apply(order, status, at);
		data.orders.push(order);
		data.orders.sort(newestFirst);
		data.ordersById.set(order.shopOrderId, order);
		return order;
	}

	/** @param {{ at?: number, status?: string }} [spec] status default ORDER_CREATED (ORDER_PAID for a paid one); at default sandbox now */
	function createOrder(spec = {}) {
		const at = timeOf(spec.at);
		const status = spec.status === undefined ? undefined : statusOf(spec.status);
		return listView(newOrder(at, status));
	}

	/**
	 * `newOrders` new orders and `changes` lifecycle steps (a weighted next status) of distinct
	 * demo-shop orders created within RECENT_DAYS before `at` and not in a final status; fewer
	 * when there are not that many. All stamped `at` (whole seconds).
	 * @param {ActivitySpec} [spec]
	 */
	function simulateActivity(spec = {}) {
		const at = timeOf(spec.at);
		const wantedChanges = Math.max(0, Math.floor(spec.changes ?? 0));
		const wantedNew = Math.max(0, Math.floor(spec.newOrders ?? 0));
		const candidates = data.orders.filter(
			(o) =>
				o.sellerUserId === data.demoSeller.userId &&
				NEXT_STATUSES[o.orderStatus] !== undefined &&
				o.created <= at &&
				o.created >= at - RECENT_DAYS * DAY,
		);
		/** @type {Transition[]} */
		const transitions = [];
		while (transitions.length < wantedChanges && candidates.length > 0) {
			const order = candidates.splice(random.int(0, candidates.length - 1), 1)[0];
			const from = order.orderStatus;
			const next =
				/** @type {ReadonlyArray<readonly [import('./data/orders').OrderStatus, number]>} */ (
					NEXT_STATUSES[from]
				);
			const to = random.weighted(next);
			apply(order, to, at);
			transitions.push({ id: order.shopOrderId, from, to });
		}
		/** @type {string[]} */
		const created = [];
		for (let i = 0; i < wantedNew; i++) created.push(newOrder(at, undefined).shopOrderId);
		return { created, changed: transitions.map((t) => t.id), transitions };
	}

	return { changeOrder, createOrder, simulateActivity };
}

module.exports = { createActivity, NEXT_STATUSES, RECENT_DAYS, listView };
