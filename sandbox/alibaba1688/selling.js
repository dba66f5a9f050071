// @ts-check
'use strict';

// The demo supplier's side at run time (issue 15): sending goods per line (the validated
// OpDeliverySendOrder.offline call), memos (alibaba.order.memoAdd), waybill use counts, and the
// controls that create sales orders. Every change stamps the order's modifyTime with the sandbox's
// now, so getSellerOrderList's modifyStartTime/modifyEndTime windows see it, and raises its topic:
// push.js pushes the seller-view twin for the supplier (and the buyer-view topic when the buyer is
// an account).
const { createOrders, priceCart } = require('./orders');
const { toTradeInfo } = require('./apis/trade-info');
const { toJson } = require('./json');
const { settleLines, unsentLines } = require('./lines');
const { statusTopicOf } = require('./push');
const { simulateOrders } = require('./activity');

/** "一个运单号最多使用15次" (OpDeliverySendOrder.offline 错误码 INVALID_PARAM). */
const MAX_WAYBILL_USES = 15;

/**
 * @typedef {{ order: import('./data').Order, items: import('./data').OrderItem[],
 *   entries: Array<{ sourceEntryId: string, amount: number, weight: number }> }} Sending
 * @typedef {{ at?: number, status?: string, buyerMemberId?: string }} SalesOrderSpec
 */

/**
 * The order as getSellerOrderList prints it, parsed as a client parses the reply (ids: idOfStr).
 * @param {import('./data').Order} order
 */
const sellerListView = (order) =>
	JSON.parse(toJson(toTradeInfo(order, { detail: false, seller: true })));

/**
 * @param {{ data: import('./data').SandboxData, clock: import('../common/clock').Clock,
 *   random: import('../common/prng').Random,
 *   pusher: { raise: (event: import('./push').RaisedEvent) => void },
 *   activity: ReturnType<typeof import('./activity').createActivity> }} deps
 */
