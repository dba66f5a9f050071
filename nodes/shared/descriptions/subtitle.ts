import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

const optionsOf = (property: INodeProperties) =>
	(property.options ?? []).filter(
		(option): option is INodePropertyOptions => 'value' in option && !('values' in option),
	);

/**
 * The canvas subtitle of a node with resources and operations, in the words of its dropdowns,
 * e.g. "Get Many: Purchase Order": an expression that looks up "resource.operation" in a map built
 * from `properties`, falling back to the raw values for a pair the map lacks. One flat map, so
 * the expression holds no "}}" before its end. `own` gives a pair its own words.
 */
export function resourceOperationSubtitle(
	properties: INodeProperties[],
	own: Record<string, string> = {},
): string {
	const resource = properties.find((property) => property.name === 'resource');
	const resourceNames = new Map(
		(resource ? optionsOf(resource) : []).map((option) => [String(option.value), option.name]),
	);
	const labels: Record<string, string> = { ...own };
	for (const property of properties) {
		if (property.name !== 'operation') continue;
		const shownFor = property.displayOptions?.show?.resource ?? [];
		for (const resourceValue of shownFor.map(String)) {
			for (const operation of optionsOf(property)) {
				const key = `${resourceValue}.${String(operation.value)}`;
				labels[key] ??= `${operation.name}: ${resourceNames.get(resourceValue) ?? resourceValue}`;
			}
		}
	}
	return `={{ ${JSON.stringify(labels)}[$parameter["resource"] + "." + $parameter["operation"]] || $parameter["operation"] + ": " + $parameter["resource"] }}`;
}
