// The Mogujie replies kept verbatim under test/fixtures/real/mogujie, run through the code that reads
// them. The platform is retired: a token reply and an error envelope are all that public code kept.
import * as get from '../../../nodes/Mogujie/actions/order/get.operation';
import { classifyResponse } from '../../../nodes/Mogujie/transport/classify-response';
import { runOperation } from '../../support/operation-context';
import { realReply } from '../../support/real-replies';

const tokenMissing = realReply('mogujie', 'error.access-token-missing');

describe('Mogujie real replies', () => {
	it('reads the real error envelope (no success field, an empty result) as an unknown token', () => {
		const outcome = classifyResponse(
			'xiaodian.trade.get',
			200,
			'application/json',
			tokenMissing.text,
			'Authorize again.',
		);
		// "AccessToken不存在，请重新授权": renewing cannot help, only a new authorization
		expect(outcome).toMatchObject({
			kind: 'failed',
			failure: { code: '0000011', description: 'AccessToken不存在，请重新授权' },
		});
	});

	it('tells the user to authorize again when Mogujie keeps answering 0000011', async () => {
		const reply = jest.fn(() => ({ statusCode: 200, body: tokenMissing.text }));
		await expect(
			runOperation(get, {
				platform: 'mogujie',
				parameters: { resource: 'order', operation: 'get', orderId: '93182337647084' },
				reply,
			}),
		).rejects.toThrow(/0000011.*AccessToken不存在，请重新授权/);
	});
});
