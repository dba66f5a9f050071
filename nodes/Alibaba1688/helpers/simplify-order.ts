import type { IDataObject } from 'n8n-workflow';

import { parseGatewayDate } from './dates';
import { objectAt, objectsAt } from '../../shared/helpers/reply-objects';
import { valueText } from '../../shared/helpers/text';

const obj = (value: unknown): IDataObject => objectAt(value) ?? {};
const orNull = (value: unknown) => (value === undefined ? null : value);
const idText = (value: unknown) =>
	value === undefined || value === null ? null : valueText(value);

/** A 1688 date as ISO 8601 (UTC), or null. */
export function isoDate(value: unknown): string | null {
	const ms = parseGatewayDate(value);
	return ms === undefined ? null : new Date(ms).toISOString();
}

/**
 * Where the order came from. The detail (`alibaba.trade.get.buyerView`) carries the logistics; the
 * list (`alibaba.trade.getBuyerOrderList`) carries "basic info" only, per its API page: its
 * `nativeLogistics` holds the address and never `logisticsItems`, so shipments are unknown there.
 */
export type OrderSource = 'detail' | 'list';

/** `[{name:"颜色",value:"白色"},…]` as `颜色: 白色, 尺码: 38`, the way the order page prints a SKU. */
function skuText(skuInfos: IDataObject[]): string | null {
	const parts = skuInfos
		.filter((s) => s.name !== undefined || s.value !== undefined)
		.map((s) => `${valueText(s.name)}: ${valueText(s.value)}`);
	return parts.length ? parts.join(', ') : null;
}

/**
 * A flat view of a 1688 TradeInfo for sheets and chats. Field names follow the real replies (the
 * 返回结果示例 of the buyerView and getBuyerOrderList pages, test/fixtures/real/1688): amounts stay
 * in yuan (元) as 1688 prints them; ids are the exact string forms (`idOfStr`, `subItemIDString`),
 * because the numeric ones are rounded by anything that reads JSON numbers as doubles.
 */
export function simplifyOrder(trade: IDataObject, source: OrderSource = 'detail'): IDataObject {
	const base = obj(trade.baseInfo);
	const receiver = obj(base.receiverInfo);
	const logistics = obj(trade.nativeLogistics);
	return {
		orderId: idText(base.idOfStr ?? base.id),
		status: orNull(base.status),
		refundStatus: orNull(base.refundStatus),
		tradeType: orNull(base.tradeType),
		createTime: isoDate(base.createTime),
		modifyTime: isoDate(base.modifyTime),
		payTime: isoDate(base.payTime),
		deliveredTime: isoDate(base.allDeliveredTime),
		completeTime: isoDate(base.completeTime),
		totalAmountYuan: orNull(base.totalAmount),
		productAmountYuan: orNull(base.sumProductPayment),
		shippingFeeYuan: orNull(base.shippingFee),
		refundYuan: orNull(base.refund),
		sellerMemberId: orNull(base.sellerID),
		sellerLoginId: orNull(base.sellerLoginId),
		sellerCompanyName: orNull(obj(base.sellerContact).companyName),
		buyerLoginId: orNull(base.buyerLoginId),
		remark: orNull(base.remark),
		buyerFeedback: orNull(base.buyerFeedback),
		closeReason: orNull(base.closeReason),
		// OrderBaseInfo.outOrderId (外部订单号) is on buyerView's page; the list does not print it
		outOrderId: orNull(base.outOrderId),
		receiver: {
			name: orNull(receiver.toFullName ?? logistics.contactPerson),
			// receiverInfo often lacks the mobile; the logistics address has it
			mobile: orNull(receiver.toMobile ?? logistics.mobile),
			phone: orNull(receiver.toPhone ?? logistics.telephone),
			area: orNull(receiver.toArea),
			address: orNull(logistics.address),
			divisionCode: orNull(receiver.toDivisionCode ?? logistics.areaCode),
			postCode: orNull(receiver.toPost ?? logistics.zip),
		},
		items: objectsAt(trade.productItems).map((item) => {
			const skuInfos = objectsAt(item.skuInfos);
			return {
				subItemId: idText(item.subItemIDString ?? item.subItemID),
				productId: idText(item.productID),
				skuId: idText(item.skuID),
				specId: orNull(item.specId),
				// the detail names it cargoNumber, the list productCargoNumber (both API pages)
				cargoNumber: orNull(item.cargoNumber ?? item.productCargoNumber),
				name: orNull(item.name),
				sku: skuText(skuInfos),
				skuInfos: skuInfos.map((s) => ({ name: orNull(s.name), value: orNull(s.value) })),
				quantity: orNull(item.quantity),
				priceYuan: orNull(item.price),
				amountYuan: orNull(item.itemAmount),
				unit: orNull(item.unit),
				status: orNull(item.status),
				refundStatus: orNull(item.refundStatus),
			};
		}),
		// null, not []: a list reply does not say whether the order has shipped
		shipments:
			source === 'list'
				? null
				: objectsAt(logistics.logisticsItems).map((shipment) => ({
						company: orNull(shipment.logisticsCompanyName),
						companyNo: orNull(shipment.logisticsCompanyNo),
						trackingNumber: orNull(shipment.logisticsBillNo),
						status: orNull(shipment.status),
						deliveredTime: isoDate(shipment.deliveredTime),
						subItemIds: orNull(shipment.subItemIds),
					})),
	};
}

/**
 * A sales order as its seller wants it flat: the purchase order's fields, plus who bought, the
 * seller's memo and flag, and for each line whether 1688 lets it ship now (canSendGoods and
 * cantSendReason, printed when the list asks needCheckSend and by sellerView's CanSendCheck) and
 * its logisticsStatus (1 未发货, 2 已发货, 3 已收货, 4 已退货, 5 部分发货; getSellerOrderList page).
 */
export function simplifySalesOrder(
	trade: IDataObject,
	source: OrderSource = 'detail',
): IDataObject {
	const base = obj(trade.baseInfo);
	const buyer = obj(base.buyerContact);
	const order = simplifyOrder(trade, source);
	const lines = objectsAt(trade.productItems);
	return {
		...order,
		buyerMemberId: orNull(base.buyerID),
		buyerCompanyName: orNull(buyer.companyName),
		buyerContactName: orNull(buyer.name),
		sellerMemo: orNull(base.sellerMemo),
		sellerRemarkIcon: orNull(base.sellerRemarkIcon),
		items: (order.items as IDataObject[]).map((item, i) => ({
			...item,
			canSendGoods: orNull(lines[i]?.canSendGoods),
			cantSendReason: orNull(lines[i]?.cantSendReason),
			logisticsStatus: orNull(lines[i]?.logisticsStatus),
		})),
	};
}
