// @ts-check
'use strict';

// Buyers' refunds (issue 14): the refund records, their life cycle and what they do to the order.
// The APIs (apis/refunds.js) validate and print; this module keeps the state and moves it on.
//
// Life cycle (statuses: refund.buyer.queryOrderRefundList's refundStatusSet list; transitions and
// operation records: the OpQueryOrderRefund example, fixture alibaba.trade.refund.OpQueryOrderRefund.success.txt,
// and the OpQueryOrderRefundOperationList example):
//   createRefund              → waitselleragree            BUYER_APPLY_REFUND (buyer)
//   refund (仅退款):
//     sellerAgreeRefund       waitselleragree → refundsuccess   SELLER_AGREE_REFUND (seller)
//     timeoutRefund           waitselleragree → refundsuccess   SYSTEM_AGREE_REFUND (system)
//   returnRefund (退货退款):
//     sellerAgreeRefund       waitselleragree → waitbuyersend   SELLER_AGREE_REFUND_PROCOTOL (seller)
//     timeoutRefund           waitselleragree → waitbuyersend   SYSTEM_AGREE_REFUND_PROTOCOL (system)
//     refund.returnGoods      waitbuyersend → waitsellerreceive BUYER_SEND_GOODS (buyer)
//     sellerReceiveReturn     waitsellerreceive → refundsuccess SELLER_RECEIVE_GOODS (seller)
//   sellerRefuseRefund        waitselleragree | waitsellerreceive → waitbuyermodify
//                             SELLER_REJECT_REFUND_PROCOTOL (seller); with close: → refundclose
//                             SELLER_REJECT_REFUND (seller)
// The refundAction values are the documented list of the two refund topics (spellings as
// documented, PROCOTOL included); which action goes with which step is the sandbox's reading of
// their names (the two topic examples: SYSTEM_AGREE_REFUND_PROTOCOL → refundsuccess,
// SELLER_AGREE_REFUND_PROCOTOL → waitbuyersend).
const { formatDateTime } = require('./dates');
const { javaLong } = require('./json');

/** createRefund / getRefundReasonList goodsStatus values (API pages, verbatim). */
const GOODS_STATUSES = /** @type {const} */ ([
	'refundWaitSellerSend',
	'refundWaitBuyerReceive',
	'refundBuyerReceived',
	'aftersaleBuyerNotReceived',
	'aftersaleBuyerReceived',
]);

/** OpOrderRefundModel.status values (queryOrderRefundList refundStatusSet, verbatim). */
const REFUND_STATUSES = /** @type {const} */ ([
	'waitselleragree',
	'refundsuccess',
	'refundclose',
	'waitbuyermodify',
	'waitbuyersend',
	'waitsellerreceive',
]);
/** @typedef {typeof REFUND_STATUSES[number]} RefundStatus */

/** Statuses of a refund still in progress ("活动", queryType 1). */
const OPEN_REFUND_STATUSES = /** @type {readonly RefundStatus[]} */ ([
	'waitselleragree',
	'waitbuyermodify',
	'waitbuyersend',
	'waitsellerreceive',
]);

/**
 * ProductItemInfo.refundStatus: upper case on the items while OrderBaseInfo.refundStatus is lower
 * case (fixture alibaba.trade.get.buyerView.success.txt: "WAIT_SELLER_AGREE" / "waitselleragree");
 * the other upper-case spellings are the sandbox's own, built the same way.
 * @type {Readonly<Record<RefundStatus, string>>}
 */
const ITEM_REFUND_STATUS = Object.freeze({
	waitselleragree: 'WAIT_SELLER_AGREE',
	refundsuccess: 'REFUND_SUCCESS',
	refundclose: 'REFUND_CLOSE',
	waitbuyermodify: 'WAIT_BUYER_MODIFY',
	waitbuyersend: 'WAIT_BUYER_SEND',
	waitsellerreceive: 'WAIT_SELLER_RECEIVE',
});

/** The two buyer refund topics (topic pages; see push.js). In-sale: the trade is not finished. */
const REFUND_TOPICS = Object.freeze({
	inSale: 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES',
	afterSale: 'ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES',
});

