// @ts-check
'use strict';

// Reliability scenarios: every fault the sandboxes can inject (HTML 5xx pages, replies that are not
// JSON, dropped connections, timeouts, rate limits, quota, expired and revoked tokens, clock skew),
// each against one read and one write of a node, run through the node's `execute` with the n8n
// credential stand-in of test/support/n8n-context.js. Each scenario gets a fresh sandbox, so faults,
// clock moves and revoked tokens never leak into the next one. The node and credential classes are
// passed in: the jest test passes the TS sources, scripts/reliability.js the built dist/ ones.
const { start1688Sandbox, startMogujieSandbox } = require('../../sandbox');
const { createExecuteContext, CredentialStore } = require('./n8n-context');
const {
	alibaba1688SandboxCredentialData,
	mogujieSandboxCredentialData,
} = require('./sandbox-credentials');

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The Timeout option (seconds) of the Custom API Call timeout scenarios: the only operation that has one. */
const SHORT_TIMEOUT_S = 1;
/** How long after the first refused attempt the execution is cancelled: well inside the first backoff (≥ 500 ms). */
const CANCEL_AFTER_MS = 100;
/** Characters of a message shown in the table. */
const MAX_SHOWN = 240;

/**
 * What a scenario must show, checked by test/integration/reliability.test.ts:
 * - recovers: a read whose fault passes; it succeeds after more than one attempt, at most MAX_RETRIES + 1.
 * - givesUp: a read whose fault stays; it fails after exactly MAX_RETRIES + 1 attempts.
 * - notRetried: a refusal that waiting seconds cannot fix (quota); sent once, fails naming the code.
 * - sentOnce: a write whose request may have reached the platform; sent once, fails asking to check
 *   before running it again.
 * - refused: a write the platform refused before running it (rate limit); sent once, fails naming the code.
 * - renews: the token is renewed (before or after the platform refuses it) and the call succeeds.
 * - reauthorize: only a new authorization helps; fails naming the platform's code and "again".
 * - cancelled: the execution is cancelled during a backoff; no attempt after the cancel.
 * @typedef {'recovers' | 'givesUp' | 'notRetried' | 'sentOnce' | 'refused' | 'renews' | 'reauthorize' | 'cancelled'} Expectation
 * @typedef {'1688' | 'Mogujie'} Platform
 * @typedef {{
 *   Alibaba1688: any, Alibaba1688OAuth2Api: any, Mogujie: any, MogujieOAuth2Api: any, maxRetries: number,
 * }} ProductClasses
 * @typedef {{
 *   parameters: Record<string, unknown>, api: string, opLabel: string,
 *   carriedOut?: () => boolean,
 * }} Operation
 * @typedef {{
 *   id: string, platform: Platform, operation: 'read' | 'write', fault: string, expect: Expectation,
 *   customCall?: boolean,
 *   inject?: (sb: any, api: string, maxRetries: number) => void,
 *   tokens?: (sb: any, tokens: Record<string, string>) => void,
 *   session?: 'valid' | 'expired',
 *   cancelDuringBackoff?: boolean,
 * }} Scenario
 * @typedef {{
 *   id: string, platform: Platform, operation: 'read' | 'write', opLabel: string, fault: string,
 *   expect: Expectation, outcome: 'succeeded' | 'failed', attempts: number, answers: string[],
 *   refreshes: number, refreshAnswers: string[], signedByNode: number,
 *   trace: string, message: string, fullMessage: string, leaksSecret: boolean, elapsedMs: number,
 *   stoppedAfterCancelMs?: number, carriedOut?: boolean, platformCodes: string[],
 * }} ScenarioResult
 */

const onlyTimes = (/** @type {string} */ kind, times = 1) =>
	/** @type {Scenario['inject']} */ ((sb, api) => sb.injectFault({ match: api, kind, times }));
const always = (/** @type {string} */ kind) =>
	/** @type {Scenario['inject']} */ (
		(sb, api, maxRetries) => sb.injectFault({ match: api, kind, times: maxRetries + 10 })
	);

/** The faults both sandboxes inject the same way (sandbox/common/faults.js). */
const GENERIC = [
	{ kind: 'html500', label: 'HTML 500 error page' },
	{ kind: 'html502', label: 'HTML 502 error page (proxy)' },
	{ kind: 'nonJson', label: 'HTTP 200, body not JSON ("service busy")' },
	{ kind: 'truncatedJson', label: 'JSON cut in half (the API ran)' },
	{ kind: 'reset', label: 'connection reset' },
];

