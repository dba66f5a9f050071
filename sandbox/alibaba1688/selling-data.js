// @ts-check
'use strict';

// The seeded supplier ("demo supplier", issue 15): one seller of the seeded world who can also
// authorize apps, its own catalogue beside the products it already had, the customers who buy from
// it and its sales orders in every status. Everything here draws from a stream of its own (given by
// data.js), after every other seeded thing, so the buyers' world keeps the ids, times and prices it
// had before. None of these orders belongs to the demo buyer or the other buyer: their order counts
// stay as they were (the demo buyer's seeded orders from this seller are sales orders too).
const catalog = require('./catalog');

const DAY = 86400000;
const HOUR = 3600000;
const MINUTE = 60000;

/** The seller of `data.sellers` who is the demo supplier (義乌市晨光日用品厂, 日用百货 / 文具 / 饰品). */
const SUPPLIER_SELLER_INDEX = 0;

/** The supplier's aliId (the getToken reply prints it); sandbox's own, in the demo buyer's series. */
const SUPPLIER_ALI_ID = '8868800101';

/**
 * Buyers who buy from the supplier: counterparts of its sales orders only. They cannot authorize
 * (not accounts), so no buyer-view message is pushed for their orders.
 */
const CUSTOMERS = [
	{
		loginId: 'hzyoupin2020',
		companyName: '杭州优品贸易有限公司',
		contactName: '周杰',
		mobile: '13588880001',
		phone: '86-0571-86660001',
		address: {
			toFullName: '周杰',
			mobile: '13588880001',
			province: '浙江省',
			city: '杭州市',
			area: '西湖区',
			town: '文新街道',
			street: '文二西路188号 2幢301',
			zip: '310012',
			areaCode: '330106',
			townCode: '330106011',
		},
	},
	{
		loginId: 'szkuajing001',
		companyName: '深圳市跨境优选电子商务有限公司',
		contactName: '陈晓',
		mobile: '13688880002',
		phone: '86-0755-26660002',
		address: {
			toFullName: '陈晓',
			mobile: '13688880002',
			province: '广东省',
			city: '深圳市',
			area: '南山区',
			town: '粤海街道',
			street: '科技南十二路28号 仓库B区',
			zip: '518057',
			areaCode: '440305',
			townCode: '440305007',
		},
	},
	{
		loginId: 'cdhaolinju88',
		companyName: '成都市锦江区好邻居便利店',
		contactName: '刘洋',
		mobile: '13988880003',
		phone: '86-028-86660003',
		address: {
			toFullName: '刘洋',
			mobile: '13988880003',
			province: '四川省',
			city: '成都市',
			area: '锦江区',
			town: '春熙路街道',
			street: '东大街下东大街段99号',
			zip: '610021',
			areaCode: '510104',
			townCode: '510104020',
		},
	},
	{
		loginId: 'bjhuimin2018',
		companyName: '北京惠民百货商行',
		contactName: '孙丽',
		mobile: '13788880004',
		phone: '86-010-64660004',
		address: {
			toFullName: '孙丽',
			mobile: '13788880004',
			province: '北京市',
			city: '北京市',
			area: '朝阳区',
			town: '望京街道',
			street: '阜通东大街6号院3号楼1208',
			zip: '100102',
			areaCode: '110105',
			townCode: '110105026',
		},
	},
];

/**
 * The supplier's own catalogue, added to the products it had: several SKUs, no SKU at all (stock
 * in saleInfo.amountOnSale), and the statuses alibaba.product.list.get filters on (statusList:
 * published, expired, TBD, deleted, new, modified, member expired). Sandbox's own products.
 * @type {Array<{ name: string, category: number, unit: string, minFen: number, maxFen: number,
 *   attrs: Array<[string, string[]]>, status: string }>}
 */
