// @ts-check
'use strict';

// What the seeded records look like on the wire (protocol §6.1, §6.3): money in fen, ids as
// strings, dates `yyyy-MM-dd HH:mm:ss` Beijing time. A field without a value is left out, as the
// platform's JSON writer does with nulls.
const { formatDateTime } = require('../../common/beijing-time');
const { itemPrice, itemStock } = require('../data/items');

/** @param {number | undefined} ms */
const date = (ms) => (ms === undefined ? undefined : formatDateTime(ms));

/** @param {import('../data/orders').Order} order */
function orderView(order) {
	const { receiver } = order;
	return {
		shopOrderId: order.shopOrderId,
		payOrderId: order.payOrderId,
		orderStatus: order.orderStatus,
		createdStr: date(order.created),
		payTimeStr: date(order.payTime),
		updatedStr: date(order.updated),
		shipTimeStr: date(order.shipTime),
		receiveTimeStr: date(order.receiveTime),
		buyerUserId: order.buyer.userId,
		buyerAccountId: order.buyer.accountId,
		buyerName: order.buyer.nick,
		buyerComment: order.buyerComment,
		sellerComment: order.sellerComment,
		receiverName: receiver.name,
		receiverMobile: receiver.mobile,
		receiverPhone: receiver.phone,
		receiverProvince: receiver.province,
		receiverCity: receiver.city,
		receiverArea: receiver.area,
		receiverAddress: receiver.street,
		receiverZip: receiver.zip,
		shopOrderPrice: order.shopOrderPrice,
		shipExpense: order.shipExpense,
		promotionAmount: order.shopPromotionAmount + order.platformPromotionAmount,
		shopPromotionAmount: order.shopPromotionAmount,
		platformPromotionAmount: order.platformPromotionAmount,
		modifyPrice: order.modifyPrice,
		shipType: order.shipType,
		shipExpressId: order.shipExpressId,
		shipExpressName: order.shipExpressName,
		number: order.lines.length,
		itemOrderInfos: order.lines.map((line) => ({
			itemOrderId: line.itemOrderId,
			itemId: line.itemId,
			skuId: line.skuId,
			itemCode: line.itemCode,
			skuCode: line.skuCode,
			title: line.title,
			img: line.img,
			price: line.price,
			nowPrice: line.nowPrice,
			number: line.number,
			orderStatus: order.orderStatus,
			refundStatus: line.refundStatus,
			skuAttributes: line.skuAttributes,
			sellerFinal: line.sellerFinal,
		})),
	};
}

// Item prices are printed in yuan: the official xiaodian.item.get page's example has "price": 0.1
// (and getStockAndPrice 0.01), and the PHP ERP stores item prices without dividing them. Trade
// amounts stay in fen ("单位:分"). The sandbox keeps fen internally.
const yuan = (/** @type {number} */ fen) => fen / 100;

/** An entry of xiaodian.item.onsale.get. @param {import('../data/items').Item} item */
const itemListView = (item) => ({
	itemId: item.itemId,
	title: item.title,
	price: yuan(itemPrice(item)),
	stock: itemStock(item),
	code: item.code,
	image: item.image,
	isShelf: item.isShelf,
	created: formatDateTime(item.created),
	modified: formatDateTime(item.modified),
});

/** xiaodian.item.get. @param {import('../data/items').Item} item */
const itemView = (item) => ({
	itemId: item.itemId,
	title: item.title,
	price: yuan(itemPrice(item)),
	stock: itemStock(item),
	code: item.code,
	image: item.image,
	isShelf: item.isShelf,
	skus: item.skus.map((sku) => ({
		skuId: sku.skuId,
		code: sku.code,
		price: yuan(sku.price),
		stock: sku.stock,
		attrs: sku.attrs.map((a) => ({ name: a.name, value: a.value })),
	})),
});

/** An entry of xiaodian.item.getAllCategory. @param {import('../data/categories').Category} category @param {import('../data/categories').Categories} categories */
const categoryView = (category, categories) => ({
	categoryId: category.encryptedId,
	isLeaf: category.isLeaf,
	name: category.name,
	parentId:
		category.parentId === 0 ? '0' : (categories.byId.get(category.parentId)?.encryptedId ?? '0'),
});

module.exports = { orderView, itemListView, itemView, categoryView };
