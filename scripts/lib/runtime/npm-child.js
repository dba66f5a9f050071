// @ts-check
'use strict';

// Running npm for the runtime's own installs, whatever npm ran us. npm hands every setting it was
// given down to its children as `npm_config_*` variables (the project's `.npmrc` `ignore-scripts=true`
// among them), and a child npm obeys them: `npm rebuild sqlite3` then silently builds nothing. So the
// children keep only the settings that say how to reach the registry (a proxy, a mirror, a CA, a
// token), and every setting the runtime depends on is given on the command line, where it beats any
// `.npmrc` too.
const { spawn } = require('node:child_process');

const REGISTRY_SETTING =
	/^npm_config_(registry|@[^:]+:registry|\/\/.+|_auth|_authtoken|always_auth|proxy|https_proxy|http_proxy|noproxy|no_proxy|ca|cafile|cert|key|strict_ssl|local_address|maxsockets|fetch_retries|fetch_retry_factor|fetch_retry_mintimeout|fetch_retry_maxtimeout|fetch_timeout|cache|offline|prefer_offline|prefer_online|replace_registry_host|userconfig|globalconfig|user_agent)$/i;

/**
 * `env` without what a parent npm handed down, except how to reach the registry; `extra` last.
 * @param {NodeJS.ProcessEnv} env
 * @param {Record<string, string>} [extra]
 * @returns {NodeJS.ProcessEnv}
 */
function npmChildEnv(env, extra = {}) {
	/** @type {NodeJS.ProcessEnv} */
	const kept = {};
	for (const [key, value] of Object.entries(env)) {
		if (/^npm_/i.test(key) && !REGISTRY_SETTING.test(key)) continue;
		kept[key] = value;
	}
	return { ...kept, ...extra };
}

/**
 * Runs `npm ...args`, handing each line it prints (stdout and stderr) to `onLine`. Rejects with the
 * last lines it printed when it fails.
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, onLine?: (line: string) => void }} options
 * @returns {Promise<void>}
 */
function runNpm(args, { cwd, env, onLine = () => {} }) {
	return new Promise((resolve, reject) => {
		const child = spawn('npm', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		/** @type {string[]} */
		const lastLines = [];
		const take = (/** @type {NodeJS.ReadableStream} */ stream) => {
			let pending = '';
			stream.setEncoding('utf8');
			stream.on('data', (/** @type {string} */ chunk) => {
				const lines = (pending + chunk).split('\n');
				pending = lines.pop() ?? '';
				for (const line of lines) {
					lastLines.push(line);
					if (lastLines.length > 40) lastLines.shift();
					onLine(line);
				}
			});
		};
		take(/** @type {NodeJS.ReadableStream} */ (child.stdout));
		take(/** @type {NodeJS.ReadableStream} */ (child.stderr));
		child.on('error', (error) => reject(new Error(`could not run npm: ${error.message}`)));
		child.on('close', (code, signal) => {
			if (code === 0) resolve();
			else
				reject(
					Object.assign(new Error(`\`npm ${args[0]}\` failed (${signal ?? `exit code ${code}`})`), {
						outputTail: lastLines.join('\n'),
					}),
				);
		});
	});
}

module.exports = { npmChildEnv, runNpm };
