// @ts-check
'use strict';

// `npm run sandbox`: the 1688 and Mogujie open platform simulators on fixed ports, until Ctrl-C.
const { start1688Sandbox, startMogujieSandbox } = require('../sandbox');
const { startSandboxActivity } = require('./lib/sandbox-activity');
const { sign } = require('../sandbox/alibaba1688/signature');
const { format1688 } = require('../sandbox/alibaba1688/dates');
const { formatDateTime } = require('../sandbox/common/beijing-time');

const ports = {
	1688: Number(process.env.SANDBOX_1688_PORT || 8688),
	mogujie: Number(process.env.SANDBOX_MOGUJIE_PORT || 8689),
};
const PORT_VARIABLES = { 1688: 'SANDBOX_1688_PORT', mogujie: 'SANDBOX_MOGUJIE_PORT' };
const quiet = process.argv.includes('--quiet');

/** @param {string} name @returns {((entry: import('../sandbox/common/server').RequestLogEntry) => void) | undefined} */
const logger = (name) =>
	quiet
		? undefined
		: (entry) =>
				console.log(
					`${new Date().toISOString()} [${name}] ${entry.method} ${entry.path}${entry.api ? ` (${entry.api})` : ''} -> ${entry.status ?? '(no answer)'}${entry.fault ? ` [fault: ${entry.fault}]` : ''}`,
				);

/** Starts one sandbox, naming the port variable to change when the port is taken. @template T @param {keyof typeof ports} name @param {() => Promise<T>} start */
async function startOne(name, start) {
	try {
		return await start();
	} catch (error) {
		if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
			throw new Error(
				`Port ${ports[name]} is already in use. Set ${PORT_VARIABLES[name]} to another port.`,
			);
		}
		throw error;
	}
}

/** @param {import('../sandbox/alibaba1688').Sandbox1688} sb */
function describe1688(sb) {
	const { demo, supplier } = sb;
	const healthPath = `param2/1/system/currentTime/${demo.appKey}`;
	const healthParams = { _aop_timestamp: String(sb.clock.now()) };
	const healthSignature = sign(healthPath, healthParams, demo.appSecret);
	const refreshExpiry = format1688(sb.clock.now() + sb.settings.refreshTtlSec * 1000);
	return `
1688 open platform sandbox

  Gateway URL (credential "Gateway URL"):  ${sb.url}
  Authorize URL (consent page):            ${sb.url}/oauth/authorize
  Redirect URI that displays the code:     ${demo.redirectUri}

  Demo app key:        ${demo.appKey}
  Demo app secret:     ${demo.appSecret}
  Demo refresh token:  ${demo.refreshToken}   (valid until ${refreshExpiry}, same token on every start)
  Demo buyer:          ${demo.loginId}  memberId ${demo.memberId}  aliId ${demo.aliId}

  Supplier refresh token: ${supplier.refreshToken}   (the same app, same token on every start)
  Demo supplier:       ${supplier.loginId}  memberId ${supplier.memberId}  aliId ${supplier.aliId}  (${supplier.companyName})
                       its sales orders and own products; a credential with its token acts as the seller

  Try the consent page:
    ${sb.url}/oauth/authorize?client_id=${demo.appKey}&site=1688&redirect_uri=${encodeURIComponent(demo.redirectUri)}&state=hello
  Signed health check:
    curl -X POST '${sb.url}/openapi/${healthPath}' -d '_aop_timestamp=${healthParams._aop_timestamp}&_aop_signature=${healthSignature}'
`;
}

/** @param {import('../sandbox/mogujie').MogujieSandbox} sb */
function describeMogujie(sb) {
	const { demo } = sb;
	const refreshExpiry = formatDateTime(sb.clock.now() + sb.settings.refreshTtlSec * 1000);
	const consent = new URLSearchParams({
		response_type: 'code',
		app_key: demo.appKey,
		redirect_uri: demo.redirectUri,
		state: 'hello',
	});
	return `
Mogujie (xiaodian) open platform sandbox

  OAuth URL (credential "OAuth URL"):      ${sb.url}   (pages /authorize and /token)
  Gateway URL (credential "Gateway URL"):  ${sb.url}/invoke
  Redirect URI that displays the code:     ${demo.redirectUri}

  Demo app key:        ${demo.appKey}
  Demo app secret:     ${demo.appSecret}
  Demo refresh token:  ${demo.refreshToken}   (valid until ${refreshExpiry} Beijing time, same token on every start;
                       it rotates: once used, it is dead until the sandbox restarts)
  Demo seller:         ${demo.shopName}  userId ${demo.userId}

  Try the consent page:
    ${sb.url}/authorize?${consent}
`;
}

async function main() {
	const sb1688 = await startOne('1688', () =>
		start1688Sandbox({
			port: ports['1688'],
			host: '127.0.0.1',
			latencyMs: Number(process.env.SANDBOX_1688_LATENCY_MS || 0),
			onRequest: logger('1688'),
		}),
	);
	/** @type {import('../sandbox/mogujie').MogujieSandbox} */
	let sbMogujie;
	try {
		sbMogujie = await startOne('mogujie', () =>
			startMogujieSandbox({
				port: ports.mogujie,
				host: '127.0.0.1',
				latencyMs: Number(process.env.SANDBOX_MOGUJIE_LATENCY_MS || 0),
				onRequest: logger('mogujie'),
			}),
		);
	} catch (error) {
		await sb1688.close();
		throw error;
	}

	const stopActivity = startSandboxActivity([sb1688, sbMogujie]);
	console.log(`${describe1688(sb1688)}${describeMogujie(sbMogujie)}
Every minute each sandbox gets a new order and a few status changes, and the 1688 supplier a new sales order,
the one of the minute before paid (SANDBOX_ACTIVITY_MS=0 turns it off).
Ctrl-C to stop both.
`);

	let stopping = false;
	const stop = () => {
		if (stopping) return;
		stopping = true;
		stopActivity();
		Promise.all([sb1688.close(), sbMogujie.close()]).then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	const portTaken = error instanceof Error && error.message.startsWith('Port ');
	console.error(portTaken ? error.message : error);
	process.exit(1);
});
