// The 1688 sandbox's buyer refunds (issue 14) over loopback HTTP: reasons, createRefund, voucher
// upload (multipart, unsigned image part; base64 field), the refund reads, returnGoods, the carrier
// lists, the seller-side controls and the refund pushes, against the real shapes kept under
// test/fixtures/real/1688 and the documented error codes.
import { start1688Sandbox, REFUND_LIMITS, REFUND_TOPICS } from '../../sandbox/alibaba1688';
import { sign } from '../../sandbox/alibaba1688/signature';
import { callApi } from '../support/sandbox-client';
import { realReply } from '../support/real-replies';
import { startPushReceiver } from '../support/push-receiver';

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;
type Params = Record<string, string>;
type Order = Sandbox['data']['orders'][number];
type Receiver = Awaited<ReturnType<typeof startPushReceiver>>;

const TRADE = 'com.alibaba.trade';
const LOGISTICS = 'com.alibaba.logistics';
const REASONS = 'alibaba.trade.getRefundReasonList';
const CREATE = 'alibaba.trade.createRefund';
const UPLOAD = 'alibaba.trade.uploadRefundVoucher';
const LIST = 'alibaba.trade.refund.buyer.queryOrderRefundList';
const BATCH = 'alibaba.trade.refund.OpQueryBatchRefundByOrderIdAndStatus';
const DETAIL = 'alibaba.trade.refund.OpQueryOrderRefund';
const OPERATIONS = 'alibaba.trade.refund.OpQueryOrderRefundOperationList';
const RETURN = 'alibaba.trade.refund.returnGoods';
const START = Date.UTC(2026, 0, 15, 4, 0, 0);
const DAY = 86400000;

const real = (name: string) => JSON.parse(realReply('1688', name).text);
const keys = (value: object) => Object.keys(value).sort();