function createSelling({ data, clock, random, pusher, activity }) {
	/** @type {Map<string, number>} waybill number → sends that used it */
	const waybillUses = new Map();

	/** Raises the topic of the order's current status (push.js adds the seller view). @param {import('./data').Order} order */
	function announce(order) {
		const type = statusTopicOf(order);
		if (type !== undefined) pusher.raise({ type, orderId: order.id });
	}

	/**
	 * Sends goods (already validated by apis/selling.js): one parcel per order with the listed lines,
	 * all under one logistics id (合并发货, "多个订单一次发货"). An order whose every line left is
	 * waitbuyerreceive (allDeliveredTime = the send time) and raises ANNOUNCE_SENDGOODS. Some lines
	 * only: those lines are waitbuyerreceive with logisticsStatus 2, the order stays waitsellersend
	 * and raises PART_PART_SENDGOODS (INFERRED: the page says it ships per line; how a partly sent
	 * order looks is not documented; the topic names say a partial shipment is announced).
	 * @param {Sending[]} sendings
	 * @param {{ carrier: import('./catalog').Carrier, billNo: string, sentAt: number }} parcel
	 * @returns {string} the logistics id (BX + the package id, as getLogisticsInfos prints it)
	 */
	function sendGoods(sendings, { carrier, billNo, sentAt }) {
		const now = clock.now();
		const id = data.ids.shipment();
		waybillUses.set(billNo, (waybillUses.get(billNo) ?? 0) + 1);
		for (const { order, items } of sendings) {
			/** @type {import('./data').Shipment} */
			const shipment = {
				id,
				billNo,
				companyId: carrier.id,
				companyName: carrier.name,
				companyCode: carrier.code,
				deliveredTime: sentAt,
				subItemIds: items.map((i) => i.subItemID),
			};
			if (order.packages.length === 0) order.shipment = shipment;
			order.packages.push(shipment);
			order.modifyTime = now;
			if (unsentLines(order).length === 0) {
				order.status = 'waitbuyerreceive';
				order.allDeliveredTime = sentAt;
				settleLines(order);
				announce(order);
			} else {
				for (const item of items) item.status = 'waitbuyerreceive';
				pusher.raise({ type: 'ORDER_BUYER_VIEW_PART_PART_SENDGOODS', orderId: order.id });
			}
		}
		return `BX${id}`;
	}

	/**
	 * alibaba.order.memoAdd: "授权用户为卖家修改卖家备忘，授权用户为买家修改买家备忘…备注内容将覆盖前一次调用".
	 * The order's modifyTime moves (INFERRED, so a polling trigger sees the change); a seller's memo
	 * raises ORDER_MODIFY_MEMO (1688订单备注修改（卖家视角）) for the seller.
	 * @param {import('./data').Order} order @param {'seller' | 'buyer'} role
	 * @param {string} memo @param {string} remarkIcon
	 */
	function setMemo(order, role, memo, remarkIcon) {
		const now = clock.now();
		order.memos = { ...order.memos, [role]: { memo, remarkIcon, at: now } };
		order.modifyTime = now;
		if (role === 'seller')
			pusher.raise({
				type: 'ORDER_MODIFY_MEMO',
				orderId: order.id,
				userInfo: order.seller.memberId,
			});
	}

	/** The published products the supplier sells (not search listings), with stock. */
	function shelf() {
		const own = (/** @type {import('./data').Product} */ p) =>
			p.seller.memberId === data.supplier.memberId &&
			!p.searchListing &&
			(p.status ?? 'published') === 'published' &&
			p.skus.some((s) => s.amountOnSale > 0);
		return [...data.products.filter(own), ...data.supplierCatalog.filter(own)];
	}

	/** @param {string | undefined} memberId */
	function buyerFor(memberId) {
		if (memberId === undefined) return random.pick(data.customers);
		const buyer = [...data.customers, ...data.buyers].find((b) => b.memberId === memberId);
		if (!buyer)
			throw new Error(
				`unknown buyer ${memberId}: one of the supplier's customers (data.customers) or data.buyers`,
			);
		return buyer;
	}

	/**
	 * Control: a new sales order of the demo supplier, created (and modified) at `at` (default sandbox
	 * now) by `buyerMemberId` (default one of its customers at random), 1-3 of its published products,
	 * waitbuyerpay unless `status` is given (then moved there at once, as createOrder does). Takes the
	 * stock; raises the status's topic once. Returns it as getSellerOrderList prints it.
	 * @param {SalesOrderSpec} [spec]
	 */
	function createSalesOrder(spec = {}) {
		const at = activity.timeOf(spec.at);
		const status = spec.status === undefined ? undefined : activity.statusOf(spec.status);
		const buyer = buyerFor(spec.buyerMemberId);
		const pool = shelf();
		const count = Math.min(
			pool.length,
			random.weighted([
				[1, 60],
				[2, 30],
				[3, 10],
			]),
		);
		/** @type {Array<{ product: import('./data').Product, sku: import('./data').Sku, quantity: number }>} */
		const cargos = [];
		for (let i = 0; i < count; i++) {
			const product = pool.splice(random.int(0, pool.length - 1), 1)[0];
			const sku = random.pick(product.skus.filter((s) => s.amountOnSale > 0));
			const quantity = Math.min(random.pick([1, 2, 5, 10, 20]), sku.amountOnSale);
			cargos.push({ product, sku, quantity });
		}
		if (cargos.length === 0) throw new Error('the demo supplier has nothing left in stock');
		const address = buyer.addresses[0];
		const [order] = createOrders(data, {
			buyer,
			address,
			carts: priceCart(cargos, address),
			now: at,
			flow: 'general',
		});
		if (status !== undefined && status !== 'waitbuyerpay') activity.apply(order, status, at);
		announce(order);
		return sellerListView(order);
	}

	/** Control: the supplier's sales orders, newest first (the seeded world's objects). */
	const salesOrders = () => data.orders.filter((o) => o.seller.memberId === data.supplier.memberId);

	/**
	 * Control: `newOrders` new sales orders (createSalesOrder) and `changes` lifecycle steps (a
	 * weighted next status of activity.js's NEXT_STATUSES) of distinct sales orders of the supplier
	 * created within RECENT_DAYS before `at` and not in a final status, all at `at` (default now);
	 * each raises its topic. The supplier's twin of simulateActivity.
	 * @param {{ newOrders?: number, changes?: number, at?: number }} [spec]
	 */
	function simulateSales(spec = {}) {
		const at = activity.timeOf(spec.at);
		return simulateOrders(spec, {
			at,
			orders: salesOrders(),
			random,
			apply: activity.apply,
			announce,
			create: () => createSalesOrder({ at }).baseInfo.idOfStr,
		});
	}

	return {
		sendGoods,
		setMemo,
		createSalesOrder,
		salesOrders,
		simulateSales,
		/** @param {string} billNo */
		waybillUses: (billNo) => waybillUses.get(billNo) ?? 0,
	};
}

/** @typedef {ReturnType<typeof createSelling>} SellingState */

module.exports = { createSelling, sellerListView, MAX_WAYBILL_USES };
