// The layering of docs/architecture.md, checked over the real import graph: a new import that
// points upward (or across platforms) fails here with the file and the rule it breaks.
import {
	operationsWithoutTest,
	impureFiles,
	layeringViolations,
	toolingImportsOfTests,
	violation,
} from '../../support/import-rules';

describe('layering', () => {
	it('no import in nodes/ or credentials/ points upward or across platforms', () => {
		expect(layeringViolations()).toEqual([]);
	});

	it('descriptions/ and helpers/ are pure: they neither read parameters nor call a platform', () => {
		expect(impureFiles()).toEqual([]);
	});

	it('every operation has its unit test beside it, at the path its own path gives', () => {
		expect(operationsWithoutTest()).toEqual([]);
	});

	it('scripts/ and bench/ load nothing under test/', () => {
		expect(toolingImportsOfTests()).toEqual([]);
	});

	it.each([
		['nodes/Alibaba1688/transport/buyer-orders.ts', 'nodes/Alibaba1688/descriptions/common.ts'],
		[
			'nodes/Alibaba1688Trigger/Alibaba1688Trigger.node.ts',
			'nodes/Alibaba1688/actions/purchaseOrder/getMany.operation.ts',
		],
		['nodes/Alibaba1688/auth/token-response.ts', 'nodes/Alibaba1688/helpers/dates.ts'],
		['nodes/Alibaba1688/helpers/categories.ts', 'nodes/Alibaba1688/transport/index.ts'],
		['nodes/Mogujie/helpers/order-versions.ts', 'nodes/Mogujie/transport/index.ts'],
		['nodes/Alibaba1688/descriptions/order-input.ts', 'nodes/shared/actions/router.ts'],
		['nodes/shared/helpers/json.ts', 'nodes/Mogujie/helpers/dates.ts'],
		['nodes/Mogujie/actions/order/get.operation.ts', 'nodes/Alibaba1688/helpers/dates.ts'],
		['nodes/Alibaba1688/transport/index.ts', 'credentials/Alibaba1688OAuth2Api.credentials.ts'],
	])('the rules refuse %s → %s (each kind of fault the review found)', (from, to) => {
		expect(violation(from, to)).not.toBe('');
	});

	it.each([
		[
			'nodes/Alibaba1688/actions/purchaseOrder/get.operation.ts',
			'nodes/Alibaba1688/transport/index.ts',
		],
		['nodes/Alibaba1688/transport/index.ts', 'nodes/Alibaba1688/auth/credential-data.ts'],
		[
			'credentials/Alibaba1688OAuth2Api.credentials.ts',
			'nodes/Alibaba1688/transport/credential-test.ts',
		],
		['nodes/MogujieTrigger/MogujieTrigger.node.ts', 'nodes/Mogujie/transport/order-versions.ts'],
		['nodes/Mogujie/auth/signature.ts', 'nodes/shared/helpers/json.ts'],
	])('the rules allow %s → %s', (from, to) => {
		expect(violation(from, to)).toBe('');
	});
});
