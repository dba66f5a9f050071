// @ts-check
'use strict';

// Seeded, deterministic world: buyers, sellers, products, categories and orders. The same seed
// (and start time) always yields the same data; only `startMs` moves the timestamps.
//
// Three random streams: the main one (sellers, the products orders reference, the orders), a
// second one for everything added later (product details, search listings, second packages,
// history orders) so the seeded sellers, products and orders keep the ids, times and prices
// they had before those were added, and a third one for ids handed out at run time (orders
// created through the API).
const { createRandom } = require('../common/prng');
const catalog = require('./catalog');
const { seedSelling } = require('./selling-data');

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

const SHIPPED = new Set([
	'waitbuyerreceive',
	'waitbuyersign',
	'signinsuccess',
	'confirm_goods',
	'success',
]);

/**
 * The "history table": orders of the demo buyer created 400-500 days before the sandbox start,
 * all delivered and complete. They live in `historyOrders`, not `orders`, so getBuyerOrderList
 * lists them only with isHis=true (counts of `orders` are unchanged); every API that takes an
 * order id finds them. Their logistics trace answers order.createtime.history.
 */
const HISTORY_ORDER_COUNT = 5;
const HISTORY_AGE_DAYS = /** @type {const} */ ([400, 500]);

/** Share of shipped orders with two or more items that were sent in two packages. */
const SECOND_PACKAGE_SHARE = 0.3;

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
 *   contactName: string, mobile: string, phone: string, province: string, city: string, categories: number[],
 *   county: string, street: string, countyCode: string, openId: string }} Seller
 * @typedef {{ skuID: number, specId: string, attrs: Array<{ name: string, value: string }>, priceFen: number,
 *   amountOnSale: number }} Sku
 * @typedef {{ productID: number, name: string, subjectTrans: string, unit: string, categoryId: number, seller: Seller,
 *   image: string, images: string[], cargoNumber: string, skus: Sku[], minOrderQuantity: number,
 *   monthSold: number, repurchaseRate: string, createTime: number, lastUpdateTime: number,
 *   searchListing: boolean, status?: string, skuless?: boolean, expireTime?: number,
 *   supplierCatalog?: boolean }} Product
 * status: alibaba.product.list.get's product status (published when absent); skuless: a product
 * sold without SKUs, whose stock is its one hidden SKU's (printed as saleInfo.amountOnSale only);
 * supplierCatalog: one of the demo supplier's own products added for the seller side (selling-data.js),
 * listed in productsById and data.supplierCatalog but not in `products`, so the buyers' searches are unchanged.
 * @typedef {{ subItemID: string, product: Product, sku: Sku, quantity: number, priceFen: number,
 *   amountFen: number, refundFen?: number, refundStatus?: string, refundId?: string,
 *   status?: OrderStatus }} OrderItem
 * refundFen / refundStatus / refundId: set by refunds.js (what successful refunds paid, the item's
 * latest refund in upper case, e.g. WAIT_SELLER_AGREE, and its TQ id)
 * status: the line's own status when it differs from the order's (lines.js): a line shipped while
 * the order waits for its other lines, or a line closed by its refund
 * @typedef {{ id: number, billNo: string, companyId: number, companyName: string, companyCode: string,
 *   deliveredTime: number, subItemIds: string[] }} Shipment
 * @typedef {{ id: string, buyer: Buyer, seller: Seller, status: OrderStatus, createTime: number,
 *   modifyTime: number, payTime?: number, allDeliveredTime?: number, receivingTime?: number,
 *   completeTime?: number, items: OrderItem[], shippingFeeFen: number, refundFen: number,
 *   address: import('./catalog').Address, shipment?: Shipment, packages: Shipment[], alipayTradeId?: string,
 *   closeReason?: string, phase: number, buyerMemo?: string, closeRemark?: string, flow?: string,
 *   outOrderId?: string, tradeTypeCode?: string, invoice?: Record<string, unknown>,
 *   refundStatus?: string, memos?: { seller?: Memo, buyer?: Memo } }} Order
 * @typedef {{ memo: string, remarkIcon: string, at: number }} Memo
 * memos: what alibaba.order.memoAdd wrote, the seller's and the buyer's (each overwrites its own).
 * refundStatus: the status of the order's latest refund (refunds.js).
 * outOrderId, tradeTypeCode and invoice are what fastCreateOrder was given (outOrderId, tradeType,
 * invoiceParam); seeded orders have none.
 */

/**
 * @param {{ seed: number, orderCount: number, startMs: number }} options
 */
