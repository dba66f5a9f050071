// @ts-check
// Builds, at test time, a throwaway community package `n8n-nodes-harness-probe` (plain JS, no
// build step) and packs it, so the harness can prove that n8n loads a package from
// <userFolder>/.n8n/nodes/node_modules without depending on this repo's own nodes.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { npmPack } = require('../../scripts/lib/n8n-package');

const PROBE_PACKAGE = 'n8n-nodes-harness-probe';
const PROBE_NODE_TYPE = `${PROBE_PACKAGE}.harnessProbe`;
const PROBE_CREDENTIAL_TYPE = 'harnessProbeApi';

const nodeSource = `
class HarnessProbe {
	constructor() {
		this.description = {
			displayName: 'Harness Probe',
			name: 'harnessProbe',
			group: ['transform'],
			version: 1,
			description: 'Echoes its input with a marker',
			defaults: { name: 'Harness Probe' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: '${PROBE_CREDENTIAL_TYPE}', required: false }],
			properties: [
				{ displayName: 'Message', name: 'message', type: 'string', default: 'probe' },
			],
		};
	}

	async execute() {
		const items = this.getInputData();
		let tokenLength = null;
		if (this.getNode().credentials && this.getNode().credentials.${PROBE_CREDENTIAL_TYPE}) {
			const credentials = await this.getCredentials('${PROBE_CREDENTIAL_TYPE}');
			tokenLength = String(credentials.token).length;
		}
		return [
			items.map((item, i) => ({
				json: { ...item.json, probe: true, message: this.getNodeParameter('message', i), tokenLength },
				pairedItem: { item: i },
			})),
		];
	}
}
module.exports = { HarnessProbe };
`;

const credentialSource = `
class HarnessProbeApi {
	constructor() {
		this.name = '${PROBE_CREDENTIAL_TYPE}';
		this.displayName = 'Harness Probe API';
		this.properties = [
			{ displayName: 'Token', name: 'token', type: 'string', typeOptions: { password: true }, default: '' },
		];
	}
}
module.exports = { HarnessProbeApi };
`;

/**
 * Write the probe package into a fresh temp dir and `npm pack` it.
 * @param {{ version?: string }} [opts]
 * @returns {Promise<{ tarball: string, dir: string, remove: () => void }>}
 */
async function buildProbePackage({ version = '1.0.0' } = {}) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-probe-'));
	const pkg = path.join(dir, 'package');
	fs.mkdirSync(path.join(pkg, 'dist', 'nodes', 'HarnessProbe'), { recursive: true });
	fs.mkdirSync(path.join(pkg, 'dist', 'credentials'), { recursive: true });
	fs.writeFileSync(
		path.join(pkg, 'dist', 'nodes', 'HarnessProbe', 'HarnessProbe.node.js'),
		nodeSource,
	);
	fs.writeFileSync(
		path.join(pkg, 'dist', 'credentials', 'HarnessProbeApi.credentials.js'),
		credentialSource,
	);
	fs.writeFileSync(
		path.join(pkg, 'package.json'),
		JSON.stringify(
			{
				name: PROBE_PACKAGE,
				version,
				description: 'Throwaway package used by the e2e harness test',
				license: 'MIT',
				keywords: ['n8n-community-node-package'],
				files: ['dist'],
				n8n: {
					n8nNodesApiVersion: 1,
					credentials: ['dist/credentials/HarnessProbeApi.credentials.js'],
					nodes: ['dist/nodes/HarnessProbe/HarnessProbe.node.js'],
				},
				peerDependencies: { 'n8n-workflow': '*' },
			},
			null,
			2,
		),
	);
	const tarball = await npmPack(pkg, dir);
	return { tarball, dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

module.exports = { buildProbePackage, PROBE_PACKAGE, PROBE_NODE_TYPE, PROBE_CREDENTIAL_TYPE };
