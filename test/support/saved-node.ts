// A node of this package as a saved workflow holds it, read by n8n's own helpers: the parameters n8n
// resolves for a given typeVersion, which of them the editor shows, and the canvas subtitle.
import type { INodeParameters, INodeProperties, INodeType, INodeTypes } from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

function savedNode(type: INodeType, typeVersion: number, parameters: INodeParameters) {
	return {
		id: 'n1',
		name: type.description.defaults.name ?? type.description.displayName,
		type: `n8n-nodes-1688-mogujie.${type.description.name}`,
		typeVersion,
		position: [0, 0] as [number, number],
		parameters,
	};
}

/** The parameters n8n resolves for a saved node of `typeVersion` (defaults filled, hidden ones dropped). */
export function loadSaved(
	type: INodeType,
	typeVersion: number,
	saved: INodeParameters,
): INodeParameters {
	return NodeHelpers.getNodeParameters(
		type.description.properties,
		saved,
		true,
		false,
		savedNode(type, typeVersion, saved),
		type.description,
	) as INodeParameters;
}

/** The properties named `name` the editor shows for a saved node of `typeVersion`. */
export function shownProperties(
	type: INodeType,
	typeVersion: number,
	saved: INodeParameters,
	name: string,
): INodeProperties[] {
	const parameters = loadSaved(type, typeVersion, saved);
	return type.description.properties.filter(
		(p) =>
			p.name === name &&
			NodeHelpers.displayParameter(parameters, p, { typeVersion } as never, type.description),
	);
}

/** The subtitle the canvas shows for these values: the expression, evaluated by n8n's own engine. */
export function canvasSubtitle(type: INodeType, parameters: Record<string, string>): string {
	const nodeTypes = {
		getByName: () => type,
		getByNameAndVersion: () => type,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const node = savedNode(type, Number(type.description.defaultVersion), parameters);
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return String(
		workflow.expression.getSimpleParameterValue(
			node,
			String(type.description.subtitle),
			'internal',
			{},
		),
	);
}
