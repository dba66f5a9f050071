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

// ---------------------------------------------------------------------------------------------
// Issue 14, cross-border buying (apis/buying.js, image-search.js, cross-products.js). A block of
// its own. Each entry says whether 1688 documents it (and where) or it is the sandbox's own.
// The sandbox's own texts are Chinese, then " / ", then English.
const BUYING_ERRORS = /** @type {const} */ ({
	// alibaba.trade.createCrossOrder
	/** documented: the createCrossOrder page's field-table example code 400 / "AddressId invalid:AddressId invalid" (an addressId not in the buyer's book) */
	ADDRESS_ID_INVALID: '400',
	/** sandbox's own code; text: the createCrossOrder page's description (more than 50 SKUs) */
	CROSS_ORDER_TOO_MANY_SKUS: 'CROSS_ORDER_TOO_MANY_SKUS',
	/** sandbox's own code; text: the createCrossOrder page's description (more than one supplier) */
	CROSS_ORDER_MULTIPLE_SUPPLIERS: 'CROSS_ORDER_MULTIPLE_SUPPLIERS',
	// alibaba.trade.pay.protocolPay.preparePay: 1688 says "该接口目前返回错误码不详", so all are the sandbox's own
	/** sandbox's own: tradeWithholdPreparePayParam unreadable, orderId missing, payAmount not fen */
	PROTOCOL_PAY_PARAM_INVALID: 'PROTOCOL_PAY_PARAM_INVALID',
	/** sandbox's own: payChannel neither alipay nor shegou */
	PROTOCOL_PAY_CHANNEL_NOT_SUPPORTED: 'PROTOCOL_PAY_CHANNEL_NOT_SUPPORTED',
	/** sandbox's own: no order of that id */
	PROTOCOL_PAY_ORDER_NOT_FOUND: 'PROTOCOL_PAY_ORDER_NOT_FOUND',
	/** sandbox's own: the order is another buyer's */
	PROTOCOL_PAY_NO_PERMISSION: 'PROTOCOL_PAY_NO_PERMISSION',
	/** sandbox's own: the order is not waitbuyerpay */
	PROTOCOL_PAY_ORDER_STATUS_ERROR: 'PROTOCOL_PAY_ORDER_STATUS_ERROR',
	/** sandbox's own: payAmount given and not the amount due */
	PROTOCOL_PAY_AMOUNT_MISMATCH: 'PROTOCOL_PAY_AMOUNT_MISMATCH',
	/** sandbox's own: no channel (or not the asked one) has signedStatus and bindingStatus "true" */
	PROTOCOL_PAY_NOT_OPEN: 'PROTOCOL_PAY_NOT_OPEN',
	/** sandbox's own: the amount is above the buyer's per-payment limit (control setPayLimit) */
	PROTOCOL_PAY_OVER_LIMIT: 'PROTOCOL_PAY_OVER_LIMIT',
	/** sandbox's own: the amount is above the buyer's balance (control setBalance) */
	PROTOCOL_PAY_BALANCE_NOT_ENOUGH: 'PROTOCOL_PAY_BALANCE_NOT_ENOUGH',
	// trade.receivegoods.confirm
	/** OBSERVED (dajisaas relay, fixture trade.receivegoods.confirm.order-not-found.txt): 4003 "订单信息不存在,请核对后重试" */
	RECEIVE_ORDER_NOT_FOUND: '4003',
	/** sandbox's own: orderId / orderEntryIds unreadable */
	RECEIVE_PARAM_INVALID: 'RECEIVE_PARAM_INVALID',
	/** sandbox's own: the order is another buyer's */
	RECEIVE_NO_PERMISSION: 'RECEIVE_NO_PERMISSION',
	/** sandbox's own: an orderEntryId that is not a sub-order of the order */
	RECEIVE_ENTRY_NOT_OF_ORDER: 'RECEIVE_ENTRY_NOT_OF_ORDER',
	/** sandbox's own: the order is not shipped-and-unconfirmed (waitbuyerreceive, waitbuyersign, signinsuccess) */
	RECEIVE_STATUS_ERROR: 'RECEIVE_STATUS_ERROR',
	// alibaba.cross.syncProductListPushed (its page's 错误码 table) and the sandbox's own
	/** documented: 商品ID列表参数为空 */
	OFFERIDS_IS_NULL: 'OFFERIDS_IS_NULL',
	/** sandbox's own code; limit documented ("单次操作上限20条") */
	OFFERIDS_TOO_MANY: 'OFFERIDS_TOO_MANY',
	/** sandbox's own code; text as alibaba.cross.productInfo's documented "商品[id]不存在" */
	OFFER_NOT_EXIST: 'OFFER_NOT_EXIST',
});