/** @param {Platform} platform @returns {Scenario[]} */
function platformScenarios(platform) {
	const p = platform === '1688' ? '1688' : 'mogujie';
	/** @type {Scenario[]} */
	const list = [];
	for (const { kind, label } of GENERIC) {
		list.push({
			id: `${p}-read-${kind}`,
			platform,
			operation: 'read',
			fault: `${label}, twice`,
			expect: 'recovers',
			inject: onlyTimes(kind, 2),
		});
		list.push({
			id: `${p}-write-${kind}`,
			platform,
			operation: 'write',
			fault: `${label}, once`,
			expect: 'sentOnce',
			inject: onlyTimes(kind),
		});
	}
	list.push(
		{
			id: `${p}-read-timeout`,
			platform,
			operation: 'read',
			customCall: true,
			fault: `no answer (held open), twice; Timeout ${SHORT_TIMEOUT_S} s`,
			expect: 'recovers',
			inject: onlyTimes('timeout', 2),
		},
		{
			id: `${p}-write-timeout`,
			platform,
			operation: 'write',
			customCall: true,
			fault: `no answer (held open), once; Timeout ${SHORT_TIMEOUT_S} s`,
			expect: 'sentOnce',
			inject: onlyTimes('timeout'),
		},
		{
			id: `${p}-read-html502-persistent`,
			platform,
			operation: 'read',
			fault: 'HTML 502 error page on every attempt',
			expect: 'givesUp',
			inject: always('html502'),
		},
	);
	if (platform === '1688') {
		list.push(
			{
				id: '1688-read-qos',
				platform,
				operation: 'read',
				fault: 'rate limit gw.QosAppFrequencyLimit, twice',
				expect: 'recovers',
				inject: onlyTimes('qos', 2),
			},
			{
				id: '1688-write-qos',
				platform,
				operation: 'write',
				fault: 'rate limit gw.QosAppFrequencyLimit, once',
				expect: 'refused',
				inject: onlyTimes('qos'),
			},
			{
				id: '1688-read-noUsageLeft',
				platform,
				operation: 'read',
				fault: 'quota used up gw.NoUsageLeftError',
				expect: 'notRetried',
				inject: onlyTimes('noUsageLeft'),
			},
		);
	} else {
		list.push(
			{
				id: 'mogujie-read-tokenInvalid',
				platform,
				operation: 'read',
				fault: 'token refused 0000001, once',
				expect: 'renews',
				inject: onlyTimes('tokenInvalid'),
			},
			{
				id: 'mogujie-write-tokenInvalid',
				platform,
				operation: 'write',
				fault: 'token refused 0000001, once',
				expect: 'renews',
				inject: onlyTimes('tokenInvalid'),
			},
		);
	}
	for (const operation of /** @type {const} */ (['read', 'write'])) {
		list.push(
			{
				id: `${p}-${operation}-access-expired`,
				platform,
				operation,
				fault: 'access token expired at the platform; the credential still thinks it valid',
				expect: 'renews',
				tokens: (sb, t) => sb.expireAccessToken(t.access_token),
			},
			{
				id: `${p}-${operation}-refresh-revoked`,
				platform,
				operation,
				fault:
					'refresh token revoked (authorization cancelled) and access token expired; the credential thinks it valid',
				expect: 'reauthorize',
				tokens: (sb, t) => {
					sb.expireAccessToken(t.access_token);
					sb.revokeRefreshToken(t.refresh_token);
				},
			},
		);
	}
	list.push(
		{
			id: `${p}-read-access-revoked`,
			platform,
			operation: 'read',
			fault: 'access token revoked; refresh token still valid',
			// 1688 answers 401 and the credential renews; Mogujie answers 0000011, which it documents as
			// "authorize again" (README, protocol §5.2)
			expect: platform === '1688' ? 'renews' : 'reauthorize',
			tokens: (sb, t) => sb.revokeAccessToken(t.access_token),
		},
		{
			id: `${p}-read-clock-platform-ahead`,
			platform,
			operation: 'read',
			fault:
				platform === '1688'
					? "clock skew: the platform's clock 11 h ahead (past the 10 h token); the credential thinks the token valid"
					: "clock skew: the platform's clock 15 days ahead (past the 14-day token); the credential thinks the token valid",
			expect: 'renews',
			tokens: (sb) => sb.clock.advance(platform === '1688' ? 11 * HOUR : 15 * DAY),
		},
		{
			id: `${p}-read-clock-n8n-ahead`,
			platform,
			operation: 'read',
			fault:
				"clock skew: n8n's clock ahead, the credential thinks the token expired while the platform still accepts it",
			expect: 'renews',
			session: 'expired',
		},
		{
			id: `${p}-read-cancel-during-backoff`,
			platform,
			operation: 'read',
			fault: `${platform === '1688' ? 'rate limit gw.QosAppFrequencyLimit' : 'HTML 502 error page'} on every attempt; execution cancelled ${CANCEL_AFTER_MS} ms after the first reply`,
			expect: 'cancelled',
			inject: always(platform === '1688' ? 'qos' : 'html502'),
			cancelDuringBackoff: true,
		},
	);
	return list;
}

