// @ts-check
'use strict';

// Seeded, deterministic world: buyers, sellers, products, categories and orders. The same seed
// (and start time) always yields the same data; only `startMs` moves the timestamps.
const { createRandom } = require('./prng');
const catalog = require('./catalog');

const DAY = 86400000;
const HOUR = 3600000;
const MINUTE = 60000;

/** Order statuses of OrderBaseInfo.status (protocol §5.2). */
const ORDER_STATUSES = /** @type {const} */ ([
	'waitbuyerpay',
	'waitsellersend',
	'waitlogisticstakein',
	'waitbuyerreceive',
	'waitbuyersign',
	'signinsuccess',
	'confirm_goods',
	'success',
	'cancel',
	'terminated',
]);

/** @typedef {typeof ORDER_STATUSES[number]} OrderStatus */

/** How often each status occurs, and how old (days) an order in it can plausibly be. */
/** @type {Record<OrderStatus, { weight: number, minAge: number, maxAge: number }>} */
const STATUS_PROFILE = {
	waitbuyerpay: { weight: 6, minAge: 0, maxAge: 2 },
	waitsellersend: { weight: 8, minAge: 0, maxAge: 5 },
	waitlogisticstakein: { weight: 3, minAge: 0.5, maxAge: 6 },
	waitbuyerreceive: { weight: 10, minAge: 3, maxAge: 14 },
	waitbuyersign: { weight: 3, minAge: 3, maxAge: 14 },
	signinsuccess: { weight: 3, minAge: 5, maxAge: 20 },
	confirm_goods: { weight: 4, minAge: 6, maxAge: 25 },
	success: { weight: 45, minAge: 10, maxAge: 120 },
	cancel: { weight: 12, minAge: 0, maxAge: 120 },
	terminated: { weight: 6, minAge: 10, maxAge: 120 },
};

const SHIPPED = new Set(['waitbuyerreceive', 'waitbuyersign', 'signinsuccess', 'confirm_goods', 'success']);

/**
 * @typedef {{ memberId: string, userId: number, aliId: string, loginId: string, companyName: string,
 *   contactName: string, mobile: string, phone: string, createDate: number, categoryName: string,
 *   categoryId: number, idSuffix: string, addresses: import('./catalog').Address[] }} Buyer
 */

/** @type {Buyer} */
const DEMO_BUYER = {
	memberId: 'b2b-2218868801',
	userId: 2218868801,
	aliId: '8868800001',
	loginId: 'sandboxbuyer01',
	companyName: '沙盒测试采购有限公司',
	contactName: '张伟',
	mobile: '13800138000',
	phone: '86-0571-88886688',
	createDate: Date.UTC(2019, 2, 12, 8, 8, 28),
	categoryName: '日用百货',
	categoryId: 15,
	idSuffix: '868801',
	addresses: catalog.DEMO_BUYER_ADDRESSES,
};

/** A second buyer whose orders the demo buyer must not see (order.nopermission.buyer). */
/** @type {Buyer} */
const OTHER_BUYER = {
	memberId: 'b2b-2218868802',
	userId: 2218868802,
	aliId: '8868800002',
	loginId: 'sandboxbuyer02',
	companyName: '昆山另一家贸易有限公司',
	contactName: '赵敏',
	mobile: '13600002222',
	phone: '86-0512-57770000',
	createDate: Date.UTC(2020, 6, 1, 2, 30, 0),
	categoryName: '玩具',
	categoryId: 1813,
	idSuffix: '868802',
	addresses: catalog.OTHER_BUYER_ADDRESSES,
};

const OTHER_BUYER_ORDER_COUNT = 10;

/**
 * @typedef {{ memberId: string, userId: number, loginId: string, companyName: string,
 *   contactName: string, mobile: string, phone: string, province: string, city: string, categories: number[] }} Seller
 * @typedef {{ skuID: number, specId: string, attrs: Array<{ name: string, value: string }>, priceFen: number }} Sku
 * @typedef {{ productID: number, name: string, unit: string, categoryId: number, seller: Seller,
 *   image: string, cargoNumber: string, skus: Sku[] }} Product
 * @typedef {{ subItemID: string, product: Product, sku: Sku, quantity: number, priceFen: number,
 *   amountFen: number }} OrderItem
 * @typedef {{ id: number, billNo: string, companyId: number, companyName: string, companyCode: string,
 *   deliveredTime: number }} Shipment
 * @typedef {{ id: string, buyer: Buyer, seller: Seller, status: OrderStatus, createTime: number,
 *   modifyTime: number, payTime?: number, allDeliveredTime?: number, receivingTime?: number,
 *   completeTime?: number, items: OrderItem[], shippingFeeFen: number, refundFen: number,
 *   address: import('./catalog').Address, shipment?: Shipment, alipayTradeId?: string,
 *   closeReason?: string, phase: number }} Order
 */

/**
 * @param {{ seed: number, orderCount: number, startMs: number }} options
 */
