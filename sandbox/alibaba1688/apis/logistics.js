// @ts-check
'use strict';

// com.alibaba.logistics buyer views: the packages of an order (getLogisticsInfos) and their
// tracking steps (getLogisticsTraceInfo). Steps are derived from the package and the order's
// ship / receive times, deterministically, and only those not later than the sandbox clock show.
// Shapes: fixtures alibaba.trade.getLogisticsInfos.buyerView.success.txt,
// alibaba.trade.getLogisticsTraceInfo.buyerView.success.txt and …no-trace.txt, and the API pages.
const { createRandom } = require('../../common/prng');
const { format1688, formatDateTime } = require('../dates');
const { javaLong } = require('../json');
const { BUSINESS_ERRORS, ERROR_TEXTS, businessError } = require('./business-errors');

const { TRACE_HISTORY_LIMIT_MS, LOGISTICS_FIELDS, TRANSIT_HOURS } = require('../limits');
const { WEB_SITES } = require('../orders');

const HOUR = 3600000;
const MINUTE = 60000;

const COURIERS = ['王师傅', '李师傅', '张师傅', '刘师傅', '陈师傅', '杨师傅'];

/**
 * @typedef {{ at: number, remark: string, kind: 'accept' | 'transit' | 'delivering' | 'signed' }} Step
 */

/**
 * Every step of a package, planned from its ship time; the last one (signed) only when the
 * order was received.
 * @param {import('../data').Order} order
 * @param {import('../data').Shipment} pkg
 * @returns {Step[]}
 */
function plannedSteps(order, pkg) {
	const r = createRandom(pkg.id % 4294967296);
	const { seller, address } = order;
	const start = pkg.deliveredTime;
	const signed = order.receivingTime !== undefined && order.receivingTime > start;
	const end = signed
		? /** @type {number} */ (order.receivingTime)
		: start + r.int(TRANSIT_HOURS[0], TRANSIT_HOURS[1]) * HOUR;
	const at = (/** @type {number} */ share) =>
		Math.round(start + (end - start) * share + r.int(0, 20) * MINUTE);
	const courier = r.pick(COURIERS);
	const phone = `1${r.pick(['37', '39', '55', '77', '88'])}${r.digits(8)}`;
	const fromHub = `${seller.city}转运中心`;
	const toHub = `${address.city}转运中心`;
	/** @type {Step[]} */
	const steps = [
		{
			at: at(0.03),
			kind: 'accept',
			remark: `【${seller.city}】已揽收，揽投部：${seller.county}营业部`,
		},
		{ at: at(0.1), kind: 'transit', remark: `【${seller.city}】已发出，下一站【${fromHub}】` },
		{ at: at(0.2), kind: 'transit', remark: `【${fromHub}】已到达` },
		{ at: at(0.3), kind: 'transit', remark: `【${fromHub}】已发出，下一站【${toHub}】` },
		{ at: at(0.62), kind: 'transit', remark: `【${toHub}】已到达` },
		{
			at: at(0.72),
			kind: 'transit',
			remark: `【${toHub}】已发出，下一站【${address.city}${address.area}营业部】`,
		},
		{
			at: at(0.84),
			kind: 'delivering',
			remark: `【${address.city}${address.area}】派件中，派件员：${courier}，电话：${phone}`,
		},
	];
	if (signed) {
		steps.push({
			at: end,
			kind: 'signed',
			remark: `【${address.city}】已签收，签收人：本人，感谢使用${pkg.companyName.replace(/\(.*\)$/, '')}`,
		});
	}
	// jitter never reorders steps or passes the end
	for (let i = 1; i < steps.length; i++)
		steps[i].at = Math.min(Math.max(steps[i].at, steps[i - 1].at + MINUTE), end);
	return steps;
}

/** @param {import('../data').Order} order @param {import('../data').Shipment} pkg @param {number} now */
const visibleSteps = (order, pkg, now) => plannedSteps(order, pkg).filter((s) => s.at <= now);

/** OpenPlatformLogisticsOrder.status from what the trace shows so far. @param {Step[]} steps */
function packageStatus(steps) {
	const last = steps[steps.length - 1];
	if (!last) return 'WAITACCEPT';
	if (last.kind === 'signed') return 'SIGN';
	if (last.kind === 'accept') return 'ACCEPT';
	return 'TRANSPORT';
}

/** Province, city and county codes from a county code (GB/T 2260). @param {string} county */
const divisionCodes = (county) =>
	county.length === 6
		? { province: `${county.slice(0, 2)}0000`, city: `${county.slice(0, 4)}00`, county }
		: { province: '', city: '', county };

/**
 * Looks the order up for the token's buyer.
 * @param {import('./index').ApiContext} ctx
 * @returns {{ order: import('../data').Order } | { failure: ReturnType<typeof businessError> }}
 */
function ownOrder({ params, user, data }) {
	const buyer = /** @type {import('../data').Buyer} */ (user);
	const orderId = params.orderId.trim();
	const order = /^\d+$/.test(orderId) ? data.ordersById.get(orderId) : undefined;
	if (!order)
		return {
			failure: businessError(BUSINESS_ERRORS.ORDER_NOT_FOUND, `order ${orderId} does not exist`),
		};
	if (order.buyer.memberId !== buyer.memberId) {
		return {
			failure: businessError(BUSINESS_ERRORS.ORDER_NO_PERMISSION, ERROR_TEXTS.orderNoPermission),
		};
	}
	return { order };
}

/** getLogisticsInfos.buyerView-1 错误码: 500_2 订单尚未发货，暂无物流详情，请稍候再试。 */
const notShipped = () =>
	businessError(BUSINESS_ERRORS.ORDER_NOT_SHIPPED, ERROR_TEXTS.orderNotShipped);