/** Every scenario, in the order they run and are listed. */
const SCENARIOS = [...platformScenarios('1688'), ...platformScenarios('Mogujie')];

/** A stored session value: valid for hours, or expired a minute ago, by n8n's clock. @param {'valid' | 'expired'} state */
const session = (state) =>
	`={{ $now.toMillis() < ${state === 'valid' ? Date.now() + 8 * HOUR : Date.now() - 60_000} ? "valid" : "" }}`;

/** The API call each operation makes, and how to build the node parameters for it. */
const PLATFORMS = {
	1688: {
		start: () => start1688Sandbox({ orderCount: 30 }),
		/** @param {any} sb @param {Record<string, string>} tokens @param {string} sessionValue */
		store: (sb, tokens, sessionValue) =>
			new CredentialStore(
				'alibaba1688OAuth2Api',
				alibaba1688SandboxCredentialData(sb, {
					accessToken: tokens.access_token,
					refreshToken: tokens.refresh_token,
					session: sessionValue,
				}),
			),
		/** @param {any} entry */
		isTokenCall: (entry) => entry.api === 'system.oauth2:getToken',
		/** @param {any} sb @param {boolean} customCall @returns {Operation} */
		read: (sb, customCall) => {
			const api = 'com.alibaba.trade:alibaba.trade.getBuyerOrderList';
			if (customCall) {
				return {
					api,
					opLabel: `Custom API Call alibaba.trade.getBuyerOrderList (Retry Transient Errors on, Timeout ${SHORT_TIMEOUT_S} s)`,
					parameters: {
						resource: 'customApiCall',
						operation: 'call',
						namespace: 'com.alibaba.trade',
						apiName: 'alibaba.trade.getBuyerOrderList',
						apiVersion: 1,
						parametersJson: '{"page": 1, "pageSize": 5}',
						requiresAuth: true,
						options: { retry: true, timeout: SHORT_TIMEOUT_S },
					},
				};
			}
			return {
				api,
				opLabel: 'Purchase Order → Get Many (alibaba.trade.getBuyerOrderList)',
				parameters: {
					resource: 'purchaseOrder',
					operation: 'getMany',
					returnAll: false,
					limit: 5,
					filters: {},
					simplify: true,
				},
			};
		},
		/** @param {any} sb @param {boolean} customCall @returns {Operation} */
		write: (sb, customCall) => {
			// a fresh unpaid order, a minute old: 1688 refuses to cancel one younger than 10 s
			const orderId = sb.createOrder({ at: sb.clock.now() - 60_000 }).baseInfo.idOfStr;
			const carriedOut = () => sb.data.ordersById.get(orderId).status === 'cancel';
			const api = 'com.alibaba.trade:alibaba.trade.cancel';
			if (customCall) {
				return {
					api,
					carriedOut,
					opLabel: `Custom API Call alibaba.trade.cancel (retries off, Timeout ${SHORT_TIMEOUT_S} s)`,
					parameters: {
						resource: 'customApiCall',
						operation: 'call',
						namespace: 'com.alibaba.trade',
						apiName: 'alibaba.trade.cancel',
						apiVersion: 1,
						parametersJson: JSON.stringify({
							webSite: '1688',
							tradeID: orderId,
							cancelReason: 'buyerCancel',
						}),
						requiresAuth: true,
						options: { timeout: SHORT_TIMEOUT_S },
					},
				};
			}
			return {
				api,
				carriedOut,
				opLabel: 'Purchase Order → Cancel (alibaba.trade.cancel)',
				parameters: {
					resource: 'purchaseOrder',
					operation: 'cancel',
					orderId,
					cancelReason: 'buyerCancel',
					remark: '',
				},
			};
		},
	},
	Mogujie: {
		start: () => startMogujieSandbox({ orderCount: 40 }),
		/** @param {any} sb @param {Record<string, string>} tokens @param {string} sessionValue */
		store: (sb, tokens, sessionValue) =>
			new CredentialStore(
				'mogujieOAuth2Api',
				mogujieSandboxCredentialData(sb, {
					accessToken: tokens.access_token,
					refreshToken: tokens.refresh_token,
					userId: sb.demo.userId,
					session: sessionValue,
				}),
			),
		/** @param {any} entry */
		isTokenCall: (entry) => entry.api === 'token',
		/** @param {any} sb @param {boolean} customCall @returns {Operation} */
		read: (sb, customCall) => {
			const { itemId } = sb.data.examples;
			if (customCall) {
				return {
					api: 'xiaodian.item.get',
					opLabel: `Custom API Call xiaodian.item.get (Retry Transient Errors on, Timeout ${SHORT_TIMEOUT_S} s)`,
					parameters: {
						resource: 'customApiCall',
						operation: 'call',
						method: 'xiaodian.item.get',
						parametersJson: JSON.stringify({ itemId }),
						options: { retry: true, timeout: SHORT_TIMEOUT_S },
					},
				};
			}
			return {
				api: 'xiaodian.item.get',
				opLabel: 'Item → Get (xiaodian.item.get)',
				parameters: { resource: 'item', operation: 'get', itemId, addYuan: true },
			};
		},
		/** @param {any} sb @param {boolean} customCall @returns {Operation} */
		write: (sb, customCall) => {
			const skuId = sb.data.examples.skuIds[0];
			const stock = sb.data.skusById.get(skuId).sku.stock + 7;
			const carriedOut = () => sb.data.skusById.get(skuId).sku.stock === stock;
			const api = 'xiaodian.item.skustock.update';
			if (customCall) {
				return {
					api,
					carriedOut,
					opLabel: `Custom API Call xiaodian.item.skustock.update (retries off, Timeout ${SHORT_TIMEOUT_S} s)`,
					parameters: {
						resource: 'customApiCall',
						operation: 'call',
						method: 'xiaodian.item.skustock.update',
						parametersJson: JSON.stringify({ skuId, stock }),
						options: { timeout: SHORT_TIMEOUT_S },
					},
				};
			}
			return {
				api,
				carriedOut,
				opLabel: 'Item → Update SKU Stock (xiaodian.item.skustock.update)',
				parameters: { resource: 'item', operation: 'updateSkuStock', skuId, stock },
			};
		},
	},
};

