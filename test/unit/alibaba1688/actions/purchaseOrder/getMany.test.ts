import { NodeOperationError } from 'n8n-workflow';

import * as getMany from '../../../../../nodes/Alibaba1688/actions/purchaseOrder/getMany.operation';
import type { Reply, SentRequest } from '../../../../support/operation-context';
import { gatewayError1688, runOperation } from '../../../../support/operation-context';
import type { Json } from '../../../../support/json';

const orderId = (n: number) => `32987654321098${String(n).padStart(5, '0')}`;
// shape: the real list reply (test/fixtures/real/1688/alibaba.trade.getBuyerOrderList.success.txt),
// cut to a few fields: the seller's company in sellerContact, a receiverInfo without a mobile, and a
// nativeLogistics with the address and mobile (asked with needBuyerAddressAndPhone) but no logistics.
const tradeInfo = (n: number): Json => ({
	baseInfo: {
		id: orderId(n),
		idOfStr: orderId(n),
		status: 'waitsellersend',
		createTime: '20261120093015000+0800',
		modifyTime: '20261120101500000+0800',
		totalAmount: 53.6,
		sellerContact: { name: '暮星', companyName: '义乌市晨光日用品厂' },
		receiverInfo: { toFullName: '张三', toDivisionCode: '330108', toArea: '浙江省 杭州市 滨江区' },
	},
	nativeLogistics: {
		address: '网商路699号',
		areaCode: '330108',
		mobile: '13800138000',
		zip: '310052',
	},
	productItems: [{ productID: 620201390233, skuID: 4567812345678, price: 22.8, quantity: 2 }],
});
// shape: sandbox/alibaba1688/apis/trade.js (getBuyerOrderList: result + totalRecord, no success field);
// the Long id is printed as a bare number, as sandbox/alibaba1688/json.js does
const listOf =
	(total: number) =>
	(request: SentRequest): Reply => {
		const size = Number(request.params.pageSize);
		const from = (Number(request.params.page) - 1) * size;
		const count = Math.max(0, Math.min(size, total - from));
		const result = Array.from({ length: count }, (_, i) => tradeInfo(from + i + 1));
		const body = JSON.stringify({ result, totalRecord: total });
		return { statusCode: 200, body: body.replace(/"id":"(\d+)"/g, '"id":$1') };
	};
const pagesOf = (sent: SentRequest[]) =>
	sent.map((r) => Number(r.params.page)).sort((a, b) => a - b);

const base = { resource: 'purchaseOrder', operation: 'getMany', returnAll: false, limit: 50 };
const run = (parameters: Json, reply = listOf(120), timezone?: string) =>
	runOperation(getMany, {
		platform: '1688',
		parameters: { ...base, ...parameters },
		reply,
		timezone,
	});

