// @ts-check
'use strict';

// `npm run sandbox`: the 1688 gateway simulator on a fixed port, until Ctrl-C.
const { start1688Sandbox } = require('../sandbox');
const { sign } = require('../sandbox/alibaba1688/signature');
const { format1688 } = require('../sandbox/alibaba1688/dates');

const port = Number(process.env.SANDBOX_1688_PORT || 8688);
const latencyMs = Number(process.env.SANDBOX_1688_LATENCY_MS || 0);
const quiet = process.argv.includes('--quiet');

async function main() {
	const sb = await start1688Sandbox({
		port,
		host: '127.0.0.1',
		latencyMs,
		onRequest: quiet
			? undefined
			: (entry) =>
					console.log(
						`${new Date().toISOString()} ${entry.method} ${entry.path} -> ${entry.status ?? '(no answer)'}${entry.fault ? ` [fault: ${entry.fault}]` : ''}`,
					),
	});
	const { demo } = sb;
	const healthPath = `param2/1/system/currentTime/${demo.appKey}`;
	const healthParams = { _aop_timestamp: String(sb.clock.now()) };
	const healthSignature = sign(healthPath, healthParams, demo.appSecret);
	const refreshExpiry = format1688(sb.clock.now() + sb.settings.refreshTtlSec * 1000);

	console.log(`
1688 open platform sandbox is running.

  Gateway URL (credential "Gateway URL"):  ${sb.url}
  Authorize URL (consent page):            ${sb.url}/oauth/authorize
  Redirect URI that displays the code:     ${demo.redirectUri}

  Demo app key:        ${demo.appKey}
  Demo app secret:     ${demo.appSecret}
  Demo refresh token:  ${demo.refreshToken}   (valid until ${refreshExpiry}, same token on every start)
  Demo buyer:          ${demo.loginId}  memberId ${demo.memberId}  aliId ${demo.aliId}

  Try the consent page:
    ${sb.url}/oauth/authorize?client_id=${demo.appKey}&site=1688&redirect_uri=${encodeURIComponent(demo.redirectUri)}&state=hello
  Signed health check:
    curl -X POST '${sb.url}/openapi/${healthPath}' -d '_aop_timestamp=${healthParams._aop_timestamp}&_aop_signature=${healthSignature}'

Ctrl-C to stop.
`);

	let stopping = false;
	const stop = () => {
		if (stopping) return;
		stopping = true;
		sb.close().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	console.error(error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
		? `Port ${port} is already in use. Set SANDBOX_1688_PORT to another port.`
		: error);
	process.exit(1);
});
