// @ts-check
'use strict';

// Message push (protocol §5.6): 1688 POSTs `message=<json>&_aop_signature=<sig>` form-urlencoded
// (UTF-8) to the subscriber's URL. The signature is the params-only rule (§1.3) over every
// parameter sent but the signature, which for the plain push is "message" + the exact JSON text.
// The JSON text is built once and that very text is signed and sent.
const { formatDateTime } = require('../common/beijing-time');
const { DEMO_BUYER } = require('./data');
const { JavaLong, javaLong, toJson } = require('./json');
const { SIGNATURE_PARAM, signParamsOnly } = require('./signature');
const { refundBookOf, REFUND_TOPICS } = require('./refunds');

/** @type {readonly string[]} the buyer and seller views of the two refund topics */
const REFUND_TOPIC_TYPES = [
	REFUND_TOPICS.inSale,
	REFUND_TOPICS.afterSale,
	'ORDER_ORDER_BUYER_REFUND_IN_SALES',
	'ORDER_ORDER_REFUND_AFTER_SALES',
];

/** Order topics (type = topicGroup + "_" + topicName); COMFIRM is 1688's own spelling. */
const ORDER_MESSAGE_TOPICS = Object.freeze([
	'ORDER_BUYER_VIEW_BUYER_MAKE',
	'ORDER_BUYER_VIEW_ORDER_PAY',
	'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS',
	'ORDER_BUYER_VIEW_PART_PART_SENDGOODS',
	'ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS',
	'ORDER_BUYER_VIEW_ORDER_SUCCESS',
	'ORDER_BUYER_VIEW_ORDER_BUYER_CLOSE',
	'ORDER_BUYER_VIEW_ORDER_SELLER_CLOSE',
	'ORDER_BUYER_VIEW_ORDER_BOPS_CLOSE',
	'ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY',
	'ORDER_BUYER_VIEW_ORDER_STEP_PAY',
	'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES',
	'ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES',
	'ORDER_BATCH_PAY',
]);
const LOGISTICS_MESSAGE_TOPICS = Object.freeze([
	'LOGISTICS_BUYER_VIEW_TRACE',
	'LOGISTICS_MAIL_NO_CHANGE',
]);
const PRODUCT_MESSAGE_TOPICS = Object.freeze([
	'PRODUCT_PRODUCT_INVENTORY_CHANGE',
	'PRODUCT_RELATION_VIEW_PRODUCT_CHANGE',
]);

/**
 * The seller-view order topics (research seller-orders §6): the group prefix ORDER_ without
 * BUYER_VIEW_ (there are no ORDER_SELLER_VIEW_* topics). ORDER_ORDER_PRICE_MODIFY has a topic page
 * (fixture push.ORDER_ORDER_PRICE_MODIFY.doc-data.txt); the others are OBSERVED in clients' topic
 * enums (ORDER_PAY without a second ORDER_, COMFIRM as on the buyer topic). Not part of
 * MESSAGE_TOPICS (§5.6's list); subscribePush takes them as well.
 */
const SELLER_ORDER_TOPICS = Object.freeze([
	'ORDER_BUYER_MAKE',
	'ORDER_PAY',
	'ORDER_ANNOUNCE_SENDGOODS',
	'ORDER_PART_PART_SENDGOODS',
	'ORDER_ORDER_COMFIRM_RECEIVEGOODS',
	'ORDER_ORDER_SUCCESS',
	'ORDER_ORDER_BUYER_CLOSE',
	'ORDER_ORDER_SELLER_CLOSE',
	'ORDER_ORDER_BOPS_CLOSE',
	'ORDER_ORDER_PRICE_MODIFY',
	'ORDER_ORDER_STEP_PAY',
	'ORDER_MODIFY_MEMO',
	'ORDER_ORDER_BUYER_REFUND_IN_SALES',
	'ORDER_ORDER_REFUND_AFTER_SALES',
]);

/**
 * The seller-view twin of a buyer-view order topic: the same event seen by the order's seller.
 * @param {string} type @returns {string | undefined}
 */