/**
 * @typedef {{ id: number, name: string, needVoucher: boolean, noRefundCarriage: boolean, tip: string }} RefundReason
 */

/** @param {number} id @param {string} name @param {boolean} needVoucher @param {boolean} noRefundCarriage @param {string} tip @returns {RefundReason} */
const reason = (id, name, needVoucher, noRefundCarriage, tip) => ({
	id,
	name,
	needVoucher,
	noRefundCarriage,
	tip,
});

/*
 * The reasons getRefundReasonList offers per goodsStatus. 1688 publishes no reply example: the
 * lists are the sandbox's own, after the reasons 1688's refund pages show. Two (id, name) pairs
 * are real: 20021 颜色/图案/款式不符 (OpQueryOrderRefund example) and 20028 不想买了，已与卖家协商一致
 * (queryOrderRefundList example; 20028 is also createRefund's input example).
 */
const R = {
	agreed: reason(
		20028,
		'不想买了，已与卖家协商一致',
		false,
		true,
		'请先与卖家协商一致再申请，此原因不退运费',
	),
	mistake: reason(20031, '拍错/多拍/不想要', false, true, '此原因不退运费'),
	outOfStock: reason(20032, '卖家缺货', false, false, ''),
	lateShipping: reason(20033, '卖家未按约定时间发货', false, false, ''),
	other: reason(20039, '其他', false, false, '请在退款说明中写明原因'),
	notArrived: reason(20041, '快递一直未送达', false, false, '请先与快递公司核实物流情况'),
	noTrace: reason(20042, '快递无跟踪记录', false, false, ''),
	rejected: reason(20043, '货物破损已拒签', true, false, '请上传拒签凭证或物流破损照片'),
	signedNotReceived: reason(20045, '快递显示签收但未收到货', true, false, '请上传物流签收记录截图'),
	style: reason(20021, '颜色/图案/款式不符', true, false, '请上传商品实拍图片'),
	size: reason(20022, '尺寸/规格不符', true, false, '请上传商品实拍及测量图片'),
	quality: reason(20023, '质量问题', true, false, '请上传能体现质量问题的图片'),
	missing: reason(20024, '少件/漏发', true, false, '请上传收到商品的全部实拍图片'),
	wrong: reason(20025, '卖家发错货', true, false, '请上传收到商品及吊牌的实拍图片'),
	broken: reason(20026, '收到商品破损', true, false, '请上传破损部位的实拍图片'),
	noReason: reason(
		20029,
		'七天无理由退货',
		false,
		true,
		'商品需保持原样，不影响二次销售，此原因不退运费',
	),
};

/** @type {Readonly<Record<typeof GOODS_STATUSES[number], readonly RefundReason[]>>} */
const REFUND_REASONS = Object.freeze({
	refundWaitSellerSend: [R.agreed, R.mistake, R.outOfStock, R.lateShipping, R.other],
	refundWaitBuyerReceive: [R.agreed, R.notArrived, R.noTrace, R.rejected, R.other],
	refundBuyerReceived: [
		R.style,
		R.size,
		R.quality,
		R.missing,
		R.wrong,
		R.broken,
		R.agreed,
		R.noReason,
		R.other,
	],
	aftersaleBuyerNotReceived: [R.notArrived, R.signedNotReceived, R.agreed, R.other],
	aftersaleBuyerReceived: [
		R.style,
		R.size,
		R.quality,
		R.missing,
		R.wrong,
		R.broken,
		R.noReason,
		R.other,
	],
});

/**
 * Where an order is for a refund (createRefund page: 售中 before the trade completes, 售后 after
 * confirming receipt; sandbox's own mapping of the order statuses):
 *   notShipped (waitsellersend, waitlogisticstakein), shipped (waitbuyerreceive, waitbuyersign,
 *   signinsuccess), afterSale (confirm_goods, success), closed (waitbuyerpay, cancel, terminated).
 * @param {import('./data').Order} order
 * @returns {'notShipped' | 'shipped' | 'afterSale' | 'closed'}
 */
