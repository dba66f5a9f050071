import * as call from '../../../../../nodes/Alibaba1688/actions/customApiCall/call.operation';
import type { Reply } from '../../../../support/operation-context';
import {
	gatewayError1688,
	operationContext,
	runOperation,
} from '../../../../support/operation-context';

const ORDER_ID = '3298765432109876543';
// shape: sandbox/alibaba1688/apis/trade.js (getBuyerView, trimmed; the id is a Java long)
const ORDER = `{"result":{"baseInfo":{"idOfStr":"${ORDER_ID}","id":${ORDER_ID},"status":"waitbuyerreceive"}},"success":true}`;
// shape: sandbox/common/faults.js (html500, the front proxy's error page)
const HTML_500 = {
	statusCode: 500,
	body: '<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n',
};
const orderCall = { namespace: ' com.alibaba.trade ', apiName: 'alibaba.trade.get.buyerView ' };

describe('1688 › Custom API Call', () => {
	it('sends the named API with the JSON parameters as 1688 strings and returns the reply', async () => {
		const { items, sent } = await runOperation(call, {
			platform: '1688',
			parameters: {
				...orderCall,
				parametersJson: `{"orderId": ${ORDER_ID}, "webSite": "1688", "attributeKeys": ["a", "b"]}`,
			},
			reply: () => ({ statusCode: 200, body: ORDER }),
		});
		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({
			api: 'com.alibaba.trade:alibaba.trade.get.buyerView',
			version: '1',
			withToken: true,
		});
		const { attributeKeys, ...rest } = sent[0].params;
		expect(rest).toEqual({ orderId: ORDER_ID, webSite: '1688' });
		expect(JSON.parse(attributeKeys)).toEqual(['a', 'b']);
		expect(items).toEqual([
			{
				json: {
					result: { baseInfo: { idOfStr: ORDER_ID, id: ORDER_ID, status: 'waitbuyerreceive' } },
					success: true,
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('sends the version given, and no token when authorization is off', async () => {
		const { sent } = await runOperation(call, {
			platform: '1688',
			parameters: {
				namespace: 'system',
				apiName: 'currentTimeMillis',
				apiVersion: 2,
				requiresAuth: false,
			},
			// shape: sandbox/alibaba1688/apis/system.js
			reply: () => ({ result: 1717382400000 }),
		});
		expect(sent[0]).toMatchObject({
			api: 'system:currentTimeMillis',
			version: '2',
			params: {},
			withToken: false,
		});
	});

	it('refuses Parameters JSON that is not an object, before calling 1688', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: { ...orderCall, parametersJson: `["${ORDER_ID}"]` },
			reply: () => ({ statusCode: 200, body: ORDER }),
		});
		await expect(call.execute.call(context, 0)).rejects.toThrow(
			'"Parameters JSON" is not a valid JSON object: expected a JSON object',
		);
		expect(sent).toHaveLength(0);
	});

	it("names 1688's code and what to check for an API 1688 does not have", async () => {
		await expect(
			runOperation(call, {
				platform: '1688',
				parameters: { namespace: 'com.alibaba.trade', apiName: 'alibaba.trade.get.buyerview' },
				reply: () => gatewayError1688('gw.APIUnsupported', 'API is not supported'),
			}),
		).rejects.toThrow(
			'1688 has no API com.alibaba.trade:alibaba.trade.get.buyerview-1 (gw.APIUnsupported). Check the namespace, API name and version',
		);
	});

	it('sends a call once when retries are off, and says it may have run', async () => {
		const { context, sent } = operationContext({
			platform: '1688',
			parameters: orderCall,
			reply: () => HTML_500,
		});
		await expect(call.execute.call(context, 0)).rejects.toThrow(
			"1688's gateway answered com.alibaba.trade:alibaba.trade.get.buyerView-1 with an HTML page (HTTP 500). The request may have reached 1688",
		);
		expect(sent).toHaveLength(1);
	});

	it('retries a gateway failure when "Retry Transient Errors" is on', async () => {
		jest.useFakeTimers();
		try {
			const replies: Reply[] = [HTML_500, { statusCode: 200, body: ORDER }];
			const { context, sent } = operationContext({
				platform: '1688',
				parameters: { ...orderCall, options: { retry: true } },
				reply: (_request, index) => replies[index],
			});
			const run = call.execute.call(context, 0);
			await jest.advanceTimersByTimeAsync(5_000);
			const items = await run;
			expect(sent).toHaveLength(2);
			expect(items[0].json).toMatchObject({ success: true });
		} finally {
			jest.useRealTimers();
		}
	});
});