function sellerTopicOf(type) {
	if (!type.startsWith('ORDER_BUYER_VIEW_')) return undefined;
	if (type === 'ORDER_BUYER_VIEW_ORDER_PAY') return 'ORDER_PAY';
	const twin = `ORDER_${type.slice('ORDER_BUYER_VIEW_'.length)}`;
	return SELLER_ORDER_TOPICS.includes(twin) ? twin : undefined;
}

/** Every topic of §5.6, order topics first, then logistics, then product. */
const MESSAGE_TOPICS = Object.freeze([
	...ORDER_MESSAGE_TOPICS,
	...LOGISTICS_MESSAGE_TOPICS,
	...PRODUCT_MESSAGE_TOPICS,
]);
const MESSAGE_TOPIC_GROUPS = Object.freeze({
	order: ORDER_MESSAGE_TOPICS,
	logistics: LOGISTICS_MESSAGE_TOPICS,
	product: PRODUCT_MESSAGE_TOPICS,
});

/**
 * The order topic 1688 would push when an order enters a status (INFERRED from the topic names);
 * handy with changeOrder / simulateActivity.
 * @type {Readonly<Record<import('./data').OrderStatus, string>>}
 */
const ORDER_STATUS_TOPICS = Object.freeze({
	waitbuyerpay: 'ORDER_BUYER_VIEW_BUYER_MAKE',
	waitsellersend: 'ORDER_BUYER_VIEW_ORDER_PAY',
	waitlogisticstakein: 'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS',
	waitbuyerreceive: 'ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS',
	waitbuyersign: 'LOGISTICS_BUYER_VIEW_TRACE',
	signinsuccess: 'LOGISTICS_BUYER_VIEW_TRACE',
	confirm_goods: 'ORDER_BUYER_VIEW_ORDER_COMFIRM_RECEIVEGOODS',
	success: 'ORDER_BUYER_VIEW_ORDER_SUCCESS',
	cancel: 'ORDER_BUYER_VIEW_ORDER_BUYER_CLOSE',
	terminated: 'ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES',
});

/** Statuses that mean "the seller sent the goods": their topic is raised only for an order with a parcel. */
const SHIPPING_STATUSES = new Set(['waitlogisticstakein', 'waitbuyerreceive']);

/**
 * The topic the sandbox raises when `order` entered its current status (ORDER_STATUS_TOPICS), or
 * undefined: ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS (the whole order) only once the order has a
 * parcel, since the message announces one (a waitlogisticstakein order has none in this sandbox
 * unless it had one before).
 * @param {import('./data').Order} order
 * @returns {string | undefined}
 */
function statusTopicOf(order) {
	if (SHIPPING_STATUSES.has(order.status) && order.packages.length === 0) return undefined;
	return ORDER_STATUS_TOPICS[order.status];
}

/** The secret `forge: 'wrongSecret'` signs with. */
const WRONG_SECRET = 'not-the-app-secret';

/**
 * @typedef {'badSignature' | 'unsigned' | 'wrongSecret'} Forgery
 * @typedef {{ url: string, type?: string, orderId?: string, data?: Record<string, unknown>,
 *   msgId?: string | number, forge?: Forgery, extraParams?: Record<string, string>,
 *   appKey?: string, timeoutMs?: number, gmtBorn?: number, userInfo?: string }} PushSpec
 * `gmtBorn` (epoch ms) backdates a message, as when an old captured message is sent again.
 * `userInfo`: the memberId the message is for (default the demo buyer; the seller topics the supplier's).
 * One push: what was sent (`form` is the exact request body, `message` the JSON text in it) and
 * what the receiver answered (`status`, `body`; status null and `error` when it could not be reached).
 * @typedef {{ url: string, type: string, msgId: string, message: string, signature: string | undefined,
 *   forge: Forgery | undefined, form: string, at: number, status: number | null, body: string,
 *   error?: string }} PushedMessage
 * An event the sandbox raises: a topic, and the order it is about (data built as pushMessage does)
 * or the data itself (the refund topics carry their refund's).
 * @typedef {{ type: string, orderId?: string, data?: Record<string, unknown>, userInfo?: string }} RaisedEvent
 * @typedef {{ url: string, appKey?: string, topics?: readonly string[] }} PushSubscription
 */

