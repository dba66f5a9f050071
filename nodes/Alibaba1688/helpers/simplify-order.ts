import type { IDataObject } from 'n8n-workflow';

import { parseGatewayDate } from './dates';
import { objectAt, objectsAt } from '../../shared/helpers/reply-objects';
import { valueText } from '../../shared/helpers/text';

const obj = (value: unknown): IDataObject => objectAt(value) ?? {};

/** A 1688 date as ISO 8601 (UTC), or null. */
export function isoDate(value: unknown): string | null {
	const ms = parseGatewayDate(value);
	return ms === undefined ? null : new Date(ms).toISOString();
}

/**
 * A flat view of a 1688 TradeInfo for sheets and chats. Amounts stay in yuan (元), as 1688 prints
 * them on orders; the id is the exact string form.
 */
export function simplifyOrder(trade: IDataObject): IDataObject {
	const base = obj(trade.baseInfo);
	const receiver = obj(base.receiverInfo);
	return {
		orderId: valueText(base.idOfStr ?? base.id),
		status: base.status ?? null,
		createTime: isoDate(base.createTime),
		modifyTime: isoDate(base.modifyTime),
		payTime: isoDate(base.payTime),
		deliveredTime: isoDate(base.allDeliveredTime),
		completeTime: isoDate(base.completeTime),
		totalAmountYuan: base.totalAmount ?? null,
		productAmountYuan: base.sumProductPayment ?? null,
		shippingFeeYuan: base.shippingFee ?? null,
		refundYuan: base.refund ?? null,
		sellerMemberId: base.sellerID ?? null,
		sellerLoginId: base.sellerLoginId ?? null,
		sellerCompanyName: base.sellerCompanyName ?? null,
		buyerLoginId: base.buyerLoginId ?? null,
		receiver: {
			name: receiver.toFullName ?? null,
			mobile: receiver.toMobile ?? null,
			area: receiver.toArea ?? null,
			postCode: receiver.toPost ?? null,
		},
		items: objectsAt(trade.productItems).map((item) => ({
			productId: item.productID === undefined ? null : valueText(item.productID),
			skuId: item.skuID === undefined ? null : valueText(item.skuID),
			name: item.name ?? null,
			quantity: item.quantity ?? null,
			priceYuan: item.price ?? null,
			amountYuan: item.itemAmount ?? null,
			unit: item.unit ?? null,
		})),
		shipments: objectsAt(obj(trade.nativeLogistics).logisticsItems).map((shipment) => ({
			company: shipment.logisticsCompanyName ?? null,
			trackingNumber: shipment.logisticsBillNo ?? null,
			status: shipment.status ?? null,
			deliveredTime: isoDate(shipment.deliveredTime),
		})),
	};
}
