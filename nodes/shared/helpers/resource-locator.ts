/**
 * What a parameter holds: a resource locator's saved value `{ __rl: true, mode, value }`, or a
 * plain value (a node of a version before the parameter became a locator, or a tool's argument).
 * A plain value has no mode.
 */
export interface LocatorValue {
	mode?: string;
	value: unknown;
}

export function locatorValue(raw: unknown): LocatorValue {
	if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
		const saved = raw as { __rl?: unknown; mode?: unknown; value?: unknown };
		if (saved.__rl === true) {
			return { mode: typeof saved.mode === 'string' ? saved.mode : undefined, value: saved.value };
		}
	}
	return { value: raw };
}
