// The n8n lines the package is tested on (scripts/lib/runtime/versions.js): which one
// N8N_RUNTIME_VERSION picks, what the harness does differently on each, and what every line asks
// of the examples and of the pinned trees.
import { PINNED_VERSIONS, selectedLine } from '../../../scripts/lib/runtime/versions';
import { examplePictures } from '../../../scripts/workflow-pictures';
import { readRepoFile } from '../../support/repo-files';

type Lock = { packages: Record<string, { version?: string; resolved?: string }> };
const lockOf = (version: string) =>
	JSON.parse(readRepoFile(`scripts/lib/runtime/n8n-${version}/package-lock.json`)) as Lock;

describe('tested n8n lines', () => {
	it('are 2.41.1 on Node 24 (the default) and 1.123.81 on Node 22', () => {
		expect([...PINNED_VERSIONS].sort()).toEqual(['1.123.81', '2.41.1']);
		expect(selectedLine({})).toMatchObject({ n8nVersion: '2.41.1', major: 2 });
		expect(selectedLine({}).nodeVersion).toMatch(/^24\./);
		for (const asked of ['1.123', '1.123.81', ' 1.123.81 '])
			expect(selectedLine({ N8N_RUNTIME_VERSION: asked }).n8nVersion).toBe('1.123.81');
		expect(selectedLine({ N8N_RUNTIME_VERSION: '1.123' }).nodeVersion).toMatch(/^22\./);
	});

	it('refuses a version that is not pinned, naming the ones that are', () => {
		expect(() => selectedLine({ N8N_RUNTIME_VERSION: '1.12' })).toThrow(
			/N8N_RUNTIME_VERSION=1\.12 is not a tested n8n version; the tested ones are .*1\.123\.81.*2\.41\.1/,
		);
	});

	it('activate a workflow the way each line can: 2.x publishes, 1.x sets it active', () => {
		expect(selectedLine({}).activateArgs('abc')).toEqual(['publish:workflow', '--id=abc']);
		expect(selectedLine({ N8N_RUNTIME_VERSION: '1.123' }).activateArgs('abc')).toEqual([
			'update:workflow',
			'--id=abc',
			'--active=true',
		]);
	});

	it('start 1.x with task runners and 2.x without its MCP registry download', () => {
		expect(selectedLine({ N8N_RUNTIME_VERSION: '1.123' }).env).toEqual({
			N8N_RUNNERS_ENABLED: 'true',
		});
		expect(selectedLine({}).env).toEqual({ N8N_DISABLED_MODULES: 'mcp-registry' });
	});

	it('every example has an id every line keeps static data for (1.x: at most 16 characters)', () => {
		const limits = PINNED_VERSIONS.map(
			(version) => selectedLine({ N8N_RUNTIME_VERSION: version }).maxWorkflowIdLength,
		).filter((limit): limit is number => limit !== undefined);
		expect(limits).toEqual([16]);
		const limit = Math.min(...limits);
		const examples = examplePictures();
		expect(examples.length).toBeGreaterThanOrEqual(9);
		const tooLong = examples
			.map(({ example, workflow }) => ({ example, id: String(workflow.id) }))
			.filter(({ id }) => id.length > limit);
		expect(tooLong).toEqual([]);
	});

	it('install from the npm registry only: 1.x takes xlsx 0.18.5 from it instead of a tarball URL', () => {
		const pinned = JSON.parse(readRepoFile('scripts/lib/runtime/n8n-1.123.81/package.json')) as {
			overrides?: Record<string, string>;
		};
		expect(pinned.overrides).toEqual({ xlsx: '0.18.5' });
		expect(lockOf('1.123.81').packages['node_modules/xlsx']).toMatchObject({
			version: '0.18.5',
			resolved: 'https://registry.npmjs.org/xlsx/-/xlsx-0.18.5.tgz',
		});
		for (const version of PINNED_VERSIONS) {
			const outside = Object.entries(lockOf(version).packages)
				.filter(
					([, entry]) =>
						entry.resolved && !entry.resolved.startsWith('https://registry.npmjs.org/'),
				)
				.map(([name]) => name);
			expect({ version, outside }).toEqual({ version, outside: [] });
		}
	});
});
