import { NodeApiError } from 'n8n-workflow';

import * as call from '../../../../../nodes/Mogujie/actions/customApiCall/call.operation';
import { mogujieReply, runOperation } from '../../../../support/operation-context';

// `{ totalNum, hasNext, openApiOrderDetailResDtos }` of sandbox/mogujie/methods/trade.js soldGet, one order of views.js orderView.
const SOLD = {
	totalNum: 1,
	hasNext: false,
	openApiOrderDetailResDtos: [
		{ shopOrderId: '93182337647084', orderStatus: 'ORDER_PAID', shopOrderPrice: 12990 },
	],
};
// Entries of xiaodian.item.getAllCategory, shaped as sandbox/mogujie/methods/views.js categoryView.
const CATEGORIES = [
	{ categoryId: '1k2x9d0q7m', isLeaf: false, name: '女装', parentId: '0' },
	{ categoryId: '1p4c8e2w5z', isLeaf: false, name: '女鞋', parentId: '0' },
];

describe('Mogujie › Custom API Call', () => {
	it('sends the method with plain fields, and an object value as one JSON string', async () => {
		const { items, sent } = await runOperation(call, {
			platform: 'mogujie',
			parameters: {
				resource: 'customApiCall',
				operation: 'call',
				method: ' xiaodian.trade.sold.get ',
				parametersJson:
					'{"Params": {"startUpdated": "2020-05-11 00:00:00", "endUpdated": "2020-05-11 12:00:00", "page": 1, "pageSize": 50}}',
			},
			reply: () => mogujieReply(SOLD),
		});
		expect(sent).toHaveLength(1);
		expect(sent[0].api).toBe('xiaodian.trade.sold.get');
		expect(Object.keys(sent[0].params)).toEqual(['Params']);
		// compact, as in the protocol's signing vector V1
		expect(sent[0].params.Params).toBe(
			'{"startUpdated":"2020-05-11 00:00:00","endUpdated":"2020-05-11 12:00:00","page":1,"pageSize":50}',
		);
		// the whole result.data is one item, amounts untouched
		expect(items).toEqual([{ json: SOLD, pairedItem: { item: 0 } }]);
	});

	it('returns one item per element when result.data is an array', async () => {
		const { items, sent } = await runOperation(call, {
			platform: 'mogujie',
			parameters: { method: 'xiaodian.item.getAllCategory', parametersJson: '{"parentID": 0}' },
			reply: () => mogujieReply(CATEGORIES),
		});
		expect(sent[0].params).toEqual({ parentID: '0' });
		expect(items).toEqual(CATEGORIES.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	it('wraps a plain result.data in a data field', async () => {
		// xiaodian.item.skustock.update answers `result.data: true` (sandbox/mogujie/methods/item.js).
		const { items, sent } = await runOperation(call, {
			platform: 'mogujie',
			parameters: {
				method: 'xiaodian.item.skustock.update',
				parametersJson: '{"skuId": "1q8e2k7za", "stock": 10}',
			},
			reply: () => mogujieReply(true),
		});
		expect(sent[0].params).toEqual({ skuId: '1q8e2k7za', stock: '10' });
		expect(items).toEqual([{ json: { data: true }, pairedItem: { item: 0 } }]);
	});

	it("names Mogujie's code and sends the call once when retries are off", async () => {
		// The gateway's Sign错误 envelope: sandbox/mogujie/codes.js SIGN_ERROR via envelope.js failure.
		const reply = jest.fn(() => mogujieReply({}, '0000002', 'Sign错误'));
		const run = runOperation(call, {
			platform: 'mogujie',
			parameters: { method: 'xiaodian.item.get', parametersJson: '{"itemId": "1ltdroo"}' },
			reply,
		});
		await expect(run).rejects.toBeInstanceOf(NodeApiError);
		await expect(run).rejects.toThrow(
			"Mogujie rejected the request signature (0000002: Sign错误). Check that the credential's App Secret belongs to its App Key: copy both again from the Mogujie open platform console.",
		);
		expect(reply).toHaveBeenCalledTimes(1);
	});

	it('refuses Parameters JSON that is not an object before calling Mogujie', async () => {
		const reply = jest.fn(() => mogujieReply(true));
		const run = runOperation(call, {
			platform: 'mogujie',
			parameters: { method: 'xiaodian.item.get', parametersJson: '["1ltdroo"]' },
			reply,
		});
		await expect(run).rejects.toThrow('"Parameters JSON" is not a valid JSON object');
		await expect(run).rejects.not.toBeInstanceOf(NodeApiError);
		expect(reply).not.toHaveBeenCalled();
	});
});
