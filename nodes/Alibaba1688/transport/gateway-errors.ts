/** What a user reads for each 1688 gateway code: a summary (the code is appended) and the next step. */
interface Explanation {
	summary: string;
	next: string;
}

const QOS: Explanation = {
	summary: '1688 is rate-limiting this app',
	next: 'Run fewer requests at once (fewer items or parallel workflows) or try again later.',
};

const GATEWAY: Record<string, (api: string) => Explanation> = {
	'gw.SignatureInvalid': () => ({
		summary: '1688 rejected the request signature',
		next: "Check that the credential's App Secret belongs to its App Key: copy both again from the 1688 open-platform console.",
	}),
	'gw.SignatureMissing': () => ({
		summary: '1688 received an unsigned request',
		next: 'Send the call through this node, or through the HTTP Request node with the "1688 OAuth2 API" predefined credential, so it is signed.',
	}),
	'gw.AppKeyMissing': () => ({
		summary: '1688 found no App Key in the request',
		next: "Check the credential's App Key.",
	}),
	'gw.AppKeyNotFound': () => ({
		summary: '1688 does not know this App Key',
		next: "Copy the credential's App Key again from the 1688 open-platform console.",
	}),
	'gw.APIUnsupported': (api) => ({
		summary: `1688 has no API ${api}`,
		next: 'Check the namespace, API name and version (for example com.alibaba.trade, alibaba.trade.getBuyerOrderList, 1).',
	}),
	'gw.APIACLDecline': (api) => ({
		summary: `The app has no permission to call ${api} (ACL)`,
		next: 'In the 1688 open-platform console, apply for this API (or the solution package that contains it) for your app, then run again.',
	}),
	'gw.ParamMissing': (api) => ({
		summary: `A required parameter of ${api} is missing`,
		next: "Add the parameter named in 1688's message.",
	}),
	'gw.QosAppFrequencyLimit': () => QOS,
	'gw.QosAPIFrequencyLimit': () => QOS,
	'gw.QosRequestLimit': () => QOS,
	'gw.NoUsageLeftError': (api) => ({
		summary: `The paid call quota for ${api} is used up`,
		next: 'Buy more calls for this API in the 1688 console (服务市场) or wait for the next billing period.',
	}),
	'401': () => ({
		summary: '1688 refused the access token even after renewing it',
		next: 'The authorization was probably cancelled or has lapsed: authorize the credential again (paste a new authorization code).',
	}),
};

const BUSINESS_HINTS: Record<string, string> = {
	'order.nopermission.buyer':
		'The order belongs to another buyer account: check the order id and which account authorized the credential.',
	'order.createtime.history': '1688 serves logistics only for orders created within the last year.',
	CLOSE_ORDER_TOO_FAST:
		'The order is less than 10 seconds old: wait a moment before cancelling it.',
	'404': 'Nothing was found with that id: check it.',
};

/**
 * Hints for codes one API's page documents, keyed `apiName:code`: codes such as 500_2 or 400_3 are
 * short and may mean something else elsewhere.
 */
const PREVIEW_AND_CREATE_HINTS: Record<string, string> = {
	'500_001': 'The offer cannot be ordered online (不支持在线交易): choose another offer.',
	'500_002':
		"The offers belong to different sellers, or an offer with SKUs has no Spec ID: order one seller's offers at a time and give each SKU's specId (Product → Get Offer lists them).",
	'500_003':
		"The Spec ID does not belong to the offer, or the offers belong to different sellers: take the specId from the offer's own SKUs.",
	'500_004': 'Not enough stock for that SKU (库存不足): lower the quantity or choose another SKU.',
	'500_005': "The quantity is below the offer's minimum order (起批量): raise it.",
	'500_006':
		"The quantity or amount does not meet the seller's mixed-batch rule (混批): raise it, or order from one offer.",
	'500_007':
		'There is no sale-proxy (代销) relation with this supplier: choose another flow, e.g. General.',
	'500_008': 'A SKU is priced at 0 and cannot be ordered: ask the seller to fix its price.',
	'500_009': 'The quantity is below the wholesale minimum (批售起批量): raise it.',
};

/**
 * The refund APIs' 错误码 tables (their open.1688.com pages, Natawat-d/1688_Platform@69a4fe38):
 * the same numbers mean different things on createRefund and returnGoods, hence the API prefix.
 */