function orderPhase(order) {
	switch (order.status) {
		case 'waitsellersend':
		case 'waitlogisticstakein':
			return 'notShipped';
		case 'waitbuyerreceive':
		case 'waitbuyersign':
		case 'signinsuccess':
			return 'shipped';
		case 'confirm_goods':
		case 'success':
			return 'afterSale';
		default:
			return 'closed';
	}
}

/** The goodsStatus values createRefund accepts in each phase (sandbox's own reading of 5010's rule 2). */
const GOODS_STATUSES_BY_PHASE = Object.freeze({
	notShipped: ['refundWaitSellerSend'],
	shipped: ['refundWaitBuyerReceive', 'refundBuyerReceived'],
	afterSale: ['aftersaleBuyerNotReceived', 'aftersaleBuyerReceived'],
	closed: [],
});

/** goodsStatus values meaning the buyer has the goods: only these allow returnRefund (createRefund page). */
const RECEIVED_GOODS_STATUSES = Object.freeze(['refundBuyerReceived', 'aftersaleBuyerReceived']);

/**
 * @typedef {{ item: import('./data').OrderItem, count: number, capFen: number, paidFen?: number }} RefundEntry
 *   capFen: what may be refunded for the entry when the refund was applied for; paidFen: what it refunded (on success)
 * @typedef {{ afterOperateStatus?: string, beforeOperateStatus?: string, closeRefundStepId: number,
 *   discription: string, gmtCreate: number, id: number, messageStatus: number, msgType: number,
 *   operateRemark: string, operateTypeInt: number, operatorLoginId: string, operatorRoleId: number,
 *   operatorUserId: number }} Operation
 * @typedef {{ name: string, mobile: string, address: string }} ReturnAddress
 * @typedef {{
 *   number: string, refundId: string, order: import('./data').Order, buyer: import('./data').Buyer,
 *   seller: import('./data').Seller, entries: RefundEntry[], disputeRequest: 'refund' | 'returnRefund',
 *   goodsStatus: string, goodsState: 1 | 2 | 3, applyFen: number, carriageFen: number, canRefundFen: number,
 *   reason: RefundReason, description: string, vouchers: string[], status: RefundStatus, inSale: boolean,
 *   gmtApply: number, gmtModified: number, gmtCompleted?: number, rejectTimes: number,
 *   rejectReason?: { id: number, text: string }, returnAddress?: ReturnAddress, freightBill?: string,
 *   carrier?: import('./catalog').Carrier, returnDescription?: string, returnVouchers?: string[],
 *   operations: Operation[], lastAction?: string, lastOperator?: string }} Refund
 * goodsState is OpOrderRefundModel.goodsStatus (int): 1 买家未收到货, 2 买家已收到货, 3 买家已退货.
 * @typedef {{ type: string, refund: Refund, data: Record<string, unknown> }} RefundEvent
 */

/** uploadRefundVoucher's imageDomain (sandbox's own form: a host without scheme or slash). */
const VOUCHER_DOMAIN = 'cbu01.alicdn.com';