const OWN_CATALOG = [
	{
		name: '304不锈钢保温杯大容量便携水杯',
		category: 1045561,
		unit: '个',
		minFen: 1800,
		maxFen: 3200,
		attrs: [
			['颜色', ['黑色', '白色', '粉色']],
			['规格', ['350ml', '500ml']],
		],
		status: 'published',
	},
	{
		name: '加厚纯棉厨房抹布吸水洗碗布10条装',
		category: 1045561,
		unit: '包',
		minFen: 690,
		maxFen: 990,
		attrs: [],
		status: 'published',
	},
	{
		name: '硅胶折叠洗菜盆厨房沥水篮',
		category: 1045561,
		unit: '个',
		minFen: 1200,
		maxFen: 1900,
		attrs: [['颜色', ['灰色', '蓝色']]],
		status: 'published',
	},
	{
		name: '免打孔不锈钢粘钩20个装',
		category: 1045561,
		unit: '包',
		minFen: 450,
		maxFen: 800,
		attrs: [],
		status: 'published',
	},
	{
		name: '密封玻璃储物罐五谷杂粮收纳',
		category: 1045560,
		unit: '个',
		minFen: 800,
		maxFen: 1500,
		attrs: [['规格', ['500ml', '800ml', '1200ml']]],
		status: 'published',
	},
	{
		name: '旧款塑料防滑衣架10只装',
		category: 1045561,
		unit: '包',
		minFen: 500,
		maxFen: 900,
		attrs: [['颜色', ['白色', '蓝色']]],
		status: 'expired',
	},
	{
		name: '过季PVC厨房防油地垫',
		category: 1045561,
		unit: '个',
		minFen: 1500,
		maxFen: 2600,
		attrs: [],
		status: 'expired',
	},
	{
		name: '手工竹编收纳篮桌面整理筐',
		category: 1045561,
		unit: '个',
		minFen: 1600,
		maxFen: 3000,
		attrs: [['尺寸', ['小号', '中号', '大号']]],
		status: 'TBD',
	},
	{
		name: '陶瓷调味罐套装带勺',
		category: 1045560,
		unit: '套',
		minFen: 2200,
		maxFen: 3600,
		attrs: [['颜色', ['白色', '灰色']]],
		status: 'new',
	},
	{
		name: '可叠加保鲜盒微波炉加热饭盒',
		category: 1045560,
		unit: '套',
		minFen: 1300,
		maxFen: 2100,
		attrs: [['规格', ['3件套', '5件套']]],
		status: 'modified',
	},
	{
		name: '一次性竹筷子独立包装100双',
		category: 1045561,
		unit: '包',
		minFen: 590,
		maxFen: 880,
		attrs: [],
		status: 'deleted',
	},
	{
		name: '会员撤销款厨房计时器',
		category: 1045561,
		unit: '个',
		minFen: 900,
		maxFen: 1400,
		attrs: [['颜色', ['白色', '红色']]],
		status: 'member expired',
	},
];

/**
 * The seeded sales orders: [status, count, min age, max age (days), lines]. Plus three orders
 * waiting to ship with something special on a line (a refund in progress, a refunded line, a line
 * shipped already), and the demo buyer's seeded orders from this seller. 47 in all.
 * @type {Array<[import('./data').OrderStatus, number, number, number, number]>}
 */
const SALES_PLAN = [
	['waitbuyerpay', 6, 0, 2, 1],
	['waitsellersend', 9, 0, 4, 2],
	['waitlogisticstakein', 2, 0.5, 5, 1],
	['waitbuyerreceive', 7, 2, 10, 1],
	['waitbuyersign', 1, 3, 10, 1],
	['signinsuccess', 1, 5, 15, 1],
	['confirm_goods', 2, 6, 18, 1],
	['success', 10, 10, 28, 1],
	['cancel', 4, 0, 25, 1],
	['terminated', 2, 10, 28, 1],
];

const SHIPPED = new Set([
	'waitbuyerreceive',
	'waitbuyersign',
	'signinsuccess',
	'confirm_goods',
	'success',
]);

/**
 * @param {{
 *   random: import('../common/prng').Random,
 *   unique: (length: number, suffix?: string) => string,
 *   startMs: number,
 *   sellers: import('./data').Seller[],
 *   products: import('./data').Product[],
 *   orders: import('./data').Order[],
 *   fillTimeline: (order: import('./data').Order, r: import('../common/prng').Random) => void,
 *   shiftTimeline: (order: import('./data').Order, deltaMs: number) => void,
 *   totalFen: (order: import('./data').Order) => number,
 * }} deps
 */
