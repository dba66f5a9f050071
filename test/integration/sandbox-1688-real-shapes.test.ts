// The 1688 sandbox against the real replies kept under test/fixtures/real/1688 and the API pages
// (research notes 1688-trade.md / 1688-other.md): outOrderId idempotency and filter, tradeType and
// invoiceParam, the list's nativeLogistics with and without needBuyerAddressAndPhone, buyerView's
// String success, partial alipay.url.get success, and the documented codes.
import { start1688Sandbox } from '../../sandbox/alibaba1688';
import { BUSINESS_ERRORS } from '../../sandbox/alibaba1688/apis/business-errors';
import { callApi } from '../support/sandbox-client';
import { realReply } from '../support/real-replies';

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;
type Params = Record<string, string>;
type Product = Sandbox['data']['products'][number];

const TRADE = 'com.alibaba.trade';
const LOGISTICS = 'com.alibaba.logistics';
const LIST = 'alibaba.trade.getBuyerOrderList';
const VIEW = 'alibaba.trade.get.buyerView';
const CREATE = 'alibaba.trade.fastCreateOrder';
const PREVIEW = 'alibaba.createOrder.preview';
const START = Date.UTC(2026, 0, 15, 4, 0, 0);

/** A real reply's body parsed (only its keys and small values are looked at here). */
const real = (name: string) => JSON.parse(realReply('1688', name).text);
const keys = (value: object) => Object.keys(value).sort();