function createData({ seed, orderCount, startMs }) {
	const rnd = createRandom(seed);
	const extra = createRandom((seed ^ 0x1688e47a) >>> 0);
	const runtime = createRandom((seed ^ 0x0c4ea7e5) >>> 0);
	/** @type {Set<string>} */
	const used = new Set();
	/** Unique ids drawn from one stream; 1688 order and sub-item ids end in the buyer's suffix. */
	const uniqueWith =
		(/** @type {import('../common/prng').Random} */ r) =>
		(/** @type {number} */ length, suffix = '') => {
			for (;;) {
				const id = r.digits(length - suffix.length) + suffix;
				if (!used.has(id)) {
					used.add(id);
					return id;
				}
			}
		};
	const uniqueDigits = uniqueWith(rnd);

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
			openId: '',
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
			.filter((seller) =>
				seller.categories.includes(/** @type {number} */ (rootOf(template.category))),
			)
			.map((seller) => {
				const productID = Number(uniqueDigits(12));
				const basePrice = rnd.int(template.minFen, template.maxFen);
				return buildProduct(rnd, uniqueDigits, {
					template,
					seller,
					productID,
					basePrice,
					name: template.name,
					subjectTrans: template.nameEn,
					searchListing: false,
				});
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

	/**
	 * @param {Buyer} buyer
	 * @param {number} index
	 * @param {import('../common/prng').Random} [r] the stream to draw from (the main one unless told)
	 * @param {{ status: OrderStatus, minAge: number, maxAge: number }} [forced] a fixed status and age range (days)
	 * @returns {Order}
	 */
	const makeOrder = (buyer, index, r = rnd, forced) => {
		const unique = uniqueWith(r);
		// the first ten orders of a buyer cover every status, the rest follow realistic weights
		const status = forced
			? forced.status
			: index < ORDER_STATUSES.length
				? ORDER_STATUSES[index]
				: r.weighted(statusWeights);
		const profile = forced ?? STATUS_PROFILE[status];
		const ageMs = (profile.minAge + r.next() * (profile.maxAge - profile.minAge)) * DAY;
		const createTime = startMs - Math.round(ageMs);
		const seller = r.pick(sellers);
		const offered = /** @type {Product[]} */ (productsBySeller.get(seller.memberId));
		const itemCount = Math.min(
			offered.length,
			r.weighted([
				[1, 60],
				[2, 25],
				[3, 10],
				[4, 5],
			]),
		);
		/** @type {OrderItem[]} */
		const items = [];
		const pool = [...offered];
		for (let i = 0; i < itemCount; i++) {
			const product = pool.splice(r.int(0, pool.length - 1), 1)[0];
			const sku = r.pick(product.skus);
			const quantity = r.weighted([
				[1, 8],
				[2, 10],
				[5, 12],
				[10, 18],
				[12, 8],
				[20, 15],
				[50, 12],
				[100, 10],
				[200, 7],
			]);
			items.push({
				subItemID: unique(18, buyer.idSuffix),
				product,
				sku,
				quantity,
				priceFen: sku.priceFen,
				amountFen: sku.priceFen * quantity,
			});
		}
		const shippingFeeFen = r.next() < 0.4 ? 0 : r.int(3, 25) * 100;
		/** @type {Order} */
		const order = {
			id: unique(r.next() < 0.5 ? 18 : 19, buyer.idSuffix),
			buyer,
			seller,
			status,
			createTime,
			modifyTime: createTime,
			items,
			shippingFeeFen,
			refundFen: 0,
			address: r.pick(buyer.addresses),
			phase: Number(unique(15)),
			packages: [],
		};
		fillTimeline(order, r);
		if (order.payTime !== undefined) {
			const payDay = new Date(order.payTime + 8 * HOUR)
				.toISOString()
				.slice(0, 10)
				.replace(/-/g, '');
			order.alipayTradeId = `${payDay}22001${r.digits(15)}`;
		}
		if (SHIPPED.has(status) || (status === 'terminated' && order.allDeliveredTime !== undefined)) {
			const company = r.pick(catalog.LOGISTICS_COMPANIES);
			order.shipment = {
				id: Number(unique(15)),
				billNo: company.bill(r.digits),
				companyId: company.id,
				companyName: company.name,
				companyCode: company.code,
				deliveredTime: /** @type {number} */ (order.allDeliveredTime),
				subItemIds: items.map((i) => i.subItemID),
			};
			order.packages = [order.shipment];
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
	orders.sort(newestFirst);

	// ---- everything below draws from the second stream ----
	for (const seller of sellers)
		seller.openId = `BBB${extra.hex(6)}${extra.digits(4)}${extra.hex(12)}`;
	for (const product of products) enrichProduct(product, extra, startMs, false);
	const listings = searchListings({
		sellers,
		rootOf,
		extra,
		startMs,
		uniqueDigits: uniqueWith(extra),
	});
	products.push(...listings);
	splitPackages(orders, extra, uniqueWith(extra));

	/** @type {Order[]} */
	const historyOrders = [];
	for (let i = 0; i < HISTORY_ORDER_COUNT; i++) {
		historyOrders.push(
			makeOrder(DEMO_BUYER, i, extra, {
				status: 'success',
				minAge: HISTORY_AGE_DAYS[0],
				maxAge: HISTORY_AGE_DAYS[1],
			}),
		);
	}
	historyOrders.sort(newestFirst);
	splitPackages(historyOrders, extra, uniqueWith(extra));

	// examples first: the supplier's sales orders below must not change them
	const examples = findExamples({ orders, historyOrders, products });

	// ---- the demo supplier (issue 15): a fourth stream, after everything above ----
	const sellingRandom = createRandom((seed ^ 0x5e11e4) >>> 0);
	const selling = seedSelling({
		random: sellingRandom,
		unique: uniqueWith(sellingRandom),
		startMs,
		sellers,
		products,
		orders,
		fillTimeline,
		shiftTimeline,
		totalFen,
	});
	orders.push(...selling.salesOrders);
	orders.sort(newestFirst);

	const ordersById = new Map([...orders, ...historyOrders].map((o) => [o.id, o]));
	const productsById = new Map(
		[...products, ...selling.supplierCatalog].map((p) => [p.productID, p]),
	);
	const newId = uniqueWith(runtime);

	return {
		buyers: [DEMO_BUYER, OTHER_BUYER],
		sellers,
		products,
		productsById,
		orders,
		historyOrders,
		ordersById,
		categories,
		/** The demo supplier as an account (seller `sellers[0]`; selling-data.js). */
		supplier: selling.supplier,
		/** Buyers of the supplier's seeded sales orders; not accounts (they cannot authorize). */
		customers: selling.customers,
		/** The supplier's own products beyond `products` (several statuses, some without SKUs). */
		supplierCatalog: selling.supplierCatalog,
		/** Everyone who can authorize an app: the two buyers and the supplier (consent page, tokens). */
		accounts: [DEMO_BUYER, OTHER_BUYER, selling.supplier],
		examples: { ...examples, ...selling.examples },
		/**
		 * fastCreateOrder's idempotency (see apis/purchase.js): `${buyer memberId} ${outOrderId}` →
		 * the ids of the orders that call created, in creation order (the reply names the first).
		 * @type {Map<string, string[]>}
		 */
		ordersByOutOrderId: new Map(),
		/**
		 * Ids for orders created at run time (third stream): order ids (19 digits), sub-item ids
		 * (18 digits) and phases end in the buyer's suffix like the seeded ones.
		 */
		ids: {
			/** @param {Buyer} buyer */
			order: (buyer) => newId(19, buyer.idSuffix),
			/** @param {Buyer} buyer */
			subItem: (buyer) => newId(18, buyer.idSuffix),
			phase: () => Number(newId(15)),
			/** A package (logistics) id, 15 digits like the seeded ones. */
			shipment: () => Number(newId(15)),
			alipayTradeId: (/** @type {number} */ payTime) => {
				const payDay = new Date(payTime + 8 * HOUR).toISOString().slice(0, 10).replace(/-/g, '');
				return `${payDay}22001${runtime.digits(15)}`;
			},
		},
	};
}

/** @param {Order} a @param {Order} b */
const newestFirst = (a, b) => b.createTime - a.createTime || (a.id < b.id ? 1 : -1);

/**
 * Details 1688 shows on a product page: stock per SKU, minimum order, sales, pictures, dates.
 * Products that seeded orders reference keep a minimum order of 1 so every order stays valid.
 * @param {Product} product
 * @param {import('../common/prng').Random} r
 * @param {number} startMs
 * @param {boolean} listing
 */
function enrichProduct(product, r, startMs, listing) {
	// more than any seeded order line (≤200), so re-ordering a seeded order always fits
	for (const sku of product.skus) sku.amountOnSale = r.int(300, 9999);
	product.minOrderQuantity = listing ? r.pick([1, 1, 2, 3, 5, 10]) : 1;
	product.monthSold = r.int(0, 12000);
	product.repurchaseRate = `${r.int(0, 45)}%`;
	const base = product.image.replace(/\.jpg$/, '');
	product.images = [
		product.image,
		...Array.from({ length: r.int(2, 4) }, (_, i) => `${base}_${i + 2}.jpg`),
	];
	product.createTime = startMs - r.int(30, 900) * DAY - r.int(0, DAY - 1);
	product.lastUpdateTime = Math.min(startMs - HOUR, product.createTime + r.int(1, 30) * DAY);
}

/**
 * One product with a SKU for every combination of the template's attributes. The page details
 * (pictures, stock, sales, dates) are added afterwards by enrichProduct.
 * @param {import('../common/prng').Random} r
 * @param {(length: number, suffix?: string) => string} uniqueDigits
 * @param {{ template: typeof catalog.PRODUCT_TEMPLATES[number], seller: Seller, productID: number, basePrice: number,
 *   name: string, subjectTrans: string, searchListing: boolean }} spec
 * @returns {Product}
 */
function buildProduct(
	r,
	uniqueDigits,
	{ template, seller, productID, basePrice, name, subjectTrans, searchListing },
) {
	/** @type {Array<Array<{ name: string, value: string }>>} */
	let combos = [[]];
	for (const [attr, values] of template.attrs) {
		combos = combos.flatMap((c) => values.map((value) => [...c, { name: attr, value }]));
	}
	return {
		productID,
		name,
		subjectTrans,
		unit: template.unit,
		categoryId: template.category,
		seller,
		image: `https://cbu01.alicdn.com/img/ibank/O1CN01${r.hex(8)}${r.digits(10)}_!!${seller.userId}-0-cib.jpg`,
		cargoNumber: `${r.pick(['A', 'B', 'K', 'YW', 'HX'])}${r.int(100, 9999)}`,
		skus: combos.map((attrs) => ({
			skuID: Number(uniqueDigits(13)),
			specId: r.hex(32),
			attrs,
			priceFen: Math.max(1, basePrice + r.int(-2, 4) * 50),
			amountOnSale: 0,
		})),
		images: [],
		minOrderQuantity: 1,
		monthSold: 0,
		repurchaseRate: '0%',
		createTime: 0,
		lastUpdateTime: 0,
		searchListing,
	};
}

/**
 * The search catalogue: every product template listed again under the catalog's subject
 * prefixes (by a seller of its category, in turn), so keyword searches have several pages.
 * @param {{ sellers: Seller[], rootOf: (id: number) => number | undefined, extra: import('../common/prng').Random,
 *   startMs: number, uniqueDigits: (length: number, suffix?: string) => string }} deps
 * @returns {Product[]}
 */
function searchListings({ sellers, rootOf, extra, startMs, uniqueDigits }) {
	/** @type {Product[]} */
	const listings = [];
	for (const template of catalog.PRODUCT_TEMPLATES) {
		const eligible = sellers.filter((s) =>
			s.categories.includes(/** @type {number} */ (rootOf(template.category))),
		);
		catalog.LISTING_PREFIXES.forEach((prefix, i) => {
			const seller = eligible[i % eligible.length];
			const basePrice = extra.int(template.minFen, template.maxFen);
			const product = buildProduct(extra, uniqueDigits, {
				template,
				seller,
				productID: Number(uniqueDigits(12)),
				basePrice,
				name: `${prefix.zh}${template.name}`,
				subjectTrans: `${prefix.en}${template.nameEn}`,
				searchListing: true,
			});
			enrichProduct(product, extra, startMs, true);
			listings.push(product);
		});
	}
	return listings;
}

/**
 * Sends some multi-item shipped orders in two packages: the first package keeps the original
 * shipment (and its first items), the second gets its own logistics id and bill number. The
 * first such order of each list is always split, so every seeded world has an example.
 * @param {Order[]} orders
 * @param {import('../common/prng').Random} r
 * @param {(length: number, suffix?: string) => string} uniqueDigits
 */
function splitPackages(orders, r, uniqueDigits) {
	let first = true;
	for (const order of orders) {
		const shipment = order.shipment;
		if (!shipment || order.items.length < 2) continue;
		const split = first || r.next() < SECOND_PACKAGE_SHARE;
		first = false;
		if (!split) continue;
		const cut = Math.ceil(order.items.length / 2);
		const company = r.pick(catalog.LOGISTICS_COMPANIES);
		shipment.subItemIds = order.items.slice(0, cut).map((i) => i.subItemID);
		order.packages.push({
			id: Number(uniqueDigits(15)),
			billNo: company.bill(r.digits),
			companyId: company.id,
			companyName: company.name,
			companyCode: company.code,
			deliveredTime: shipment.deliveredTime,
			subItemIds: order.items.slice(cut).map((i) => i.subItemID),
		});
	}
}

/**
 * Where tests and demos find an example of each case. Ids are strings (they exceed 2^53).
 * Computed once at seed time: later API calls (cancel, pay) may change those orders.
 * @param {{ orders: Order[], historyOrders: Order[], products: Product[] }} world
 */
function findExamples({ orders, historyOrders, products }) {
	const demo = orders.filter((o) => o.buyer.memberId === DEMO_BUYER.memberId);
	const ids = (/** @type {Order[]} */ list) => list.map((o) => o.id);
	const shipped = demo.filter((o) => o.packages.length > 0);
	const ordered = new Set(orders.flatMap((o) => o.items.map((i) => i.product.productID)));
	const product = products.find((p) => ordered.has(p.productID)) ?? products[0];
	const minOrder = products.find((p) => p.minOrderQuantity > 1);
	return {
		/** demo buyer, shipped in one package, within the last year (has a trace) */
		shippedOrderId: shipped.find((o) => o.packages.length === 1)?.id,
		/** demo buyer, shipped in two packages */
		multiPackageOrderId: shipped.find((o) => o.packages.length === 2)?.id,
		/** demo buyer, shipped and signed for (the trace ends with 已签收) */
		receivedOrderId: shipped.find((o) => o.receivingTime !== undefined)?.id,
		/** demo buyer, paid but not shipped: waitsellersend (no logistics yet) */
		unshippedOrderId: demo.find((o) => o.status === 'waitsellersend')?.id,
		/** demo buyer, waitbuyerpay: payable (alipay.url.get) and cancellable */
		unpaidOrderIds: ids(demo.filter((o) => o.status === 'waitbuyerpay')),
		/** demo buyer, cancelled */
		cancelledOrderId: demo.find((o) => o.status === 'cancel')?.id,
		/** demo buyer, created 400-500 days ago, shipped: the trace answers order.createtime.history */
		historyOrderIds: ids(historyOrders),
		/** the other buyer's orders: order.nopermission.buyer for the demo buyer */
		otherBuyerOrderId: orders.find((o) => o.buyer.memberId === OTHER_BUYER.memberId)?.id,
		/** a product seeded orders reference, with its SKUs' spec ids (minimum order 1) */
		productId: product.productID,
		specIds: product.skus.map((s) => s.specId),
		/** a search listing whose minimum order is above 1 */
		minOrderProduct: minOrder && {
			productId: minOrder.productID,
			specId: minOrder.skus[0].specId,
			minOrderQuantity: minOrder.minOrderQuantity,
		},
		/** keywords matching every search listing (more than 50 offers): Chinese and English */
		searchKeyword: '一件代发',
		searchKeywordEn: 'dropshipping',
		searchKeywordMatches: products.filter((p) => p.name.includes('一件代发')).length,
		/** a demo buyer address-book id for addressParam.addressId */
		addressId: /** @type {number} */ (DEMO_BUYER.addresses[0].addressId),
	};
}

/** @param {Order} order */
const totalFen = (order) =>
	order.items.reduce((sum, i) => sum + i.amountFen, 0) + order.shippingFeeFen;

/**
 * Payment, shipping, receipt and completion times that follow the order's status.
 * @param {Order} order
 * @param {import('../common/prng').Random} rnd
 */
function fillTimeline(order, rnd) {
	const span = (/** @type {number} */ min, /** @type {number} */ max) =>
		Math.round(min + rnd.next() * (max - min));
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
	for (const key of /** @type {const} */ ([
		'createTime',
		'modifyTime',
		'payTime',
		'allDeliveredTime',
		'receivingTime',
		'completeTime',
	])) {
		const value = order[key];
		if (value !== undefined) order[key] = value + deltaMs;
	}
	for (const p of order.packages) p.deliveredTime += deltaMs;
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

module.exports = {
	createData,
	totalFen,
	newestFirst,
	ORDER_STATUSES,
	SHIPPED,
	DEMO_BUYER,
	OTHER_BUYER,
	OTHER_BUYER_ORDER_COUNT,
	HISTORY_ORDER_COUNT,
	HISTORY_AGE_DAYS,
	SECOND_PACKAGE_SHARE,
};
