import { classifyResponse } from '../../../nodes/Alibaba1688/transport/classify-response';
import { explainBusinessCode } from '../../../nodes/Alibaba1688/transport/gateway-errors';

const api = 'com.alibaba.trade:alibaba.trade.get.buyerView-1';
const json = (value: unknown) => JSON.stringify(value);

describe('classifyResponse', () => {
	it('returns the body of a success and keeps 19-digit ids exact', () => {
		const outcome = classifyResponse(
			api,
			200,
			'application/json',
			'{"result":{"id":3298765432109876543,"n":1.5},"success":true}',
		);
		expect(outcome).toEqual({
			kind: 'ok',
			body: { result: { id: '3298765432109876543', n: 1.5 }, success: true },
		});
	});

	it.each([
		[
			'gw.SignatureInvalid',
			/rejected the request signature \(gw\.SignatureInvalid\)\. Check that the credential's App Secret/,
		],
		['gw.SignatureMissing', /unsigned request \(gw\.SignatureMissing\)/],
		[
			'gw.APIACLDecline',
			/no permission to call .*\(ACL\) \(gw\.APIACLDecline\)\. In the 1688 open-platform console, apply/,
		],
		['gw.ParamMissing', /required parameter .* missing \(gw\.ParamMissing\)/],
		['gw.APIUnsupported', /has no API .*\(gw\.APIUnsupported\)\. Check the namespace/],
		['gw.NoUsageLeftError', /quota .* used up \(gw\.NoUsageLeftError\)\. Buy more/],
		['gw.QosAPIFrequencyLimit', /rate-limiting this app \(gw\.QosAPIFrequencyLimit\)/],
		['gw.SomethingNew', /gateway refused .*\(gw\.SomethingNew\)\. 1688 says: boom/],
	])('maps %s to a message with the code and the next step', (code, message) => {
		const outcome = classifyResponse(
			api,
			400,
			'application/json',
			json({ error_code: code, error_message: 'boom' }),
		);
		expect(outcome.kind).toBe('failed');
		if (outcome.kind === 'failed') expect(outcome.failure.message).toMatch(message);
	});

	it('marks rate limits and 5xx as retryable, other gateway errors not', () => {
		const qos = classifyResponse(
			api,
			400,
			'application/json',
			json({ error_code: 'gw.QosAppFrequencyLimit' }),
		);
		const acl = classifyResponse(
			api,
			400,
			'application/json',
			json({ error_code: 'gw.APIACLDecline' }),
		);
		const html = classifyResponse(
			api,
			502,
			'text/html',
			'<html><title>502 Bad Gateway</title></html>',
		);
		expect(qos.kind === 'failed' && qos.failure.retryable).toBe('rateLimit');
		expect(acl.kind === 'failed' && acl.failure.retryable).toBe(false);
		expect(html.kind === 'failed' && html.failure.retryable).toBe('transient');
	});

	it('treats HTTP 401 and error_code "401" as a rejected token', () => {
		expect(classifyResponse(api, 401, 'application/json', json({ error_code: '401' })).kind).toBe(
			'tokenRejected',
		);
		expect(classifyResponse(api, 400, 'application/json', json({ error_code: '401' })).kind).toBe(
			'tokenRejected',
		);
	});

	it('describes HTML, text, empty and truncated replies with the status', () => {
		const html = classifyResponse(
			api,
			500,
			'text/html',
			'<!doctype html><html><title>Oops</title></html>',
		);
		expect(html.kind === 'failed' && html.failure.message).toMatch(
			/HTML page \(HTTP 500\).*try again/,
		);
		expect(html.kind === 'failed' && html.failure.description).toContain('Oops');
		const text = classifyResponse(api, 200, 'text/plain', 'service busy');
		expect(text.kind === 'failed' && text.failure.message).toMatch(/not JSON \(HTTP 200\)/);
		const truncated = classifyResponse(api, 200, 'application/json', '{"result":{"a":');
		expect(truncated.kind === 'failed' && truncated.failure.retryable).toBe('transient');
		const notFound = classifyResponse(api, 404, 'text/html', '<html>nope</html>');
		expect(notFound.kind === 'failed' && notFound.failure.message).toMatch(
			/Check the credential's Gateway URL/,
		);
	});

	it.each([
		[
			{ success: false, errorCode: 'order.nopermission.buyer', errorMessage: 'not yours' },
			/order\.nopermission\.buyer: not yours.*another buyer/,
		],
		[
			{ success: 'false', code: 'CLOSE_ORDER_TOO_FAST', message: 'too fast' },
			/CLOSE_ORDER_TOO_FAST: too fast.*10 seconds/,
		],
		[{ succes: 'false', errorCode: '500', errorMsg: 'bad' }, /\(500: bad\)/],
		[{ result: { success: false, code: '400', message: 'bad keyword' } }, /\(400: bad keyword\)/],
		[{ success: false, errorCode: 'x', erroMsg: 'sic' }, /\(x: sic\)/],
	])('detects business errors inside HTTP 200 (%j)', (body, message) => {
		const outcome = classifyResponse(api, 200, 'application/json', json(body));
		expect(outcome.kind).toBe('failed');
		if (outcome.kind === 'failed') {
			expect(outcome.failure.message).toMatch(message);
			expect(outcome.failure.retryable).toBe(false);
		}
	});

	it('does not mistake successes with empty error fields for failures', () => {
		expect(
			classifyResponse(
				api,
				200,
				'application/json',
				json({ result: [], errorCode: null, totalRecord: 0 }),
			).kind,
		).toBe('ok');
		expect(
			classifyResponse(api, 200, 'application/json', json({ succes: 'true', categoryInfo: [] }))
				.kind,
		).toBe('ok');
		expect(classifyResponse(api, 200, 'application/json', json({ productInfo: {} })).kind).toBe(
			'ok',
		);
	});
});

describe('explainBusinessCode: hints of one API page stay with that API', () => {
	it.each([
		['com.logistics:alibaba.trade.getLogisticsInfos.buyerView-1', '500_2', /has not shipped yet/],
		['com.alibaba.trade:alibaba.trade.cancel-1', 'ORDER_STATUS_ERROR', /waiting for payment/],
		['com.alibaba.trade:alibaba.trade.cancel-1', '400_3', /buyer or seller can cancel/],
		['com.alibaba.trade:alibaba.createOrder.preview-1', '500_004', /Not enough stock/],
		['com.alibaba.trade:alibaba.trade.fastCreateOrder-1', '500_005', /minimum order/],
		// the same short codes elsewhere mean something else: no borrowed hint
		['com.alibaba.product:alibaba.category.get-1', '500_2', /API's error table in the 1688 docs/],
		['com.alibaba.trade:alibaba.trade.get.buyerView-1', '500_004', /API's error table/],
	])('%s %s', (api, code, hint) => {
		expect(explainBusinessCode(code, api).next).toMatch(hint);
	});
});
