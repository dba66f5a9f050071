// Every 1688 reply the package reads, run through the operation that reads it, on the real reply
// examples kept verbatim under test/fixtures/real/1688 (each file names its source). These are the
// replies a sandbox written from our own notes could not vouch for.
import * as getBasicInfo from '../../../nodes/Alibaba1688/actions/account/getBasicInfo.operation';
import * as getInfo from '../../../nodes/Alibaba1688/actions/logistics/getInfo.operation';
import * as getTrace from '../../../nodes/Alibaba1688/actions/logistics/getTrace.operation';
import * as getDetail from '../../../nodes/Alibaba1688/actions/product/getDetail.operation';
import * as search from '../../../nodes/Alibaba1688/actions/product/search.operation';
import * as cancel from '../../../nodes/Alibaba1688/actions/purchaseOrder/cancel.operation';
import * as get from '../../../nodes/Alibaba1688/actions/purchaseOrder/get.operation';
import * as getMany from '../../../nodes/Alibaba1688/actions/purchaseOrder/getMany.operation';
import type { IPollFunctions } from 'n8n-workflow';

import { fetchPurchaseOrderVersions } from '../../../nodes/Alibaba1688/transport/order-versions';
import { purchaseOrderSource } from '../../../nodes/Alibaba1688Trigger/order-sources';
import type { Json } from '../../support/json';
import type { OperationModule } from '../../support/operation-context';
import { operationContext, runOperation } from '../../support/operation-context';
import { realReply } from '../../support/real-replies';

const replyOf = (name: string) => {
	const { text } = realReply('1688', name);
	return () => ({ statusCode: 200, body: text });
};
const run = (module: OperationModule, name: string, parameters: Json) =>
	runOperation(module, { platform: '1688', parameters, reply: replyOf(name) });