function createData({ seed, orderCount, startMs }) {
	const rnd = createRandom(seed);
	const used = new Set();
	/** A unique id of the given length; 1688 order and sub-item ids end in the buyer's suffix. */
	const uniqueDigits = (/** @type {number} */ length, suffix = '') => {
		for (;;) {
			const id = rnd.digits(length - suffix.length) + suffix;
			if (!used.has(id)) {
				used.add(id);
				return id;
			}
		}
	};

	/** @type {Seller[]} */
	const sellers = catalog.SELLERS.map((s) => {
		const userId = Number(uniqueDigits(10));
		return {
			...s,
			userId,
			memberId: `b2b-${userId}`,
			contactName: rnd.pick(['王经理', '陈小姐', '刘先生', '黄女士', '林总']),
			mobile: `1${rnd.pick(['35', '38', '58', '86', '89'])}${rnd.digits(8)}`,
			phone: `86-0${rnd.int(510, 799)}-${rnd.digits(8)}`,
		};
	});

	const categories = buildCategories();
	/** @param {number} id */
	const rootOf = (id) => {
		let c = categories.byId.get(id);
		while (c && c.parentId !== 0) c = categories.byId.get(c.parentId);
		return c?.id;
	};

	/** @type {Product[]} */
	const products = catalog.PRODUCT_TEMPLATES.flatMap((template) =>
		sellers
			.filter((seller) => seller.categories.includes(/** @type {number} */ (rootOf(template.category))))
			.map((seller) => {
				const productID = Number(uniqueDigits(12));
				const basePrice = rnd.int(template.minFen, template.maxFen);
				/** @type {Array<Array<{ name: string, value: string }>>} */
				let combos = [[]];
				for (const [name, values] of template.attrs) {
					combos = combos.flatMap((c) => values.map((value) => [...c, { name, value }]));
				}
				return {
					productID,
					name: template.name,
					unit: template.unit,
					categoryId: template.category,
					seller,
					image: `https://cbu01.alicdn.com/img/ibank/O1CN01${rnd.hex(8)}${rnd.digits(10)}_!!${seller.userId}-0-cib.jpg`,
					cargoNumber: `${rnd.pick(['A', 'B', 'K', 'YW', 'HX'])}${rnd.int(100, 9999)}`,
					skus: combos.map((attrs) => ({
						skuID: Number(uniqueDigits(13)),
						specId: rnd.hex(32),
						attrs,
						priceFen: Math.max(1, basePrice + rnd.int(-2, 4) * 50),
					})),
				};
			}),
	);

	/** @type {Map<string, Product[]>} */
	const productsBySeller = new Map();
	for (const p of products) {
		const list = productsBySeller.get(p.seller.memberId) ?? [];
		list.push(p);
		productsBySeller.set(p.seller.memberId, list);
	}

	const statusWeights = /** @type {Array<[OrderStatus, number]>} */ (
		ORDER_STATUSES.map((s) => [s, STATUS_PROFILE[s].weight])
	);

	/** @param {Buyer} buyer @param {number} index @returns {Order} */
	const makeOrder = (buyer, index) => {
		// the first ten orders of a buyer cover every status, the rest follow realistic weights
		const status = index < ORDER_STATUSES.length ? ORDER_STATUSES[index] : rnd.weighted(statusWeights);
		const profile = STATUS_PROFILE[status];
		const ageMs = (profile.minAge + rnd.next() * (profile.maxAge - profile.minAge)) * DAY;
		const createTime = startMs - Math.round(ageMs);
		const seller = rnd.pick(sellers);
		const offered = /** @type {Product[]} */ (productsBySeller.get(seller.memberId));
		const itemCount = Math.min(offered.length, rnd.weighted([[1, 60], [2, 25], [3, 10], [4, 5]]));
		/** @type {OrderItem[]} */
		const items = [];
		const pool = [...offered];
		for (let i = 0; i < itemCount; i++) {
			const product = pool.splice(rnd.int(0, pool.length - 1), 1)[0];
			const sku = rnd.pick(product.skus);
			const quantity = rnd.weighted([[1, 8], [2, 10], [5, 12], [10, 18], [12, 8], [20, 15], [50, 12], [100, 10], [200, 7]]);
			items.push({
				subItemID: uniqueDigits(18, buyer.idSuffix),
				product,
				sku,
				quantity,
				priceFen: sku.priceFen,
				amountFen: sku.priceFen * quantity,
			});
		}
		const shippingFeeFen = rnd.next() < 0.4 ? 0 : rnd.int(3, 25) * 100;
		/** @type {Order} */
		const order = {
			id: uniqueDigits(rnd.next() < 0.5 ? 18 : 19, buyer.idSuffix),
			buyer,
			seller,
			status,
			createTime,
			modifyTime: createTime,
			items,
			shippingFeeFen,
			refundFen: 0,
			address: rnd.pick(buyer.addresses),
			phase: Number(uniqueDigits(15)),
		};
		fillTimeline(order, rnd);
		if (order.payTime !== undefined) {
			const payDay = new Date(order.payTime + 8 * HOUR).toISOString().slice(0, 10).replace(/-/g, '');
			order.alipayTradeId = `${payDay}22001${rnd.digits(15)}`;
		}
		if (SHIPPED.has(status) || (status === 'terminated' && order.allDeliveredTime !== undefined)) {
			const company = rnd.pick(catalog.LOGISTICS_COMPANIES);
			order.shipment = {
				id: Number(uniqueDigits(15)),
				billNo: company.bill(rnd.digits),
				companyId: company.id,
				companyName: company.name,
				companyCode: company.code,
				deliveredTime: /** @type {number} */ (order.allDeliveredTime),
			};
		}
		if (status === 'terminated') order.refundFen = totalFen(order);
		// never later than "now" at start: pull the whole timeline back if the tail overshoots
		const overshoot = order.modifyTime - (startMs - MINUTE);
		if (overshoot > 0) shiftTimeline(order, -overshoot);
		return order;
	};

	/** @type {Order[]} */
	const orders = [];
	for (let i = 0; i < orderCount; i++) orders.push(makeOrder(DEMO_BUYER, i));
	for (let i = 0; i < OTHER_BUYER_ORDER_COUNT; i++) orders.push(makeOrder(OTHER_BUYER, i));
	// newest first, the order 1688 lists them in
	orders.sort((a, b) => b.createTime - a.createTime || (a.id < b.id ? 1 : -1));

	return {
		buyers: [DEMO_BUYER, OTHER_BUYER],
		sellers,
		products,
		orders,
		ordersById: new Map(orders.map((o) => [o.id, o])),
		categories,
	};
}