describe('1688 sandbox: real reply shapes', () => {
	let sb: Sandbox;
	let token: string;
	const callAs = (accessToken: string, namespace: string, name: string, params: Params = {}) =>
		callApi(sb.url, {
			namespace,
			name,
			appKey: sb.demo.appKey,
			appSecret: sb.demo.appSecret,
			params: { access_token: accessToken, ...params },
		});
	const call = (namespace: string, name: string, params: Params = {}) =>
		callAs(token, namespace, name, params);

	const address = () => JSON.stringify({ addressId: sb.data.examples.addressId });
	const cargos = (p: Product, quantity = 1, sku = 0) =>
		JSON.stringify([{ offerId: p.productID, specId: p.skus[sku].specId, quantity }]);
	const product = () => sb.data.productsById.get(sb.data.examples.productId) as Product;
	const create = (params: Params) =>
		call(TRADE, CREATE, {
			flow: 'general',
			addressParam: address(),
			cargoParamList: cargos(product()),
			...params,
		});

	beforeAll(async () => {
		sb = await start1688Sandbox({ port: 0, seed: 1688, orderCount: 80, startTime: START });
		token = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
	});

	afterAll(async () => {
		await sb.close();
	});

	describe('fastCreateOrder outOrderId, tradeType and invoiceParam', () => {
		it('creates one order for the same outOrderId sent twice and answers it again', async () => {
			const before = sb.data.orders.length;
			const sku = product().skus[0];
			const stock = sku.amountOnSale;
			const first = await create({ outOrderId: 'shop-1001', cargoParamList: cargos(product(), 3) });
			expect(first.json.success).toBe(true);
			expect(sb.data.orders.length).toBe(before + 1);
			// a retry, even one whose cart would now fail, creates nothing and gets the same reply
			const again = await create({
				outOrderId: 'shop-1001',
				cargoParamList: cargos(product(), stock + 1),
			});
			expect(again.status).toBe(200);
			expect(again.text).toBe(first.text);
			expect(again.json.result).toEqual({
				totalSuccessAmount: first.json.result.totalSuccessAmount,
				orderId: first.json.result.orderId,
				postFee: first.json.result.postFee,
				failedOfferList: [],
			});
			expect(sb.data.orders.length).toBe(before + 1);
			expect(sku.amountOnSale).toBe(stock - 3);
			// another outOrderId is another order
			const other = await create({ outOrderId: 'shop-1002' });
			expect(other.json.result.orderId).not.toBe(first.json.result.orderId);
			expect(sb.data.orders.length).toBe(before + 2);
			// without an outOrderId every call creates
			await create({});
			await create({});
			expect(sb.data.orders.length).toBe(before + 4);
		});

		it('answers a repeated outOrderId of a two-seller cart with the first id and both totals', async () => {
			const a = product();
			const b = sb.data.products.find(
				(p) => p.seller.memberId !== a.seller.memberId && p.minOrderQuantity === 1,
			) as Product;
			const cargoParamList = JSON.stringify([
				{ offerId: a.productID, specId: a.skus[0].specId, quantity: 1 },
				{ offerId: b.productID, specId: b.skus[0].specId, quantity: 2 },
			]);
			const before = sb.data.orders.length;
			const first = await create({ outOrderId: 'two-sellers', cargoParamList });
			const again = await create({ outOrderId: 'two-sellers', cargoParamList });
			expect(sb.data.orders.length).toBe(before + 2);
			expect(again.json).toEqual(first.json);
			const listed = await call(TRADE, LIST, { outOrderId: 'two-sellers' });
			expect(listed.json.totalRecord).toBe(2);
			const totals = listed.json.result.map(
				(t: { baseInfo: { totalAmount: number } }) => t.baseInfo.totalAmount,
			);
			expect(Math.round(totals[0] * 100 + totals[1] * 100)).toBe(
				first.json.result.totalSuccessAmount,
			);
		});

		it('scopes outOrderId to the buyer', async () => {
			const other = sb.data.buyers.find((b) => b.memberId !== sb.demo.memberId);
			const otherToken = sb.issueTokens({
				appKey: sb.demo.appKey,
				memberId: other?.memberId,
			}).access_token;
			const mine = await create({ outOrderId: 'shared-77' });
			const theirs = await callAs(otherToken, TRADE, CREATE, {
				flow: 'general',
				addressParam: JSON.stringify({
					fullName: '李四',
					mobile: '13900001111',
					provinceText: '浙江省',
					cityText: '杭州市',
					areaText: '滨江区',
					address: '网商路699号',
				}),
				cargoParamList: cargos(product()),
				outOrderId: 'shared-77',
			});
			expect(theirs.json.success).toBe(true);
			expect(theirs.json.result.orderId).not.toBe(mine.json.result.orderId);
		});

		it('prints outOrderId and tradeTypeCode, stores invoiceParam, and filters the list by outOrderId', async () => {
			const invoice = {
				invoiceType: 0,
				companyName: '沙盒测试采购有限公司',
				taxpayerIdentifier: 'X1',
			};
			const created = await create({
				outOrderId: 'erp-555',
				tradeType: 'fxassure',
				invoiceParam: JSON.stringify(invoice),
			});
			expect(created.json.success).toBe(true);
			const id = created.json.result.orderId;
			expect(sb.data.ordersById.get(id)?.invoice).toEqual(invoice);

			const view = await call(TRADE, VIEW, { webSite: '1688', orderId: id });
			expect(view.json.result.baseInfo).toMatchObject({
				outOrderId: 'erp-555',
				tradeTypeCode: 'fxassure',
			});
			const filtered = await call(TRADE, LIST, { outOrderId: 'erp-555' });
			expect(filtered.json.totalRecord).toBe(1);
			// the list's page documents outOrderId as a filter, not as a field of its orders
			expect(filtered.json.result[0].baseInfo.idOfStr).toBe(id);
			expect(filtered.json.result[0].baseInfo).not.toHaveProperty('outOrderId');
			expect((await call(TRADE, LIST, { outOrderId: 'nobody-has-this' })).json).toEqual({
				result: [],
				totalRecord: 0,
			});
			// seeded orders carry none
			const seeded = await call(TRADE, VIEW, {
				webSite: '1688',
				orderId: sb.data.examples.shippedOrderId ?? '',
			});
			expect(seeded.json.result.baseInfo).not.toHaveProperty('outOrderId');
			expect(seeded.json.result.baseInfo).not.toHaveProperty('tradeTypeCode');
		});

		it('accepts the documented tradeTypes and those the preview offers, and refuses others', async () => {
			const preview = await call(TRADE, PREVIEW, {
				addressParam: address(),
				cargoParamList: cargos(product()),
			});
			const offered = preview.json.orderPreviewResuslt[0].tradeModeNameList as string[];
			const documented = [
				'fxassure',
				'alipay',
				'period',
				'assure',
				'creditBuy',
				'bank',
				'631staged',
				'37staged',
				'assureTrade',
			];
			for (const tradeType of [...offered, ...documented]) {
				const res = await create({ tradeType });
				expect(res.json.success).toBe(true);
			}
			const before = sb.data.orders.length;
			const bad = await create({ tradeType: 'barter' });
			expect(bad.json).toEqual({
				success: false,
				code: BUSINESS_ERRORS.TRADE_TYPE_NOT_SUPPORTED,
				message: 'not support tradeType:【barter】',
			});
			expect(sb.data.orders.length).toBe(before);
		});

		it('refuses saleproxy with 500_007, unknown flows and a bad invoiceParam, creating nothing', async () => {
			const before = sb.data.orders.length;
			expect((await create({ flow: 'saleproxy' })).json).toEqual({
				success: false,
				code: '500_007',
				message: '与供应商的代销关系不存在,不能使用saleproxy通道下单。',
			});
			// repurchase is a preview flow only
			expect((await create({ flow: 'repurchase' })).json.code).toBe(
				BUSINESS_ERRORS.FLOW_NOT_SUPPORTED,
			);
			expect((await create({ invoiceParam: 'not json' })).json.code).toBe(
				BUSINESS_ERRORS.INVOICE_PARAM_INVALID,
			);
			for (const flow of ['fenxiao', 'paired', 'boutiquefenxiao', 'boutiquepifa'])
				expect((await create({ flow })).json.success).toBe(true);
			expect(sb.data.orders.length).toBe(before + 4);
		});
	});

	describe('createOrder.preview', () => {
		const preview = (params: Params) =>
			call(TRADE, PREVIEW, {
				addressParam: address(),
				cargoParamList: cargos(product()),
				...params,
			});

		it('takes outOrderId and invoiceParam, creating nothing', async () => {
			const before = sb.data.orders.length;
			const res = await preview({
				outOrderId: 'preview-1',
				invoiceParam: JSON.stringify({ invoiceType: 1, companyName: '某公司' }),
			});
			expect(res.json.success).toBe(true);
			expect(sb.data.orders.length).toBe(before);
			expect((await call(TRADE, LIST, { outOrderId: 'preview-1' })).json.totalRecord).toBe(0);
		});

		it('compares when flow is empty (general), and takes repurchase', async () => {
			expect((await preview({})).json.orderPreviewResuslt[0].flowFlag).toBe('general');
			expect((await preview({ flow: '' })).json.orderPreviewResuslt[0].flowFlag).toBe('general');
			expect((await preview({ flow: 'repurchase' })).json.orderPreviewResuslt[0].flowFlag).toBe(
				'repurchase',
			);
			expect((await preview({ flow: 'saleproxy' })).json).toEqual({
				success: false,
				errorCode: '500_007',
				errorMsg: '与供应商的代销关系不存在,不能使用saleproxy通道下单。',
			});
		});

		it('offers the trade mode of the real sample for general', async () => {
			const sample = real('alibaba.createOrder.preview.success').orderPreviewResuslt[0];
			const [r] = (await preview({ flow: 'general' })).json.orderPreviewResuslt;
			expect(r.tradeModelList).toEqual(sample.tradeModelList);
			expect(r.tradeModeNameList).toEqual(sample.tradeModeNameList);
			for (const key of keys(sample)) expect(r).toHaveProperty(key);
			for (const key of keys(sample.cargoList[0])) expect(r.cargoList[0]).toHaveProperty(key);
		});
	});

	describe('getBuyerOrderList and get.buyerView', () => {
		it('prints the list nativeLogistics of the real sample, and the address and phone only when asked', async () => {
			const sample = real('alibaba.trade.getBuyerOrderList.success').result[0];
			const plain = await call(TRADE, LIST, { pageSize: '5' });
			for (const t of plain.json.result) {
				expect(keys(t.nativeLogistics)).toEqual(keys(sample.nativeLogistics));
				expect(keys(t.nativeLogistics)).toEqual(
					['area', 'areaCode', 'city', 'contactPerson', 'province', 'zip'].sort(),
				);
			}
			const asked = await call(TRADE, LIST, { pageSize: '5', needBuyerAddressAndPhone: 'true' });
			for (const [i, t] of asked.json.result.entries()) {
				const o = sb.data.ordersById.get(t.baseInfo.idOfStr);
				expect(t.nativeLogistics).toMatchObject({
					...plain.json.result[i].nativeLogistics,
					address: o?.address.street,
					mobile: o?.address.mobile,
				});
				if (o?.address.town) expect(t.nativeLogistics.town).toBe(o.address.town);
				if (o?.address.townCode) expect(t.nativeLogistics.townCode).toBe(o.address.townCode);
				expect(t.nativeLogistics).not.toHaveProperty('logisticsItems');
			}
			const no = await call(TRADE, LIST, { pageSize: '1', needBuyerAddressAndPhone: 'false' });
			expect(keys(no.json.result[0].nativeLogistics)).toEqual(keys(sample.nativeLogistics));
		});

		it('prints a phone given at order time as telephone', async () => {
			const created = await create({
				outOrderId: 'with-phone',
				addressParam: JSON.stringify({
					fullName: '王五',
					phone: '0571-88881888',
					mobile: '13700002222',
					provinceText: '浙江省',
					cityText: '杭州市',
					areaText: '滨江区',
					address: '网商路699号',
				}),
			});
			const listed = await call(TRADE, LIST, {
				outOrderId: 'with-phone',
				needBuyerAddressAndPhone: 'true',
			});
			expect(listed.json.result[0].nativeLogistics).toMatchObject({
				mobile: '13700002222',
				telephone: '0571-88881888',
			});
			const view = await call(TRADE, VIEW, {
				webSite: '1688',
				orderId: created.json.result.orderId,
			});
			expect(view.json.result.nativeLogistics.telephone).toBe('0571-88881888');
		});

		it('uses the receiverInfo and product item fields of the real samples', async () => {
			const sampleList = real('alibaba.trade.getBuyerOrderList.success').result[0];
			const sampleView = real('alibaba.trade.get.buyerView.success').result;
			const listed = (await call(TRADE, LIST, { pageSize: '20' })).json.result;
			for (const t of listed) {
				expect(t.baseInfo).not.toHaveProperty('sellerCompanyName');
				expect(t.baseInfo.receiverInfo).not.toHaveProperty('toMobile');
				for (const key of keys(t.baseInfo.receiverInfo))
					expect(keys(sampleView.baseInfo.receiverInfo)).toContain(key);
				// the list item has no subItemIDString; the offer's cargo number is productCargoNumber
				expect(t.productItems[0]).not.toHaveProperty('subItemIDString');
				expect(t.productItems[0]).not.toHaveProperty('cargoNumber');
				expect(t.productItems[0].productCargoNumber).toEqual(expect.any(String));
				expect(keys(sampleList.productItems[0])).toContain('productCargoNumber');
			}
			// toArea: province, city, district, town, as "浙江省 杭州市 滨江区 长河街道"
			const o = sb.data.ordersById.get(listed[0].baseInfo.idOfStr);
			expect(listed[0].baseInfo.receiverInfo.toArea).toBe(
				[o?.address.province, o?.address.city, o?.address.area, o?.address.town]
					.filter(Boolean)
					.join(' '),
			);
		});

		it('answers buyerView with success "true", the full nativeLogistics and no sellerCompanyName', async () => {
			const id = sb.data.examples.shippedOrderId ?? '';
			const res = await call(TRADE, VIEW, { webSite: '1688', orderId: id });
			expect(res.json.success).toBe('true');
			expect(res.text.endsWith(',"success":"true"}')).toBe(true);
			const base = res.json.result.baseInfo;
			expect(base).not.toHaveProperty('sellerCompanyName');
			expect(base.sellerContact.companyName).toBe(sb.data.ordersById.get(id)?.seller.companyName);
			expect(base.receiverInfo).not.toHaveProperty('toMobile');
			const sample = real('alibaba.trade.get.buyerView.success').result;
			for (const key of keys(sample.nativeLogistics))
				expect(res.json.result.nativeLogistics).toHaveProperty(key);
			expect(res.json.result.productItems[0].subItemIDString).toEqual(expect.any(String));
		});
	});

	describe('alibaba.alipay.url.get', () => {
		const payUrl = (ids: Array<string | undefined>) =>
			call(TRADE, 'alibaba.alipay.url.get', { orderIdList: `[${ids.join(',')}]` });

		it('succeeds in part: payUrl for the payable orders, payFailureOrderList for the others', async () => {
			const [a, b] = sb.data.examples.unpaidOrderIds;
			const cancelled = sb.data.examples.cancelledOrderId;
			const unknown = '9223372036854775807';
			const res = await payUrl([a, cancelled, b, unknown]);
			expect(res.status).toBe(200);
			expect(res.json).toEqual({
				success: true,
				payUrl: `${sb.url}/pay?orderIds=${a},${b}`,
				payFailureOrderList: expect.any(Array),
			});
			// Long[]: exact bare numbers
			expect(res.text).toContain(`"payFailureOrderList":[${cancelled},${unknown}]`);
			expect(res.json).not.toHaveProperty('errorCode');
		});

		it('fails only when no order can be paid, listing them all', async () => {
			const cancelled = sb.data.examples.cancelledOrderId;
			const foreign = sb.data.examples.otherBuyerOrderId;
			const res = await payUrl([cancelled, foreign]);
			expect(res.json).toEqual({
				success: false,
				errorCode: BUSINESS_ERRORS.ORDER_NO_PERMISSION,
				erroMsg: expect.any(String),
				payFailureOrderList: expect.any(Array),
			});
			expect(res.text).toContain(`"payFailureOrderList":[${cancelled},${foreign}]`);
			// all payable: the documented success shape, nothing else
			const ok = await payUrl([sb.data.examples.unpaidOrderIds[0]]);
			expect(keys(ok.json)).toEqual(keys(real('alibaba.alipay.url.get.success-single-order')));
		});
	});

	describe('logistics', () => {
		it('answers 500_2 for an order not shipped yet, in the documented shape', async () => {
			const res = await call(LOGISTICS, 'alibaba.trade.getLogisticsInfos.buyerView', {
				webSite: '1688',
				orderId: sb.data.examples.unshippedOrderId ?? '',
			});
			expect(res.json).toEqual({
				success: false,
				errorCode: '500_2',
				errorMessage: '订单尚未发货，暂无物流详情，请稍候再试。',
			});
		});

		it('prints the package fields of the real sample', async () => {
			const sample = real('alibaba.trade.getLogisticsInfos.buyerView.success').result[0];
			const res = await call(LOGISTICS, 'alibaba.trade.getLogisticsInfos.buyerView', {
				webSite: '1688',
				orderId: sb.data.examples.shippedOrderId ?? '',
			});
			const [entry] = res.json.result;
			for (const key of keys(sample)) expect(entry).toHaveProperty(key);
			expect(keys(entry.sender)).toEqual(keys(sample.sender));
			expect(keys(entry.receiver)).toEqual(keys(sample.receiver));
			expect(keys(entry.sendGoods[0])).toEqual(keys(sample.sendGoods[0]));
			expect(typeof entry.logisticsCompanyId).toBe('string');
		});

		it('answers the real no-trace reply for an order without packages', async () => {
			const res = await call(LOGISTICS, 'alibaba.trade.getLogisticsTraceInfo.buyerView', {
				webSite: '1688',
				orderId: sb.data.examples.unpaidOrderIds[0],
			});
			expect(res.text).toBe(
				realReply('1688', 'alibaba.trade.getLogisticsTraceInfo.buyerView.no-trace').text,
			);
		});
	});
});
