// temporary mutation check: writes sent with retry 'safe'
jest.mock('../../../../../nodes/Alibaba1688/transport', () => {
	const actual = jest.requireActual('../../../../../nodes/Alibaba1688/transport');
	return { ...actual, alibaba1688ApiRequest(this: unknown, call: object, onRetry?: unknown) { return actual.alibaba1688ApiRequest.call(this, { ...call, retry: 'safe' }, onRetry); } };
});
import './cancel.test';
import './create.test';