/** @param {string} webSite */
const badWebSite = (webSite) =>
	WEB_SITES.includes(webSite.trim())
		? undefined
		: businessError(BUSINESS_ERRORS.PARAM_ERROR, 'webSite must be 1688 or alibaba');

/** @param {import('./index').ApiContext} ctx */
function getLogisticsInfos(ctx) {
	const { params, clock } = ctx;
	const invalid = badWebSite(params.webSite);
	if (invalid) return invalid;
	const found = ownOrder(ctx);
	if ('failure' in found) return found.failure;
	const { order } = found;
	if (order.packages.length === 0) return notShipped();

	// `fields` picks the optional parts; without it everything is returned
	const asked = params.fields?.trim()
		? new Set(params.fields.split(',').map((f) => f.trim().toLowerCase()))
		: new Set(/** @type {readonly string[]} */ (LOGISTICS_FIELDS));
	const wants = (/** @type {string[]} */ ...names) => names.some((n) => asked.has(n));
	const now = clock.now();
	const { seller, address } = order;
	const from = divisionCodes(seller.countyCode);
	const to = divisionCodes(address.areaCode);

	return {
		result: order.packages.map((pkg) => {
			const steps = visibleSteps(order, pkg, now);
			const items = order.items.filter((i) => pkg.subItemIds.includes(i.subItemID));
			return {
				logisticsId: `BX${pkg.id}`,
				logisticsBillNo: pkg.billNo,
				orderEntryIds: pkg.subItemIds.join(','),
				status: packageStatus(steps),
				// a String on the API page and in the sample ("logisticsCompanyId": "8")
				logisticsCompanyId: String(pkg.companyId),
				logisticsCompanyNo: pkg.companyCode,
				logisticsCompanyName: wants('company.name', 'company') ? pkg.companyName : undefined,
				remarks: '',
				serviceFeature: '',
				gmtSystemSend: format1688(pkg.deliveredTime),
				sender: wants('sender')
					? {
							senderName: seller.contactName,
							senderPhone: seller.phone,
							senderMobile: seller.mobile,
							// "encrypt": "CN" in the sample (sender and receiver alike)
							encrypt: 'CN',
							senderProvinceCode: from.province,
							senderCityCode: from.city,
							senderCountyCode: from.county,
							senderAddress: seller.street,
							senderProvince: seller.province,
							senderCity: seller.city,
							senderCounty: seller.county,
						}
					: undefined,
				receiver: wants('receiver')
					? {
							receiverName: address.toFullName,
							receiverPhone: '',
							receiverMobile: address.mobile,
							encrypt: 'CN',
							receiverProvinceCode: to.province,
							receiverCityCode: to.city,
							receiverCountyCode: to.county,
							receiverAddress: `${address.town}${address.street}`,
							receiverProvince: address.province,
							receiverCity: address.city,
							receiverCounty: address.area,
						}
					: undefined,
				sendGoods: wants('sendgood', 'sendgoods')
					? items.map((i) => ({
							goodName: i.product.name,
							quantity: i.quantity,
							unit: i.product.unit,
						}))
					: undefined,
			};
		}),
		success: true,
	};
}

/** @param {import('./index').ApiContext} ctx */
function getLogisticsTraceInfo(ctx) {
	const { params, clock } = ctx;
	const invalid = badWebSite(params.webSite);
	if (invalid) return invalid;
	const found = ownOrder(ctx);
	if ('failure' in found) return found.failure;
	const { order } = found;
	const now = clock.now();
	if (now - order.createTime > TRACE_HISTORY_LIMIT_MS) {
		return businessError(
			BUSINESS_ERRORS.ORDER_CREATE_TIME_HISTORY,
			'订单创建时间超过一年，无法查询物流跟踪信息',
		);
	}
	const wanted = params.logisticsId?.trim();
	const packages = wanted
		? order.packages.filter((p) => `BX${p.id}` === wanted || String(p.id) === wanted)
		: order.packages;
	// a logisticsId that is not a package of the order: the page's 错误码 404
	// "无法找到相对应的物流单跟踪信息。"
	if (wanted && packages.length === 0)
		return businessError(BUSINESS_ERRORS.TRACE_NOT_FOUND, ERROR_TEXTS.traceNotFound);
	// an order without any package: the observed real reply, success:true with an errorMessage and
	// no errorCode (fixture alibaba.trade.getLogisticsTraceInfo.buyerView.no-trace.txt)
	if (packages.length === 0) return { errorMessage: ERROR_TEXTS.noTrace, success: true };
	return {
		logisticsTrace: packages.map((pkg) => ({
			logisticsId: `BX${pkg.id}`,
			orderId: javaLong(order.id),
			logisticsBillNo: pkg.billNo,
			logisticsSteps: visibleSteps(order, pkg, now).map((s) => ({
				acceptTime: formatDateTime(s.at),
				remark: s.remark,
			})),
		})),
		success: true,
	};
}

/** @type {import('./index').ApiDefinition[]} */
module.exports = [
	{
		namespace: 'com.alibaba.logistics',
		name: 'alibaba.trade.getLogisticsInfos.buyerView',
		auth: true,
		required: ['orderId', 'webSite'],
		handle: getLogisticsInfos,
	},
	{
		namespace: 'com.alibaba.logistics',
		name: 'alibaba.trade.getLogisticsTraceInfo.buyerView',
		auth: true,
		required: ['orderId', 'webSite'],
		handle: getLogisticsTraceInfo,
	},
];