/** The platform's code in one logged reply, if it has one ('' for a success). @param {any} entry */
function replyCode(entry) {
	if (entry.status === null) return entry.fault ?? 'no answer';
	let body;
	try {
		body = JSON.parse(entry.responseBody);
	} catch {
		return `HTTP ${entry.status}`;
	}
	if (body === null || typeof body !== 'object') return `HTTP ${entry.status}`;
	const status = body.status && typeof body.status === 'object' ? body.status.code : undefined;
	const code =
		body.error_code ??
		body.error ??
		(body.statusCode !== undefined && body.statusCode !== '0000000'
			? body.statusCode
			: undefined) ??
		(status !== undefined && status !== '0000000' ? status : undefined) ??
		(body.success === false ? body.errorCode : undefined);
	if (code !== undefined) return String(code);
	return entry.status >= 400 ? `HTTP ${entry.status}` : '';
}

/** How the sandbox answered one API attempt: the platform's code, the HTTP status, `reset` or `no answer`. @param {any} entry */
const answerOf = (entry) =>
	entry.status === null
		? entry.fault === 'reset'
			? 'reset'
			: 'no answer'
		: replyCode(entry) || String(entry.status);

/** What the sandbox saw, in order: each API attempt's answer and each token renewal. @param {any[]} entries @param {(e: any) => boolean} isTokenCall @param {string} api */
function traceOf(entries, isTokenCall, api) {
	return entries
		.filter((e) => e.api === api || isTokenCall(e))
		.map((e) => {
			if (isTokenCall(e)) return `refresh → ${replyCode(e) || 'ok'}`;
			return e.fault && e.status !== null ? `${answerOf(e)} [${e.fault}]` : answerOf(e);
		})
		.join(', ');
}

