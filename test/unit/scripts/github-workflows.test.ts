// The GitHub Actions workflows a fork or the upstream repository runs: CI runs the README's test
// command, and publishing carries npm provenance, which n8n requires of community packages.
import { readRepoFile } from '../../support/repo-files';

const readme = readRepoFile('README.md');
const ci = readRepoFile('.github/workflows/ci.yml');
const publish = readRepoFile('.github/workflows/publish.yml');
const scripts = (JSON.parse(readRepoFile('package.json')) as { scripts: Record<string, string> })
	.scripts;

describe('GitHub workflows', () => {
	it('CI installs with npm ci and runs the test command the README gives', () => {
		expect(readme).toMatch(/^npm test\b/m);
		expect(ci).toMatch(/run: npm ci$/m);
		expect(ci).toMatch(/run: npm test$/m);
	});

	it('publishing runs on version tags through n8n-node release, with the OIDC token provenance needs', () => {
		expect(publish).toMatch(/tags:\s*\n\s*- '\*\.\*\.\*'/);
		expect(publish).toMatch(/id-token: write/);
		expect(publish).toMatch(/run: \|[\s\S]*npm run release/);
		expect(scripts.release).toBe('n8n-node release');
	});

	it('package.json has the starter scripts', () => {
		expect(scripts).toMatchObject({
			dev: 'n8n-node dev',
			release: 'n8n-node release',
			prepublishOnly: 'n8n-node prerelease',
		});
		expect(scripts.lint).toMatch(/^n8n-node lint && prettier --check \.$/);
		// the starter's build, then dist/ pruned to what the package ships (scripts/prune-dist.js)
		expect(scripts.build).toBe('n8n-node build && node scripts/prune-dist.js');
	});
});
