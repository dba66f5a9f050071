/**
 * Runs `load` as a second n8n process would load the package: with its own copy of every module,
 * so nothing kept in module memory (such as in-flight token renewals) is shared with this one.
 */
export async function inAnotherProcess<T>(load: () => Promise<T>): Promise<T> {
	const loaded: T[] = [];
	await jest.isolateModulesAsync(async () => {
		loaded.push(await load());
	});
	return loaded[0];
}