describe('1688 real replies', () => {
	describe('alibaba.trade.get.buyerView (the API page sample)', () => {
		it('simplifies to the fields the reply really has, ids exact, dates of any offset', async () => {
			const { items } = await run(get, 'alibaba.trade.get.buyerView.success', {
				orderId: '58218860983545941',
				simplify: true,
			});
			const order = items[0].json as Json;
			expect(order).toMatchObject({
				// idOfStr, not the numeric id the page printed rounded (58218860983545944)
				orderId: '58218860983545941',
				status: 'waitbuyerreceive',
				refundStatus: 'waitselleragree',
				tradeType: '50060',
				// "20170913231708000-0700"
				createTime: '2017-09-14T06:17:08.000Z',
				deliveredTime: '2017-09-14T06:19:16.000Z',
				totalAmountYuan: 6.15,
				shippingFeeYuan: 6,
				sellerMemberId: 'b2b-2248564064',
				sellerLoginId: 'b测试账号110',
				// baseInfo.sellerContact.companyName: 1688 has no baseInfo.sellerCompanyName
				sellerCompanyName: '阿里巴巴网络有限公司',
				receiver: {
					name: '童恩杰',
					// receiverInfo has no toMobile here: nativeLogistics.mobile has it
					mobile: '13666836263',
					area: '浙江省 杭州市 滨江区 长河街道',
					address: '杭州市滨江区网商路699号',
					divisionCode: '330108',
					postCode: '312000',
				},
			});
			expect(order.items).toHaveLength(3);
			expect(order.items[0]).toEqual({
				// subItemIDString; the numeric subItemID was printed rounded (128403042259997710)
				subItemId: '128403042259997715',
				productId: '547486647009',
				skuId: '3315536521048',
				specId: '28b952ec96c8b5c3ab0affc1b74923f0',
				cargoNumber: null,
				name: '测试扫码购富光勿拍2L*6件',
				sku: '颜色: 白色, 容量: 1.1L-2L',
				skuInfos: [
					{ name: '颜色', value: '白色' },
					{ name: '容量', value: '1.1L-2L' },
				],
				quantity: 1,
				priceYuan: 0.3,
				amountYuan: 0.3,
				unit: '箱',
				status: 'waitsellersend',
				refundStatus: 'WAIT_SELLER_AGREE',
			});
			expect(order.shipments).toEqual([
				{
					company: null,
					companyNo: null,
					trackingNumber: '不需要物流',
					status: 'alreadysend',
					deliveredTime: '2017-09-14T06:19:17.000Z',
					subItemIds: '58218860984545941,58218860985545941,58218860986545941',
				},
			]);
		});
	});

	describe('alibaba.trade.getBuyerOrderList (the API page sample)', () => {
		it('keeps the 18-digit idOfStr printed as a bare number exact, and says shipments are unknown', async () => {
			const { items } = await run(getMany, 'alibaba.trade.getBuyerOrderList.success', {
				returnAll: true,
				simplify: true,
			});
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				orderId: '196965465451498520',
				status: 'cancel',
				closeReason: 'BUYER_NO_PAY',
				completeTime: '2018-08-06T02:44:25.000Z',
				sellerCompanyName: 'AOP对外测试账号04',
				receiver: { name: '洪帮', divisionCode: '330782', postCode: '322000', mobile: null },
				shipments: null,
			});
		});

		it('keeps every digit in the raw reply too', async () => {
			const { items } = await run(getMany, 'alibaba.trade.getBuyerOrderList.success', {
				returnAll: true,
				simplify: false,
			});
			expect(items[0].json.baseInfo).toMatchObject({
				id: '196965465451498520',
				idOfStr: '196965465451498520',
			});
		});
	});

	it('alibaba.trade.getLogisticsInfos.buyerView: one item per shipment, with sender and receiver', async () => {
		const { items } = await run(getInfo, 'alibaba.trade.getLogisticsInfos.buyerView.success', {
			orderId: '149989279191615400',
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			orderId: '149989279191615400',
			logisticsId: 'BX111841674232006',
			status: 'SIGN',
			receiver: { receiverMobile: '13800138000', receiverCity: '上海市' },
			sendGoods: [{ goodName: '【茂茂回归】12.9公开-sku区间价-淘货源', quantity: 2 }],
		});
	});

	describe('alibaba.trade.getLogisticsTraceInfo.buyerView', () => {
		it('gives the steps and the latest one (the API page sample)', async () => {
			const { items } = await run(
				getTrace,
				'alibaba.trade.getLogisticsTraceInfo.buyerView.success',
				{ orderId: '188983797838441800' },
			);
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				orderId: '188983797838441800',
				logisticsBillNo: '3832890717253',
				latestStep: { acceptTime: '2018-07-26 13:33:11', remark: '快件已被 已签收 签收' },
			});
			expect(items[0].json.logisticsSteps).toHaveLength(9);
		});

		it('says so when the order has no trace yet (a recorded reply)', async () => {
			const { items } = await run(
				getTrace,
				'alibaba.trade.getLogisticsTraceInfo.buyerView.no-trace',
				{ orderId: '188983797838441800' },
			);
			expect(items.map((item) => item.json)).toEqual([
				{
					orderId: '188983797838441800',
					logisticsSteps: [],
					latestStep: null,
					message: '该订单没有物流跟踪信息。',
				},
			]);
		});
	});

	it('alibaba.account.basic: the account, as 1688 prints it', async () => {
		const { items } = await run(getBasicInfo, 'alibaba.account.basic.success', {});
		expect(items[0].json).toMatchObject({
			loginId: 'alitestforisv01',
			memberId: 'b2b-1623492085',
			companyName: 'AOP对外测试账号01',
			createDate: '20130312160828000+0800',
		});
	});

	it('alibaba.trade.cancel: {"success":true} is a cancelled order', async () => {
		const { items } = await run(cancel, 'alibaba.trade.cancel.success', {
			orderId: '202711458975969812',
			cancelReason: 'other',
		});
		expect(items[0].json).toEqual({
			orderId: '202711458975969812',
			cancelled: true,
			success: true,
		});
	});

	it('product.search.queryProductDetail: the doubly nested result (the API page sample)', async () => {
		const { items } = await run(getDetail, 'product.search.queryProductDetail.success', {
			productId: '620201390233',
			country: 'en',
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toHaveProperty('productSkuInfos');
		expect(items[0].json).toHaveProperty('subjectTrans');
	});

	it('product.search.keywordQuery: products from result.result.data (the API page sample)', async () => {
		const { items } = await run(search, 'product.search.keywordQuery.success', {
			keyword: '饼干',
			returnAll: false,
			limit: 1,
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ offerId: 2, subject: '中文标题' });
	});
});

describe('1688 Trigger on the real list reply', () => {
	it('reads each order version with its exact id and times, and outputs it simplified', async () => {
		const { context } = operationContext({
			platform: '1688',
			parameters: { simplify: true },
			reply: replyOf('alibaba.trade.getBuyerOrderList.success'),
		});
		const poll = context as unknown as IPollFunctions;
		const versions = await fetchPurchaseOrderVersions.call(poll, {
			start: Date.UTC(2018, 7, 1),
			end: Date.UTC(2018, 7, 7),
		});
		expect(versions).toHaveLength(1);
		expect(versions[0]).toMatchObject({
			id: '196965465451498520',
			status: 'cancel',
			// "20180801104333000+0800" and "20180806104425000+0800"
			createdAt: Date.UTC(2018, 7, 1, 2, 43, 33),
			modifiedAt: Date.UTC(2018, 7, 6, 2, 44, 25),
		});
		const json = purchaseOrderSource.toJson.call(poll, versions[0], 'updated');
		expect(json).toMatchObject({
			event: 'updated',
			orderId: '196965465451498520',
			sellerCompanyName: 'AOP对外测试账号04',
			shipments: null,
		});
	});
});
