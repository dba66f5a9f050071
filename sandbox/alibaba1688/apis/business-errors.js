// @ts-check
'use strict';

// Business error codes: HTTP 200 replies with success:false. The single table of every code the
// sandbox answers. Where 1688 documents a code for the case, the sandbox answers that code with
// the documented text (values filled in); the entries below name the API page whose 错误码 table
// (or description) documents it. The entries marked "sandbox's own" are the sandbox's choice
// where 1688 documents no code for the case (UPPER_CASE names of its own making).
const BUSINESS_ERRORS = /** @type {const} */ ({
	/** sandbox's own (getBuyerOrderList pageSize > 50) */
	PAGE_SIZE_TOO_LARGE: 'PAGE_SIZE_TOO_LARGE',
	/** sandbox's own (a date parameter not in the yyyyMMddHHmmssSSSZ format) */
	DATE_FORMAT_ERROR: 'DATE_FORMAT_ERROR',
	/** sandbox's own (any other unreadable parameter) */
	PARAM_ERROR: 'PARAM_ERROR',
	/** documented: getLogisticsTraceInfo.buyerView 错误码 "你没有权限获取该订单详情(买家端)"; used for every buyer-view read */
	ORDER_NO_PERMISSION: 'order.nopermission.buyer',
	/** documented for getLogisticsTraceInfo.buyerView ("无法找到相对应的物流单跟踪信息。"); used for unknown orders on the read APIs */
	ORDER_NOT_FOUND: '404',
	/** documented: alibaba.category.get errorCode example 500_1 */
	CATEGORY_NOT_FOUND: '500_1',
	/** documented: getLogisticsTraceInfo.buyerView, the order was created more than a year ago */
	ORDER_CREATE_TIME_HISTORY: 'order.createtime.history',
	/**
	 * documented: getLogisticsInfos.buyerView 错误码 500_2 "订单尚未发货，暂无物流详情，请稍候再试。"
	 * (API page com.alibaba.logistics:alibaba.trade.getLogisticsInfos.buyerView-1)
	 */
	ORDER_NOT_SHIPPED: '500_2',
	/**
	 * documented: getLogisticsTraceInfo.buyerView 错误码 404 "无法找到相对应的物流单跟踪信息。";
	 * the sandbox answers it when the asked logisticsId is not a package of the order
	 */
	TRACE_NOT_FOUND: '404',
	/** sandbox's own: alibaba.product.get, no such product (1688 documents no code) */
	PRODUCT_NOT_EXIST: 'PRODUCT_NOT_EXIST',
	/** sandbox's own: preview / fastCreateOrder, unreadable addressParam (no documented code) */
	ADDRESS_PARAM_INVALID: 'ADDRESS_PARAM_INVALID',
	/** sandbox's own: preview / fastCreateOrder, unreadable cargoParamList (no documented code) */
	CARGO_PARAM_INVALID: 'CARGO_PARAM_INVALID',
	/** sandbox's own: preview / fastCreateOrder, unreadable invoiceParam (no documented code) */
	INVOICE_PARAM_INVALID: 'INVOICE_PARAM_INVALID',
	/** sandbox's own: a flow value none of the API pages lists (no documented code) */
	FLOW_NOT_SUPPORTED: 'FLOW_NOT_SUPPORTED',
	/**
	 * sandbox's own code; the text "not support tradeType:【XXXX】" is documented for the sibling
	 * createCrossOrder (no fastCreateOrder error table was found)
	 */
	TRADE_TYPE_NOT_SUPPORTED: 'TRADE_TYPE_NOT_SUPPORTED',
	// preview / fastCreateOrder: the 错误码 table of alibaba.createOrder.preview-1 (1688-trade.md §3).
	/** 商品[offerId]不支持在线交易，无法下单。 (also: an offer the sandbox does not know, the closest documented case) */
	OFFER_NOT_TRADABLE: '500_001',
	/** 商品[offerId]不属于同一卖家或者没有指定specId。 */
	SPEC_ID_MISSING: '500_002',
	/** 商品[offerId ]不属于同一卖家或者规格[specId] 不属于商品[offerId] */
	SPEC_NOT_OF_OFFER: '500_003',
	/** 商品[offerId_specId]库存不足，请核实库存后订购。 */
	STOCK_NOT_ENOUGH: '500_004',
	/** 商品[offerId]的购买数量不满足起批量限制。 */
	QUANTITY_LESS_THAN_MIN_ORDER: '500_005',
	/** 商品[offerId]的购买数量或者价格不满足混批限制。 (not produced: the sandbox has no 混批 rule) */
	MIX_WHOLESALE_LIMIT: '500_006',
	/** 与供应商的代销关系不存在,不能使用saleproxy通道下单。 (the sandbox models no 代销 relation) */
	NO_SALEPROXY_RELATION: '500_007',
	/** 商品规格[offerId_specId]的价格为0，不可以下单，请检查后重新提交。 */
	PRICE_ZERO: '500_008',
	/** 商品[offerId]的购买数量不满足批售起批量限制。 (not produced: the sandbox has no 批售 rule) */
	BATCH_SALE_MIN_ORDER: '500_009',
	// alibaba.trade.cancel: the 错误码 table and description of alibaba.trade.cancel-1 (1688-trade.md §5).
	/** 订单状态错误 (只能取消待支付的订单) */
	ORDER_STATUS_ERROR: 'ORDER_STATUS_ERROR',
	/** 没有权限取消该订单 (只有订单的买卖双方才能取消) */
	CANCEL_NO_PERMISSION: '400_3',
	/** 订单不存在 */
	ORDER_NOT_EXIST: 'ORDER_NOT_EXIST',
	/** the order is less than 10 s old (documented in the description) */
	CLOSE_ORDER_TOO_FAST: 'CLOSE_ORDER_TOO_FAST',
	// alibaba.alipay.url.get: its two documented codes ("Batch pay : not surport MANUAL-TRADE!",
	// "操作库存失败:PRODUCT_TRADE_STAT_ERROR") fit none of the sandbox's cases, so these are its own.
	/** sandbox's own: more than 100 ids */
	ORDER_ID_LIST_TOO_LONG: 'ORDER_ID_LIST_TOO_LONG',
	/** sandbox's own: no order of the list can be paid (not waiting for payment) */
	ORDER_STATUS_NOT_ALLOW_PAY: 'ORDER_STATUS_NOT_ALLOW_PAY',
});

