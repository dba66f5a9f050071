import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readOutOrderId } from '../../../../../nodes/Alibaba1688/actions/parameters';
import * as create from '../../../../../nodes/Alibaba1688/actions/purchaseOrder/create.operation';
import type { Reply } from '../../../../support/operation-context';
import { runOperation } from '../../../../support/operation-context';
import type { Json } from '../../../../support/json';

const ORDER_ID = '3298765432109876543';
const SPEC_ID = 'b266e0726506185beaf205cbae88530d';
// No public fastCreateOrder reply exists (test/fixtures/real/1688 has createCrossOrder's, a sibling).
// Shape: the Java SDK's AlibabaTradeFastCreateOrderResult {result: AlibabaTradeFastResult
// {totalSuccessAmount (fen), orderId, failedOfferList, postFee (fen)}, success}, as the sandbox answers.
const CREATED: Reply = {
	statusCode: 200,
	body: `{"success":true,"result":{"totalSuccessAmount":5360,"orderId":${ORDER_ID},"postFee":800,"failedOfferList":[]}}`,
};
// shape: sandbox/alibaba1688/apis/purchase.js (fastCreateOrder failure: code/message) with orders.js parseCargos
const NO_STOCK: Reply = {
	success: false,
	code: 'STOCK_NOT_ENOUGH',
	message: `only 1 left of spec ${SPEC_ID} of offer 620201390233`,
};
// shape: sandbox/common/faults.js (html502: the front proxy's error page)
const PROXY_502: Reply = {
	statusCode: 502,
	body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n',
};

const FOUND_ID = '196965465451498520';
// workflow, execution, the node's tag (FNV-1a of "unit-node"), run and item
const DEFAULT_OUT_ORDER_ID = ['n8n', 'unitWorkflow0001', '4711', '55b9b08a', '0', '0'].join('-');
/** 1688's date format for an instant: `yyyyMMddHHmmssSSS+0800`. */
const compact = (ms: number) =>
	new Date(ms + 8 * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 17) + '+0800';
/**
 * A getBuyerOrderList reply: the real list reply's order
 * (test/fixtures/real/1688/alibaba.trade.getBuyerOrderList.success.txt) cut to the fields read here.
 * Like the real one it has no outOrderId field unless one is given (the list page documents
 * outOrderId as a filter only), so the order is told by its creation time and offers.
 */
const listWith = (order?: {
	offers?: string[];
	createdAt?: number;
	outOrderId?: string;
}): Reply => {
	if (!order) return { statusCode: 200, body: '{"result":[],"totalRecord":0}' };
	const items = (order.offers ?? ['620201390233', '601234567890'])
		.map((id) => `{"productID":${id},"quantity":1}`)
		.join(',');
	const outOrderId = order.outOrderId ? `"outOrderId":"${order.outOrderId}",` : '';
	return {
		statusCode: 200,
		body: `{"result":[{"baseInfo":{"idOfStr":${FOUND_ID},"id":${FOUND_ID},${outOrderId}"createTime":"${compact(order.createdAt ?? Date.now())}","totalAmount":53.6,"shippingFee":8,"status":"waitbuyerpay"},"productItems":[${items}]}],"totalRecord":1}`,
	};
};

const ADDRESS = {
	fullName: '张三',
	mobile: '13800138000',
	provinceText: '浙江省',
	cityText: '杭州市',
	areaText: '滨江区',
	address: '网商路699号',
};
const parameters: Json = {
	resource: 'purchaseOrder',
	operation: 'create',
	address: { ...ADDRESS, postCode: '' },
	cargo: {
		items: [
			{ offerId: '620201390233', specId: SPEC_ID, quantity: 2 },
			{ offerId: ' 601234567890 ', specId: '', quantity: 1 },
		],
	},
	flow: 'general',
	message: '请用顺丰发货',
};

