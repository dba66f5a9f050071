// @ts-check
'use strict';

// The two workflows measured inside n8n: (a) the package's Get Many → Return All, and (b) the
// do-it-yourself workflow from bench/diy-1688-purchase-orders.workflow.json, filled in with the
// sandbox's gateway, app and access token.
const fs = require('node:fs');
const path = require('node:path');

const CREDENTIAL_TYPE = 'alibaba1688OAuth2Api';
const GET_MANY_NODE = '1688: Get Many purchase orders';
const DIY_OUTPUT_NODE = 'All orders';
const DIY_FILE = path.join(__dirname, 'diy-1688-purchase-orders.workflow.json');

const manualTrigger = {
	id: 'bench-trigger',
	name: "When clicking 'Execute workflow'",
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/**
 * (a): Purchase Order → Get Many, Return All, the node's defaults otherwise (Simplify on).
 * @param {{ name: string, credentialId: string, credentialName: string, concurrency: number, returnAll?: boolean, limit?: number }} spec
 */
function getManyWorkflow({
	name,
	credentialId,
	credentialName,
	concurrency,
	returnAll = true,
	limit,
}) {
	return {
		name,
		nodes: [
			manualTrigger,
			{
				id: 'bench-get-many',
				name: GET_MANY_NODE,
				type: 'n8n-nodes-1688-mogujie.alibaba1688',
				typeVersion: 1,
				position: [240, 0],
				parameters: {
					resource: 'purchaseOrder',
					operation: 'getMany',
					returnAll,
					...(returnAll ? {} : { limit }),
					filters: {},
					options: { maxConcurrentRequests: concurrency },
				},
				credentials: { [CREDENTIAL_TYPE]: { id: credentialId, name: credentialName } },
			},
		],
		connections: {
			[manualTrigger.name]: { main: [[{ node: GET_MANY_NODE, type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}

/**
 * (b): the committed DIY workflow with its placeholders replaced.
 * @param {{ name: string, gatewayUrl: string, appKey: string, appSecret: string, accessToken: string }} spec
 */
function diyWorkflow({ name, gatewayUrl, appKey, appSecret, accessToken }) {
	/** @type {Record<string, string>} */
	const values = {
		__GATEWAY_URL__: gatewayUrl,
		__APP_KEY__: appKey,
		__APP_SECRET__: appSecret,
		__ACCESS_TOKEN__: accessToken,
	};
	const workflow = JSON.parse(fs.readFileSync(DIY_FILE, 'utf8'), (_key, value) =>
		typeof value === 'string' && value in values ? values[value] : value,
	);
	delete workflow.id;
	return { ...workflow, name };
}

module.exports = {
	CREDENTIAL_TYPE,
	GET_MANY_NODE,
	DIY_OUTPUT_NODE,
	DIY_FILE,
	getManyWorkflow,
	diyWorkflow,
};