/**
 * The documented texts of the codes above, with their `[...]` placeholders as functions.
 * Sources: alibaba.createOrder.preview-1, alibaba.trade.cancel-1 and
 * alibaba.trade.getLogisticsInfos.buyerView-1 / getLogisticsTraceInfo.buyerView-1 (错误码 tables).
 */
const ERROR_TEXTS = Object.freeze({
	/** @param {string} offerId */
	offerNotTradable: (offerId) => `商品[${offerId}]不支持在线交易，无法下单。`,
	/** @param {string} offerId */
	specIdMissing: (offerId) => `商品[${offerId}]不属于同一卖家或者没有指定specId。`,
	/** @param {string} offerId @param {string} specId */
	specNotOfOffer: (offerId, specId) =>
		`商品[${offerId}]不属于同一卖家或者规格[${specId}] 不属于商品[${offerId}]`,
	/** @param {string} offerId @param {string} specId */
	stockNotEnough: (offerId, specId) => `商品[${offerId}_${specId}]库存不足，请核实库存后订购。`,
	/** @param {string} offerId */
	quantityLessThanMinOrder: (offerId) => `商品[${offerId}]的购买数量不满足起批量限制。`,
	noSaleproxyRelation: '与供应商的代销关系不存在,不能使用saleproxy通道下单。',
	/** @param {string} offerId @param {string} specId */
	priceZero: (offerId, specId) =>
		`商品规格[${offerId}_${specId}]的价格为0，不可以下单，请检查后重新提交。`,
	/** @param {string} tradeType createCrossOrder's documented text */
	tradeTypeNotSupported: (tradeType) => `not support tradeType:【${tradeType}】`,
	/** order.nopermission.buyer (getLogisticsTraceInfo.buyerView-1 错误码) */
	orderNoPermission: '你没有权限获取该订单详情(买家端)',
	orderStatusError: '订单状态错误',
	cancelNoPermission: '没有权限取消该订单',
	orderNotExist: '订单不存在',
	orderNotShipped: '订单尚未发货，暂无物流详情，请稍候再试。',
	traceNotFound: '无法找到相对应的物流单跟踪信息。',
	/** the observed no-trace reply (fixture alibaba.trade.getLogisticsTraceInfo.buyerView.no-trace.txt) */
	noTrace: '该订单没有物流跟踪信息。',
});

/**
 * The crossborder (fenxiao) APIs answer HTTP 200 with a nested ResultModel
 * `{ result: { success, code, message, result } }`; these are its `code` values.
 */
const CROSSBORDER_CODES = /** @type {const} */ ({
	OK: '200',
	BAD_REQUEST: '400',
	NOT_FOUND: '404',
});

/** The usual business failure shape. @param {string} errorCode @param {string} errorMessage */
const businessError = (errorCode, errorMessage) => ({ success: false, errorCode, errorMessage });

module.exports = { BUSINESS_ERRORS, ERROR_TEXTS, CROSSBORDER_CODES, businessError };
