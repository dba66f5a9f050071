// @ts-check
'use strict';

// Injected failures, consumed by the next matching requests. Every kind except truncatedJson
// answers before the request reaches the gateway; truncatedJson lets the call run (its side
// effects happen, e.g. a code is spent) and cuts the reply in transit.
const { gatewayError } = require('./errors');

const FAULT_KINDS = /** @type {const} */ ([
	'html500',
	'html502',
	'nonJson',
	'truncatedJson',
	'qos',
	'noUsageLeft',
	'reset',
	'timeout',
	'status',
]);

/**
 * @typedef {typeof FAULT_KINDS[number]} FaultKind
 * @typedef {{ match?: string, times?: number, kind: FaultKind, status?: number, body?: string, contentType?: string }} FaultSpec
 * @typedef {FaultSpec & { remaining: number }} PendingFault
 * @typedef {import('./replies').Reply | 'reset' | 'timeout'} FaultOutcome
 */

/** Shorthands for the token endpoints; anything else is `namespace:apiName`. */
const ALIASES = { getToken: 'system.oauth2:getToken', postponeToken: 'system.oauth2:postponeToken' };

/** @param {number} status @param {string} reason */
const tengineHtml = (status, reason) => ({
	status,
	contentType: 'text/html',
	body: `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n`,
});

function createFaults() {
	/** @type {PendingFault[]} */
	const pending = [];

	/** @param {FaultSpec} spec */
	function inject(spec) {
		if (!FAULT_KINDS.includes(spec.kind)) throw new Error(`unknown fault kind: ${spec.kind}`);
		const times = spec.times ?? 1;
		if (!(times >= 1)) throw new Error('times must be >= 1');
		pending.push({ ...spec, remaining: times });
	}

	/** Takes one use of the first fault matching this request. @param {string | undefined} apiId */
	function take(apiId) {
		const index = pending.findIndex((f) => {
			if (f.match === undefined) return true;
			const wanted = ALIASES[/** @type {keyof typeof ALIASES} */ (f.match)] ?? f.match;
			return wanted === apiId;
		});
		if (index === -1) return undefined;
		const fault = pending[index];
		fault.remaining -= 1;
		if (fault.remaining === 0) pending.splice(index, 1);
		return fault;
	}

	return { inject, take, pending };
}

/**
 * @param {FaultSpec} fault
 * @param {() => import('./replies').Reply} normal the reply the request would have had
 * @returns {FaultOutcome}
 */
function faultOutcome(fault, normal) {
	switch (fault.kind) {
		case 'html500':
			return tengineHtml(500, 'Internal Server Error');
		case 'html502':
			return tengineHtml(502, 'Bad Gateway');
		case 'nonJson':
			return { status: 200, contentType: 'text/plain;charset=UTF-8', body: 'service busy' };
		case 'truncatedJson': {
			const full = Buffer.from(normal().body, 'utf8');
			const half = full.subarray(0, Math.floor(full.length / 2)).toString('utf8');
			return { status: 200, contentType: 'application/json;charset=UTF-8', body: half };
		}
		case 'qos':
			return gatewayError('QosAppFrequencyLimit');
		case 'noUsageLeft':
			return gatewayError('NoUsageLeftError');
		case 'status':
			return {
				status: fault.status ?? 500,
				contentType: fault.contentType ?? 'text/plain;charset=UTF-8',
				body: fault.body ?? '',
			};
		case 'reset':
		case 'timeout':
			return fault.kind;
	}
}

module.exports = { FAULT_KINDS, createFaults, faultOutcome };