function seedSelling({
	random: r,
	unique,
	startMs,
	sellers,
	products,
	orders,
	fillTimeline,
	shiftTimeline,
	totalFen,
}) {
	const seller = sellers[SUPPLIER_SELLER_INDEX];
	/** @type {import('./data').Buyer} the supplier as an account (it may buy too: no address book yet) */
	const supplier = {
		memberId: seller.memberId,
		userId: seller.userId,
		aliId: SUPPLIER_ALI_ID,
		loginId: seller.loginId,
		companyName: seller.companyName,
		contactName: seller.contactName,
		mobile: seller.mobile,
		phone: seller.phone,
		createDate: Date.UTC(2016, 4, 20, 1, 30, 0),
		categoryName: '日用百货',
		categoryId: 15,
		idSuffix: String(seller.userId).slice(-6),
		addresses: [],
	};

	/** @type {import('./data').Buyer[]} */
	const customers = CUSTOMERS.map((c, i) => {
		const userId = Number(unique(10));
		return {
			memberId: `b2b-${userId}`,
			userId,
			aliId: `88688002${String(i + 1).padStart(2, '0')}`,
			loginId: c.loginId,
			companyName: c.companyName,
			contactName: c.contactName,
			mobile: c.mobile,
			phone: c.phone,
			createDate: Date.UTC(2018 + i, i * 2, 10 + i, 3, 0, 0),
			categoryName: '日用百货',
			categoryId: 15,
			idSuffix: String(userId).slice(-6),
			addresses: [{ ...c.address, addressId: 3001869001 + i }],
		};
	});

	const supplierCatalog = OWN_CATALOG.map((spec) => ownProduct(spec));

	/** @param {typeof OWN_CATALOG[number]} spec @returns {import('./data').Product} */
	function ownProduct(spec) {
		const productID = Number(unique(12));
		const base = r.int(spec.minFen, spec.maxFen);
		/** @type {Array<Array<{ name: string, value: string }>>} */
		let combos = [[]];
		for (const [attr, values] of spec.attrs)
			combos = combos.flatMap((c) => values.map((value) => [...c, { name: attr, value }]));
		const image = `https://cbu01.alicdn.com/img/ibank/O1CN01${r.hex(8)}${r.digits(10)}_!!${seller.userId}-0-cib.jpg`;
		const createTime = startMs - r.int(20, 600) * DAY - r.int(0, DAY - 1);
		const lastUpdateTime = Math.min(startMs - HOUR, createTime + r.int(1, 60) * DAY);
		return {
			productID,
			name: spec.name,
			subjectTrans: spec.name,
			unit: spec.unit,
			categoryId: spec.category,
			seller,
			image,
			images: [
				image,
				...Array.from({ length: 2 }, (_, i) => image.replace(/\.jpg$/, `_${i + 2}.jpg`)),
			],
			cargoNumber: `CG${r.int(1000, 9999)}`,
			// a product without SKUs keeps its stock on one hidden internal SKU (never printed: saleInfo.amountOnSale)
			skus: combos.map((attrs) => ({
				skuID: Number(unique(13)),
				specId: r.hex(32),
				attrs,
				priceFen: Math.max(1, base + r.int(-2, 4) * 50),
				amountOnSale: r.int(50, 3000),
			})),
			minOrderQuantity: 1,
			monthSold: r.int(0, 3000),
			repurchaseRate: `${r.int(0, 40)}%`,
			createTime,
			lastUpdateTime,
			searchListing: false,
			status: spec.status,
			skuless: spec.attrs.length === 0,
			expireTime: spec.status === 'expired' ? lastUpdateTime + r.int(1, 10) * DAY : undefined,
			supplierCatalog: true,
		};
	}

	// what the seeded sales orders sell: the supplier's published products that are not search listings
	const shelf = [
		...products.filter((p) => p.seller === seller && !p.searchListing),
		...supplierCatalog.filter((p) => p.status === 'published'),
	];

	/**
	 * @param {import('./data').Buyer} buyer @param {import('./data').OrderStatus} status
	 * @param {number} minAge @param {number} maxAge @param {number} lineCount
	 * @returns {import('./data').Order}
	 */
	function salesOrder(buyer, status, minAge, maxAge, lineCount) {
		const createTime = startMs - Math.round((minAge + r.next() * (maxAge - minAge)) * DAY);
		const pool = [...shelf];
		/** @type {import('./data').OrderItem[]} */
		const items = [];
		for (let i = 0; i < Math.min(lineCount, pool.length); i++) {
			const product = pool.splice(r.int(0, pool.length - 1), 1)[0];
			const sku = r.pick(product.skus);
			const quantity = r.pick([1, 2, 3, 5, 10, 12, 20, 30, 50]);
			items.push({
				subItemID: unique(18, buyer.idSuffix),
				product,
				sku,
				quantity,
				priceFen: sku.priceFen,
				amountFen: sku.priceFen * quantity,
			});
		}
		/** @type {import('./data').Order} */
		const order = {
			id: unique(19, buyer.idSuffix),
			buyer,
			seller,
			status,
			createTime,
			modifyTime: createTime,
			items,
			shippingFeeFen: r.next() < 0.4 ? 0 : r.int(3, 15) * 100,
			refundFen: 0,
			address: buyer.addresses[0],
			phase: Number(unique(15)),
			packages: [],
		};
		fillTimeline(order, r);
		if (order.payTime !== undefined) order.alipayTradeId = alipayTradeId(order.payTime);
		if (SHIPPED.has(status) || (status === 'terminated' && order.allDeliveredTime !== undefined))
			order.packages = [parcel(order, items, /** @type {number} */ (order.allDeliveredTime))];
		order.shipment = order.packages[0];
		if (status === 'terminated') order.refundFen = totalFen(order);
		const overshoot = order.modifyTime - (startMs - MINUTE);
		if (overshoot > 0) shiftTimeline(order, -overshoot);
		return order;
	}

	/** @param {number} payTime */
	function alipayTradeId(payTime) {
		const payDay = new Date(payTime + 8 * HOUR).toISOString().slice(0, 10).replace(/-/g, '');
		return `${payDay}22001${r.digits(15)}`;
	}

	/**
	 * @param {import('./data').Order} order @param {import('./data').OrderItem[]} items @param {number} at
	 * @returns {import('./data').Shipment}
	 */
	function parcel(order, items, at) {
		const company = r.pick(catalog.LOGISTICS_COMPANIES);
		return {
			id: Number(unique(15)),
			billNo: company.bill(r.digits),
			companyId: company.id,
			companyName: company.name,
			companyCode: company.code,
			deliveredTime: at,
			subItemIds: items.map((i) => i.subItemID),
		};
	}

	/** @type {import('./data').Order[]} */
	const salesOrders = [];
	let turn = 0;
	const nextCustomer = () => customers[turn++ % customers.length];
	for (const [status, count, minAge, maxAge, lines] of SALES_PLAN) {
		for (let i = 0; i < count; i++) {
			// the first four orders waiting to ship have 2-3 lines, the rest of them one or two
			const lineCount = status === 'waitsellersend' ? (i < 4 ? 2 + (i % 2) : 1 + (i % 2)) : lines;
			salesOrders.push(salesOrder(nextCustomer(), status, minAge, maxAge, lineCount));
		}
	}

	// a refund in progress on the second line (WAIT_SELLER_AGREE, as refunds.js marks an item)
	const refunding = salesOrder(nextCustomer(), 'waitsellersend', 0.5, 3, 2);
	const askedAt = refunding.modifyTime + r.int(1, 12) * HOUR;
	refunding.items[1].refundStatus = 'WAIT_SELLER_AGREE';
	refunding.items[1].refundId = `TQ${unique(17, refunding.buyer.idSuffix)}`;
	refunding.refundStatus = 'waitselleragree';
	refunding.modifyTime = Math.min(askedAt, startMs - MINUTE);

	// the second line refunded in full before shipping: that line is closed (INFERRED: 交易终止,
	// the status the seeded fully refunded orders have), the first one still to ship
	const refunded = salesOrder(nextCustomer(), 'waitsellersend', 1, 4, 2);
	const line = refunded.items[1];
	line.refundStatus = 'REFUND_SUCCESS';
	line.refundId = `TQ${unique(17, refunded.buyer.idSuffix)}`;
	line.refundFen = line.amountFen;
	line.status = 'terminated';
	refunded.refundFen = line.amountFen;
	refunded.refundStatus = 'refundsuccess';
	refunded.modifyTime = Math.min(refunded.modifyTime + r.int(2, 20) * HOUR, startMs - MINUTE);

	// the first of three lines shipped (a partial shipment): that line waitbuyerreceive with its
	// parcel, the order still waitsellersend (INFERRED, see selling.js)
	const partly = salesOrder(nextCustomer(), 'waitsellersend', 1, 4, 3);
	const sentAt = Math.min(
		/** @type {number} */ (partly.payTime) + r.int(2, 20) * HOUR,
		startMs - MINUTE,
	);
	partly.packages = [parcel(partly, [partly.items[0]], sentAt)];
	partly.shipment = partly.packages[0];
	partly.items[0].status = 'waitbuyerreceive';
	partly.modifyTime = sentAt;

	salesOrders.push(refunding, refunded, partly);

	const mine = (/** @type {import('./data').Order} */ o) => o.seller === seller;
	const clean = salesOrders.filter(
		(o) => o.status === 'waitsellersend' && o !== refunding && o !== refunded && o !== partly,
	);
	const of = (/** @type {string} */ status) => salesOrders.find((o) => o.status === status)?.id;
	const published = supplierCatalog.filter((p) => p.status === 'published');
	const examples = {
		/** supplier, paid and waiting to ship, two or three lines, nothing special: ship it */
		salesOrderToShip: /** @type {string} */ (clean.find((o) => o.items.length >= 2)?.id),
		/** every such order (newest last); tests that ship take one each */
		salesOrdersToShip: clean.map((o) => o.id),
		/** supplier, waitbuyerpay: not shippable */
		salesOrderUnpaid: of('waitbuyerpay'),
		/** supplier, shipped (waitbuyerreceive, one parcel) */
		salesOrderShipped: of('waitbuyerreceive'),
		/** supplier, completed (success) */
		salesOrderCompleted: of('success'),
		/** supplier, cancelled before payment (cancel) */
		salesOrderCancelled: of('cancel'),
		/** supplier, refunded in full (terminated) */
		salesOrderTerminated: of('terminated'),
		/** supplier, waitsellersend, second line with a refund in progress (WAIT_SELLER_AGREE): 5001 */
		salesOrderRefunding: refunding.id,
		/** supplier, waitsellersend, second line refunded (REFUND_SUCCESS, line terminated): 5002; first line shippable */
		salesOrderRefunded: refunded.id,
		/** supplier, waitsellersend, first of three lines shipped already */
		salesOrderPartlyShipped: partly.id,
		/** a seeded demo-buyer order from the supplier, paid and not shipped (none with very few orders) */
		salesOrderOfDemoBuyer: orders.find(
			(o) => mine(o) && o.status === 'waitsellersend' && o.packages.length === 0,
		)?.id,
		/** the supplier's published product with the most SKUs */
		supplierProductId: published.reduce((a, b) => (b.skus.length > a.skus.length ? b : a))
			.productID,
		/** the supplier's published product without SKUs (stock in saleInfo.amountOnSale) */
		supplierProductWithoutSkus: /** @type {number} */ (published.find((p) => p.skuless)?.productID),
		/** the supplier's expired product */
		supplierProductExpired: /** @type {number} */ (
			supplierCatalog.find((p) => p.status === 'expired')?.productID
		),
		/** the supplier's product waiting to be deleted (TBD) */
		supplierProductTBD: /** @type {number} */ (
			supplierCatalog.find((p) => p.status === 'TBD')?.productID
		),
		/** a product of another seller: refused by alibaba.product.get / modifyStock for the supplier */
		otherSellerProductId: /** @type {Product} */ (products.find((p) => p.seller !== seller))
			.productID,
	};
	return { supplier, customers, supplierCatalog, salesOrders, examples };
}

/** @typedef {import('./data').Product} Product */

module.exports = { seedSelling, SUPPLIER_SELLER_INDEX, CUSTOMERS, OWN_CATALOG, SALES_PLAN };
