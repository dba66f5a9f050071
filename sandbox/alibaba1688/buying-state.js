// @ts-check
'use strict';

// Per-sandbox state of the cross-border buying APIs (issue 14) and the controls tests use to set
// it: password-free ("protocol") pay agreements, balances and per-payment limits, the payments
// made, receipts confirmed per sub-order, uploaded search images, the 铺货 (listing) relations,
// and the order events the APIs raise (pushed to the subscriptions of push.js).
// Every rule here is the sandbox's own: 1688 documents no balance, limit or state model.
const { createHash } = require('node:crypto');
const { DEMO_BUYER } = require('./data');

/** isopen's payChannel values (API page alibaba.trade.pay.protocolPay.isopen-1: ALIPAY, SHEGOU = 诚E赊). */
const PROTOCOL_PAY_CHANNELS = /** @type {const} */ (['ALIPAY', 'SHEGOU']);

/** Default balance of every buyer for password-free pay, in fen (sandbox's own: 10,000,000 yuan). */
const PROTOCOL_PAY_DEFAULT_BALANCE_FEN = 1_000_000_000;
/** Default per-payment limit of password-free pay, in fen (sandbox's own: 100,000 yuan). */
const PROTOCOL_PAY_DEFAULT_LIMIT_FEN = 10_000_000;

/**
 * @typedef {typeof PROTOCOL_PAY_CHANNELS[number]} ProtocolPayChannel
 * @typedef {{ signed: boolean, bound: boolean }} Agreement
 * @typedef {Record<ProtocolPayChannel, Agreement>} Agreements
 * @typedef {{ orderId: string, memberId: string, payChannel: ProtocolPayChannel, amountFen: number,
 *   opRequestId: string | undefined, at: number }} ProtocolPayment
 * @typedef {{ imageId: string, hash: string, size: number, width?: number, height?: number,
 *   memberId: string, at: number }} UploadedImage
 * @typedef {{ type: string, orderId: string, memberId: string, at: number }} BuyingEvent
 */

/**
 * The default agreements (sandbox's own): the demo buyer has Alipay signed and bound, so the
 * examples pay at once; every other buyer looks like the isopen page's example (Alipay bound but
 * not signed, 诚E赊 neither).
 * @param {string} memberId
 * @returns {Agreements}
 */
const defaultAgreements = (memberId) =>
	memberId === DEMO_BUYER.memberId
		? { ALIPAY: { signed: true, bound: true }, SHEGOU: { signed: false, bound: false } }
		: { ALIPAY: { signed: false, bound: true }, SHEGOU: { signed: false, bound: false } };

/**
 * @param {{ data: import('./data').SandboxData, clock: import('../common/clock').Clock,
 *   pusher: { raise: (event: import('./push').RaisedEvent) => void } }} deps
 */