/** A tiny JPEG: SOI + APP0 marker + padding + EOI (only the first bytes are looked at). */
function jpeg(size = 64): Uint8Array {
	const bytes = new Uint8Array(size);
	bytes.set([0xff, 0xd8, 0xff, 0xe0]);
	bytes.set([0xff, 0xd9], size - 2);
	return bytes;
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('1688 sandbox: buyer refunds', () => {
	let sb: Sandbox;
	let token: string;
	let otherToken: string;
	let receiver: Receiver;
	const used = new Set<string>();

	const callAs = (accessToken: string, namespace: string, name: string, params: Params = {}) =>
		callApi(sb.url, {
			namespace,
			name,
			appKey: sb.demo.appKey,
			appSecret: sb.demo.appSecret,
			params: { access_token: accessToken, ...params },
		});
	const call = (name: string, params: Params = {}, namespace = TRADE) =>
		callAs(token, namespace, name, params);

	/** An unused demo-buyer order in `status` (with at least `items` items). */
	function orderIn(status: string, items = 1): Order {
		const found = sb.data.orders.find(
			(o) =>
				o.buyer.memberId === sb.demo.memberId &&
				o.status === status &&
				o.items.length >= items &&
				!used.has(o.id),
		);
		if (!found) throw new Error(`no unused ${status} order with ${items} items`);
		used.add(found.id);
		return found;
	}
	const entries = (o: Order, count = o.items.length) =>
		`[${o.items
			.slice(0, count)
			.map((i) => i.subItemID)
			.join(',')}]`;
	const goodsFen = (o: Order, count = o.items.length) =>
		o.items.slice(0, count).reduce((s, i) => s + i.amountFen, 0);

	/** createRefund params for a whole order; override what a case needs. */
	const refundParams = (o: Order, params: Params = {}): Params => ({
		orderId: o.id,
		orderEntryIds: entries(o),
		disputeRequest: 'refund',
		applyPayment: String(goodsFen(o)),
		applyCarriage: '0',
		applyReasonId: '20028',
		description: '不想要了，已和卖家协商',
		goodsStatus: 'refundWaitSellerSend',
		...params,
	});
	const createRefund = async (o: Order, params: Params = {}) =>
		call(CREATE, refundParams(o, params));
	const refundIdOf = (text: string) => (/"refundId":"(TQ\d+)"/.exec(text) ?? [])[1] as string;

	/** Uploads a voucher the documented way: multipart, token and signature in the query, image unsigned. */
	async function uploadMultipart(bytes: Uint8Array, accessToken = token, fields: Params = {}) {
		const urlPath = `param2/1/${TRADE}/${UPLOAD}/${sb.demo.appKey}`;
		const query: Params = { access_token: accessToken };
		query._aop_signature = sign(urlPath, { ...query, ...fields }, sb.demo.appSecret);
		const form = new FormData();
		for (const [k, v] of Object.entries(fields)) form.append(k, v);
		form.append('imageData', new Blob([bytes], { type: 'image/jpeg' }), 'voucher.jpg');
		const res = await fetch(`${sb.url}/openapi/${urlPath}?${new URLSearchParams(query)}`, {
			method: 'POST',
			body: form,
		});
		const text = await res.text();
		return { status: res.status, text, json: JSON.parse(text) };
	}
	/** "图片域名/相对路径" as the research recommends: one slash, https:// added. */
	const voucherUrl = (result: { imageDomain: string; imageRelativeUrl: string }) =>
		`https://${result.imageDomain}/${result.imageRelativeUrl}`;
	const newVoucher = async () => voucherUrl((await uploadMultipart(jpeg())).json.result.result);

	/** The refund messages the receiver got, parsed (orderId kept as text). */
	function receivedMessages() {
		return receiver.received.map((r) => {
			const message = new URLSearchParams(r.rawBody).get('message') ?? '';
			const parsed = JSON.parse(message);
			return {
				text: message,
				type: parsed.type as string,
				data: parsed.data as Record<string, unknown>,
			};
		});
	}

	beforeAll(async () => {
		sb = await start1688Sandbox({ port: 0, seed: 1688, orderCount: 300, startTime: START });
		token = sb.issueTokens({ appKey: sb.demo.appKey }).access_token;
		const other = sb.data.buyers.find((b) => b.memberId !== sb.demo.memberId);
		otherToken = sb.issueTokens({ appKey: sb.demo.appKey, memberId: other?.memberId }).access_token;
		receiver = await startPushReceiver();
		// the refund topics only: what the receiver got is read as the refund messages
		sb.subscribePush(receiver.url, { topics: [REFUND_TOPICS.inSale, REFUND_TOPICS.afterSale] });
	});

	afterAll(async () => {
		await sb.flushPushes();
		await receiver.close();
		await sb.close();
	});

	describe('carriers', () => {
		it('OpQueryLogisticCompanyList.offline lists the self-arranged carriers, supportPrint as a String', async () => {
			const res = await call('alibaba.logistics.OpQueryLogisticCompanyList.offline', {}, LOGISTICS);
			expect(res.status).toBe(200);
			expect(res.json.success).toBe(true);
			const zto = res.json.result.find((c: { companyNo: string }) => c.companyNo === 'ZTO');
			expect(zto).toEqual({
				id: 2,
				companyName: '中通快递(ZTO)',
				companyNo: 'ZTO',
				companyPhone: '95311',
				supportPrint: 'true',
				spelling: 'zhongtongkuaidi',
			});
			const codes = res.json.result.map((c: { companyNo: string }) => c.companyNo);
			expect(codes).toEqual(expect.arrayContaining(['ZTO', 'YTO', 'SF', 'HTKY', 'OTHER']));
			expect(codes).not.toContain('ANE');
			expect(res.json.result.find((c: { id: number }) => c.id === 352).companyName).toBe(
				'百世快递',
			);
		});

		it('OpQueryLogisticCompanyList lists every carrier, supportPrint as a Boolean', async () => {
			const res = await call('alibaba.logistics.OpQueryLogisticCompanyList', {}, LOGISTICS);
			expect(res.json.success).toBe(true);
			const codes = res.json.result.map((c: { companyNo: string }) => c.companyNo);
			expect(codes).toEqual(expect.arrayContaining(['ZTO', 'HTKY', 'ANE', 'KYE']));
			for (const c of res.json.result) {
				expect(keys(c)).toEqual(
					['companyName', 'companyNo', 'companyPhone', 'id', 'spelling', 'supportPrint'].sort(),
				);
				expect(typeof c.supportPrint).toBe('boolean');
			}
		});
	});

	describe('getRefundReasonList', () => {
		it('answers reasons that differ by goodsStatus', async () => {
			const o = orderIn('waitbuyerreceive');
			const lists: Record<string, Array<Record<string, unknown>>> = {};
			for (const goodsStatus of [
				'refundWaitSellerSend',
				'refundWaitBuyerReceive',
				'refundBuyerReceived',
				'aftersaleBuyerNotReceived',
				'aftersaleBuyerReceived',
			]) {
				const res = await call(REASONS, { orderId: o.id, orderEntryIds: entries(o), goodsStatus });
				expect(res.json.result.success).toBe(true);
				lists[goodsStatus] = res.json.result.result.reasons;
				for (const r of lists[goodsStatus]) {
					expect(keys(r)).toEqual(['id', 'name', 'needVoucher', 'noRefundCarriage', 'tip']);
					expect(typeof r.id).toBe('number');
				}
			}
			const ids = (g: string) => lists[g].map((r) => r.id);
			expect(ids('refundBuyerReceived')).toContain(20021);
			expect(ids('refundWaitSellerSend')).not.toContain(20021);
			expect(ids('refundWaitSellerSend')).toContain(20028);
			expect(lists.refundBuyerReceived.find((r) => r.id === 20021)?.needVoucher).toBe(true);
			expect(lists.refundWaitSellerSend.find((r) => r.id === 20028)?.noRefundCarriage).toBe(true);
		});

		it('answers 5001 / 5002 / 5003 / 5010 and refuses a missing goodsStatus at the gateway', async () => {
			const o = sb.data.ordersById.get(sb.data.examples.shippedOrderId ?? '') as Order;
			const base = { orderId: o.id, orderEntryIds: entries(o), goodsStatus: 'refundBuyerReceived' };
			const err = async (params: Params) => (await call(REASONS, params)).json.result;
			expect(await err({ ...base, orderId: '1234567890123456789' })).toEqual({
				success: false,
				code: '5001',
				message: '订单不存在',
			});
			expect(await err({ ...base, orderId: sb.data.examples.otherBuyerOrderId as string })).toEqual(
				{ success: false, code: '5002', message: '订单买家与用户身份不一致' },
			);
			expect(await err({ ...base, goodsStatus: 'received' })).toEqual({
				success: false,
				code: '5003',
				message: '货物状态状态不合法',
			});
			expect((await err({ ...base, orderEntryIds: '[111]' })).code).toBe('5010');
			const missing = await call(REASONS, { orderId: o.id, orderEntryIds: entries(o) });
			expect(missing.json.error_code).toBe('gw.ParamMissing');
		});
	});

	describe('uploadRefundVoucher', () => {
		it('takes a multipart jpg whose image part is not signed and answers imageDomain + imageRelativeUrl', async () => {
			const res = await uploadMultipart(jpeg(2048));
			expect(res.status).toBe(200);
			expect(res.json.result.success).toBe(true);
			expect(res.json.result.result.imageDomain).toBe('cbu01.alicdn.com');
			expect(res.json.result.result.imageRelativeUrl).toMatch(
				/^img\/ibank\/\d{4}\/\d{3}\/\d{3}\/\d{11}\.jpg$/,
			);
		});

		it('signs the other multipart fields as usual', async () => {
			const ok = await uploadMultipart(jpeg(), token, { _aop_timestamp: String(START) });
			expect(ok.json.result.success).toBe(true);
			// a field left out of the signature is a bad signature
			const urlPath = `param2/1/${TRADE}/${UPLOAD}/${sb.demo.appKey}`;
			const query = {
				access_token: token,
				_aop_signature: sign(urlPath, { access_token: token }, sb.demo.appSecret),
			};
			const form = new FormData();
			form.append('_aop_timestamp', String(START));
			form.append('imageData', new Blob([jpeg()]), 'v.jpg');
			const res = await fetch(`${sb.url}/openapi/${urlPath}?${new URLSearchParams(query)}`, {
				method: 'POST',
				body: form,
			});
			expect(((await res.json()) as { error_code: string }).error_code).toBe('gw.SignatureInvalid');
		});

		it('also takes imageData as a signed base64 form field', async () => {
			const res = await call(UPLOAD, { imageData: toBase64(jpeg()) });
			expect(res.json.result.success).toBe(true);
			expect(res.json.result.result.imageDomain).toBe('cbu01.alicdn.com');
		});

		it('answers 4000 for a missing, non-jpg or oversized image', async () => {
			const error = { success: false, code: '4000', message: '未正确传入imageData参数' };
			expect((await call(UPLOAD, {})).json.result).toEqual(error);
			const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
			expect((await uploadMultipart(png)).json.result).toEqual(error);
			expect((await call(UPLOAD, { imageData: 'not base64!' })).json.result).toEqual(error);
			const big = jpeg(REFUND_LIMITS.VOUCHER_MAX_BYTES + 1);
			expect((await uploadMultipart(big)).json.result).toEqual(error);
			expect(
				(await uploadMultipart(jpeg(REFUND_LIMITS.VOUCHER_MAX_BYTES))).json.result.success,
			).toBe(true);
		});

		it('answers the service 4000 when forced', async () => {
			sb.failNextRefundCall({ api: UPLOAD, code: '4000' });
			expect((await uploadMultipart(jpeg())).json.result).toEqual({
				success: false,
				code: '4000',
				message: '网络延迟、内部服务异常',
			});
			expect((await uploadMultipart(jpeg())).json.result.success).toBe(true);
		});
	});

	describe('createRefund: errors', () => {
		const code = async (o: Order, params: Params = {}) =>
			(await createRefund(o, params)).json.result;

		it("5001 unknown order, 5002 another buyer's order", async () => {
			const o = orderIn('waitsellersend');
			expect(await code(o, { orderId: '9999999999999999999' })).toEqual({
				success: false,
				code: '5001',
				message: '订单不存在',
			});
			const other = sb.data.ordersById.get(sb.data.examples.otherBuyerOrderId ?? '') as Order;
			expect((await code(other)).code).toBe('5002');
			used.delete(o.id);
		});

		it('5003 bad goodsStatus, 5100 bad disputeRequest', async () => {
			const o = orderIn('waitsellersend');
			expect(await code(o, { goodsStatus: 'notSent' })).toEqual({
				success: false,
				code: '5003',
				message: '货物状态状态不合法',
			});
			expect(await code(o, { disputeRequest: 'exchange' })).toEqual({
				success: false,
				code: '5100',
				message: '其他未知错误',
			});
			used.delete(o.id);
		});

		it('5010: unpaid or cancelled order, goods status not matching the order, returnRefund without the goods, unknown entry', async () => {
			const unpaid = orderIn('waitbuyerpay');
			expect(await code(unpaid)).toEqual({ success: false, code: '5010', message: '退货状态错误' });
			const cancelled = orderIn('cancel');
			expect((await code(cancelled)).code).toBe('5010');
			const unshipped = orderIn('waitsellersend');
			expect((await code(unshipped, { goodsStatus: 'refundBuyerReceived' })).code).toBe('5010');
			const shipped = orderIn('waitbuyerreceive');
			expect(
				(
					await code(shipped, {
						goodsStatus: 'refundWaitBuyerReceive',
						disputeRequest: 'returnRefund',
						applyReasonId: '20041',
					})
				).code,
			).toBe('5010');
			expect((await code(unshipped, { orderEntryIds: '[123456789012345678]' })).code).toBe('5010');
			used.delete(unshipped.id);
			used.delete(shipped.id);
		});

		it('5004 reason not offered for the goodsStatus, 5012 description length', async () => {
			const o = orderIn('waitsellersend');
			expect(await code(o, { applyReasonId: '20021' })).toEqual({
				success: false,
				code: '5004',
				message: '退款退货原因错误，请确认原因id',
			});
			expect(await code(o, { description: '退' })).toEqual({
				success: false,
				code: '5012',
				message: '退款描述长度错误',
			});
			expect((await code(o, { description: '长'.repeat(151) })).code).toBe('5012');
			used.delete(o.id);
		});

		it('5005 voucher needed, REFUND_VOUCHERS_INVALID for unknown URLs or more than 5', async () => {
			const o = orderIn('waitbuyerreceive');
			const params = {
				goodsStatus: 'refundBuyerReceived',
				disputeRequest: 'returnRefund',
				applyReasonId: '20021',
			};
			expect(await code(o, params)).toEqual({
				success: false,
				code: '5005',
				message: '需要上传凭证',
			});
			const unknown = await code(o, {
				...params,
				vouchers: '["https://cbu01.alicdn.com/img/ibank/2019/901/930/11848039109.jpg"]',
			});
			expect(unknown.code).toBe('REFUND_VOUCHERS_INVALID');
			const six: string[] = [];
			for (let i = 0; i < 6; i++) six.push(await newVoucher());
			expect((await code(o, { ...params, vouchers: JSON.stringify(six) })).code).toBe(
				'REFUND_VOUCHERS_INVALID',
			);
			used.delete(o.id);
		});

		it('5006 postage with a reason that refunds none, 5011 amounts, 5013 entry counts', async () => {
			const o = orderIn('waitsellersend');
			expect(await code(o, { applyCarriage: '1' })).toEqual({
				success: false,
				code: '5006',
				message: '退运费大于0',
			});
			// before shipping the amount must equal the goods' paid amount
			expect(await code(o, { applyPayment: String(goodsFen(o) - 1) })).toEqual({
				success: false,
				code: '5011',
				message: '退款金额错误',
			});
			expect((await code(o, { applyPayment: String(goodsFen(o) + 1) })).code).toBe('5011');
			expect((await code(o, { applyPayment: '1.5' })).code).toBe('5011');
			expect(
				(
					await code(o, {
						applyReasonId: '20032',
						applyCarriage: String(o.shippingFeeFen + 1),
					})
				).code,
			).toBe('5011');
			const counts = JSON.stringify([{ id: 0, count: 1 }]).replace('0', o.items[0].subItemID);
			expect(await code(o, { orderEntryCountList: counts })).toEqual({
				success: false,
				code: '5013',
				message: '子订单退货数量',
			});
			used.delete(o.id);
		});

		it('5100 / 4000 when forced', async () => {
			sb.failNextRefundCall({ api: CREATE, code: '5100' });
			const o = orderIn('waitsellersend');
			expect((await code(o)).code).toBe('5100');
			sb.failNextRefundCall({ api: CREATE, code: '4000' });
			expect((await code(o)).code).toBe('4000');
			expect(() => sb.failNextRefundCall({ api: CREATE, code: '5001' })).toThrow(/not forceable/);
			used.delete(o.id);
		});
	});

	describe('refund only, before shipping', () => {
		let o: Order;
		let refundId: string;

		it('creates a TQ refund in waitselleragree, in the documented reply shape', async () => {
			receiver.received.length = 0;
			o = orderIn('waitsellersend', 2);
			const res = await createRefund(o);
			expect(res.status).toBe(200);
			const fixture = real('alibaba.trade.createRefund.doc-example');
			expect(keys(res.json)).toEqual(keys(fixture));
			expect(res.json.result.success).toBe(true);
			refundId = res.json.result.result.refundId;
			expect(refundId).toMatch(/^TQ\d{17}$/);
			expect(refundId.endsWith(o.buyer.idSuffix)).toBe(true);
			expect(res.json.result.result).toEqual({
				refundId,
				innerReasonId: 20028,
				innerReason: '不想买了，已与卖家协商一致',
				innerPostFee: 0,
				isVoucher: '0',
				refundOfficialSolutionCost: 0,
			});
			expect(sb.refundsOf(o.id)).toEqual([
				expect.objectContaining({ refundId, status: 'waitselleragree', inSale: true }),
			]);
		});

		it("shows on the order: buyerView refundStatus, the items' WAIT_SELLER_AGREE and refundId, the list filter", async () => {
			const view = await call('alibaba.trade.get.buyerView', { webSite: '1688', orderId: o.id });
			expect(view.json.result.baseInfo.refundStatus).toBe('waitselleragree');
			for (const item of view.json.result.productItems) {
				expect(item.refundStatus).toBe('WAIT_SELLER_AGREE');
				expect(item.refundId).toBe(refundId);
			}
			const list = await call('alibaba.trade.getBuyerOrderList', {
				refundStatus: 'waitselleragree',
				pageSize: '50',
			});
			expect(
				list.json.result.map((t: { baseInfo: { idOfStr: string } }) => t.baseInfo.idOfStr),
			).toEqual([o.id]);
		});

		it('refuses a second refund of the same entries (5010)', async () => {
			expect((await createRefund(o)).json.result.code).toBe('5010');
		});

		it("pushes BUYER_APPLY_REFUND on the in-sale topic, in the topic example's shape", async () => {
			await sb.flushPushes();
			const [message] = receivedMessages();
			expect(message.type).toBe('ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES');
			const fixture = real('push.ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES.doc-data');
			expect(Object.keys(message.data)).toEqual(Object.keys(fixture));
			expect(message.text).toContain(`"orderId":${o.id},`);
			expect(message.data).toMatchObject({
				currentStatus: 'waitselleragree',
				buyerMemberId: sb.demo.memberId,
				sellerMemberId: o.seller.memberId,
				refundAction: 'BUYER_APPLY_REFUND',
				operator: 'buyer',
				refundId,
			});
			expect(message.data.msgSendTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
		});

		it('seller agrees: refundsuccess, the order is refunded in full and terminated; SELLER_AGREE_REFUND is pushed', async () => {
			receiver.received.length = 0;
			expect(sb.sellerAgreeRefund(refundId).status).toBe('refundsuccess');
			await sb.flushPushes();
			expect(receivedMessages().map((m) => m.data.refundAction)).toEqual(['SELLER_AGREE_REFUND']);
			expect(receivedMessages()[0].data.currentStatus).toBe('refundsuccess');
			const view = await call('alibaba.trade.get.buyerView', { webSite: '1688', orderId: o.id });
			expect(view.json.result.baseInfo.status).toBe('terminated');
			expect(view.json.result.baseInfo.refundStatus).toBe('refundsuccess');
			expect(view.json.result.baseInfo.refundPayment).toBe(goodsFen(o));
			expect(view.json.result.productItems[0].refundStatus).toBe('REFUND_SUCCESS');
			expect(view.json.result.productItems[0].refund).toBe(o.items[0].amountFen / 100);
			expect(() => sb.sellerAgreeRefund(refundId)).toThrow(/refundsuccess/);
		});

		it('the batch read lists it under queryType 3, not 1', async () => {
			const done = await call(BATCH, { orderId: o.id, queryType: '3' });
			expect(
				done.json.result.opOrderRefundModels.map((m: { refundId: string }) => m.refundId),
			).toEqual([refundId]);
			const active = await call(BATCH, { orderId: o.id, queryType: '1' });
			expect(active.json.result.opOrderRefundModels).toEqual([]);
		});
	});

	describe('return and refund after sale: the full life cycle', () => {
		let o: Order;
		let refundId: string;
		let vouchers: string[];

		it('creates the returnRefund with vouchers on a completed order (after-sale topic)', async () => {
			receiver.received.length = 0;
			o = orderIn('success');
			vouchers = [await newVoucher(), await newVoucher()];
			const res = await createRefund(o, {
				disputeRequest: 'returnRefund',
				goodsStatus: 'aftersaleBuyerReceived',
				applyReasonId: '20021',
				applyPayment: String(o.items[0].amountFen),
				orderEntryIds: entries(o, 1),
				// the doc example's bare-list form of a String[]
				vouchers: `[${vouchers.join(',')}]`,
				description: '颜色和图片不一致',
			});
			expect(res.json.result.success).toBe(true);
			expect(res.json.result.result.isVoucher).toBe('1');
			refundId = res.json.result.result.refundId;
			await sb.flushPushes();
			const [message] = receivedMessages();
			expect(message.type).toBe(REFUND_TOPICS.afterSale);
			const fixture = real('push.ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES.doc-data');
			expect(Object.keys(message.data)).toEqual(Object.keys(fixture));
		});

		it('returnGoods before the seller agreed: 4007', async () => {
			const res = await call(RETURN, {
				refundId,
				logisticsCompanyNo: 'ZTO',
				freightBill: '3110044550034338',
			});
			expect(res.json).toEqual({
				result: { errorCode: '4007', errorInfo: '当前退款单状态不支持退货', success: false },
			});
		});

		it("the seller agrees: waitbuyersend with the seller's return address (SELLER_AGREE_REFUND_PROCOTOL)", async () => {
			const after = sb.sellerAgreeRefund(refundId);
			expect(after.status).toBe('waitbuyersend');
			expect(after.returnAddress?.name).toBe(o.seller.contactName);
			const detail = await call(DETAIL, { refundId });
			const model = detail.json.result.opOrderRefundModelDetail;
			expect(model.sellerRealName).toBe(o.seller.contactName);
			expect(model.sellerMobile).toBe(o.seller.mobile);
			expect(model.sellerReceiveAddress).toContain(o.seller.city);
		});

		it('returnGoods refuses 4008 / 4002 / 4003 / 4005 / 4006 / 4004 and a bad description', async () => {
			const ok = { refundId, logisticsCompanyNo: 'ZTO', freightBill: '3110044550034338' };
			const err = async (params: Params, as = token) =>
				(await callAs(as, TRADE, RETURN, params)).json.result;
			expect(await err({ ...ok, refundId: '8651493722961198' })).toEqual({
				errorCode: '4008',
				errorInfo: '退款单号信息有误，请核对后重新提交',
				success: false,
			});
			expect(await err({ refundId })).toEqual({
				errorCode: '4002',
				errorInfo: '物流公司编号和运单号必填',
				success: false,
			});
			expect(await err({ ...ok, freightBill: ' ' })).toMatchObject({ errorCode: '4002' });
			const eleven = JSON.stringify(Array.from({ length: 11 }, () => vouchers[0]));
			expect(await err({ ...ok, vouchers: eleven })).toEqual({
				errorCode: '4003',
				errorInfo: '上传凭证数量过多',
				success: false,
			});
			expect(await err({ ...ok, vouchers: '["https://example.com/a.jpg"]' })).toEqual({
				errorCode: '4003',
				errorInfo: '凭证URL校验不通过',
				success: false,
			});
			expect(await err({ ...ok, refundId: 'TQ11111111111111111' })).toEqual({
				errorCode: '4005',
				errorInfo: '退款单信息不存在',
				success: false,
			});
			expect(await err(ok, otherToken)).toEqual({
				errorCode: '4006',
				errorInfo: '无当前退款单操作权限',
				success: false,
			});
			const check = {
				errorCode: '4004',
				errorInfo: '物流公司编号和运单号校验不通过',
				success: false,
			};
			expect(await err({ ...ok, logisticsCompanyNo: 'NOPE' })).toEqual(check);
			expect(await err({ ...ok, freightBill: 'ABC' })).toEqual(check);
			// a freight carrier of the full list, not of the .offline list returnGoods uses
			expect(await err({ ...ok, logisticsCompanyNo: 'ANE', freightBill: '123456789012' })).toEqual(
				check,
			);
			expect(await err({ ...ok, description: '短' })).toMatchObject({
				errorCode: 'RETURN_DESCRIPTION_LENGTH',
			});
			for (const code of ['4001', '5001', '5002', '5003']) {
				sb.failNextRefundCall({ api: RETURN, code });
				expect((await err(ok)).errorCode).toBe(code);
			}
			expect(sb.refundsOf(o.id)[0].status).toBe('waitbuyersend');
		});

		it('returnGoods succeeds: waitsellerreceive, BUYER_SEND_GOODS', async () => {
			const res = await call(RETURN, {
				refundId,
				logisticsCompanyNo: 'ZTO',
				freightBill: '3110044550034338',
				description: '已寄回，请查收',
				vouchers: JSON.stringify([vouchers[1]]),
			});
			expect(res.json).toEqual({ result: { success: true } });
			expect(sb.refundsOf(o.id)[0]).toMatchObject({
				status: 'waitsellerreceive',
				freightBill: '3110044550034338',
				logisticsCompanyNo: 'ZTO',
			});
			const again = await call(RETURN, {
				refundId,
				logisticsCompanyNo: 'ZTO',
				freightBill: '3110044550034338',
			});
			expect(again.json.result.errorCode).toBe('4007');
		});

		it('the seller receives the goods: refundsuccess (SELLER_RECEIVE_GOODS); the after-sale order stays success', async () => {
			expect(sb.sellerReceiveReturn(refundId).status).toBe('refundsuccess');
			await sb.flushPushes();
			const messages = receivedMessages();
			expect(messages.map((m) => m.type)).toEqual(Array(4).fill(REFUND_TOPICS.afterSale));
			expect(
				messages.map((m) => [m.data.refundAction, m.data.operator, m.data.currentStatus]),
			).toEqual([
				['BUYER_APPLY_REFUND', 'buyer', 'waitselleragree'],
				['SELLER_AGREE_REFUND_PROCOTOL', 'seller', 'waitbuyersend'],
				['BUYER_SEND_GOODS', 'buyer', 'waitsellerreceive'],
				['SELLER_RECEIVE_GOODS', 'seller', 'refundsuccess'],
			]);
			expect(sb.data.ordersById.get(o.id)?.status).toBe('success');
			expect(sb.refundMessages().filter((m) => m.refundId === refundId)).toHaveLength(4);
		});

		it("OpQueryOrderRefund prints the example's keys, with the four operation records newest first", async () => {
			const res = await call(DETAIL, {
				refundId,
				needTimeOutInfo: 'true',
				needOrderRefundOperation: 'true',
			});
			const fixture = real('alibaba.trade.refund.OpQueryOrderRefund.success');
			const model = res.json.result.opOrderRefundModelDetail;
			expect(keys(res.json)).toEqual(keys(fixture));
			expect(keys(model)).toEqual(keys(fixture.result.opOrderRefundModelDetail));
			expect(model).toMatchObject({
				refundId,
				status: 'refundsuccess',
				disputeRequest: 3,
				disputeType: 2,
				goodsStatus: 3,
				goodsReceived: true,
				refundGoods: true,
				onlyRefund: false,
				buyerSendGoods: true,
				buyerLogisticsName: '中通快递(ZTO)',
				freightBill: '3110044550034338',
				applyPayment: o.items[0].amountFen,
				applyReason: '颜色/图案/款式不符',
				applyReasonId: 20021,
				orderEntryCountMap: { [o.items[0].subItemID]: o.items[0].quantity },
			});
			expect(res.text).toContain(`"orderId":${o.id},`);
			expect(res.text).toContain(`"orderEntryIdList":[${o.items[0].subItemID}]`);
			expect(res.text).toContain(`"id":${refundId.slice(2)},`);
			expect(model.gmtCompleted).toMatch(/^\d{17}\+0800$/);
			const ops = model.refundOperationList;
			expect(ops.map((op: { operateRemark: string }) => op.operateRemark)).toEqual([
				'退款成功',
				'买家退货',
				'确认收货地址',
				'买家申请退款协议，等待卖家确认',
			]);
			expect(keys(ops[0])).toEqual(
				keys(fixture.result.opOrderRefundModelDetail.refundOperationList[0]),
			);
			expect(keys(ops[3])).toEqual(
				keys(fixture.result.opOrderRefundModelDetail.refundOperationList[3]),
			);
			expect(ops[1].discription).toBe(
				'买家声明退货，等待卖家确认。|物流公司：中通快递(ZTO)|物流单号：3110044550034338|说明：已寄回，请查收|',
			);
			// a finished refund has no timeout
			expect(model.gmtTimeOut).toBeUndefined();
		});

		it('OpQueryOrderRefundOperationList pages the records (pageNo from 1)', async () => {
			const res = await call(OPERATIONS, { refundId, pageNo: '1', pageSize: '3' });
			const fixture = real('alibaba.trade.refund.OpQueryOrderRefundOperationList.success');
			const models = res.json.result.opOrderRefundOperationModels;
			expect(models).toHaveLength(3);
			expect(keys(models[0])).toEqual(keys(fixture.result.opOrderRefundOperationModels[0]));
			expect(keys(models[2])).toEqual(keys(fixture.result.opOrderRefundOperationModels[0]));
			const second = await call(OPERATIONS, { refundId, pageNo: '2', pageSize: '3' });
			expect(second.json.result.opOrderRefundOperationModels).toHaveLength(1);
			expect(keys(second.json.result.opOrderRefundOperationModels[0])).toEqual(
				keys(fixture.result.opOrderRefundOperationModels[1]),
			);
			const bad = await call(OPERATIONS, { refundId, pageNo: '0', pageSize: '3' });
			expect(bad.json.errorCode).toBe('500');
			expect(JSON.parse(bad.json.errorMessage).cause).toMatch(/^errorCode:INVALID_PARAM/);
		});

		it('the batch read (in-sale refunds only) does not list this after-sale refund', async () => {
			const res = await call(BATCH, { orderId: o.id, queryType: '3' });
			expect(res.json.result.opOrderRefundModels).toEqual([]);
		});
	});

	describe('return part of an in-sale order (orderEntryCountList)', () => {
		it('returns one piece of a received, not yet confirmed order and caps the amount at its price', async () => {
			const o = sb.data.orders.find(
				(x) =>
					x.buyer.memberId === sb.demo.memberId &&
					x.status === 'signinsuccess' &&
					x.items[0].quantity >= 2 &&
					!used.has(x.id),
			) as Order;
			used.add(o.id);
			const item = o.items[0];
			const counts = `[{"id":${item.subItemID},"count":1}]`;
			const voucher = await newVoucher();
			const params = {
				orderEntryIds: `[${item.subItemID}]`,
				disputeRequest: 'returnRefund',
				goodsStatus: 'refundBuyerReceived',
				applyReasonId: '20023',
				vouchers: JSON.stringify([voucher]),
				orderEntryCountList: counts,
			};
			const over = await createRefund(o, { ...params, applyPayment: String(item.priceFen + 1) });
			expect(over.json.result.code).toBe('5011');
			const tooMany = await createRefund(o, {
				...params,
				applyPayment: '1',
				orderEntryCountList: `[{"id":${item.subItemID},"count":${item.quantity + 1}}]`,
			});
			expect(tooMany.json.result.code).toBe('5013');
			const res = await createRefund(o, { ...params, applyPayment: String(item.priceFen) });
			expect(res.json.result.success).toBe(true);
			const refundId = refundIdOf(res.text);
			const detail = await call(DETAIL, { refundId });
			expect(detail.json.result.opOrderRefundModelDetail.orderEntryCountMap).toEqual({
				[item.subItemID]: 1,
			});
			expect(detail.json.result.opOrderRefundModelDetail.disputeType).toBe(1);
			// in-sale: the batch read lists it while active
			const batch = await call(BATCH, { orderId: o.id, queryType: '1' });
			const fixture = real('alibaba.trade.refund.OpQueryBatchRefundByOrderIdAndStatus.success');
			const [model] = batch.json.result.opOrderRefundModels;
			expect(model.refundId).toBe(refundId);
			expect(keys(batch.json)).toEqual(keys(fixture));
			// the example's keys, less those of a refund the buyer has not sent back yet
			const expected = keys(fixture.result.opOrderRefundModels[0]).filter(
				(k) => !['freightBill', 'buyerLogisticsName', 'gmtCompleted'].includes(k),
			);
			expect(keys(model)).toEqual(expected);
			expect(model).toMatchObject({
				success: true,
				isRefundGoods: true,
				isOnlyRefund: false,
				isGoodsReceived: true,
				refundOperationList: [],
			});
		});
	});

	describe('the seller refuses', () => {
		it('→ waitbuyermodify (SELLER_REJECT_REFUND_PROCOTOL), or with close → refundclose; a closed refund frees the entries', async () => {
			receiver.received.length = 0;
			const o = orderIn('waitbuyersign');
			const params = { goodsStatus: 'refundWaitBuyerReceive', applyReasonId: '20041' };
			const first = refundIdOf((await createRefund(o, params)).text);
			const refused = sb.sellerRefuseRefund(first, { reason: '物流显示正常派送中' });
			expect(refused.status).toBe('waitbuyermodify');
			// still open: no second refund
			expect((await createRefund(o, params)).json.result.code).toBe('5010');
			const detail = await call(DETAIL, { refundId: first, needTimeOutInfo: 'true' });
			const model = detail.json.result.opOrderRefundModelDetail;
			expect(model).toMatchObject({
				status: 'waitbuyermodify',
				rejectTimes: 1,
				rejectReason: '物流显示正常派送中',
				timeOutOperateType: 'CRM_APPLY_TIMEOUT_CLOSE',
			});
			expect(model.gmtTimeOut).toMatch(/^\d{17}\+0800$/);
			expect(() => sb.sellerRefuseRefund(first)).toThrow(/waitbuyermodify/);

			const o2 = orderIn('waitbuyersign');
			const second = refundIdOf((await createRefund(o2, params)).text);
			expect(sb.sellerRefuseRefund(second, { close: true }).status).toBe('refundclose');
			const again = await createRefund(o2, params);
			expect(again.json.result.success).toBe(true);
			await sb.flushPushes();
			expect(receivedMessages().map((m) => m.data.refundAction)).toEqual([
				'BUYER_APPLY_REFUND',
				'SELLER_REJECT_REFUND_PROCOTOL',
				'BUYER_APPLY_REFUND',
				'SELLER_REJECT_REFUND',
				'BUYER_APPLY_REFUND',
			]);
		});

		it('timeoutRefund: the system agrees (SYSTEM_AGREE_REFUND, operator system)', async () => {
			receiver.received.length = 0;
			const o = orderIn('waitsellersend');
			const refundId = refundIdOf((await createRefund(o)).text);
			expect(sb.timeoutRefund(refundId).status).toBe('refundsuccess');
			await sb.flushPushes();
			expect(receivedMessages()[1].data).toMatchObject({
				refundAction: 'SYSTEM_AGREE_REFUND',
				operator: 'system',
				currentStatus: 'refundsuccess',
			});
		});
	});

	describe('queryOrderRefundList', () => {
		it("lists the buyer's refunds newest first, in the example's shape, paged from 0 with totalCount", async () => {
			const all = sb.refunds().length;
			const res = await call(LIST, { pageSize: '2' });
			const fixture = real('alibaba.trade.refund.buyer.queryOrderRefundList.success');
			expect(keys(res.json)).toEqual(keys(fixture));
			expect(keys(res.json.result)).toEqual(keys(fixture.result));
			expect(res.json.success).toBe(true);
			expect(res.json.result.totalCount).toBe(all);
			expect(res.json.result.currentPageNum).toBe(0);
			expect(res.json.result.opOrderRefundModels).toHaveLength(2);
			const closed = res.json.result.opOrderRefundModels[0];
			const expected = keys(fixture.result.opOrderRefundModels[0]).filter(
				(k) => k !== 'gmtCompleted',
			);
			expect(keys(closed).filter((k) => k !== 'gmtCompleted')).toEqual(expected);
			const page1 = await call(LIST, { pageSize: '2', currentPageNum: '1' });
			expect(page1.json.result.currentPageNum).toBe(1);
			expect(page1.json.result.opOrderRefundModels[0].refundId).not.toBe(closed.refundId);
			const applied = [
				...res.json.result.opOrderRefundModels,
				...page1.json.result.opOrderRefundModels,
			].map((m: { gmtApply: string }) => m.gmtApply);
			expect([...applied].sort().reverse()).toEqual(applied);
		});

		it('filters by orderId, refundStatusSet, dipsuteType (a correctly spelled disputeType is ignored), dates and logisticsNo', async () => {
			const [some] = sb.refunds();
			const byOrder = await call(LIST, { orderId: some.orderId });
			expect(
				byOrder.json.result.opOrderRefundModels.every((m: { refundId: string }) =>
					sb.refundsOf(some.orderId).some((r) => r.refundId === m.refundId),
				),
			).toBe(true);
			const success = await call(LIST, { refundStatusSet: '["refundsuccess"]', pageSize: '50' });
			expect(success.json.result.totalCount).toBe(
				sb.refunds().filter((r) => r.status === 'refundsuccess').length,
			);
			const afterSale = await call(LIST, { dipsuteType: '2' });
			expect(afterSale.json.result.totalCount).toBe(sb.refunds().filter((r) => !r.inSale).length);
			const ignored = await call(LIST, { disputeType: '2' });
			expect(ignored.json.result.totalCount).toBe(sb.refunds().length);
			const future = await call(LIST, { applyStartTime: '20991231000000000+0800' });
			expect(future.json.result.totalCount).toBe(0);
			const returned = sb.refunds().find((r) => r.freightBill !== undefined);
			const byBill = await call(LIST, {
				logisticsNo: returned?.freightBill ?? '',
				sellerMemberId: sb.data.ordersById.get(returned?.orderId ?? '')?.seller.memberId ?? '',
			});
			expect(
				byBill.json.result.opOrderRefundModels.map((m: { refundId: string }) => m.refundId),
			).toEqual([returned?.refundId]);
			const other = await callAs(otherToken, TRADE, LIST);
			expect(other.json.result.totalCount).toBe(0);
		});

		it('answers APPLY_TIME_ERROR beyond 730 days and its own codes for unreadable parameters', async () => {
			const old = new Date(START - 731 * DAY);
			const stamp = `${old.getUTCFullYear()}0101000000000+0800`;
			expect((await call(LIST, { applyStartTime: stamp })).json).toEqual({
				success: false,
				errorCode: 'APPLY_TIME_ERROR',
				errorMsg: '只能查询近730天的退款单，请检查退款申请时间!',
			});
			expect((await call(LIST, { applyStartTime: '2025-01-01' })).json.errorCode).toBe(
				'DATE_FORMAT_ERROR',
			);
			expect((await call(LIST, { currentPageNum: '-1' })).json.errorCode).toBe('PARAM_ERROR');
			expect((await call(LIST, { refundStatusSet: '["done"]' })).json.errorCode).toBe(
				'PARAM_ERROR',
			);
			expect((await call(LIST, { dipsuteType: '3' })).json.errorCode).toBe('PARAM_ERROR');
			expect((await call(LIST, { logisticsNo: '123' })).json.errorCode).toBe('PARAM_ERROR');
		});
	});

	describe('refund reads: errors', () => {
		it("OpQueryOrderRefund: REFUND_DATA_ERROR for a bare or unknown id, 003 for another buyer's refund", async () => {
			const bare = await call(DETAIL, { refundId: '11043002311780591' });
			expect(bare.json.errorCode).toBe('500');
			expect(JSON.parse(bare.json.errorMessage)).toEqual({
				errorCode: '003002',
				errorMessage: 'SERVICE:INVOKE_FAIL:退款数据错误，请检查退款单号，退款单号的格式一般为TD+id',
				cause: 'errorCode:REFUND_DATA_ERROR,errorMsg:refundId : 11043002311780591,cause:null',
			});
			const [mine] = sb.refunds();
			const other = await callAs(otherToken, TRADE, DETAIL, { refundId: mine.refundId });
			expect(JSON.parse(other.json.errorMessage)).toEqual({
				errorCode: '003',
				errorMessage: 'SERVICE:查询数据失败，请检查输入参数后重试。',
				cause: '',
			});
			const withoutOps = await call(DETAIL, { refundId: mine.refundId });
			expect(withoutOps.json.result.opOrderRefundModelDetail.refundOperationList).toEqual([]);
		});

		it("OpQueryBatchRefundByOrderIdAndStatus: ORDER_NOT_EXIST with 订单号有误, 003 for another buyer's order, INVALID_PARAM queryType", async () => {
			const unknown = await call(BATCH, { orderId: '151267031008969811', queryType: '1' });
			expect(unknown.json.errorCode).toBe('500');
			expect(unknown.json.extErrorMessage).toBe('订单号有误');
			expect(JSON.parse(unknown.json.errorMessage).cause).toBe(
				'errorCode:ORDER_NOT_EXIST,errorMsg:null,cause:null',
			);
			const other = await call(BATCH, {
				orderId: sb.data.examples.otherBuyerOrderId ?? '',
				queryType: '1',
			});
			expect(JSON.parse(other.json.errorMessage).errorCode).toBe('003');
			const [some] = sb.refunds();
			const bad = await call(BATCH, { orderId: some.orderId, queryType: '2' });
			expect(JSON.parse(bad.json.errorMessage).cause).toMatch(/^errorCode:INVALID_PARAM/);
			const missing = await call(BATCH, { orderId: some.orderId });
			expect(missing.json.error_code).toBe('gw.ParamMissing');
		});
	});

	describe('pushMessage on a refund topic', () => {
		it("sends the order's latest refund step by default", async () => {
			const [some] = sb.refunds();
			receiver.received.length = 0;
			await sb.pushMessage({
				url: receiver.url,
				type: 'ORDER_BUYER_VIEW_ORDER_BUYER_REFUND_IN_SALES',
				orderId: some.orderId,
			});
			const [message] = receivedMessages();
			const latest = sb.refundsOf(some.orderId).slice(-1)[0];
			expect(message.data.refundId).toBe(latest.refundId);
			expect(message.data.currentStatus).toBe(latest.status);
		});
	});
});