/** The texts of BUYING_ERRORS (and alibaba.cross.productInfo's documented messages). */
const BUYING_ERROR_TEXTS = Object.freeze({
	/** documented example (createCrossOrder field table) */
	addressIdInvalid: 'AddressId invalid:AddressId invalid',
	/** documented (createCrossOrder page description), for both the SKU and the supplier rule */
	crossOrderSplit:
		'创建订单最多允许50个SKU，且必须为同一个供应商的商品。多个供应商或多于50个SKU的情况，请自行拆单后提交。',
	/** @param {string} detail */
	protocolPayParamInvalid: (detail) =>
		`免密支付参数错误 / invalid tradeWithholdPreparePayParam: ${detail}`,
	/** @param {string} channel */
	protocolPayChannelNotSupported: (channel) =>
		`不支持的支付渠道[${channel}] / unsupported payChannel ${channel}: use alipay or shegou`,
	/** @param {string} orderId */
	protocolPayOrderNotFound: (orderId) => `订单[${orderId}]不存在 / order ${orderId} does not exist`,
	/** @param {string} orderId */
	protocolPayNoPermission: (orderId) =>
		`没有权限支付订单[${orderId}] / order ${orderId} is not an order of this buyer`,
	/** @param {string} orderId @param {string} status */
	protocolPayOrderStatusError: (orderId, status) =>
		`订单[${orderId}]不是待付款状态(${status})，不能发起扣款 / order ${orderId} is ${status}, not waitbuyerpay: nothing to pay`,
	/** @param {number} given @param {number} due */
	protocolPayAmountMismatch: (given, due) =>
		`付款金额[${given}]与订单应付金额[${due}]不一致(单位分) / payAmount ${given} fen differs from the amount due, ${due} fen`,
	/** @param {string | undefined} channel the asked channel, undefined when none was asked */
	protocolPayNotOpen: (channel) =>
		channel === undefined
			? '未开通免密支付：支付宝和诚E赊均未签约并绑定代扣协议 / password-free payment is not open: neither Alipay nor 诚E赊 (shegou) has a signed and bound withholding agreement'
			: `未开通免密支付：渠道[${channel}]未签约并绑定代扣协议 / password-free payment is not open for ${channel}: no signed and bound withholding agreement`,
	/** @param {number} amount @param {number} limit */
	protocolPayOverLimit: (amount, limit) =>
		`超出单笔免密支付限额：金额${amount}分，限额${limit}分 / the amount, ${amount} fen, is above the per-payment limit of ${limit} fen`,
	/** @param {number} amount @param {number} balance */
	protocolPayBalanceNotEnough: (amount, balance) =>
		`余额不足，扣款失败：需${amount}分，余额${balance}分 / insufficient balance: ${amount} fen due, ${balance} fen available`,
	/** OBSERVED (fixture trade.receivegoods.confirm.order-not-found.txt) */
	receiveOrderNotFound: '订单信息不存在,请核对后重试',
	/** @param {string} detail */
	receiveParamInvalid: (detail) => `参数错误 / invalid parameter: ${detail}`,
	/** @param {string} orderId */
	receiveNoPermission: (orderId) =>
		`没有权限操作订单[${orderId}] / order ${orderId} is not an order of this buyer`,
	/** @param {string} entryId @param {string} orderId */
	receiveEntryNotOfOrder: (entryId, orderId) =>
		`子订单[${entryId}]不属于订单[${orderId}] / sub-order ${entryId} is not part of order ${orderId}`,
	/** @param {string} orderId @param {string} status */
	receiveStatusError: (orderId, status) =>
		`订单[${orderId}]当前状态(${status})不能确认收货 / order ${orderId} is ${status}: only a shipped order not yet confirmed (waitbuyerreceive, waitbuyersign, signinsuccess) can be confirmed`,
	/** documented (syncProductListPushed 错误码) */
	offerIdsIsNull: '商品ID列表参数为空',
	/** @param {number} max */
	offerIdsTooMany: (max) => `单次操作上限${max}条 / at most ${max} product ids per call`,
	/** documented (alibaba.cross.productInfo 错误码) @param {string} id */
	offerNotExist: (id) => `商品[${id}]不存在`,
	/** documented (alibaba.cross.productInfo 错误码) */
	noQueryPermission: '没有该商品的查询权限',
});

// ---------------------------------------------------------------------------------------------
// Issue 15, the supplier's side (apis/selling.js, apis/own-products.js, apis/product.js). A block
// of its own, like BUYING_ERRORS. Each entry says where 1688 documents it or that it is the
// sandbox's own.
const SELLING_ERRORS = /** @type {const} */ ({
	// alibaba.logistics.OpDeliverySendOrder.offline: the page's 错误码 table (verbatim codes)
	/** documented: 运单号不符合规则或已被使用 (a waybill the carrier does not use, or used 15 times) */
	INVALID_PARAM: 'INVALID_PARAM',
	/** documented: a line with a refund in progress */
	SEND_REFUNDING: '5001',
	/** documented: a line refunded or closed */
	SEND_REFUNDED: '5002',
	/** sandbox's own: multiPackage=true, which the sandbox does not implement */
	MULTI_PACKAGE_NOT_SUPPORTED: 'MULTI_PACKAGE_NOT_SUPPORTED',
	// alibaba.order.memoAdd
	/** documented: the page's errorCode example 400_4 (修改失败) and its 订单不存在 sample */
	MEMO_FAILED: '400_4',
	// alibaba.product.get / alibaba.product.list.get / alibaba.product.modifyStock: no codes documented
	/** sandbox's own: a product id the sandbox does not know */
	PRODUCT_NOT_EXIST: 'PRODUCT_NOT_EXIST',
	/** sandbox's own: another seller's product (product.get: 只能查询自己所有的产品) */
	PRODUCT_NOT_OWNED: 'PRODUCT_NOT_OWNED',
	/** sandbox's own: modifyStock, a skuStocks[].skuId that is no specId of the product */
	SPEC_NOT_FOUND: 'SPEC_NOT_FOUND',
	/** sandbox's own: modifyStock, the numeric skuId sent where the specId belongs */
	SKU_ID_IS_NOT_SPEC_ID: 'SKU_ID_IS_NOT_SPEC_ID',
	/** sandbox's own: modifyStock, a product with SKUs given no skuStocks (or one without, skuStocks) */
	STOCK_TARGET_MISMATCH: 'STOCK_TARGET_MISMATCH',
	/** sandbox's own: modifyStock, the stock would fall below 0 */
	STOCK_BELOW_ZERO: 'STOCK_BELOW_ZERO',
	/** sandbox's own: an unreadable parameter of these APIs */
	PARAM_ERROR: 'PARAM_ERROR',
});