const REFUND_HINTS: Record<string, string> = {
	'alibaba.trade.createRefund:5001':
		'1688 knows no such order (订单不存在): check the order ID, passed as text so no digit is lost.',
	'alibaba.trade.createRefund:5002':
		"The order is not this buyer's (订单买家与用户身份不一致): authorize the credential with the account that placed it.",
	'alibaba.trade.createRefund:5003':
		'The goods status does not fit the order (货物状态不合法): pick the Goods Status that matches where the goods are (shipped or not, trade completed or not).',
	'alibaba.trade.createRefund:5004':
		'The reason ID is not one 1688 offers here (退款退货原因错误): take it from Refund → Get Reasons with the same order lines and goods status.',
	'alibaba.trade.createRefund:5005':
		'This reason needs proof images (需要上传凭证): upload them with Refund → Upload Voucher and give their voucherUrl in Options → Voucher URLs.',
	'alibaba.trade.createRefund:5006':
		'This reason refunds no shipping (退运费大于0): set Shipping Refund to 0.',
	'alibaba.trade.createRefund:5010':
		'1688 does not allow this refund now (退货状态错误): return-and-refund only once the goods arrived, the goods status must match the order, and a line can have only one open refund (Refund → Get Many shows it).',
	'alibaba.trade.createRefund:5011':
		'The amount is wrong (退款金额错误): at most what was paid for the lines, and exactly that before shipment (Purchase Order → Get shows the amounts).',
	'alibaba.trade.createRefund:5012':
		'The description must have 2 to 150 characters (退款描述长度错误).',
	'alibaba.trade.createRefund:5013':
		'Only a return of received goods before completion may return fewer than all pieces (子订单退货数量).',
	'alibaba.trade.createRefund:5100':
		'1688 failed for an unknown reason (其他未知错误): try again later.',
	'alibaba.trade.refund.returnGoods:4002':
		'Give both the carrier code and the tracking number (物流公司编号和运单号必填).',
	'alibaba.trade.refund.returnGoods:4003':
		'Too many vouchers, or a voucher address 1688 did not issue (上传凭证数量过多 / 凭证URL校验不通过): at most 10, each a voucherUrl from Refund → Upload Voucher.',
	'alibaba.trade.refund.returnGoods:4004':
		'1688 could not match the tracking number to the carrier (物流公司编号和运单号校验不通过): check both (carrier codes: Logistics → Get Carriers, Self-Arranged Shipping); if they are right, try again later.',
	'alibaba.trade.refund.returnGoods:4005':
		'1688 knows no such refund (退款单信息不存在): check the refund ID (TQ…).',
	'alibaba.trade.refund.returnGoods:4006':
		"The refund is not this buyer's (无当前退款单操作权限): authorize the credential with the account that asked for it.",
	'alibaba.trade.refund.returnGoods:4007':
		'The refund is not waiting for a return shipment (当前退款单状态不支持退货): only after the seller agreed to a return (status waitbuyersend; Refund → Get shows it).',
	'alibaba.trade.refund.returnGoods:4008':
		'The refund ID is wrong (退款单号信息有误): it starts with TQ, as Refund → Create returned it.',
	'alibaba.trade.refund.returnGoods:5001':
		'1688 could not read the refund (退款单信息查询异常): try again later.',
	'alibaba.trade.refund.returnGoods:5002':
		'1688 could not record the return (退款退货操作失败): try again later.',
	'alibaba.trade.refund.returnGoods:5003':
		'1688 could not record the return (退款退货操作异常): try again later.',
	'alibaba.trade.uploadRefundVoucher:4000':
		'1688 did not take the image (4000): send a JPEG under 1 MB in the binary field, or try again later.',
	// createCrossOrder's page: code 400 with "AddressId invalid:AddressId invalid"
	'alibaba.trade.createCrossOrder:400':
		'1688 refused the order\'s parameters; "AddressId invalid" means the address ID is not one of the buyer\'s saved addresses: take it from Address → Get Many (addressId), or give the full address instead.',
	// relayed by a proxy's docs for trade.receivegoods.confirm (订单信息不存在,请核对后重试)
	'trade.receivegoods.confirm:4003':
		'1688 knows no such order for this buyer: check the order ID, passed as text so no digit is lost.',
	// alibaba.cross.syncProductListPushed's page (跨境场景下将商品加入铺货列表)
	'alibaba.cross.syncProductListPushed:APPKEY_ISV_CONFIG_IS_NOT_EXIST':
		"1688 has not configured listings for this app (平台appkey配置不存在): its page says 1688's cross-border staff must set it up first; ask them, or use Get Offer's Sourcing Detail.",
	'alibaba.cross.syncProductListPushed:ISVUSERS_IS_NULL':
		"1688 knows no user of this app for listings (ISV端用户帐号列表为空): ask 1688's cross-border staff to sync the account, or use Sourcing Detail.",
	'alibaba.cross.syncProductListPushed:OFFERIDS_IS_NULL': 'Give a product ID (商品ID列表参数为空).',
	'alibaba.trade.refund.buyer.queryOrderRefundList:APPLY_TIME_ERROR':
		'1688 keeps refunds for 730 days (只能查询近730天的退款单): move Applied After into that window.',
};

/**
 * For APIs whose pages document no error codes at all: what to check whatever the code.
 */
