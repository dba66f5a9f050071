// @ts-check
'use strict';

// Seeded orders over the 60 days before the sandbox start, in every status, each with a
// plausible timeline (created → paid → shipped → received → completed, or cancelled / closed).
// Paid orders, the ones a seller ships, are mostly from today and yesterday (Beijing time).
const { startOfDay } = require('../../common/beijing-time');
const { EXPRESS_COMPANIES } = require('../couriers');
const { BUYER_COMMENTS, SELLER_COMMENTS } = require('./catalog');

const MINUTE = 60000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const HISTORY_DAYS = 60;

const ORDER_STATUSES = /** @type {const} */ ([
	'ORDER_CREATED',
	'ORDER_CANCELLED',
	'ORDER_PAID',
	'ORDER_SHIPPED',
	'ORDER_RECEIVED',
	'ORDER_COMPLETED',
	'ORDER_CLOSED',
]);

/**
 * @typedef {typeof ORDER_STATUSES[number]} OrderStatus
 * @typedef {{ itemOrderId: string, itemId: string, skuId: string, itemCode: string, skuCode: string,
 *   title: string, img: string, price: number, nowPrice: number, number: number, sellerFinal: number,
 *   refundStatus?: string, skuAttributes: Array<{ key: string, value: string }> }} ItemOrder
 * @typedef {{ shopOrderId: string, payOrderId: string, sellerUserId: string, orderStatus: OrderStatus,
 *   created: number, payTime?: number, shipTime?: number, receiveTime?: number, updated: number,
 *   buyer: import('./people').Buyer, receiver: import('./people').Address, buyerComment?: string,
 *   sellerComment?: string, shipType: number, expressCode?: string, shipExpressId?: string,
 *   shipExpressName?: string, shipExpense: number, shopPromotionAmount: number,
 *   platformPromotionAmount: number, modifyPrice: number, shopOrderPrice: number, lines: ItemOrder[] }} Order
 */

/** @type {ReadonlyArray<readonly [OrderStatus, number]>} */
const STATUS_WEIGHTS = [
	['ORDER_CREATED', 6],
	['ORDER_CANCELLED', 10],
	['ORDER_PAID', 16],
	['ORDER_SHIPPED', 14],
	['ORDER_RECEIVED', 10],
	['ORDER_COMPLETED', 38],
	['ORDER_CLOSED', 6],
];

/** How old (hours) an order in each status can be when the sandbox starts. */
/** @type {Record<Exclude<OrderStatus, 'ORDER_PAID'>, [number, number]>} */
const AGE_HOURS = {
	ORDER_CREATED: [0, 36],
	ORDER_CANCELLED: [0, HISTORY_DAYS * 24],
	ORDER_SHIPPED: [24, 240],
	ORDER_RECEIVED: [96, 480],
	ORDER_COMPLETED: [240, HISTORY_DAYS * 24],
	ORDER_CLOSED: [72, HISTORY_DAYS * 24],
};

/** The steps after creation, each a random duration in [min, max] ms. */
/** @type {Record<OrderStatus, Array<[step: 'pay' | 'ship' | 'receive' | 'end', min: number, max: number]>>} */
const TIMELINES = {
	ORDER_CREATED: [],
	ORDER_CANCELLED: [['end', 5 * MINUTE, DAY]],
	ORDER_PAID: [['pay', 10000, 30 * MINUTE]],
	ORDER_SHIPPED: [
		['pay', 10000, 30 * MINUTE],
		['ship', 2 * HOUR, 2 * DAY],
	],
	ORDER_RECEIVED: [
		['pay', 10000, 30 * MINUTE],
		['ship', 2 * HOUR, 2 * DAY],
		['receive', DAY, 5 * DAY],
	],
	ORDER_COMPLETED: [
		['pay', 10000, 30 * MINUTE],
		['ship', 2 * HOUR, 2 * DAY],
		['receive', DAY, 5 * DAY],
		['end', 7 * DAY, 10 * DAY],
	],
	ORDER_CLOSED: [
		['pay', 10000, 30 * MINUTE],
		['end', HOUR, 5 * DAY],
	],
};