/** @param {Order} order */
const totalFen = (order) => order.items.reduce((sum, i) => sum + i.amountFen, 0) + order.shippingFeeFen;

/**
 * Payment, shipping, receipt and completion times that follow the order's status.
 * @param {Order} order
 * @param {import('./prng').Random} rnd
 */
function fillTimeline(order, rnd) {
	const span = (/** @type {number} */ min, /** @type {number} */ max) => Math.round(min + rnd.next() * (max - min));
	const s = order.status;
	if (s === 'waitbuyerpay') {
		// a third of unpaid orders had their price changed by the seller after creation
		if (rnd.next() < 0.33) order.modifyTime = order.createTime + span(MINUTE, 30 * MINUTE);
		return;
	}
	if (s === 'cancel') {
		order.modifyTime = order.createTime + span(10 * MINUTE, 3 * DAY);
		order.closeReason = rnd.pick(['buyerCancel', 'sellerGoodsLack', 'other']);
		return;
	}
	order.payTime = order.createTime + span(MINUTE, 6 * HOUR);
	order.modifyTime = order.payTime;
	if (s === 'waitsellersend') return;
	if (s === 'waitlogisticstakein') {
		order.modifyTime = order.payTime + span(HOUR, 12 * HOUR);
		return;
	}
	if (s === 'terminated') {
		// refunded in full; about half were shipped before the buyer asked for the refund
		if (rnd.next() < 0.5) order.allDeliveredTime = order.payTime + span(4 * HOUR, 48 * HOUR);
		order.modifyTime = (order.allDeliveredTime ?? order.payTime) + span(DAY, 7 * DAY);
		order.closeReason = 'refund';
		return;
	}
	order.allDeliveredTime = order.payTime + span(4 * HOUR, 48 * HOUR);
	order.modifyTime = order.allDeliveredTime;
	if (s === 'waitbuyerreceive') return;
	if (s === 'waitbuyersign') {
		order.modifyTime = order.allDeliveredTime + span(DAY, 2 * DAY);
		return;
	}
	order.receivingTime = order.allDeliveredTime + span(DAY, 4 * DAY);
	order.modifyTime = order.receivingTime;
	if (s === 'signinsuccess' || s === 'confirm_goods') return;
	order.completeTime = order.receivingTime + span(0, 3 * DAY);
	order.modifyTime = order.completeTime;
}

/** @param {Order} order @param {number} deltaMs */
function shiftTimeline(order, deltaMs) {
	for (const key of /** @type {const} */ (['createTime', 'modifyTime', 'payTime', 'allDeliveredTime', 'receivingTime', 'completeTime'])) {
		const value = order[key];
		if (value !== undefined) order[key] = value + deltaMs;
	}
	if (order.shipment) order.shipment.deliveredTime += deltaMs;
}

/**
 * @typedef {{ id: number, name: string, level: number, parentId: number, childIds: number[] }} Category
 */
function buildCategories() {
	/** @type {Map<number, Category>} */
	const byId = new Map();
	/** @param {import('./catalog').CategoryNode[]} nodes @param {number} level @param {number} parentId */
	const walk = (nodes, level, parentId) => {
		for (const [id, name, children = []] of nodes) {
			byId.set(id, { id, name, level, parentId, childIds: children.map((c) => c[0]) });
			walk(children, level + 1, id);
		}
	};
	walk(catalog.CATEGORY_TREE, 1, 0);
	const rootIds = catalog.CATEGORY_TREE.map((c) => c[0]);
	return { byId, rootIds };
}

/** @typedef {ReturnType<typeof createData>} SandboxData */

module.exports = { createData, totalFen, ORDER_STATUSES, DEMO_BUYER, OTHER_BUYER, OTHER_BUYER_ORDER_COUNT };
