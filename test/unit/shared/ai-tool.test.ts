// The nodes as tools of n8n's AI Agent: the agent hands the model only an error's message, so the
// description (the format, the accepted values) must reach it inside the message.
import { NodeOperationError } from 'n8n-workflow';

import {
	messageForModel,
	runsAsAiTool,
	toolErrorGoesToModel,
} from '../../../nodes/shared/helpers/ai-tool';

const node = { id: 'n', name: '1688', typeVersion: 1, position: [0, 0] as [number, number] };

describe('runsAsAiTool', () => {
	it.each([
		['n8n-nodes-1688-mogujie.alibaba1688Tool', true],
		['n8n-nodes-1688-mogujie.mogujieTool', true],
		['n8n-nodes-1688-mogujie.alibaba1688', false],
		['n8n-nodes-1688-mogujie.mogujie', false],
		['n8n-nodes-1688-mogujie.alibaba1688Trigger', false],
	])('%s → %s', (type, expected) => {
		expect(runsAsAiTool({ type })).toBe(expected);
	});
});

describe('toolErrorGoesToModel', () => {
	const tool = 'n8n-nodes-1688-mogujie.alibaba1688Tool';

	it('sends a tool’s error to the model unless On Error says Stop Workflow, as n8n 2.x does', () => {
		expect(toolErrorGoesToModel({ type: tool })).toBe(true);
		expect(toolErrorGoesToModel({ type: tool, onError: 'continueRegularOutput' })).toBe(true);
		expect(toolErrorGoesToModel({ type: tool, onError: 'stopWorkflow' })).toBe(false);
	});

	it('leaves the node in a workflow to its own settings', () => {
		expect(toolErrorGoesToModel({ type: 'n8n-nodes-1688-mogujie.alibaba1688' })).toBe(false);
	});
});

describe('messageForModel', () => {
	const error = (description?: string) =>
		new NodeOperationError(
			{ ...node, type: 't', parameters: {} },
			'"PO-1" is not a 1688 order ID',
			{
				description,
			},
		);

	it('adds the description to the message', () => {
		expect(messageForModel(error('An order ID is a number of up to 19 digits.'))).toBe(
			'"PO-1" is not a 1688 order ID. An order ID is a number of up to 19 digits.',
		);
	});

	it('keeps a message that ends in punctuation or already says it, and one without a description', () => {
		expect(messageForModel({ message: 'Wrong status:', description: 'use success' })).toBe(
			'Wrong status: use success',
		);
		expect(messageForModel({ message: 'Wrong: use success', description: 'use success' })).toBe(
			'Wrong: use success',
		);
		expect(messageForModel(error())).toBe('"PO-1" is not a 1688 order ID');
	});

	it('says something for errors without a message', () => {
		expect(messageForModel(undefined)).toBe('Failed');
		expect(messageForModel({ message: 42 })).toBe('Failed');
	});
});