/** Couriers a seller actually uses, most often first. */
const COMMON_COURIERS = /** @type {const} */ ([
	['zhongtong', 5],
	['yuantong', 4],
	['yunda', 3],
	['shentong', 2],
	['shunfeng', 2],
	['ems', 1],
	['youzhengguonei', 1],
]);

const seconds = (/** @type {number} */ ms) => Math.floor(ms / 1000) * 1000;

/**
 * When the order was created. Paid orders: 45 % today, 35 % yesterday, the rest 2-4 days ago.
 * @param {import('../../common/prng').Random} r @param {OrderStatus} status @param {number} startMs
 * @param {'today' | 'yesterday' | undefined} paidDay forces the day of a paid order
 */
function createdAt(r, status, startMs, paidDay) {
	const latest = startMs - 2 * MINUTE;
	if (status === 'ORDER_PAID') {
		const today = startOfDay(startMs);
		const day =
			paidDay ??
			r.weighted([
				['today', 45],
				['yesterday', 35],
				['older', 20],
			]);
		if (day === 'today') return seconds(Math.min(latest, today + r.next() * (latest - today)));
		if (day === 'yesterday') return seconds(today - DAY + r.next() * DAY);
		return seconds(today - r.int(2, 4) * DAY + r.next() * DAY);
	}
	const [min, max] = AGE_HOURS[status];
	return seconds(Math.min(latest, startMs - (min + r.next() * (max - min)) * HOUR));
}

/**
 * Fills payTime / shipTime / receiveTime / updated, squeezing the steps so the last one is still
 * before the sandbox start.
 * @param {import('../../common/prng').Random} r @param {Order} order @param {number} startMs
 */
function fillTimeline(r, order, startMs) {
	const steps = TIMELINES[order.orderStatus].map(
		([step, min, max]) => /** @type {const} */ ([step, r.int(min, max)]),
	);
	const total = steps.reduce((sum, [, d]) => sum + d, 0);
	const room = startMs - MINUTE - order.created;
	const scale = total > room ? Math.max(0, room) / total : 1;
	let t = order.created;
	for (const [step, duration] of steps) {
		t = seconds(t + Math.max(1000, duration * scale));
		if (step === 'pay') order.payTime = t;
		if (step === 'ship') order.shipTime = t;
		if (step === 'receive') order.receiveTime = t;
	}
	order.updated = t;
}

/**
 * @param {import('../../common/prng').Random} r @param {import('./ids').Ids} ids
 * @param {import('./items').Item[]} items @param {number} lineCount
 * @returns {ItemOrder[]}
 */
function buildLines(r, ids, items, lineCount) {
	const onShelf = items.filter((i) => i.isShelf === 0);
	return Array.from({ length: lineCount }, () => {
		// now and then an item sold earlier and taken off shelf since
		const item =
			r.next() < 0.9 || onShelf.length === items.length ? r.pick(onShelf) : r.pick(items);
		const sku = r.pick(item.skus);
		const nowPrice = r.next() < 0.3 ? Math.round((sku.price * 0.9) / 10) * 10 : sku.price;
		const number = r.weighted([
			[1, 70],
			[2, 22],
			[3, 8],
		]);
		return {
			itemOrderId: ids.numeric('6', 14),
			itemId: item.itemId,
			skuId: sku.skuId,
			itemCode: item.code,
			skuCode: sku.code,
			title: item.title,
			img: item.image,
			price: sku.price,
			nowPrice,
			number,
			sellerFinal: nowPrice * number,
			skuAttributes: sku.attrs.map((a) => ({ key: a.name, value: a.value })),
		};
	});
}

