// @ts-check
'use strict';

// Shipping (protocol §6.2): xiaodian.logistics.online.send and the older xiaodian.logistics.send.
// Only a paid order can be shipped; it becomes ORDER_SHIPPED with the courier and tracking number.
const { BUSINESS_CODES } = require('../codes');
const { expressCompany } = require('../couriers');
const { BusinessError, invalid, jsonParam, optionalText, requiredText } = require('./params');
const { sellerOrder } = require('./trade');

/** @param {string} code */
function courier(code) {
	const company = expressCompany(code);
	if (!company)
		throw new BusinessError(BUSINESS_CODES.UNKNOWN_EXPRESS_CODE, `物流公司编码不存在：${code}`);
	return company;
}

/**
 * @param {import('./context').MethodContext} ctx
 * @param {{ shopOrderId: string, virtual: boolean, expressCode: string | undefined, expressId: string | undefined }} shipment
 */
function ship(ctx, { shopOrderId, virtual, expressCode, expressId }) {
	const order = sellerOrder(ctx, shopOrderId);
	if (order.orderStatus !== 'ORDER_PAID') {
		throw new BusinessError(
			BUSINESS_CODES.ORDER_NOT_SHIPPABLE,
			`订单状态不允许发货：${order.orderStatus}`,
		);
	}
	const company = virtual ? undefined : courier(expressCode ?? '');
	if (!virtual && (expressId === undefined || expressId.trim() === '')) {
		throw new BusinessError(BUSINESS_CODES.EMPTY_EXPRESS_ID, '物流单号不能为空');
	}
	const now = Math.floor(ctx.now / 1000) * 1000;
	order.orderStatus = 'ORDER_SHIPPED';
	order.shipTime = now;
	order.updated = now;
	// a virtual shipment (consign shipType 1) is the order's shipType 4, with no courier
	order.shipType = virtual ? 4 : 0;
	if (company) {
		order.expressCode = company.code;
		order.shipExpressName = company.name;
		order.shipExpressId = expressId?.trim();
	}
}

/** @param {import('./context').MethodContext} ctx */
function onlineSend(ctx) {
	const dto = jsonParam(ctx.params, 'openAPIOrderConsignReqDTO');
	const shipType = optionalText(dto.shipType, 'shipType') ?? '0';
	if (shipType !== '0' && shipType !== '1')
		invalid('参数错误：shipType 只能是 0（物流）或 1（虚拟）');
	if (dto.needSplit !== undefined && typeof dto.needSplit !== 'boolean')
		invalid('参数错误：needSplit 必须是布尔值');
	ship(ctx, {
		shopOrderId: requiredText(dto.shopOrderId, 'shopOrderId'),
		virtual: shipType === '1',
		expressCode: optionalText(dto.expressCode, 'expressCode'),
		expressId: optionalText(dto.expressId, 'expressId'),
	});
	return { hasShipSuccess: true };
}

/** @param {import('./context').MethodContext} ctx */
function send(ctx) {
	const dto = jsonParam(ctx.params, 'shipOrderForOpenApiReqDTO');
	ship(ctx, {
		shopOrderId: requiredText(dto.orderId, 'orderId'),
		virtual: false,
		expressCode: optionalText(dto.expressCode, 'expressCode'),
		expressId: optionalText(dto.expressId, 'expressId'),
	});
	return true;
}

/** @type {Record<string, import('./context').MethodHandler>} */
const LOGISTICS_METHODS = {
	'xiaodian.logistics.online.send': onlineSend,
	'xiaodian.logistics.send': send,
};

module.exports = { LOGISTICS_METHODS };