describe('1688 › Purchase Order › Get Many', () => {
	it.each([
		[3, [1], '3'],
		[60, [1, 2], '50'],
	])(
		'with a limit of %i asks for pages %j of %s and stops at the limit',
		async (limit, pages, size) => {
			const { items, sent } = await run({ limit });
			expect(sent[0].api).toBe('com.alibaba.trade:alibaba.trade.getBuyerOrderList');
			expect(sent[0].params).toEqual({
				needBuyerAddressAndPhone: 'true',
				page: '1',
				pageSize: size,
			});
			expect(pagesOf(sent)).toEqual(pages);
			expect(sent.every((request) => request.params.pageSize === size)).toBe(true);
			expect(items).toHaveLength(limit);
			expect(items[limit - 1].json.orderId).toBe(orderId(limit));
		},
	);

	it('with Return All reads every page the total needs, 50 orders at a time', async () => {
		const { items, sent } = await run({ returnAll: true });
		expect(pagesOf(sent)).toEqual([1, 2, 3]);
		expect(sent.map((request) => request.params.pageSize)).toEqual(['50', '50', '50']);
		const all = Array.from({ length: 120 }, (_, i) => orderId(i + 1));
		expect(items.map((item) => item.json.orderId)).toEqual(all);
		expect(items.map((item) => item.pairedItem)).toEqual(all.map(() => ({ item: 0 })));
	});

	it('simplifies each order to its exact id, ISO dates, yuan amounts and items', async () => {
		const { items } = await run({ limit: 1, simplify: true }, listOf(1));
		expect(items).toEqual([{ json: expect.any(Object), pairedItem: { item: 0 } }]);
		expect(items[0].json).toMatchObject({
			orderId: orderId(1),
			status: 'waitsellersend',
			createTime: '2026-11-20T01:30:15.000Z',
			modifyTime: '2026-11-20T02:15:00.000Z',
			payTime: null,
			totalAmountYuan: 53.6,
			sellerCompanyName: '义乌市晨光日用品厂',
			receiver: {
				name: '张三',
				mobile: '13800138000',
				area: '浙江省 杭州市 滨江区',
				address: '网商路699号',
				divisionCode: '330108',
				postCode: '310052',
			},
			items: [{ productId: '620201390233', skuId: '4567812345678', quantity: 2, priceYuan: 22.8 }],
			// a list reply carries no logistics: not known, rather than none
			shipments: null,
		});
	});

	it('returns the raw orders, exact ids kept as text, when Simplify is off', async () => {
		const { items } = await run({ limit: 2, simplify: false }, listOf(2));
		expect(items.map((item) => item.json)).toEqual([tradeInfo(1), tradeInfo(2)]);
	});

	it("sends the filters, dates in 1688's Beijing-time format", async () => {
		const filters = {
			createStartTime: '2026-11-20T00:00:00',
			createEndTime: '2026-11-21',
			modifyStartTime: '2026-11-20T08:30:00.250Z',
			orderStatus: 'waitbuyerpay',
			bizTypes: 'cn, ws,',
			needMemoInfo: true,
			sellerMemberId: '',
			outOrderId: ' shopify-5678901234-1001 ',
		};
		const { sent } = await run({ filters }, listOf(0));
		const { bizTypes, ...rest } = sent[0].params;
		expect(rest).toEqual({
			createStartTime: '20261120000000000+0800',
			createEndTime: '20261121000000000+0800',
			modifyStartTime: '20261120163000250+0800',
			orderStatus: 'waitbuyerpay',
			outOrderId: 'shopify-5678901234-1001',
			needMemoInfo: 'true',
			needBuyerAddressAndPhone: 'true',
			page: '1',
			pageSize: '50',
		});
		expect(JSON.parse(bizTypes)).toEqual(['cn', 'ws']);
	});

	it("reads a picked date in the workflow's timezone", async () => {
		const filters = { modifyStartTime: '2026-11-20T00:00:00' };
		const { sent } = await run({ filters }, listOf(0), 'Europe/Berlin');
		// midnight in Berlin (UTC+1 in November) is 07:00 in Beijing
		expect(sent[0].params.modifyStartTime).toBe('20261120070000000+0800');
	});

	it('names the missing API permission and how to apply for it', async () => {
		const refused = () => gatewayError1688('gw.APIACLDecline', 'AppKey is not allowed(acl)');
		await expect(run({}, refused)).rejects.toThrow(
			'The app has no permission to call com.alibaba.trade:alibaba.trade.getBuyerOrderList-1 (ACL) (gw.APIACLDecline). In the 1688 open-platform console, apply for this API',
		);
	});

	it('refuses a date filter that is not a date before calling 1688', async () => {
		const reply = jest.fn(listOf(0));
		const running = run({ filters: { createStartTime: 'last monday' } }, reply);
		await expect(running).rejects.toThrow(
			'The filter "createStartTime" is not a date: "last monday"',
		);
		await expect(running).rejects.toBeInstanceOf(NodeOperationError);
		expect(reply).not.toHaveBeenCalled();
	});

	it('refuses an unknown order status before calling 1688, naming the codes it takes (1688 would list no orders)', async () => {
		const reply = jest.fn(listOf(0));
		const running = run({ filters: { orderStatus: 'shipping_soon' } }, reply);
		await expect(running).rejects.toThrow(
			'"shipping_soon" is not a 1688 order status: use waitbuyerpay, waitsellersend, waitbuyerreceive, success or cancel',
		);
		await expect(running).rejects.toMatchObject({
			description: expect.stringContaining('waitsellersend = Waiting for Shipment'),
		});
		await expect(running).rejects.toBeInstanceOf(NodeOperationError);
		expect(reply).not.toHaveBeenCalled();
	});

	it.each([
		[' WaitSellerSend ', 'waitsellersend'],
		['waitlogisticstakein', 'waitlogisticstakein'],
	])('sends the status %j as %s', async (orderStatus, sent) => {
		const { sent: requests } = await run({ filters: { orderStatus } }, listOf(0));
		expect(requests[0].params.orderStatus).toBe(sent);
	});
});
