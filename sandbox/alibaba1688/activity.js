// @ts-check
'use strict';

// Things that happen to the demo buyer's orders while the sandbox runs, so trigger nodes have
// something to notice: a new order (createOrder), an order moving on in its lifecycle
// (changeOrder), or a burst of both (simulateActivity). Every change stamps the order's
// modifyTime and the timestamps its new status implies, so getBuyerOrderList's time filters
// see it at once. Random choices come from the sandbox's own activity stream (seeded), ids from
// the run-time id stream, so the same seed and the same calls give the same orders. Every order
// created or moved to another status is handed to `announce` (index.js raises its topic, push.js
// ORDER_STATUS_TOPICS); shipOrder ships a paid order with a given carrier and waybill.
const catalog = require('./catalog');
const { DEMO_BUYER, ORDER_STATUSES, totalFen } = require('./data');
const { priceCart, createOrders } = require('./orders');
const { toJson } = require('./json');
const { toTradeInfo } = require('./apis/trade-info');
const { settleLines, unsentLines } = require('./lines');

const DAY = 86400000;

/**
 * The sandbox's lifecycle (INFERRED from the status list of protocol §5.2 and the seeded
 * timelines): the next statuses of each status with their weights; the first is the one
 * changeOrder takes when no status is given. Statuses without an entry are final.
 * @type {Partial<Record<import('./data').OrderStatus, ReadonlyArray<readonly [import('./data').OrderStatus, number]>>>}
 */
const NEXT_STATUSES = {
	waitbuyerpay: [
		['waitsellersend', 80],
		['cancel', 20],
	],
	waitsellersend: [
		['waitbuyerreceive', 80],
		['waitlogisticstakein', 15],
		['terminated', 5],
	],
	waitlogisticstakein: [['waitbuyerreceive', 1]],
	waitbuyerreceive: [
		['confirm_goods', 75],
		['waitbuyersign', 25],
	],
	waitbuyersign: [['signinsuccess', 1]],
	signinsuccess: [['confirm_goods', 1]],
	confirm_goods: [['success', 1]],
};

/** Orders at most this old (by createTime, before `at`) are the "recent" ones simulateActivity changes. */
const RECENT_DAYS = 30;

const PAID = new Set([
	'waitsellersend',
	'waitlogisticstakein',
	'waitbuyerreceive',
	'waitbuyersign',
	'signinsuccess',
	'confirm_goods',
	'success',
	'terminated',
]);
const SHIPPED = new Set([
	'waitbuyerreceive',
	'waitbuyersign',
	'signinsuccess',
	'confirm_goods',
	'success',
]);
const RECEIVED = new Set(['signinsuccess', 'confirm_goods', 'success']);

/**
 * @typedef {{ status?: string, at?: number }} ChangeSpec
 * @typedef {{ newOrders?: number, changes?: number, at?: number }} ActivitySpec
 * @typedef {{ carrier?: string, waybill?: string, at?: number }} ShipSpec
 * @typedef {{ id: string, from: string, to: string }} Transition
 * @typedef {(typeof catalog.LOGISTICS_COMPANIES)[number]} Company
 */

/** The order as getBuyerOrderList prints it, parsed as a client parses the reply (ids: use idOfStr). @param {import('./data').Order} order */
const listView = (order) => JSON.parse(toJson(toTradeInfo(order, { detail: false })));

/**
 * A burst of activity (simulateActivity, and selling.js's simulateSales): `changes` lifecycle steps
 * (a weighted next status of NEXT_STATUSES) of distinct `orders` created within RECENT_DAYS before
 * `at` and not in a final status, then `newOrders` new orders from `create`; fewer changes when
 * there are not that many candidates. Every order moved to another status is announced. The random
 * draws come from `random` in this order, so the same seed gives the same run.
 * @param {ActivitySpec} spec
 * @param {{ at: number, orders: import('./data').Order[], random: import('../common/prng').Random,
 *   apply: (order: import('./data').Order, status: import('./data').OrderStatus, at: number) => void,
 *   announce: (order: import('./data').Order) => void, create: () => string }} run
 *   create: makes one new order at `at` and returns its id
 * @returns {{ created: string[], changed: string[], transitions: Transition[] }}
 */
function simulateOrders(spec, { at, orders, random, apply, announce, create }) {
	const wantedChanges = Math.max(0, Math.floor(spec.changes ?? 0));
	const wantedNew = Math.max(0, Math.floor(spec.newOrders ?? 0));
	const candidates = orders.filter(
		(o) =>
			NEXT_STATUSES[o.status] !== undefined &&
			o.createTime <= at &&
			o.createTime >= at - RECENT_DAYS * DAY,
	);
	/** @type {Transition[]} */
	const transitions = [];
	while (transitions.length < wantedChanges && candidates.length > 0) {
		const order = candidates.splice(random.int(0, candidates.length - 1), 1)[0];
		const from = order.status;
		const to = random.weighted(
			/** @type {ReadonlyArray<readonly [import('./data').OrderStatus, number]>} */ (
				NEXT_STATUSES[from]
			),
		);
		apply(order, to, at);
		if (to !== from) announce(order);
		transitions.push({ id: order.id, from, to });
	}
	/** @type {string[]} */
	const created = [];
	for (let i = 0; i < wantedNew; i++) created.push(create());
	return { created, changed: transitions.map((t) => t.id), transitions };
}