/** Every token and secret the scenario handled, from the credential and the token replies. @param {any} sb @param {CredentialStore} store @param {Record<string, string>} tokens */
function secretsOf(sb, store, tokens) {
	const found = new Set([sb.demo.appSecret, tokens.access_token, tokens.refresh_token]);
	for (const data of [store.data, ...store.writes]) {
		for (const key of ['accessToken', 'refreshToken', 'appSecret']) {
			if (typeof data[key] === 'string') found.add(data[key]);
		}
	}
	for (const entry of sb.requests) {
		try {
			const body = JSON.parse(entry.responseBody);
			if (typeof body.access_token === 'string') found.add(body.access_token);
			if (typeof body.refresh_token === 'string') found.add(body.refresh_token);
		} catch {
			// not a token reply
		}
	}
	return [...found].filter((s) => typeof s === 'string' && s.length >= 8);
}

/**
 * The first sentences, up to MAX_SHOWN characters (so the next step usually shows too), with the
 * sandbox's address shown as <sandbox> (its port changes every run) and query strings cut, so the
 * table stays readable and stable.
 * @param {string} message @param {string} sandboxUrl
 */
function summarize(message, sandboxUrl) {
	const text = message
		.split(sandboxUrl)
		.join('<sandbox>')
		.replace(/(<sandbox>[^\s?]*)\?\S*/g, '$1?…');
	const shown = text
		.split(/(?<=[.!?])\s+(?=[A-Z<"(])/)
		.slice(0, 3)
		.join(' ');
	return shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN - 1).trimEnd()}…` : shown;
}

const wait = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves true once the sandbox has answered `api`, false if the execution ended first.
 * @param {any} sb @param {string} api @param {() => boolean} ended
 */
async function firstAnswer(sb, api, ended) {
	for (;;) {
		if (sb.requests.some((/** @type {any} */ e) => e.api === api && e.status !== null)) return true;
		if (ended()) return false;
		await wait(5);
	}
}

/** @param {Scenario} scenario @param {ProductClasses} product @returns {Promise<ScenarioResult>} */
async function runScenario(scenario, product) {
	const platform = PLATFORMS[scenario.platform];
	const NodeClass = scenario.platform === '1688' ? product.Alibaba1688 : product.Mogujie;
	const credentialType =
		scenario.platform === '1688'
			? new product.Alibaba1688OAuth2Api()
			: new product.MogujieOAuth2Api();
	const sb = await platform.start();
	try {
		const tokens = /** @type {Record<string, string>} */ (
			sb.issueTokens({ appKey: sb.demo.appKey })
		);
		const store = platform.store(sb, tokens, session(scenario.session ?? 'valid'));
		const op = platform[scenario.operation](sb, scenario.customCall === true);
		scenario.tokens?.(sb, tokens);
		scenario.inject?.(sb, op.api, product.maxRetries);
		sb.clearRequests();

		const context = createExecuteContext({ credentialType, store, parameters: op.parameters });
		const started = performance.now();
		let cancelledAt = 0;
		let ended = false;
		if (scenario.cancelDuringBackoff) {
			void firstAnswer(sb, op.api, () => ended).then(async (answered) => {
				if (!answered) return;
				await wait(CANCEL_AFTER_MS);
				if (ended) return;
				cancelledAt = performance.now();
				context.abort.abort();
			});
		}
		/** @type {{ ok: true } | { ok: false, error: any }} */
		const result = await new NodeClass().execute.call(context).then(
			() => ({ ok: true }),
			(/** @type {any} */ error) => ({ ok: false, error }),
		);
		const finished = performance.now();
		ended = true;

		const fullMessage = result.ok
			? ''
			: `${result.error?.message ?? String(result.error)}${result.error?.description ? ` ${result.error.description}` : ''}`;
		const secrets = secretsOf(sb, store, tokens);
		const leaksSecret = secrets.some((s) => fullMessage.includes(s));
		let message = result.ok ? '' : summarize(String(result.error?.message ?? result.error), sb.url);
		for (const s of secrets) message = message.split(s).join('[secret]');
		const entries = [...sb.requests];
		const platformCodes = [...new Set(entries.map(replyCode).filter((c) => c !== ''))];
		return {
			id: scenario.id,
			platform: scenario.platform,
			operation: scenario.operation,
			opLabel: op.opLabel,
			fault: scenario.fault,
			expect: scenario.expect,
			outcome: result.ok ? 'succeeded' : 'failed',
			attempts: entries.filter((e) => e.api === op.api).length,
			answers: entries.filter((e) => e.api === op.api).map(answerOf),
			signedByNode: context.requests.length,
			refreshAnswers: entries.filter(platform.isTokenCall).map((e) => replyCode(e) || 'ok'),
			refreshes: entries.filter(platform.isTokenCall).length,
			trace: traceOf(entries, platform.isTokenCall, op.api),
			message,
			fullMessage,
			leaksSecret,
			elapsedMs: Math.round(finished - started),
			...(cancelledAt ? { stoppedAfterCancelMs: Math.round(finished - cancelledAt) } : {}),
			...(op.carriedOut ? { carriedOut: op.carriedOut() } : {}),
			platformCodes,
		};
	} finally {
		await sb.close();
	}
}

/**
 * Where a result departs from what its scenario must show ([] when it meets it); the doc marks
 * these. test/integration/reliability.test.ts asserts the same properties on its own.
 * @param {ScenarioResult} r @param {number} maxRetries
 * @returns {string[]}
 */
function problemsOf(r, maxRetries) {
	const problems = [];
	const failed = r.outcome === 'failed';
	const namesCode = r.platformCodes.some((c) => r.fullMessage.includes(c));
	if (r.leaksSecret) problems.push('the message contains a secret or token');
	switch (r.expect) {
		case 'recovers':
			if (failed) problems.push('failed');
			if (!(r.attempts > 1 && r.attempts <= maxRetries + 1))
				problems.push(`${r.attempts} attempts`);
			break;
		case 'givesUp':
			if (!failed) problems.push('succeeded');
			if (r.attempts !== maxRetries + 1)
				problems.push(`${r.attempts} attempts, not ${maxRetries + 1}`);
			break;
		case 'notRetried':
		case 'refused':
			if (!failed) problems.push('succeeded');
			if (r.attempts !== 1) problems.push(`sent ${r.attempts} times`);
			if (!namesCode) problems.push("the message does not name the platform's code");
			break;
		case 'sentOnce':
			if (!failed) problems.push('succeeded');
			if (r.attempts !== 1) problems.push(`sent ${r.attempts} times`);
			if (!CHECK_FIRST.test(r.fullMessage))
				problems.push('the message does not say to check before running it again');
			break;
		case 'renews':
			if (failed) problems.push('failed');
			if (r.refreshes < 1) problems.push('no token renewal');
			break;
		case 'reauthorize':
			if (!failed) problems.push('succeeded');
			if (!namesCode) problems.push("the message does not name the platform's code");
			if (!/authorize (the credential )?again/i.test(r.fullMessage))
				problems.push('the message does not say to authorize again');
			break;
		case 'cancelled':
			if (!failed) problems.push('succeeded');
			if (r.signedByNode !== 1)
				problems.push(`${r.signedByNode} attempts, the cancel did not stop the retries`);
			break;
	}
	return problems;
}

/** What a message must say after a write that may have been carried out. */
const CHECK_FIRST = /check .*before running it again/i;

/**
 * Runs the scenarios one after another (so each elapsed time is its own), 1688 and Mogujie side by
 * side, each platform with its own sandboxes. `only`: a subset of ids. `onResult`: told as each one ends, e.g. to print progress.
 * @param {ProductClasses} product
 * @param {{ only?: string[], onResult?: (result: ScenarioResult) => void }} [options]
 * @returns {Promise<ScenarioResult[]>} in the order of SCENARIOS
 */
async function runFaultScenarios(product, options = {}) {
	const chosen = SCENARIOS.filter((s) => !options.only || options.only.includes(s.id));
	/** @param {Platform} platform */
	const runPlatform = async (platform) => {
		/** @type {ScenarioResult[]} */
		const results = [];
		for (const scenario of chosen.filter((s) => s.platform === platform)) {
			const result = await runScenario(scenario, product);
			options.onResult?.(result);
			results.push(result);
		}
		return results;
	};
	const [a, b] = await Promise.all([runPlatform('1688'), runPlatform('Mogujie')]);
	const byId = new Map([...a, ...b].map((r) => [r.id, r]));
	return chosen.map((s) => /** @type {ScenarioResult} */ (byId.get(s.id)));
}

module.exports = {
	SCENARIOS,
	runFaultScenarios,
	problemsOf,
	CHECK_FIRST,
	CANCEL_AFTER_MS,
	SHORT_TIMEOUT_S,
};
