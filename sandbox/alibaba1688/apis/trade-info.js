// @ts-check
'use strict';

// Renders an internal order as 1688's TradeInfo. Money is yuan (BigDecimal printed as a plain
// number), dates are the 1688 format, ids that exceed 2^53 are printed as exact bare numbers.
// The shapes follow the real samples: fixtures alibaba.trade.get.buyerView.success.txt (detail)
// and alibaba.trade.getBuyerOrderList.success.txt (list), and the models of both API pages.
const { format1688 } = require('../dates');
const { javaLong } = require('../json');
const { totalFen } = require('../data');
const { lineStatus, lineLogisticsStatus, cantSendReason } = require('../lines');

const STATUS_TEXT = {
	waitbuyerpay: '等待买家付款',
	waitsellersend: '等待卖家发货',
	waitlogisticstakein: '等待物流公司揽件',
	waitbuyerreceive: '等待买家收货',
	waitbuyersign: '等待买家签收',
	signinsuccess: '买家已签收',
	confirm_goods: '已收货',
	success: '交易成功',
	cancel: '交易取消',
	terminated: '交易终止',
};

/** tradeTerms.payStatus: 1 unpaid, 2 paid, 4 fully refunded, 6 paid out to the seller, 8 cancelled before payment */
const PAY_STATUS = {
	waitbuyerpay: '1',
	cancel: '8',
	terminated: '4',
	success: '6',
};

const yuan = (/** @type {number} */ fen) => fen / 100;
const date = (/** @type {number | undefined} */ ms) =>
	ms === undefined ? undefined : format1688(ms);

/**
 * @typedef {{ detail: boolean, buyerAddressAndPhone?: boolean, seller?: boolean,
 *   sellerMemo?: boolean, buyerMemo?: boolean, checkSend?: boolean }} TradeView
 * detail = get.buyerView / get.sellerView (full nativeLogistics with logistics items, ext
 * attributes); list otherwise, where buyerAddressAndPhone = the request's needBuyerAddressAndPhone=true.
 * seller: the seller's views (issue 15, getSellerOrderList and get.sellerView), with what both
 * getSellerOrderList samples (fixtures alibaba.trade.getSellerOrderList.*) have and the buyer
 * list's sample has not: subItemIDString, gmtCreate and gmtModified on every line, baseInfo
 * flowTemplateCode, overSeaOrder and sellerOrder, and nativeLogistics town and townCode. sellerMemo / buyerMemo print what alibaba.order.memoAdd
 * wrote (baseInfo.sellerMemo, sellerRemarkIcon, buyerMemo, buyerRemarkIcon: fields of the
 * getSellerOrderList page, asked for with needMemoInfo); checkSend adds each line's
 * canSendGoods and cantSendReason (needCheckSend / includeFields CanSendCheck).
 */

/**
 * @param {import('../data').Order} order
 * @param {TradeView} view
 */
