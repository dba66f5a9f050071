// The Refund resource and Logistics → Get Carriers through the node, over loopback HTTP against the
// sandbox: a return from Get Reasons to Return Goods, with a voucher uploaded as a multipart file
// (its image part unsigned, as the API page says), and the documented errors with their hints.
import { Alibaba1688OAuth2Api } from '../../credentials/Alibaba1688OAuth2Api.credentials';
import { Alibaba1688 } from '../../nodes/Alibaba1688/Alibaba1688.node';
import { start1688Sandbox } from '../../sandbox';
import type { Json } from '../support/json';
import { runNode } from '../../scripts/lib/n8n-context';
import { signedInCredential } from '../support/signed-in-credential';

type Sandbox = Awaited<ReturnType<typeof start1688Sandbox>>;

const credentialType = new Alibaba1688OAuth2Api();
let sb: Sandbox;
let tokens: Record<string, string>;

beforeAll(async () => {
	sb = await start1688Sandbox({ orderCount: 300 });
	tokens = sb.issueTokens({ appKey: sb.demo.appKey });
});
afterAll(async () => {
	await sb.close();
});

async function run(parameters: Json, items?: Json[]): Promise<Json[]> {
	const { output } = await runNode(Alibaba1688, {
		credentialType,
		store: signedInCredential(sb, tokens),
		parameters,
		items,
	});
	return output.map((item: { json: Json }) => item.json);
}

async function fails(parameters: Json, items?: Json[]): Promise<Error & Json> {
	return await run(parameters, items).then(
		() => {
			throw new Error('expected the node to fail');
		},
		(error: Error & Json) => error,
	);
}

/** A tiny JPEG: the sandbox checks the FF D8 FF start, as 1688 asks for jpg. */
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);

/** A demo-buyer order in a status, and the subItemIds of its lines. */
async function orderIn(status: string, nth = 0): Promise<{ orderId: string; lines: string[] }> {
	const order = (
		await run({
			resource: 'purchaseOrder',
			operation: 'getMany',
			returnAll: false,
			limit: nth + 1,
			filters: { orderStatus: status },
			simplify: true,
		})
	)[nth];
	const [detail] = await run({
		resource: 'purchaseOrder',
		operation: 'get',
		orderId: order.orderId,
		simplify: true,
		options: {},
	});
	return { orderId: order.orderId, lines: detail.items.map((item: Json) => item.subItemId) };
}

describe('Refund', () => {
	it('takes a return from its reasons to the return parcel, and Get and Get Many show each step', async () => {
		const { orderId, lines } = await orderIn('waitbuyerreceive');
		const reasons = await run({
			resource: 'refund',
			operation: 'getReasons',
			returnAll: true,
			orderId,
			orderEntryIds: lines[0],
			goodsStatus: 'refundBuyerReceived',
		});
		expect(reasons.length).toBeGreaterThan(0);
		const reason = reasons.find((r) => !r.needVoucher && !r.noRefundCarriage) ?? reasons[0];

		const [voucher] = await run(
			{ resource: 'refund', operation: 'uploadVoucher', binaryPropertyName: 'photo' },
			[{ json: {}, binary: { photo: { data: JPEG.toString('base64'), mimeType: 'image/jpeg' } } }],
		);
		expect(voucher.voucherUrl).toMatch(/^https:\/\/[^/]+\/img\//);

		const [created] = await run({
			resource: 'refund',
			operation: 'create',
			orderId,
			orderEntryIds: lines[0],
			disputeRequest: 'returnRefund',
			goodsStatus: 'refundBuyerReceived',
			applyReasonId: String(reason.id),
			applyPayment: 0.01,
			applyCarriage: 0,
			description: '颜色与图片不符',
			options: { vouchers: voucher.voucherUrl },
		});
		expect(created.refundId).toMatch(/^TQ\d+$/);
		expect(created.applyPayment).toBe(1);
		expect(sb.refundsOf(orderId)[0]).toMatchObject({ status: 'waitselleragree' });

		sb.sellerAgreeRefund(created.refundId);
		const carriers = await run({
			resource: 'logistics',
			operation: 'getCarriers',
			carrierList: 'offline',
			returnAll: true,
		});
		const carrier = carriers.find((c) => c.companyNo === 'ZTO');
		expect(carrier).toMatchObject({ companyName: expect.stringContaining('中通') });
		const [returned] = await run({
			resource: 'refund',
			operation: 'returnGoods',
			refundId: created.refundId.slice(2),
			logisticsCompanyNo: carrier?.companyNo,
			freightBill: '73100000000001',
			options: { description: '已寄回' },
		});
		expect(returned).toMatchObject({ refundId: created.refundId, success: true });

		const [refund] = await run({
			resource: 'refund',
			operation: 'get',
			refundId: created.refundId,
			options: { needOrderRefundOperation: true },
		});
		expect(refund).toMatchObject({ refundId: created.refundId, status: 'waitsellerreceive' });
		expect(refund.applyPaymentYuan).toBe(0.01);

		const listed = await run({
			resource: 'refund',
			operation: 'getMany',
			returnAll: true,
			filters: { orderId, refundStatusSet: ['waitsellerreceive'] },
			options: {},
		});
		expect(listed.map((r) => r.refundId)).toEqual([created.refundId]);
	});

	it('Get Many reads every page from 0 with Return All', async () => {
		const all = await run({
			resource: 'refund',
			operation: 'getMany',
			returnAll: true,
			filters: {},
			options: {},
		});
		const limited = await run({
			resource: 'refund',
			operation: 'getMany',
			returnAll: false,
			limit: 1,
			filters: {},
			options: {},
		});
		expect(limited).toHaveLength(Math.min(1, all.length));
		expect(new Set(all.map((r) => r.refundId)).size).toBe(all.length);
	});

	it('names a documented code and the next step: a reason 1688 does not offer (5004)', async () => {
		const { orderId, lines } = await orderIn('waitsellersend');
		const error = await fails({
			resource: 'refund',
			operation: 'create',
			orderId,
			orderEntryIds: lines[0],
			disputeRequest: 'refund',
			goodsStatus: 'refundWaitSellerSend',
			applyReasonId: '1',
			applyPayment: 1,
			applyCarriage: 0,
			description: '不想要了',
			options: {},
		});
		expect(error.message).toContain('5004');
		expect(error.message).toContain('Get Reasons');
	});

	it('refuses a return for a refund the seller has not agreed to (4007)', async () => {
		// another order than the first test's, whose line has an open refund now
		const { orderId, lines } = await orderIn('waitbuyerreceive', 1);
		const reasons = await run({
			resource: 'refund',
			operation: 'getReasons',
			returnAll: true,
			orderId,
			orderEntryIds: lines[0],
			goodsStatus: 'refundBuyerReceived',
		});
		const reason = reasons.find((r) => !r.needVoucher) ?? reasons[0];
		const [created] = await run({
			resource: 'refund',
			operation: 'create',
			orderId,
			orderEntryIds: lines[0],
			disputeRequest: 'returnRefund',
			goodsStatus: 'refundBuyerReceived',
			applyReasonId: String(reason.id),
			applyPayment: 0.01,
			applyCarriage: 0,
			description: '质量问题',
			options: {},
		});
		const error = await fails({
			resource: 'refund',
			operation: 'returnGoods',
			refundId: created.refundId,
			logisticsCompanyNo: 'ZTO',
			freightBill: '73100000000001',
			options: {},
		});
		expect(error.message).toContain('4007');
		expect(error.message).toContain('waitbuyersend');
	});
});
