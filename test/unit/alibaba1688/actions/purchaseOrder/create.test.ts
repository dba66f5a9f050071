import { NodeOperationError } from 'n8n-workflow';

import * as create from '../../../../../nodes/Alibaba1688/actions/purchaseOrder/create.operation';
import type { Reply } from '../../../../support/operation-context';
import { runOperation } from '../../../../support/operation-context';
import type { Json } from '../../../../support/json';

const ORDER_ID = '3298765432109876543';
const SPEC_ID = 'b266e0726506185beaf205cbae88530d';
// shape: sandbox/alibaba1688/apis/purchase.js (fastCreateOrder reply; amounts in fen, orderId a bare Long)
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
		expect(rest).toEqual({ flow: 'general', message: '请用顺丰发货' });
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
					totalSuccessAmountYuan: 53.6,
					postFeeYuan: 8,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it("names 1688's code and message when the order is refused, sent once", async () => {
		const reply = jest.fn(() => NO_STOCK);
		const run = runOperation(create, { platform: '1688', parameters, reply });
		await expect(run).rejects.toThrow(
			/fastCreateOrder-1 \(STOCK_NOT_ENOUGH: only 1 left of spec .*\)\. See 1688's message/,
		);
		expect(reply).toHaveBeenCalledTimes(1);
	});

	it('is not retried after a gateway failure, and says it may have been carried out', async () => {
		const reply = jest.fn(() => PROXY_502);
		const run = runOperation(create, { platform: '1688', parameters, reply });
		await expect(run).rejects.toThrow(/HTTP 502.*may have reached 1688 and been carried out/);
		expect(reply).toHaveBeenCalledTimes(1);
	});

	it.each([
		['no address', { address: {} }, 'Add a delivery address'],
		['an address of empty fields', { address: { fullName: '' } }, 'Add a delivery address'],
		['no products', { cargo: { items: [] } }, 'Add at least one product'],
		[
			'an offer link instead of an offer id',
			{ cargo: { items: [{ offerId: 'detail.1688.com/offer/620201390233.html', quantity: 1 }] } },
			'"detail.1688.com/offer/620201390233.html" is not a 1688 offer ID',
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
});