function toTradeInfo(order, view) {
	const { detail, buyerAddressAndPhone = false } = view;
	const { buyer, seller, address } = order;
	const sellerMemo = view.sellerMemo ? order.memos?.seller : undefined;
	const buyerMemo = view.buyerMemo ? order.memos?.buyer : undefined;
	const sumFen = order.items.reduce((s, i) => s + i.amountFen, 0);
	// one logistics item per package (most orders ship in one, some in two)
	const shippedItems =
		order.packages.length > 0
			? order.packages.map((pkg) => ({
					id: pkg.id,
					deliveredTime: date(pkg.deliveredTime),
					logisticsCode: `BX${pkg.id}`,
					type: '0',
					status: 'alreadysend',
					gmtCreate: date(pkg.deliveredTime),
					gmtModified: date(pkg.deliveredTime),
					logisticsCompanyId: pkg.companyId,
					logisticsCompanyNo: pkg.companyCode,
					logisticsCompanyName: pkg.companyName,
					logisticsBillNo: pkg.billNo,
					subItemIds: pkg.subItemIds.join(','),
					fromProvince: seller.province,
					fromCity: seller.city,
					fromMobile: seller.mobile,
					toProvince: address.province,
					toCity: address.city,
					toArea: address.area,
					toAddress: `${address.town}${address.street}`,
					toMobile: address.mobile,
					toPost: address.zip,
				}))
			: undefined;

	return {
		baseInfo: {
			id: javaLong(order.id),
			idOfStr: order.id,
			status: order.status,
			createTime: date(order.createTime),
			modifyTime: date(order.modifyTime),
			payTime: date(order.payTime),
			allDeliveredTime: date(order.allDeliveredTime),
			receivingTime: date(order.receivingTime),
			completeTime: date(order.completeTime),
			totalAmount: yuan(totalFen(order)),
			sumProductPayment: yuan(sumFen),
			shippingFee: yuan(order.shippingFeeFen),
			discount: 0,
			refund: yuan(order.refundFen),
			refundPayment: order.refundFen,
			buyerID: buyer.memberId,
			buyerLoginId: buyer.loginId,
			buyerUserId: buyer.userId,
			sellerID: seller.memberId,
			sellerLoginId: seller.loginId,
			sellerUserId: seller.userId,
			// no sellerCompanyName: 1688 never returns one; the company is sellerContact.companyName
			buyerContact: {
				phone: buyer.phone,
				name: buyer.contactName,
				mobile: buyer.mobile,
				imInPlatform: buyer.loginId,
				companyName: buyer.companyName,
			},
			sellerContact: {
				phone: seller.phone,
				name: seller.contactName,
				mobile: seller.mobile,
				imInPlatform: seller.loginId,
				companyName: seller.companyName,
			},
			tradeType: '50060',
			businessType: 'cn',
			alipayTradeId: order.alipayTradeId ?? 'UNCREAT',
			closeReason: order.closeReason,
			// the status of the order's latest refund (refunds.js keeps it; buyerView sample:
			// "refundStatus":"waitselleragree"); seeded terminated orders were refunded in full
			refundStatus:
				order.refundStatus ?? (order.status === 'terminated' ? 'refundsuccess' : undefined),
			buyerFeedback: order.buyerMemo,
			sellerMemo: sellerMemo?.memo,
			sellerRemarkIcon: sellerMemo?.remarkIcon,
			buyerMemo: buyerMemo?.memo,
			buyerRemarkIcon: buyerMemo?.remarkIcon,
			stepPayAll: false,
			// both seller samples: "overSeaOrder":false,"sellerOrder":false,"flowTemplateCode":"assureTradeAlipay"
			overSeaOrder: view.seller ? false : undefined,
			sellerOrder: view.seller ? false : undefined,
			flowTemplateCode: view.seller ? 'assureTradeAlipay' : undefined,
			// OrderBaseInfo.outOrderId "外部订单号" is on buyerView's API page, not on the list's (where
			// outOrderId is a filter only): what fastCreateOrder was given, in the detail
			outOrderId: detail ? order.outOrderId : undefined,
			// OrderBaseInfo.tradeTypeCode: the tradeType given at order time (buyerView API page)
			tradeTypeCode: order.tradeTypeCode,
			// toFullName, toDivisionCode, toPost, toTownCode, toArea as in both real samples, which
			// have no toMobile (the mobile is nativeLogistics.mobile); toArea is province, city,
			// district and town without the street ("浙江省 杭州市 滨江区 长河街道")
			receiverInfo: {
				toFullName: address.toFullName,
				toDivisionCode: address.areaCode,
				toPost: address.zip || undefined,
				toTownCode: address.townCode || undefined,
				toArea: [address.province, address.city, address.area, address.town]
					.filter((part) => part !== '')
					.join(' '),
			},
		},
		nativeLogistics: nativeLogistics(address, {
			full: detail || buyerAddressAndPhone,
			town: view.seller === true,
			// the list API returns no logistics items (doc: "不会返回订单的物流信息"); the detail does
			logisticsItems: detail ? shippedItems : undefined,
		}),
		productItems: order.items.map((item) => ({
			...productItem(order, item, view),
			...(view.checkSend ? sendCheck(order, item) : {}),
		})),
		tradeTerms: [
			{
				payStatus: PAY_STATUS[/** @type {keyof typeof PAY_STATUS} */ (order.status)] ?? '2',
				payTime: date(order.payTime),
				payWay: '1',
				payWayDesc: '支付宝',
				phasAmount: yuan(totalFen(order)),
				phase: order.phase,
			},
		],
		extAttributes: detail ? [] : undefined,
		orderRateInfo: { buyerRateStatus: 5, sellerRateStatus: 5 },
	};
}

