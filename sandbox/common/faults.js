// @ts-check
'use strict';

// Injected failures, consumed by the next matching requests. Every generic kind except
// truncatedJson and resetAfterHandling answers before the request reaches the handler; those two
// let the call run (its side effects happen, e.g. a code is spent or an order is created) and then
// cut the reply in half, or drop the connection without any reply. Each sandbox adds
// its own marketplace-shaped kinds on top.

const GENERIC_FAULT_KINDS = /** @type {const} */ ([
	'html500',
	'html502',
	'nonJson',
	'truncatedJson',
	'reset',
	'resetAfterHandling',
	'timeout',
	'status',
]);

/**
 * @typedef {typeof GENERIC_FAULT_KINDS[number]} GenericFaultKind
 * @typedef {{ match?: string, times?: number, kind: string, status?: number, body?: string, contentType?: string }} FaultSpec
 * @typedef {FaultSpec & { remaining: number }} PendingFault
 * @typedef {import('./replies').Reply | 'reset' | 'timeout'} FaultOutcome
 */

/**
 * @param {{ kinds: readonly string[], aliases?: Record<string, string> }} options
 *   aliases: shorthands a test may use as `match`, e.g. getToken for `system.oauth2:getToken`
 */
function createFaults({ kinds, aliases = {} }) {
	/** @type {PendingFault[]} */
	const pending = [];

	/** @param {FaultSpec} spec */
	function inject(spec) {
		if (!kinds.includes(spec.kind)) throw new Error(`unknown fault kind: ${spec.kind}`);
		const times = spec.times ?? 1;
		if (!(times >= 1)) throw new Error('times must be >= 1');
		pending.push({ ...spec, remaining: times });
	}

	/** Takes one use of the first fault matching this request. @param {string | undefined} api */
	function take(api) {
		const index = pending.findIndex((f) => {
			if (f.match === undefined) return true;
			const wanted = aliases[f.match] ?? f.match;
			return wanted === api;
		});
		if (index === -1) return undefined;
		const fault = pending[index];
		fault.remaining -= 1;
		if (fault.remaining === 0) pending.splice(index, 1);
		return fault;
	}

	return { inject, take, pending };
}

/** @typedef {ReturnType<typeof createFaults>} Faults */

/** The error page a front proxy prints. @param {number} status @param {string} reason @param {string} server */
const proxyHtml = (status, reason, server) => ({
	status,
	contentType: 'text/html',
	body: `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>${server}</center>\r\n</body>\r\n</html>\r\n`,
});

/**
 * @param {FaultSpec} fault
 * @param {() => import('./replies').Reply} normal the reply the request would have had
 * @param {{ server: string }} proxy the front proxy's name on its HTML error pages
 * @returns {FaultOutcome | undefined} undefined for a kind that is not generic
 */
function genericFaultOutcome(fault, normal, { server }) {
	switch (fault.kind) {
		case 'html500':
			return proxyHtml(500, 'Internal Server Error', server);
		case 'html502':
			return proxyHtml(502, 'Bad Gateway', server);
		case 'nonJson':
			return { status: 200, contentType: 'text/plain;charset=UTF-8', body: 'service busy' };
		case 'truncatedJson': {
			const full = Buffer.from(normal().body, 'utf8');
			const half = full.subarray(0, Math.floor(full.length / 2)).toString('utf8');
			return { status: 200, contentType: 'application/json;charset=UTF-8', body: half };
		}
		case 'status':
			return {
				status: fault.status ?? 500,
				contentType: fault.contentType ?? 'text/plain;charset=UTF-8',
				body: fault.body ?? '',
			};
		case 'resetAfterHandling':
			normal();
			return 'reset';
		case 'reset':
		case 'timeout':
			return fault.kind;
		default:
			return undefined;
	}
}

module.exports = { GENERIC_FAULT_KINDS, createFaults, genericFaultOutcome };