describe('1688 › Purchase Order › Create', () => {
	it('calls alibaba.trade.fastCreateOrder with the address, products, flow and message', async () => {
		const { sent } = await runOperation(create, {
			platform: '1688',
			parameters,
			reply: () => CREATED,
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('com.alibaba.trade:alibaba.trade.fastCreateOrder');
		expect(sent[0].withToken).toBe(true);
		const { addressParam, cargoParamList, ...rest } = sent[0].params;
		// without an External Order ID of its own, the order carries one made of workflow, execution and item
		expect(rest).toEqual({
			flow: 'general',
			message: '请用顺丰发货',
			outOrderId: DEFAULT_OUT_ORDER_ID,
		});
		// the empty post code is left out
		expect(JSON.parse(addressParam)).toEqual(ADDRESS);
		expect(JSON.parse(cargoParamList)).toEqual([
			{ offerId: 620201390233, specId: SPEC_ID, quantity: 2 },
			{ offerId: 601234567890, quantity: 1 },
		]);
		// offerId is a Long on 1688's side: a bare number, not text
		expect(cargoParamList).toContain('{"offerId":620201390233,');
	});

	it('returns the new order with its exact id and the fen amounts also in yuan', async () => {
		const { items } = await runOperation(create, {
			platform: '1688',
			parameters,
			reply: () => CREATED,
		});
		expect(items).toEqual([
			{
				json: {
					orderId: ORDER_ID,
					totalSuccessAmount: 5360,
					postFee: 800,
					failedOfferList: [],
					outOrderId: DEFAULT_OUT_ORDER_ID,
					totalSuccessAmountYuan: 53.6,
					postFeeYuan: 8,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('takes an offer from its page address, as copied from the browser', async () => {
		const { sent } = await runOperation(create, {
			platform: '1688',
			parameters: {
				...parameters,
				cargo: {
					items: [{ offerId: 'https://detail.1688.com/offer/620201390233.html', quantity: 2 }],
				},
			},
			reply: () => CREATED,
		});
		expect(sent[0].params.cargoParamList).toBe('[{"offerId":620201390233,"quantity":2}]');
	});

	it('sends the External Order ID, trade type and invoice the user gives', async () => {
		const { sent } = await runOperation(create, {
			platform: '1688',
			parameters: {
				...parameters,
				outOrderId: ' SHOP-1001 ',
				tradeType: 'fxassure',
				invoice: {
					invoiceType: 1,
					companyName: '杭州某某贸易有限公司',
					taxpayerIdentifier: '91330100X',
					phone: '',
				},
			},
			reply: () => CREATED,
		});
		expect(sent[0].params).toMatchObject({ outOrderId: 'SHOP-1001', tradeType: 'fxassure' });
		expect(JSON.parse(sent[0].params.invoiceParam)).toEqual({
			invoiceType: 1,
			companyName: '杭州某某贸易有限公司',
			taxpayerIdentifier: '91330100X',
		});
	});

	it("names 1688's code and message when the order is refused, sent once", async () => {
		const reply = jest.fn(() => NO_STOCK);
		const run = runOperation(create, { platform: '1688', parameters, reply });
		await expect(run).rejects.toThrow(
			/fastCreateOrder-1 \(STOCK_NOT_ENOUGH: only 1 left of spec .*\)\. See 1688's message/,
		);
		expect(reply).toHaveBeenCalledTimes(1);
	});

	it('after a reply lost on the way, finds the order by its External Order ID instead of placing another', async () => {
		const reply = jest.fn((request: { api: string }) =>
			request.api.endsWith('fastCreateOrder') ? PROXY_502 : listWith({}),
		);
		const { items, sent } = await runOperation(create, { platform: '1688', parameters, reply });
		expect(sent.map((s) => s.api)).toEqual([
			'com.alibaba.trade:alibaba.trade.fastCreateOrder',
			'com.alibaba.trade:alibaba.trade.getBuyerOrderList',
		]);
		expect(sent[1].params).toEqual({
			outOrderId: DEFAULT_OUT_ORDER_ID,
			page: '1',
			pageSize: '20',
		});
		expect(items[0].json).toEqual({
			orderId: FOUND_ID,
			outOrderId: DEFAULT_OUT_ORDER_ID,
			totalSuccessAmount: 5360,
			postFee: 800,
			totalSuccessAmountYuan: 53.6,
			postFeeYuan: 8,
			foundByOutOrderId: true,
		});
	});

	it('sends the order again when 1688 has no order with that ID after a dropped connection', async () => {
		let creates = 0;
		const reply = jest.fn((request: { api: string }) => {
			if (!request.api.endsWith('fastCreateOrder')) return listWith({ offers: ['555555555555'] });
			creates++;
			if (creates === 1) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
			return CREATED;
		});
		const { items, sent } = await runOperation(create, { platform: '1688', parameters, reply });
		// an order of other offers (a filter the gateway ignored) is not taken for ours
		expect(sent.map((s) => s.api.split(':')[1])).toEqual([
			'alibaba.trade.fastCreateOrder',
			'alibaba.trade.getBuyerOrderList',
			'alibaba.trade.fastCreateOrder',
		]);
		expect(sent[2].params.outOrderId).toBe(sent[0].params.outOrderId);
		expect(items[0].json.orderId).toBe(ORDER_ID);
	});

	it('finds the order after a dropped connection reported the way n8n 1.x does (the code only in its messages)', async () => {
		// n8n 1.x's httpRequestWithAuthentication throws a NodeApiError without `cause`; the
		// socket's "read ECONNRESET" survives only in `messages` (seen in n8n 1.123.81).
		const reply = jest.fn((request: { api: string }) => {
			if (!request.api.endsWith('fastCreateOrder')) return listWith({});
			throw Object.assign(new Error('The connection to the server was closed unexpectedly'), {
				messages: ['read ECONNRESET', 'read ECONNRESET'],
			});
		});
		const { items, sent } = await runOperation(create, { platform: '1688', parameters, reply });
		expect(sent.map((s) => s.api.split(':')[1])).toEqual([
			'alibaba.trade.fastCreateOrder',
			'alibaba.trade.getBuyerOrderList',
		]);
		expect(items[0].json).toMatchObject({ orderId: FOUND_ID, foundByOutOrderId: true });
	});

	it('says the order may have been placed when 1688 keeps failing', async () => {
		const reply = jest.fn((request: { api: string }) =>
			request.api.endsWith('fastCreateOrder') ? PROXY_502 : listWith(),
		);
		const run = runOperation(create, { platform: '1688', parameters, reply });
		await expect(run).rejects.toThrow(/HTTP 502.*may have reached 1688 and been carried out/);
		// each failed create is looked up, the last one too
		const apis = reply.mock.calls.map(([r]) => r.api.split(':')[1]);
		expect(apis.filter((api) => api === 'alibaba.trade.fastCreateOrder')).toHaveLength(5);
		expect(apis.filter((api) => api === 'alibaba.trade.getBuyerOrderList')).toHaveLength(5);
	}, 60_000);

	it.each([
		['created before the first attempt is not ours', { createdAt: Date.now() - 86_400_000 }, false],
		['with another outOrderId is not ours', { outOrderId: 'SHOP-999' }, false],
		[
			'with this outOrderId is ours, even if old',
			{ outOrderId: DEFAULT_OUT_ORDER_ID, createdAt: 0 },
			true,
		],
	])('a listed order %s', async (_case, order, taken) => {
		let creates = 0;
		const reply = jest.fn((request: { api: string }) => {
			if (!request.api.endsWith('fastCreateOrder')) return listWith(order);
			return ++creates === 1 ? PROXY_502 : CREATED;
		});
		const { items } = await runOperation(create, { platform: '1688', parameters, reply });
		expect(items[0].json.orderId).toBe(taken ? FOUND_ID : ORDER_ID);
		expect(creates).toBe(taken ? 1 : 2);
	});

	it('says the order may have been placed when asking 1688 about it fails too', async () => {
		const reply = jest.fn((request: { api: string }) => {
			if (request.api.endsWith('fastCreateOrder')) return PROXY_502;
			throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
		});
		const run = runOperation(create, { platform: '1688', parameters, reply });
		await expect(run).rejects.toThrow(
			/reply to .*fastCreateOrder-1 was lost on the way, and asking 1688 whether it was carried out failed too .*may have reached 1688 and been carried out/,
		);
	}, 60_000);

	it('gives each node, run and item its own default External Order ID', () => {
		const context = (nodeId: string, runIndex: number) =>
			({
				getNodeParameter: (_name: string, _index: number, fallback: unknown) => fallback,
				getExecutionId: () => '4711',
				getWorkflow: () => ({ id: 'wf1' }),
				getNode: () => ({ id: nodeId, name: 'Create' }),
				getWorkflowDataProxy: () => ({ $thisRunIndex: runIndex }),
			}) as unknown as IExecuteFunctions;
		const ids = [
			readOutOrderId.call(context('node-a', 0), 0),
			readOutOrderId.call(context('node-a', 0), 1),
			readOutOrderId.call(context('node-a', 1), 0),
			readOutOrderId.call(context('node-b', 0), 0),
		];
		expect(new Set(ids).size).toBe(4);
		// the same node, run and item (n8n's Retry On Fail) names the same order
		expect(readOutOrderId.call(context('node-a', 0), 0)).toBe(ids[0]);
	});

	it.each([
		['no address', { address: {} }, 'Add a delivery address'],
		['an address of empty fields', { address: { fullName: '' } }, 'Add a delivery address'],
		['no products', { cargo: { items: [] } }, 'Add at least one product'],
		[
			'a link to another site instead of an offer',
			{
				cargo: {
					items: [{ offerId: 'https://item.taobao.com/item.htm?id=620201390233', quantity: 1 }],
				},
			},
			'"https://item.taobao.com/item.htm?id=620201390233" is not a 1688 offer ID',
		],
		[
			'a quantity that is not a whole number',
			{ cargo: { items: [{ offerId: '620201390233', quantity: 'abc' }] } },
			'The quantity of offer 620201390233 must be a whole number of 1 or more, not abc',
		],
	])('refuses %s before calling 1688', async (_case, change, message) => {
		const reply = jest.fn(() => CREATED);
		const run = runOperation(create, {
			platform: '1688',
			parameters: { ...parameters, ...change },
			reply,
		});
		await expect(run).rejects.toThrow(message);
		await expect(run).rejects.toBeInstanceOf(NodeOperationError);
		expect(reply).not.toHaveBeenCalled();
	});

	describe('Skip If Already Placed', () => {
		const OWN_ID = 'shopify-5678901234-1001';
		/** buyerView of the found order, printing the outOrderId it was placed with (its page has it). */
		const detailWith = (outOrderId: string): Reply => ({
			statusCode: 200,
			body: `{"result":{"baseInfo":{"idOfStr":${FOUND_ID},"outOrderId":"${outOrderId}","status":"waitbuyerpay"}},"success":"true"}`,
		});
		const skipping = { ...parameters, outOrderId: OWN_ID, skipIfPlaced: true };

		it('returns the order placed earlier with the same External Order ID and places none, even days later', async () => {
			const { items, sent } = await runOperation(create, {
				platform: '1688',
				parameters: skipping,
				reply: (request) =>
					request.api.endsWith('getBuyerOrderList')
						? listWith({ createdAt: Date.now() - 3 * 86_400_000 })
						: detailWith(OWN_ID),
			});
			expect(sent.map((s) => s.api)).toEqual([
				'com.alibaba.trade:alibaba.trade.getBuyerOrderList',
				'com.alibaba.trade:alibaba.trade.get.buyerView',
			]);
			expect(sent[0].params).toMatchObject({ outOrderId: OWN_ID });
			expect(items[0].json).toMatchObject({
				orderId: FOUND_ID,
				outOrderId: OWN_ID,
				alreadyPlaced: true,
				totalSuccessAmountYuan: 53.6,
			});
			expect(items[0].json.foundByOutOrderId).toBeUndefined();
		});

		it('places the order when the listed one carries another External Order ID in its detail', async () => {
			const { items, sent } = await runOperation(create, {
				platform: '1688',
				parameters: skipping,
				reply: (request) =>
					request.api.endsWith('getBuyerOrderList')
						? listWith({})
						: request.api.endsWith('get.buyerView')
							? detailWith('shopify-other')
							: CREATED,
			});
			expect(sent.map((s) => s.api.split(':')[1])).toEqual([
				'alibaba.trade.getBuyerOrderList',
				'alibaba.trade.get.buyerView',
				'alibaba.trade.fastCreateOrder',
			]);
			expect(items[0].json).toMatchObject({ orderId: ORDER_ID });
			expect(items[0].json.alreadyPlaced).toBeUndefined();
		});

		it('trusts an outOrderId the list prints, and places the order when none is listed', async () => {
			const listed = await runOperation(create, {
				platform: '1688',
				parameters: skipping,
				reply: () => listWith({ outOrderId: OWN_ID }),
			});
			expect(listed.sent).toHaveLength(1);
			expect(listed.items[0].json).toMatchObject({ orderId: FOUND_ID, alreadyPlaced: true });
			const none = await runOperation(create, {
				platform: '1688',
				parameters: skipping,
				reply: (request) => (request.api.endsWith('getBuyerOrderList') ? listWith() : CREATED),
			});
			expect(none.sent.map((s) => s.api.split(':')[1])).toEqual([
				'alibaba.trade.getBuyerOrderList',
				'alibaba.trade.fastCreateOrder',
			]);
		});
	});
});