/**
 * canSendGoods / cantSendReason of a line (lines.js).
 * @param {import('../data').Order} order @param {import('../data').OrderItem} item
 */
function sendCheck(order, item) {
	const reason = cantSendReason(order, item);
	return { canSendGoods: reason === undefined, cantSendReason: reason };
}

/**
 * One ProductItemInfo. A product sold without SKUs (skuless) has no skuID, specId or skuInfos.
 * @param {import('../data').Order} order @param {import('../data').OrderItem} item @param {TradeView} view
 */
function productItem(order, item, view) {
	const { detail } = view;
	const status = lineStatus(order, item);
	const skuless = item.product.skuless === true;
	return {
		itemAmount: yuan(item.amountFen),
		name: item.product.name,
		price: yuan(item.priceFen),
		productID: item.product.productID,
		productImgUrl: [item.product.image.replace(/\.jpg$/, '.80x80.jpg'), item.product.image],
		productSnapshotUrl: `https://trade.1688.com/order/offer_snapshot.htm?order_entry_id=${item.subItemID}`,
		quantity: item.quantity,
		refund:
			item.refundFen !== undefined
				? yuan(item.refundFen)
				: order.status === 'terminated'
					? yuan(item.amountFen)
					: 0,
		// an item with a refund: its status in upper case and the refund id (buyerView sample:
		// "refundStatus":"WAIT_SELLER_AGREE","refundId":"TQ7257793022991577")
		refundStatus: item.refundStatus,
		refundId: item.refundId,
		skuID: skuless ? undefined : item.sku.skuID,
		specId: skuless ? undefined : item.sku.specId,
		skuInfos: skuless ? undefined : item.sku.attrs,
		status,
		statusStr: STATUS_TEXT[status],
		subItemID: javaLong(item.subItemID),
		// the buyer list's ProductItemInfo has no subItemIDString (API page and sample); the
		// detail's has, and so have both samples of the seller's list
		subItemIDString: detail || view.seller ? item.subItemID : undefined,
		type: 'common',
		unit: item.product.unit,
		// the offer's cargo number is productCargoNumber ("productCargoNumber":"KY" in the list
		// sample); cargoNumber would be a SKU's, which orders do not carry here
		productCargoNumber: item.product.cargoNumber,
		quantityFactor: 1,
		entryDiscount: 0,
		logisticsStatus: lineLogisticsStatus(order, item),
		// both seller samples: the line's creation and last change ("gmtCreate":"20180514180644000+0800")
		gmtCreate: view.seller ? date(order.createTime) : undefined,
		gmtModified: view.seller ? date(order.modifyTime) : undefined,
		guaranteesTerms: [],
	};
}

/**
 * NativeLogisticsInfo. The list (getBuyerOrderList) prints only area, areaCode, city,
 * contactPerson, province and zip (the list sample), plus address, mobile, telephone, town and
 * townCode when asked with needBuyerAddressAndPhone=true ("是否需要查询买家的详细地址信息和电话",
 * list API page); the detail (buyerView sample) always has them all and the logistics items.
 * The seller's list (town) adds town and townCode, as both its samples have them.
 * @param {import('../catalog').Address} address
 * @param {{ full: boolean, town?: boolean, logisticsItems: unknown[] | undefined }} view
 */
function nativeLogistics(address, { full, town = false, logisticsItems }) {
	const base = {
		area: address.area,
		areaCode: address.areaCode,
		city: address.city,
		contactPerson: address.toFullName,
		province: address.province,
		zip: address.zip,
	};
	if (!full)
		return town
			? { ...base, townCode: address.townCode || undefined, town: address.town || undefined }
			: base;
	return {
		address: address.street,
		...base,
		mobile: address.mobile,
		telephone: address.phone,
		logisticsItems,
		townCode: address.townCode || undefined,
		town: address.town || undefined,
	};
}

module.exports = { toTradeInfo, STATUS_TEXT, PAY_STATUS };