/** A voucher URL reduced to host/path: no scheme, no doubled slashes. @param {string} url */
const normalizeVoucher = (url) =>
	url
		.trim()
		.replace(/^(https?:)?\/\//i, '')
		.replace(/\/{2,}/g, '/');

const yuanText = (/** @type {number} */ fen) => (fen / 100).toFixed(2);

/** Refund books by the sandbox data they belong to (one per started sandbox). */
/** @type {WeakMap<object, ReturnType<typeof createRefundBook>>} */
const books = new WeakMap();

/**
 * @param {{ data?: import('./data').SandboxData, clock: import('../common/clock').Clock,
 *   random: import('../common/prng').Random, emit?: (event: RefundEvent) => void }} deps
 */
function createRefundBook({ clock, random, emit = () => undefined }) {
	/** @type {Refund[]} */
	const refunds = [];
	/** @type {Map<string, Refund>} */
	const byId = new Map();
	/** normalized voucher URL → memberId of the buyer who uploaded it */
	/** @type {Map<string, string>} */
	const vouchers = new Map();
	/** @type {Array<{ api: string, error: { code: string, message: string } }>} */
	const forced = [];
	/** Every event so far (also when nobody is subscribed to pushes). @type {RefundEvent[]} */
	const events = [];

	/** 17 digits ending in the buyer's id suffix, like the examples' ids (…961198 for buyer 1624961198). @param {import('./data').Buyer} buyer */
	function newNumber(buyer) {
		for (;;) {
			const number = random.digits(17 - buyer.idSuffix.length) + buyer.idSuffix;
			if (!byId.has(`TQ${number}`)) return number;
		}
	}

	/** @param {import('./data').OrderItem} item */
	const openRefundOf = (item) =>
		refunds.find(
			(r) => OPEN_REFUND_STATUSES.includes(r.status) && r.entries.some((e) => e.item === item),
		);

	/** What is left to refund of an item (its amount less what successful refunds paid). @param {import('./data').OrderItem} item */
	const refundableFen = (item) => item.amountFen - (item.refundFen ?? 0);

	/** Postage left to refund on the order (less open and successful refunds' carriage). @param {import('./data').Order} order */
	const refundableCarriageFen = (order) =>
		order.shippingFeeFen -
		refunds
			.filter((r) => r.order === order && r.status !== 'refundclose')
			.reduce((sum, r) => sum + r.carriageFen, 0);

	/** @param {string} refundId */
	const find = (refundId) => byId.get(refundId.trim());

	/** @param {string} refundId */
	function get(refundId) {
		const refund = find(refundId);
		if (!refund) throw new Error(`no 1688 sandbox refund ${refundId}`);
		return refund;
	}

	/**
	 * An operation record (OpOrderRefundOperationModel) as in the examples: before and after carry
	 * the status before the step (so they are equal), the application has neither.
	 * @param {Refund} refund
	 * @param {{ role: 'buyer' | 'seller' | 'system', type: number, remark: string, text: string, withStatus?: boolean }} op
	 */
	function record(refund, { role, type, remark, text, withStatus = true }) {
		const who =
			role === 'buyer'
				? { loginId: refund.buyer.loginId, userId: refund.buyer.userId, roleId: 1 }
				: role === 'seller'
					? { loginId: refund.seller.loginId, userId: refund.seller.userId, roleId: 2 }
					: // sandbox's own: the examples show only roles 1 (buyer) and 2 (seller)
						{ loginId: 'system', userId: 0, roleId: 3 };
		refund.operations.unshift({
			...(withStatus
				? { afterOperateStatus: refund.status, beforeOperateStatus: refund.status }
				: {}),
			closeRefundStepId: 0,
			discription: text,
			gmtCreate: clock.now(),
			id: Number(random.digits(11)),
			messageStatus: 3,
			msgType: 7,
			operateRemark: remark,
			operateTypeInt: type,
			operatorLoginId: who.loginId,
			operatorRoleId: who.roleId,
			operatorUserId: who.userId,
		});
	}

	/**
	 * Moves the refund to `status`, mirrors it on the order and fires the refund push.
	 * @param {Refund} refund @param {RefundStatus} status @param {string} action @param {'buyer' | 'seller' | 'system'} operator
	 */
	function move(refund, status, action, operator) {
		const now = clock.now();
		refund.status = status;
		refund.gmtModified = now;
		refund.lastAction = action;
		refund.lastOperator = operator;
		if (status === 'refundsuccess' || status === 'refundclose') refund.gmtCompleted = now;
		if (status === 'refundsuccess') pay(refund);
		syncOrder(refund.order, now);
		const event = {
			type: refund.inSale ? REFUND_TOPICS.inSale : REFUND_TOPICS.afterSale,
			refund,
			data: pushData(refund, now),
		};
		events.push(event);
		emit(event);
	}

	/**
	 * The push `data` in the topic pages' shape and key order (fixtures
	 * push.ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES.doc-data.txt / …REFUND_AFTER_SALES…): the
	 * examples' refundId is a placeholder ("1234556"); the sandbox sends the real TQ id.
	 * @param {Refund} refund @param {number} now
	 */
	const pushData = (refund, now) => ({
		orderId: javaLong(refund.order.id),
		currentStatus: refund.status,
		msgSendTime: formatDateTime(now),
		buyerMemberId: refund.buyer.memberId,
		refundAction: refund.lastAction,
		operator: refund.lastOperator,
		sellerMemberId: refund.seller.memberId,
		refundId: refund.refundId,
	});

	/** A successful refund pays the entries (in turn, up to each cap) and the postage. @param {Refund} refund */
	function pay(refund) {
		let left = refund.applyFen;
		for (const entry of refund.entries) {
			const take = Math.min(left, entry.capFen, refundableFen(entry.item));
			entry.paidFen = take;
			entry.item.refundFen = (entry.item.refundFen ?? 0) + take;
			left -= take;
		}
		const order = refund.order;
		order.refundFen += refund.applyFen + refund.carriageFen;
		// an in-sale order refunded in full is closed (交易终止), like the seeded terminated orders
		if (refund.inSale && order.items.every((i) => refundableFen(i) <= 0)) {
			order.status = 'terminated';
			order.closeReason = 'refund';
		}
	}

	/**
	 * OrderBaseInfo.refundStatus is the status of the order's latest refund; each item shows the
	 * status and id of its latest refund (buyerView sample). The order's modifyTime moves too
	 * (sandbox's own), so list filters and polling triggers see the change.
	 * @param {import('./data').Order} order @param {number} now
	 */
	function syncOrder(order, now) {
		const mine = refunds.filter((r) => r.order === order);
		const latest = mine.reduce(
			(/** @type {Refund | undefined} */ a, r) =>
				a === undefined || r.gmtModified >= a.gmtModified ? r : a,
			undefined,
		);
		order.refundStatus = latest?.status;
		for (const item of order.items) {
			const own = mine.filter((r) => r.entries.some((e) => e.item === item));
			const last = own[own.length - 1];
			item.refundStatus = last ? ITEM_REFUND_STATUS[last.status] : undefined;
			item.refundId = last?.refundId;
		}
		order.modifyTime = now;
	}

	/**
	 * Opens a refund (createRefund, already validated) in waitselleragree.
	 * @param {{ order: import('./data').Order, buyer: import('./data').Buyer, entries: RefundEntry[],
	 *   disputeRequest: 'refund' | 'returnRefund', goodsStatus: string, applyFen: number, carriageFen: number,
	 *   reason: RefundReason, description: string, vouchers: string[] }} spec
	 */
	function apply(spec) {
		const now = clock.now();
		const number = newNumber(spec.buyer);
		const received = RECEIVED_GOODS_STATUSES.includes(spec.goodsStatus);
		/** @type {Refund} */
		const refund = {
			...spec,
			number,
			refundId: `TQ${number}`,
			seller: spec.order.seller,
			goodsState: received ? 2 : 1,
			canRefundFen: spec.entries.reduce((s, e) => s + e.capFen, 0),
			status: 'waitselleragree',
			inSale: orderPhase(spec.order) !== 'afterSale',
			gmtApply: now,
			gmtModified: now,
			rejectTimes: 0,
			operations: [],
		};
		refunds.push(refund);
		byId.set(refund.refundId, refund);
		record(refund, {
			role: 'buyer',
			type: 1,
			remark: '买家申请退款协议，等待卖家确认',
			text: [
				`退款诉求：${refund.disputeRequest === 'returnRefund' ? '退货退款' : '仅退款'}`,
				`申请原因：${refund.reason.name}`,
				`货品情况：${received ? '已收到货' : '未收到货'}`,
				`退款货品金额：${yuanText(refund.applyFen)}`,
				`退款运费金额：${yuanText(refund.carriageFen)}`,
				`退款说明：${refund.description}`,
			].join('|'),
			withStatus: false,
		});
		move(refund, 'waitselleragree', 'BUYER_APPLY_REFUND', 'buyer');
		return refund;
	}

	/** @param {Refund} refund @param {readonly RefundStatus[]} allowed @param {string} step */
	function expectStatus(refund, allowed, step) {
		if (!allowed.includes(refund.status))
			throw new Error(
				`${step}: refund ${refund.refundId} is ${refund.status}, not ${allowed.join(' or ')}`,
			);
	}

	/** @param {import('./data').Seller} seller @returns {ReturnAddress} */
	const sellerAddress = (seller) => ({
		name: seller.contactName,
		mobile: seller.mobile,
		address: `${seller.province} ${seller.city} ${seller.county}${seller.street}`,
	});

	/**
	 * The seller (or, with by 'system', the timeout) agrees: a refund-only refund succeeds, a
	 * return-and-refund waits for the goods (waitbuyersend) at the seller's return address.
	 * @param {string} refundId
	 * @param {{ address?: Partial<ReturnAddress>, by?: 'seller' | 'system' }} [options]
	 */
	function sellerAgree(refundId, options = {}) {
		const refund = get(refundId);
		const by = options.by ?? 'seller';
		expectStatus(
			refund,
			['waitselleragree'],
			by === 'system' ? 'timeoutRefund' : 'sellerAgreeRefund',
		);
		if (refund.disputeRequest === 'refund') {
			record(refund, {
				role: by,
				type: 19,
				remark: '退款成功',
				text:
					by === 'system'
						? '卖家超时未处理，系统同意仅退款协议，仅退款成功'
						: '卖家同意仅退款协议，仅退款成功',
			});
			move(
				refund,
				'refundsuccess',
				by === 'system' ? 'SYSTEM_AGREE_REFUND' : 'SELLER_AGREE_REFUND',
				by,
			);
		} else {
			const address = { ...sellerAddress(refund.seller), ...options.address };
			refund.returnAddress = address;
			record(refund, {
				role: by,
				type: 19,
				remark: '确认收货地址',
				text: `卖家确认收货地址：${address.name},${address.mobile},${address.address}`,
			});
			move(
				refund,
				'waitbuyersend',
				by === 'system' ? 'SYSTEM_AGREE_REFUND_PROTOCOL' : 'SELLER_AGREE_REFUND_PROCOTOL',
				by,
			);
		}
		return refund;
	}

	/**
	 * The seller refuses: the buyer may modify (waitbuyermodify), or with close the refund is closed.
	 * Allowed while waiting for the seller's agreement or for the seller to take the goods back.
	 * @param {string} refundId
	 * @param {{ close?: boolean, reason?: string, reasonId?: number }} [options]
	 */
	function sellerRefuse(refundId, options = {}) {
		const refund = get(refundId);
		expectStatus(refund, ['waitselleragree', 'waitsellerreceive'], 'sellerRefuseRefund');
		const text = options.reason ?? '买家提供的凭证不足，请补充后重新申请';
		refund.rejectReason = { id: options.reasonId ?? 30001, text };
		refund.rejectTimes += 1;
		record(refund, {
			role: 'seller',
			type: options.close ? 4 : 3,
			remark: options.close ? '退款关闭' : '卖家拒绝退款协议',
			text: `${options.close ? '卖家拒绝退款，退款关闭' : '卖家拒绝退款协议，等待买家修改'}|拒绝原因：${text}`,
		});
		if (options.close) move(refund, 'refundclose', 'SELLER_REJECT_REFUND', 'seller');
		else move(refund, 'waitbuyermodify', 'SELLER_REJECT_REFUND_PROCOTOL', 'seller');
		return refund;
	}

	/**
	 * The buyer sent the goods back (refund.returnGoods, already validated).
	 * @param {Refund} refund
	 * @param {{ carrier: import('./catalog').Carrier, freightBill: string, description?: string, vouchers: string[] }} how
	 */
	function buyerReturn(refund, { carrier, freightBill, description, vouchers: images }) {
		refund.carrier = carrier;
		refund.freightBill = freightBill;
		refund.returnDescription = description;
		refund.returnVouchers = images;
		refund.goodsState = 3;
		record(refund, {
			role: 'buyer',
			type: 10,
			remark: '买家退货',
			text: `买家声明退货，等待卖家确认。|物流公司：${carrier.name}|物流单号：${freightBill}|说明：${description ?? ''}|`,
		});
		move(refund, 'waitsellerreceive', 'BUYER_SEND_GOODS', 'buyer');
		return refund;
	}

	/** The seller received the returned goods: the refund succeeds. @param {string} refundId */
	function sellerReceive(refundId) {
		const refund = get(refundId);
		expectStatus(refund, ['waitsellerreceive'], 'sellerReceiveReturn');
		record(refund, {
			role: 'seller',
			type: 8,
			remark: '退款成功',
			text: '卖家同意退货退款协议，退货退款成功',
		});
		move(refund, 'refundsuccess', 'SELLER_RECEIVE_GOODS', 'seller');
		return refund;
	}

	/**
	 * Keeps an uploaded voucher image and names it as uploadRefundVoucher does: imageDomain +
	 * imageRelativeUrl "img/ibank/<year>/<3 digits>/<3 digits>/<11 digits>.jpg" (the shape of the
	 * documented voucher example https://cbu01.alicdn.com/img/ibank/2019/901/930/11848039109.jpg).
	 * @param {import('./data').Buyer} buyer
	 */
	function issueVoucher(buyer) {
		const year = new Date(clock.now() + 8 * 3600000).getUTCFullYear();
		for (;;) {
			const relative = `img/ibank/${year}/${random.digits(3)}/${random.digits(3)}/${random.digits(11)}.jpg`;
			const key = `${VOUCHER_DOMAIN}/${relative}`;
			if (vouchers.has(key)) continue;
			vouchers.set(key, buyer.memberId);
			return { imageDomain: VOUCHER_DOMAIN, imageRelativeUrl: relative };
		}
	}

	/**
	 * Whether `url` names an image this buyer uploaded: "图片域名/相对路径", with or without
	 * https:// (the voucher example has it), with one slash between the two.
	 * @param {import('./data').Buyer} buyer @param {string} url
	 */
	const isVoucherOf = (buyer, url) => vouchers.get(normalizeVoucher(url)) === buyer.memberId;

	/** @param {string} api @param {{ code: string, message: string }} error */
	const forceNext = (api, error) => forced.push({ api, error });

	/** The error forced for the next call of `api`, taken off the queue. @param {string} api */
	function takeForced(api) {
		const index = forced.findIndex((f) => f.api === api);
		return index === -1 ? undefined : forced.splice(index, 1)[0].error;
	}

	return {
		refunds,
		events,
		find,
		get,
		openRefundOf,
		refundableFen,
		refundableCarriageFen,
		apply,
		sellerAgree,
		sellerRefuse,
		buyerReturn,
		sellerReceive,
		issueVoucher,
		isVoucherOf,
		forceNext,
		takeForced,
		/** @param {string} orderId */
		ofOrder: (orderId) => refunds.filter((r) => r.order.id === String(orderId).trim()),
	};
}

/** @typedef {ReturnType<typeof createRefundBook>} RefundBook */

/** @param {object} data @param {RefundBook} book */
const registerRefundBook = (data, book) => {
	books.set(data, book);
};

/**
 * The refund book of a sandbox's data; a quiet one (no pushes) is made when none was registered.
 * @param {import('./data').SandboxData} data
 * @param {import('../common/clock').Clock} [clock]
 */
function refundBookOf(data, clock) {
	let book = books.get(data);
	if (!book) {
		const { createRandom } = require('../common/prng');
		book = createRefundBook({
			data,
			clock: clock ?? { startMs: Date.now(), now: Date.now, advance: () => Date.now() },
			random: createRandom(0x7e4f0d),
		});
		books.set(data, book);
	}
	return book;
}

module.exports = {
	createRefundBook,
	registerRefundBook,
	refundBookOf,
	orderPhase,
	normalizeVoucher,
	GOODS_STATUSES,
	GOODS_STATUSES_BY_PHASE,
	RECEIVED_GOODS_STATUSES,
	REFUND_STATUSES,
	OPEN_REFUND_STATUSES,
	ITEM_REFUND_STATUS,
	REFUND_TOPICS,
	REFUND_REASONS,
	VOUCHER_DOMAIN,
};