/** Flips the last hex digit, so the signature keeps its shape but is wrong. @param {string} sig */
const corrupt = (sig) => sig.slice(0, -1) + (sig.endsWith('0') ? '1' : '0');

/**
 * @param {{ data: import('./data').SandboxData, state: import('./state').SandboxState,
 *   clock: import('../common/clock').Clock, random: import('../common/prng').Random, defaultAppKey: string }} deps
 */
function createPusher({ data, state, clock, random, defaultAppKey }) {
	/** @type {PushedMessage[]} */
	const pushedMessages = [];

	/** The demo buyer's most recently modified order: what an order message is about by default. */
	function latestOrder() {
		const own = data.orders.filter((o) => o.buyer.memberId === DEMO_BUYER.memberId);
		if (own.length === 0) throw new Error('the demo buyer has no orders: give orderId or data');
		return own.reduce((a, b) => (b.modifyTime > a.modifyTime ? b : a));
	}

	/** @param {string | undefined} orderId */
	function orderFor(orderId) {
		if (orderId === undefined) return latestOrder();
		const order = data.ordersById.get(String(orderId));
		if (!order) throw new Error(`no 1688 sandbox order ${orderId}`);
		return order;
	}

	/**
	 * The `data` of a message of `type`. Order topics: §5.6's documented shape (fixtures
	 * push.ORDER_BUYER_VIEW_ORDER_PAY*.txt). Logistics topics: the models of their topic pages
	 * (fixtures push.LOGISTICS_*.doc-data.txt). Product topics: INFERRED shapes (only §5.6's topic
	 * names are documented here); pass `data`
	 * to send another.
	 * @param {string} type @param {string | undefined} orderId @param {number} now
	 * @returns {Record<string, unknown>}
	 */
	function defaultData(type, orderId, now) {
		const msgSendTime = formatDateTime(now);
		if (type.startsWith('ORDER_')) {
			const order = orderFor(orderId);
			// the refund topics: the data of the order's latest refund (refunds.js), else the
			// order's fields with the topic example's placeholders for refundId and refundAction
			if (REFUND_TOPIC_TYPES.includes(type)) return refundPushData(order, msgSendTime);
			return {
				orderId: javaLong(order.id),
				currentStatus: order.status,
				msgSendTime,
				buyerMemberId: order.buyer.memberId,
				sellerMemberId: order.seller.memberId,
			};
		}
		if (type.startsWith('LOGISTICS_')) {
			const order = orderFor(orderId);
			const pkg = order.packages[0];
			const model = {
				logisticsId: pkg ? `BX${pkg.id}` : '',
				cpCode: pkg?.companyCode ?? '',
				mailNo: pkg?.billNo ?? '',
				statusChanged: order.receivingTime !== undefined ? 'SIGN' : pkg ? 'TRANSPORT' : 'CONSIGN',
				changeTime: msgSendTime,
				orderLogsItems: order.items.map((i) => ({
					orderId: javaLong(order.id),
					orderEntryId: javaLong(i.subItemID),
				})),
			};
			// MailNoChangeModel {logisticsId, oldCpCode, newCpCode, oldMailNo, newMailNo, eventTime,
			// orderLogsItems} (fixture push.LOGISTICS_MAIL_NO_CHANGE.doc-data.txt, topic page);
			// OrderLogisticsTracingModel as in push.LOGISTICS_BUYER_VIEW_TRACE.doc-data.txt
			return type === 'LOGISTICS_MAIL_NO_CHANGE'
				? {
						MailNoChangeModel: {
							logisticsId: model.logisticsId,
							oldCpCode: model.cpCode,
							newCpCode: model.cpCode,
							oldMailNo: model.mailNo,
							newMailNo: model.mailNo,
							eventTime: msgSendTime,
							orderLogsItems: model.orderLogsItems,
						},
					}
				: { OrderLogisticsTracingModel: model };
		}
		if (type.startsWith('PRODUCT_')) {
			const product = data.productsById.get(Number(data.examples.productId)) ?? data.products[0];
			const sku = product.skus[0];
			if (type === 'PRODUCT_PRODUCT_INVENTORY_CHANGE') {
				return {
					OfferInventoryChangeList: [
						{
							offerId: product.productID,
							offerOnSale: product.skus.reduce((s, k) => s + k.amountOnSale, 0),
							skuId: sku.skuID,
							skuOnSale: sku.amountOnSale,
							quantity: 0,
							bizTime: msgSendTime,
						},
					],
				};
			}
			return {
				productIds: String(product.productID),
				memberId: DEMO_BUYER.memberId,
				status: 'RELATION_VIEW_PRODUCT_NEW_OR_MODIFY',
				msgSendTime,
			};
		}
		return {};
	}

	/**
	 * POSTs one message as 1688 does and records it in pushedMessages. Rejects only when the
	 * receiver cannot be reached (the attempt is recorded with status null and the error).
	 * @param {PushSpec} spec
	 * @returns {Promise<{ status: number, body: string, message: string, msgId: string }>}
	 */
	async function pushMessage(spec) {
		const {
			url,
			type = 'ORDER_BUYER_VIEW_ORDER_PAY',
			forge,
			extraParams = {},
			timeoutMs = 10000,
		} = spec;
		if (typeof url !== 'string' || url === '')
			throw new Error('pushMessage needs the receiver url');
		if (forge !== undefined && !['badSignature', 'unsigned', 'wrongSecret'].includes(forge)) {
			throw new Error(`unknown forge ${String(forge)}: badSignature, unsigned or wrongSecret`);
		}
		const app = state.apps.get(spec.appKey ?? defaultAppKey);
		if (!app) throw new Error(`unknown app ${spec.appKey}`);
		const now = clock.now();
		// generated ids are bare JSON numbers (as in §5.6's examples, and < 2^53); a given string
		// is sent as a JSON string, a given number as a number
		const msgIdValue = spec.msgId ?? javaLong(random.digits(12));
		const msgId = typeof msgIdValue === 'object' ? msgIdValue.digits : String(msgIdValue);
		const body =
			spec.orderId !== undefined && type.startsWith('ORDER_')
				? { ...defaultData(type, spec.orderId, now), ...spec.data }
				: (spec.data ?? defaultData(type, spec.orderId, now));
		const message = toJson({
			msgId: msgIdValue,
			type,
			userInfo: spec.userInfo ?? DEMO_BUYER.memberId,
			gmtBorn: spec.gmtBorn ?? now,
			data: body,
		});

		/** @type {Record<string, string>} */
		const params = { message, ...extraParams };
		const secret = forge === 'wrongSecret' ? WRONG_SECRET : app.appSecret;
		let signature = forge === 'unsigned' ? undefined : signParamsOnly(params, secret);
		if (forge === 'badSignature' && signature !== undefined) signature = corrupt(signature);
		const form = new URLSearchParams({ message });
		if (signature !== undefined) form.set(SIGNATURE_PARAM, signature);
		for (const [key, value] of Object.entries(extraParams)) form.append(key, value);
		const formText = form.toString();

		/** @type {PushedMessage} */
		const entry = {
			url,
			type,
			msgId,
			message,
			signature,
			forge,
			form: formText,
			at: now,
			status: null,
			body: '',
		};
		pushedMessages.push(entry);
		try {
			const res = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
				body: formText,
				signal: AbortSignal.timeout(timeoutMs),
			});
			entry.status = res.status;
			entry.body = await res.text();
			return { status: res.status, body: entry.body, message, msgId };
		} catch (error) {
			entry.error = error instanceof Error ? error.message : String(error);
			throw error;
		}
	}

	/**
	 * A refund topic's data (fixtures push.ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES.doc-data.txt,
	 * push.ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES.doc-data.txt, same keys and order).
	 * @param {import('./data').Order} order @param {string} msgSendTime
	 */
	function refundPushData(order, msgSendTime) {
		const events = refundBookOf(data, clock).events.filter((e) => e.refund.order === order);
		const latest = events[events.length - 1];
		if (latest) return { ...latest.data, msgSendTime };
		return {
			orderId: javaLong(order.id),
			currentStatus: order.status,
			msgSendTime,
			buyerMemberId: order.buyer.memberId,
			refundAction: 'BUYER_APPLY_REFUND',
			operator: 'buyer',
			sellerMemberId: order.seller.memberId,
			refundId: '1234556',
		};
	}

	// ---- subscriptions: every event the sandbox raises (buying-state.js, refunds.js, activity.js)
	// goes through raise() to each subscription that wants its topic
	/** @type {PushSubscription[]} */
	const subscriptions = [];
	/** @type {Set<Promise<unknown>>} */
	const pending = new Set();

	/**
	 * Control: from now on every event the sandbox raises is pushed to `url` (signed with `appKey`'s
	 * secret, default the demo app), only `topics` when given. Returns the unsubscribe function.
	 * @param {string} url @param {{ appKey?: string, topics?: readonly string[] }} [options]
	 */
	function subscribePush(url, options = {}) {
		if (typeof url !== 'string' || url === '') throw new Error('subscribePush needs a url');
		if (options.appKey !== undefined && !state.apps.get(options.appKey))
			throw new Error(`subscribePush: unknown app ${options.appKey}`);
		const unknown = (options.topics ?? []).filter(
			(t) => !MESSAGE_TOPICS.includes(t) && !SELLER_ORDER_TOPICS.includes(t),
		);
		if (unknown.length > 0)
			throw new Error(
				`subscribePush: unknown topics ${unknown.join(', ')} (see MESSAGE_TOPICS, SELLER_ORDER_TOPICS)`,
			);
		/** @type {PushSubscription} */
		const sub = { url, appKey: options.appKey, topics: options.topics && [...options.topics] };
		subscriptions.push(sub);
		return () => {
			const at = subscriptions.indexOf(sub);
			if (at >= 0) subscriptions.splice(at, 1);
		};
	}

	/** The order an event is about: its orderId, or the orderId of its data (the refund topics). @param {RaisedEvent} event */
	function orderOf(event) {
		const id = event.orderId ?? event.data?.orderId;
		const digits = id instanceof JavaLong ? id.digits : id === undefined ? undefined : String(id);
		return digits === undefined ? undefined : data.ordersById.get(digits);
	}

	/**
	 * Raises an event (issue 15: with its seller view). A buyer-view topic (ORDER_BUYER_VIEW_*,
	 * LOGISTICS_BUYER_VIEW_*) goes out for the order's buyer only when that buyer is an account (the
	 * demo buyer, the other buyer): the supplier's customers never authorized an app. An order sold
	 * by the demo supplier raises, as well, the seller-view twin of an order topic (sellerTopicOf)
	 * for the supplier (userInfo its memberId).
	 * @param {RaisedEvent} event
	 */
	function raise(event) {
		const order = orderOf(event);
		const buyerView = event.type.includes('_BUYER_VIEW_');
		if (!(buyerView && order && !state.users.has(order.buyer.memberId))) send(event);
		const twin = sellerTopicOf(event.type);
		if (twin && order && order.seller.memberId === data.supplier.memberId)
			send({ ...event, type: twin, userInfo: data.supplier.memberId });
	}

	/**
	 * Pushes an event to every subscription that wants its topic. The message is built at once
	 * (the order as it is now); the sends are not awaited (flushPushes waits for them), and a
	 * receiver that cannot be reached is recorded in pushedMessages.
	 * @param {RaisedEvent} event
	 */
	function send(event) {
		for (const sub of subscriptions) {
			if (sub.topics && !sub.topics.includes(event.type)) continue;
			const sent = pushMessage({ ...event, url: sub.url, appKey: sub.appKey })
				.catch(() => undefined)
				.finally(() => pending.delete(sent));
			pending.add(sent);
		}
	}

	/** Resolves once every push raised so far was answered (or failed). */
	async function flushPushes() {
		while (pending.size > 0) await Promise.all([...pending]);
	}

	return { pushMessage, pushedMessages, subscribePush, raise, flushPushes };
}

module.exports = {
	createPusher,
	MESSAGE_TOPICS,
	MESSAGE_TOPIC_GROUPS,
	ORDER_MESSAGE_TOPICS,
	LOGISTICS_MESSAGE_TOPICS,
	PRODUCT_MESSAGE_TOPICS,
	ORDER_STATUS_TOPICS,
	SELLER_ORDER_TOPICS,
	statusTopicOf,
	sellerTopicOf,
	WRONG_SECRET,
};
