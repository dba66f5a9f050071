import { classifyResponse } from '../../../nodes/Mogujie/transport/classify-response';

const run = (body: unknown, status = 200, type = 'application/json') =>
	classifyResponse(
		'xiaodian.trade.get',
		status,
		type,
		typeof body === 'string' ? body : JSON.stringify(body),
		'Authorize again: URL',
	);

describe('Mogujie classifyResponse', () => {
	it('accepts 0000000 and returns the envelope', () => {
		const outcome = run({
			status: { code: '0000000', msg: 'success' },
			result: { data: { a: 1 } },
			success: true,
		});
		expect(outcome).toEqual({
			kind: 'ok',
			body: expect.objectContaining({ result: { data: { a: 1 } } }),
		});
	});

	it.each(['0000001', '0000010'])('renews on %s', (code) => {
		expect(run({ status: { code, msg: 'expired' }, result: {} }).kind).toBe('tokenRejected');
	});

	it('0000011 asks to authorize again, with the URL', () => {
		const outcome = run({
			status: { code: '0000011', msg: 'AccessToken不存在，请重新授权' },
			result: {},
		});
		expect(outcome.kind === 'failed' && outcome.failure.message).toBe(
			'Mogujie does not know this access token (0000011: AccessToken不存在，请重新授权). Authorize again: URL',
		);
	});

	it('a Sign错误 reply points at the App Secret', () => {
		const outcome = run({ status: { code: '0000002', msg: 'Sign错误' }, result: {} });
		expect(outcome.kind === 'failed' && outcome.failure.message).toMatch(
			/rejected the request signature \(0000002: Sign错误\)\. Check .*App Secret/,
		);
	});

	it('business codes name the method, the code and a hint', () => {
		const outcome = run({ status: { code: '1100400', msg: 'sku不存在' }, result: {} });
		expect(outcome.kind === 'failed' && outcome.failure.message).toMatch(
			/xiaodian\.trade\.get \(1100400: sku不存在\)\. The SKU does not exist/,
		);
	});

	it('HTML and non-envelope replies are unreadable, 5xx retryable', () => {
		const html = run('<html><title>502 Bad Gateway</title></html>', 502, 'text/html');
		expect(html.kind === 'failed' && html.failure.retryable).toBe('transient');
		expect(html.kind === 'failed' && html.failure.message).toMatch(
			/Mogujie's gateway answered xiaodian\.trade\.get with an HTML page \(HTTP 502\)/,
		);
		expect(run({ foo: 1 }).kind).toBe('failed');
	});
});