/** @param {import('../../common/prng').Random} r @param {string} code */
function trackingNumber(r, code) {
	if (code === 'shunfeng') return `SF${r.digits(13)}`;
	if (code === 'ems') return `E${r.digits(9)}CN`;
	return r.digits(r.pick([12, 13, 15]));
}

/**
 * @param {{ r: import('../../common/prng').Random, ids: import('./ids').Ids, items: import('./items').Item[],
 *   buyers: import('./people').Buyer[], sellerUserId: string, startMs: number, count: number }} deps
 * @returns {Order[]} newest first
 */
function buildOrders({ r, ids, items, buyers, sellerUserId, startMs, count }) {
	/** @type {Order[]} */
	const orders = [];
	for (let i = 0; i < count; i++) {
		// the first orders cover every status, and a paid order of today and of yesterday
		const status =
			i < ORDER_STATUSES.length
				? ORDER_STATUSES[i]
				: i === ORDER_STATUSES.length
					? 'ORDER_PAID'
					: r.weighted(STATUS_WEIGHTS);
		const paidDay = i === 2 ? 'today' : i === ORDER_STATUSES.length ? 'yesterday' : undefined;
		const buyer = r.pick(buyers);
		const lines = buildLines(
			r,
			ids,
			items,
			i === 3
				? 2
				: r.weighted([
						[1, 70],
						[2, 22],
						[3, 8],
					]),
		);
		const goods = lines.reduce((sum, l) => sum + l.nowPrice * l.number, 0);
		const shipExpense = r.next() < 0.7 ? 0 : r.pick([600, 800, 1000]);
		const shopPromotionAmount = r.next() < 0.6 || goods < 3000 ? 0 : r.pick([300, 500, 1000]);
		const platformPromotionAmount = r.next() < 0.75 || goods < 3000 ? 0 : r.pick([200, 500]);
		const modifyPrice = r.next() < 0.9 || goods < 5000 ? 0 : -r.int(1, 5) * 100;
		// the shop's discount comes out of the first line's net receipt
		lines[0].sellerFinal -= shopPromotionAmount;
		/** @type {Order} */
		const order = {
			shopOrderId: ids.numeric('9', 14),
			payOrderId: ids.numeric('8', 14),
			sellerUserId,
			orderStatus: status,
			created: createdAt(r, status, startMs, paidDay),
			updated: 0,
			buyer,
			receiver: r.pick(buyer.addresses),
			shipType: 0,
			shipExpense,
			shopPromotionAmount,
			platformPromotionAmount,
			modifyPrice,
			// what the buyer pays: platform red packets and shop discounts are both off (protocol §6.1)
			shopOrderPrice:
				goods + shipExpense - shopPromotionAmount - platformPromotionAmount + modifyPrice,
			lines,
		};
		if (r.next() < 0.25) order.buyerComment = r.pick(BUYER_COMMENTS);
		if (r.next() < 0.1) order.sellerComment = r.pick(SELLER_COMMENTS);
		fillTimeline(r, order, startMs);
		if (order.shipTime !== undefined) {
			const code = r.weighted(COMMON_COURIERS);
			order.expressCode = code;
			order.shipExpressId = trackingNumber(r, code);
			order.shipExpressName = EXPRESS_COMPANIES.find((c) => c.code === code)?.name;
		}
		if (status === 'ORDER_CLOSED') for (const line of lines) line.refundStatus = 'refund_completed';
		orders.push(order);
	}
	return orders.sort(newestFirst);
}

/** Newest first by creation time, the order the seeded list is kept in. @param {Order} a @param {Order} b */
const newestFirst = (a, b) => b.created - a.created || (a.shopOrderId < b.shopOrderId ? 1 : -1);

module.exports = {
	buildOrders,
	buildLines,
	trackingNumber,
	newestFirst,
	ORDER_STATUSES,
	HISTORY_DAYS,
	COMMON_COURIERS,
};