/** The texts of SELLING_ERRORS. Documented ones verbatim; the sandbox's own are Chinese / English. */
const SELLING_ERROR_TEXTS = Object.freeze({
	/**
	 * documented (OpDeliverySendOrder.offline 错误码 "系统繁忙，请稍后再试Case1": a wrong order id or
	 * cpCode), with no code; also the sandbox's own choice, the closest documented, for an order that
	 * is not the caller's, unpaid, shipped already (or a line of it) or closed
	 */
	systemBusy: '系统繁忙，请稍后再试',
	/** documented (错误码 "HSF Server unexpected exception": a field of the wrong type or a required one missing), no code */
	hsfException: 'HSF Server unexpected exception',
	/** documented (INVALID_PARAM) */
	invalidWaybill: '运单号不符合规则或已被使用',
	/** documented (5001) */
	sendRefunding: '下游销售订单退款中，暂不支持发货，建议与您的客户沟通处理退款，再确定是否继续发货',
	/** documented (5002) */
	sendRefunded: '下游销售订单已退款成功/交易关闭，不支持发货',
	/** sandbox's own */
	multiPackageNotSupported:
		'沙盒不支持多包裹发货(multiPackage=true) / the sandbox does not implement multiPackage=true: send one package with extBody',
	/** documented: memoAdd's 订单不存在 sample (fixture alibaba.order.memoAdd.order-not-exist.txt) @param {string} orderId */
	memoOrderNotExist: (orderId) =>
		`修改备注信息出错[ORDER_NOT_EXIST]，order[${orderId}]is not exsits`,
	/** sandbox's own, in the shape of the sample above @param {string} remarkIcon */
	memoBadIcon: (remarkIcon) =>
		`修改备注信息出错[PARAM_ERROR]，remarkIcon[${remarkIcon}]仅支持1-4 / remarkIcon must be 1, 2, 3 or 4`,
	/** sandbox's own @param {string} id */
	productNotExist: (id) => `商品[${id}]不存在 / product ${id} does not exist`,
	/** sandbox's own @param {string} id */
	productNotOwned: (id) =>
		`商品[${id}]不属于当前用户，只能查询自己所有的产品 / product ${id} is not one of your own products`,
	/** sandbox's own @param {string} id @param {string} spec */
	specNotFound: (id, spec) =>
		`商品[${id}]没有规格[${spec}] / product ${id} has no SKU whose specId is ${spec}`,
	/** sandbox's own @param {string} id @param {string} skuId @param {string} specId */
	skuIdIsNotSpecId: (id, skuId, specId) =>
		`skuId请填写specId，不要填写skuId：商品[${id}]的skuId ${skuId} 对应 specId ${specId} / send the SKU's specId (${specId}) in skuStocks[].skuId, not its numeric skuId ${skuId}`,
	/** sandbox's own @param {string} id */
	skuStocksRequired: (id) =>
		`商品[${id}]有SKU，请用skuStocks修改规格库存 / product ${id} has SKUs: change their stock with skuStocks [{skuId: <specId>, stockChange}]`,
	/** sandbox's own @param {string} id */
	productAmountRequired: (id) =>
		`商品[${id}]没有SKU，请用productAmountChange修改库存 / product ${id} has no SKUs: change its stock with productAmountChange`,
	/** sandbox's own @param {string} id @param {string} what */
	stockBelowZero: (id, what) =>
		`库存不能小于0：商品[${id}] ${what} / the stock of product ${id} ${what} would fall below 0`,
});

/** The usual business failure shape. @param {string} errorCode @param {string} errorMessage */
const businessError = (errorCode, errorMessage) => ({ success: false, errorCode, errorMessage });

module.exports = {
	BUSINESS_ERRORS,
	ERROR_TEXTS,
	CROSSBORDER_CODES,
	businessError,
	BUYING_ERRORS,
	BUYING_ERROR_TEXTS,
	SELLING_ERRORS,
	SELLING_ERROR_TEXTS,
};