const API_FALLBACK_HINTS: Record<string, string> = {
	// its page's first two 错误码 rows are this text: a wrong order ID or carrier code (companyNo,
	// e.g. SF, not the numeric id 106422), or a receiverInfo sent from the test tool
	'alibaba.logistics.OpDeliverySendOrder.offline':
		'1688 answers "系统繁忙，请稍后再试" when the order ID or the carrier code is wrong: check the order is yours and waiting for shipment (Sales Order → Get), and give the carrier\'s code (companyNo, e.g. SF) from Logistics → Get Carriers, not its numeric ID.',
	'alibaba.product.modifyStock':
		"Check the product is one of this account's own and each SKU's specId (My Product → Get); stock cannot go below 0.",
	'alibaba.trade.pay.protocolPay.preparePay':
		"1688 documents no error codes for password-free pay (\"错误码不详\"): check that the order is still waiting for payment, that the channel's agreement is signed (Pay Without Password checks it first), and the channel's balance, credit line and limit per payment (Preview lists each channel's amountLimit); 1688 advises at most 3 tries. Or pay in a browser with Get Payment URL.",
	// alibaba.cross.productInfo's 错误码 table: the codes are the texts themselves
	'alibaba.cross.productInfo':
		'"没有该商品的查询权限" means the offer is not in your cross-border listings: turn on Add to My Listings First, or use 一键铺货 on its 1688 page. "商品[…]不存在" means a wrong product ID.',
	'trade.receivegoods.confirm':
		'Only a shipped order of this buyer can be confirmed, once: check the order ID, the line IDs (subItemId) and the status (Purchase Order → Get).',
	'alibaba.trade.getRefundReasonList':
		'Check the order ID, its line IDs (subItemId in Purchase Order → Get) and that the goods status matches the order (1688: 5xxx means a parameter, 4xxx a fault on its side).',
};

/**
 * The seller's APIs (research15/seller-orders.md §3–4): OpDeliverySendOrder.offline's 错误码 table
 * and memoAdd's "订单不存在" example (errorCode 400_4 beside success:true).
 */
const SELLER_HINTS: Record<string, string> = {
	'alibaba.logistics.OpDeliverySendOrder.offline:INVALID_PARAM':
		"1688 refused the tracking number: it does not fit the carrier's format, or it was already used (a number can be used at most 15 times). Check the number and the carrier.",
	'alibaba.logistics.OpDeliverySendOrder.offline:5001':
		"A refund of this order's goods is under way (下游销售订单退款中): settle it first (Refund), or ship from the 1688 workbench (1688work).",
	'alibaba.logistics.OpDeliverySendOrder.offline:5002':
		'These goods were refunded or the trade is closed: 1688 does not ship them (下游销售订单已退款成功/交易关闭).',
	'alibaba.order.memoAdd:400_4':
		"1688 could not change the memo (修改失败): the order does not exist or is not this account's. Check the order ID (as text, all 19 digits) and which account authorized the credential.",
};

const API_HINTS: Record<string, string> = {
	...REFUND_HINTS,
	...SELLER_HINTS,
	// alibaba.trade.cancel's error table
	'alibaba.trade.cancel:ORDER_STATUS_ERROR':
		'Only an order waiting for payment (waitbuyerpay) can be cancelled: for a paid order, ask the seller or request a refund on 1688.',
	'alibaba.trade.cancel:ORDER_NOT_EXIST':
		'There is no order with that ID: check it, and pass it as text (e.g. {{ $json.orderId }}) so no digit is lost.',
	'alibaba.trade.cancel:400_3':
		"Only the order's buyer or seller can cancel it: check which account authorized the credential.",
	// alibaba.trade.getLogisticsInfos.buyerView's error table (订单尚未发货)
	'alibaba.trade.getLogisticsInfos.buyerView:500_2':
		'The order has not shipped yet, so it has no logistics: ask again after it ships (the 1688 Message Trigger\'s "Order: Shipped (发货)" topic tells you when).',
	// the preview page's error table; fastCreateOrder checks the same order
	...Object.fromEntries(
		Object.entries(PREVIEW_AND_CREATE_HINTS).flatMap(([code, hint]) => [
			[`alibaba.createOrder.preview:${code}`, hint],
			[`alibaba.trade.fastCreateOrder:${code}`, hint],
			[`alibaba.trade.createCrossOrder:${code}`, hint],
		]),
	),
};

export function isRateLimitCode(code: string): boolean {
	return code.startsWith('gw.Qos');
}

export function explainGatewayCode(
	code: string,
	api: string,
	platformMessage: string,
): Explanation {
	// Own entries only: a reply's code may be any text, "constructor" and "__proto__" included.
	const known = Object.prototype.hasOwnProperty.call(GATEWAY, code)
		? GATEWAY[code](api)
		: undefined;
	if (known) return known;
	return {
		summary: `1688's gateway refused ${api}`,
		next: platformMessage
			? `1688 says: ${platformMessage}`
			: 'Check the parameters and the credential.',
	};
}

/** `namespace:apiName-version` → apiName. */
const apiNameOf = (api: string) => api.replace(/^[^:]*:/, '').replace(/-\d+$/, '');

export function explainBusinessCode(code: string, api: string): Explanation {
	// Own entries only: a reply's code may be any text, "constructor" and "__proto__" included.
	const own = (table: Record<string, string>, key: string) =>
		Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
	return {
		summary: `1688 returned an error for ${api}`,
		next:
			own(API_HINTS, `${apiNameOf(api)}:${code}`) ??
			own(BUSINESS_HINTS, code) ??
			own(API_FALLBACK_HINTS, apiNameOf(api)) ??
			"See 1688's message in the details, and the API's error table in the 1688 docs.",
	};
}
