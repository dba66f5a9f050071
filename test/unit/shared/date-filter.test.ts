import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readDateFilter } from '../../../nodes/shared/actions/date-filter';

const context = {
	getTimezone: () => 'Asia/Shanghai',
	getNode: () => ({ name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} }),
} as unknown as IExecuteFunctions;

describe('readDateFilter', () => {
	it('reads a wall time in the workflow timezone', () => {
		expect(readDateFilter.call(context, 'Created After', '2026-01-02 08:00:00')).toBe(
			Date.UTC(2026, 0, 2, 0, 0, 0),
		);
	});

	it.each([['yesterday'], [{}], [{ toString: false }], [[1, 2]]])(
		'names the filter and the value when %j is not a date',
		(value) => {
			let error: unknown;
			try {
				readDateFilter.call(context, 'Created After', value);
			} catch (thrown) {
				error = thrown;
			}
			expect(error).toBeInstanceOf(NodeOperationError);
			expect((error as Error).message).toMatch(/^The filter "Created After" is not a date: "/);
		},
	);
});