function createBuyingState({ data, clock, pusher }) {
	/** @type {Map<string, Agreements>} */
	const agreements = new Map();
	/** @type {Map<string, number>} */
	const balances = new Map();
	/** @type {Map<string, number>} */
	const limits = new Map();
	/** @type {Map<string, ProtocolPayment>} order id → the password-free payment that paid it */
	const payments = new Map();
	/** @type {Map<string, Set<string>>} order id → sub-order ids whose receipt was confirmed */
	const confirmedEntries = new Map();
	/** @type {Map<string, UploadedImage>} */
	const images = new Map();
	/** @type {Map<string, Set<number>>} memberId → product ids in the buyer's 铺货 list */
	const listings = new Map();
	/** @type {BuyingEvent[]} */
	const events = [];
	let uploads = 0;
	/** @type {{ crossOrderReply: 'wrapped' | 'docSample' }} see apis/buying.js crossReply */
	const options = { crossOrderReply: 'wrapped' };

	/** @param {string} memberId */
	function buyerOf(memberId) {
		const buyer = data.buyers.find((b) => b.memberId === memberId);
		if (!buyer) throw new Error(`unknown 1688 sandbox buyer ${memberId}`);
		return buyer;
	}

	/** @param {string} memberId @returns {Agreements} */
	function agreementsOf(memberId) {
		let own = agreements.get(memberId);
		if (!own) {
			own = defaultAgreements(memberId);
			agreements.set(memberId, own);
		}
		return own;
	}

	/**
	 * Control: sets a buyer's agreements, per channel (unnamed channels and fields are kept).
	 * @param {string} memberId
	 * @param {Partial<Record<ProtocolPayChannel, Partial<Agreement>>>} spec
	 */
	function setProtocolPay(memberId, spec) {
		buyerOf(memberId);
		const own = agreementsOf(memberId);
		for (const [channel, value] of Object.entries(spec ?? {})) {
			if (!(/** @type {readonly string[]} */ (PROTOCOL_PAY_CHANNELS).includes(channel)))
				throw new Error(`unknown channel ${channel}: ${PROTOCOL_PAY_CHANNELS.join(' or ')}`);
			const agreement = own[/** @type {ProtocolPayChannel} */ (channel)];
			if (value?.signed !== undefined) agreement.signed = Boolean(value.signed);
			if (value?.bound !== undefined) agreement.bound = Boolean(value.bound);
		}
		return protocolPayOf(memberId);
	}

	/** A copy of a buyer's agreements. @param {string} memberId @returns {Agreements} */
	function protocolPayOf(memberId) {
		buyerOf(memberId);
		const own = agreementsOf(memberId);
		return { ALIPAY: { ...own.ALIPAY }, SHEGOU: { ...own.SHEGOU } };
	}

	/** @param {unknown} fen @param {string} what */
	function wholeFen(fen, what) {
		if (typeof fen !== 'number' || !Number.isInteger(fen) || fen < 0)
			throw new Error(`${what} must be a whole number of fen >= 0, got ${String(fen)}`);
		return fen;
	}

	/**
	 * The agreement number of a signed channel: 20 digits derived from the buyer and channel
	 * (sandbox's own; 1688 documents agreementNo only as a String).
	 * @param {string} memberId @param {ProtocolPayChannel} channel
	 */
	function agreementNo(memberId, channel) {
		const hex = createHash('sha256').update(`${memberId} ${channel}`).digest('hex');
		return `20${BigInt(`0x${hex.slice(0, 24)}`)
			.toString()
			.padStart(18, '0')
			.slice(0, 18)}`;
	}

	/**
	 * Records an order event of the APIs and raises it (protocol §5.6): push.js pushes it to every
	 * subscription that wants it (subscribePush).
	 * @param {string} type a message topic, e.g. ORDER_BUYER_VIEW_ORDER_PAY
	 * @param {import('./data').Order} order
	 */
	function emit(type, order) {
		events.push({ type, orderId: order.id, memberId: order.buyer.memberId, at: clock.now() });
		pusher.raise({ type, orderId: order.id });
	}

	/** The 铺货 list of a buyer (created on first use). @param {string} memberId */
	function listingOf(memberId) {
		let own = listings.get(memberId);
		if (!own) {
			own = new Set();
			listings.set(memberId, own);
		}
		return own;
	}

	/** A new imageId: 16 digits from the upload count and the bytes' hash (sandbox's own). @param {string} hash */
	function newImageId(hash) {
		uploads++;
		const tail = BigInt(`0x${hash.slice(0, 12)}`)
			.toString()
			.padStart(10, '0')
			.slice(-10);
		return `${String(100000 + uploads).slice(-6)}${tail}`;
	}

	/**
	 * Control: the shape of createCrossOrder's success reply: 'wrapped' (default, the page's field
	 * table) or 'docSample' (the page's flat single-order samples, success:false beside the orderId).
	 * @param {'wrapped' | 'docSample'} style
	 */
	function setCreateCrossOrderReply(style) {
		if (style !== 'wrapped' && style !== 'docSample')
			throw new Error(
				`createCrossOrder reply style must be wrapped or docSample, got ${String(style)}`,
			);
		options.crossOrderReply = style;
	}

	return {
		options,
		setCreateCrossOrderReply,
		agreementsOf,
		agreementNo,
		setProtocolPay,
		protocolPayOf,
		/** @param {string} memberId */
		balanceOf: (memberId) => (
			buyerOf(memberId),
			balances.get(memberId) ?? PROTOCOL_PAY_DEFAULT_BALANCE_FEN
		),
		/** Control: a buyer's balance for password-free pay, in fen. @param {string} memberId @param {number} fen */
		setBalance: (memberId, fen) => {
			buyerOf(memberId);
			balances.set(memberId, wholeFen(fen, 'balance'));
		},
		/** @param {string} memberId */
		payLimitOf: (memberId) => (
			buyerOf(memberId),
			limits.get(memberId) ?? PROTOCOL_PAY_DEFAULT_LIMIT_FEN
		),
		/** Control: a buyer's per-payment limit for password-free pay, in fen. @param {string} memberId @param {number} fen */
		setPayLimit: (memberId, fen) => {
			buyerOf(memberId);
			limits.set(memberId, wholeFen(fen, 'pay limit'));
		},
		payments,
		confirmedEntries,
		images,
		newImageId,
		listingOf,
		emit,
		events,
	};
}

/** @typedef {ReturnType<typeof createBuyingState>} BuyingState */

module.exports = {
	createBuyingState,
	PROTOCOL_PAY_CHANNELS,
	PROTOCOL_PAY_DEFAULT_BALANCE_FEN,
	PROTOCOL_PAY_DEFAULT_LIMIT_FEN,
};