/**
 * @param {{ data: import('./data').SandboxData, clock: import('../common/clock').Clock,
 *   random: import('../common/prng').Random,
 *   announce?: (order: import('./data').Order) => void }} deps
 * announce: called with every order created, and every order moved to another status, after the change
 */
function createActivity({ data, clock, random, announce = () => undefined }) {
	/** @param {unknown} at */
	function timeOf(at) {
		if (at === undefined) return clock.now();
		if (typeof at !== 'number' || !Number.isFinite(at))
			throw new Error(`at must be epoch milliseconds, got ${String(at)}`);
		return Math.round(at);
	}

	/** @param {unknown} status @returns {import('./data').OrderStatus} */
	function statusOf(status) {
		if (!(/** @type {readonly unknown[]} */ (ORDER_STATUSES).includes(status))) {
			throw new Error(
				`unknown 1688 order status ${String(status)}; one of ${ORDER_STATUSES.join(', ')}`,
			);
		}
		return /** @type {import('./data').OrderStatus} */ (status);
	}

	/** An order of the demo buyer, or one the demo supplier sold (issue 15). @param {string} orderId */
	function demoOrder(orderId) {
		const order = data.ordersById.get(String(orderId));
		if (!order) throw new Error(`no 1688 sandbox order ${orderId}`);
		if (
			order.buyer.memberId !== DEMO_BUYER.memberId &&
			order.seller.memberId !== data.supplier.memberId
		)
			throw new Error(
				`order ${orderId} is not an order of the demo buyer nor a sales order of the demo supplier`,
			);
		return order;
	}

	/**
	 * A new package carrying every item, sent at `at`: with `parcel`'s carrier and waybill, else a
	 * carrier picked at random and a waybill it draws. An order shipped in part already (issue 15)
	 * gets a further package with the lines still to send, if any.
	 * @param {import('./data').Order} order @param {number} at
	 * @param {{ company: Company, billNo?: string }} [parcel]
	 */
	function ship(order, at, parcel) {
		const lines = order.packages.length === 0 ? order.items : unsentLines(order);
		if (lines.length === 0) return;
		const company = parcel?.company ?? random.pick(catalog.LOGISTICS_COMPANIES);
		/** @type {import('./data').Shipment} */
		const shipment = {
			id: data.ids.shipment(),
			billNo: parcel?.billNo ?? company.bill(random.digits),
			companyId: company.id,
			companyName: company.name,
			companyCode: company.code,
			deliveredTime: at,
			subItemIds: lines.map((i) => i.subItemID),
		};
		if (order.packages.length === 0) {
			order.shipment = shipment;
			order.packages = [shipment];
		} else order.packages.push(shipment);
	}

	/**
	 * Moves the order to `status` at `at`: modifyTime and every timestamp the status implies and
	 * the order lacks (payTime and the Alipay trade id, the shipment and allDeliveredTime,
	 * receivingTime, completeTime); a cancel gives the stock back, a termination refunds in full.
	 * A shipped status without a package ships one (`parcel`'s carrier and waybill when given).
	 * @param {import('./data').Order} order @param {import('./data').OrderStatus} status @param {number} at
	 * @param {{ company: Company, billNo?: string }} [parcel]
	 */
	function apply(order, status, at, parcel) {
		if (at < order.createTime) throw new Error(`order ${order.id} was created after ${at}`);
		const wasPaid = order.payTime !== undefined;
		const was = order.status;
		order.status = status;
		order.modifyTime = at;
		if (PAID.has(status) && order.payTime === undefined) {
			order.payTime = at;
			order.alipayTradeId = data.ids.alipayTradeId(at);
		}
		if (SHIPPED.has(status) && order.allDeliveredTime === undefined) {
			order.allDeliveredTime = at;
			if (order.packages.length === 0 || unsentLines(order).length > 0) ship(order, at, parcel);
		}
		// lines shipped ahead of the others (issue 15) follow the order again
		if (status !== was) settleLines(order);
		if (RECEIVED.has(status) && order.receivingTime === undefined) order.receivingTime = at;
		if (status === 'success' && order.completeTime === undefined) order.completeTime = at;
		if (status === 'cancel' && was !== 'cancel') {
			order.closeReason = order.closeReason ?? (wasPaid ? 'sellerGoodsLack' : 'buyerCancel');
			for (const item of order.items) item.sku.amountOnSale += item.quantity;
		}
		if (status === 'terminated') {
			order.closeReason = 'refund';
			order.refundFen = totalFen(order);
		}
	}

	/**
	 * @param {string} orderId an order of the demo buyer
	 * @param {ChangeSpec} [spec] status: the new status (default: the first next status of its lifecycle); at: epoch ms (default: sandbox now)
	 */
	function changeOrder(orderId, spec = {}) {
		const order = demoOrder(orderId);
		const at = timeOf(spec.at);
		let status;
		if (spec.status === undefined) {
			const next = NEXT_STATUSES[order.status];
			if (!next)
				throw new Error(
					`order ${order.id} is ${order.status}, a final status: give the status to move it to`,
				);
			status = next[0][0];
		} else status = statusOf(spec.status);
		const was = order.status;
		apply(order, status, at);
		if (order.status !== was) announce(order);
		return listView(order);
	}

	/** @param {unknown} carrier @returns {Company | undefined} */
	function companyOf(carrier) {
		if (carrier === undefined) return undefined;
		const code = String(carrier).trim().toUpperCase();
		const company = catalog.LOGISTICS_COMPANIES.find((c) => c.code === code);
		if (!company)
			throw new Error(
				`unknown carrier ${String(carrier)}; one of ${catalog.LOGISTICS_COMPANIES.map((c) => c.code).join(', ')}`,
			);
		return company;
	}

	/**
	 * The supplier ships a paid order (waitsellersend or waitlogisticstakein, no parcel yet): one
	 * package with every item, by `carrier` (a code of catalog.LOGISTICS_COMPANIES, e.g. ZTO; default
	 * one at random, or the first whose waybill check `waybill` passes) under `waybill` (default one
	 * the carrier draws), and the order waitbuyerreceive at `at` (default sandbox now).
	 * @param {string} orderId an order of the demo buyer @param {ShipSpec} [spec]
	 */
	function shipOrder(orderId, spec = {}) {
		const order = demoOrder(orderId);
		if (order.status !== 'waitsellersend' && order.status !== 'waitlogisticstakein')
			throw new Error(
				`order ${order.id} is ${order.status}: only a paid order not shipped yet (waitsellersend, waitlogisticstakein) can be shipped`,
			);
		if (order.packages.length > 0 && unsentLines(order).length === 0)
			throw new Error(`order ${order.id} has a parcel already`);
		const at = timeOf(spec.at);
		const billNo = spec.waybill === undefined ? undefined : String(spec.waybill).trim();
		let company = companyOf(spec.carrier);
		if (billNo !== undefined) {
			company ??= catalog.LOGISTICS_COMPANIES.find((c) => c.waybill.test(billNo));
			if (!company || !company.waybill.test(billNo))
				throw new Error(
					`waybill ${billNo} is not a waybill number of ${company?.code ?? 'any carrier'} (${String(company?.waybill ?? 'see catalog.LOGISTICS_COMPANIES')})`,
				);
		}
		apply(order, 'waitbuyerreceive', at, company && { company, billNo });
		announce(order);
		return listView(order);
	}

	/** @param {number} at @param {import('./data').OrderStatus | undefined} status */
	function newOrder(at, status) {
		const seller = random.pick(data.sellers);
		const offered = data.products.filter((p) => p.seller === seller && !p.searchListing);
		const pool = [...offered];
		const count = Math.min(
			pool.length,
			random.weighted([
				[1, 65],
				[2, 25],
				[3, 10],
			]),
		);
		/** @type {Array<{ product: import('./data').Product, sku: import('./data').Sku, quantity: number }>} */
		const cargos = [];
		for (let i = 0; i < count; i++) {
			const product = pool.splice(random.int(0, pool.length - 1), 1)[0];
			const sku = random.pick(product.skus);
			const wanted = Math.max(product.minOrderQuantity, random.pick([1, 2, 5, 10, 20, 50]));
			const quantity = Math.min(wanted, sku.amountOnSale);
			if (quantity >= Math.max(1, product.minOrderQuantity))
				cargos.push({ product, sku, quantity });
		}
		if (cargos.length === 0) throw new Error(`seller ${seller.memberId} has nothing left in stock`);
		const address = random.pick(DEMO_BUYER.addresses);
		const [order] = createOrders(data, {
			buyer: DEMO_BUYER,
			address,
			carts: priceCart(cargos, address),
			now: at,
			flow: 'general',
		});
		if (status !== undefined && status !== 'waitbuyerpay') apply(order, status, at);
		announce(order);
		return order;
	}

	/** @param {{ at?: number, status?: string }} [spec] status default waitbuyerpay; at default sandbox now */
	function createOrder(spec = {}) {
		const at = timeOf(spec.at);
		const status = spec.status === undefined ? undefined : statusOf(spec.status);
		return listView(newOrder(at, status));
	}

	/**
	 * `newOrders` new orders and `changes` lifecycle steps (a weighted next status) of distinct
	 * demo-buyer orders created within RECENT_DAYS before `at` and not in a final status; fewer
	 * when there are not that many. All stamped `at`.
	 * @param {ActivitySpec} [spec]
	 */
	function simulateActivity(spec = {}) {
		const at = timeOf(spec.at);
		return simulateOrders(spec, {
			at,
			orders: data.orders.filter((o) => o.buyer.memberId === DEMO_BUYER.memberId),
			random,
			apply,
			announce,
			create: () => newOrder(at, undefined).id,
		});
	}

	return { changeOrder, shipOrder, createOrder, simulateActivity, apply, timeOf, statusOf };
}

module.exports = { createActivity, simulateOrders, NEXT_STATUSES, RECENT_DAYS, listView };
