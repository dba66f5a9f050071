// A node runs as a tool of n8n's AI Agent under the type n8n generates from `usableAsTool`: its
// own name with "Tool" added (alibaba1688Tool, mogujieTool). What the agent hands back to the model
// of a failed tool is the error's message only, never its description, so there the description
// (the format or the accepted values) has to travel in the message.
import type { INode } from 'n8n-workflow';

/** Whether the node runs as an AI Agent's tool (the type n8n generated for it). */
export function runsAsAiTool(node: Pick<INode, 'type'>): boolean {
	return typeof node.type === 'string' && node.type.endsWith('Tool');
}

/**
 * Whether a tool's error goes back to the model rather than stopping the workflow: n8n 2.x does
 * so for every tool unless its On Error setting says Stop Workflow; n8n 1.x's Agent 3 stops the
 * workflow, so the node does it itself there.
 */
export function toolErrorGoesToModel(node: Pick<INode, 'type' | 'onError'>): boolean {
	return runsAsAiTool(node) && node.onError !== 'stopWorkflow';
}

/** An error's message with its description, for a model that sees nothing else of it. */
export function messageForModel(error: unknown): string {
	const { message, description } = (error ?? {}) as { message?: unknown; description?: unknown };
	const text = typeof message === 'string' && message.trim() !== '' ? message.trim() : 'Failed';
	if (typeof description !== 'string' || description.trim() === '') return text;
	const more = description.trim();
	if (text.includes(more)) return text;
	return `${text}${/[.!?:;]$/.test(text) ? '' : '.'} ${more}`;
}
