// @ts-check
'use strict';

// The generic faults plus tokenInvalid: the 0000001 envelope clients answer by refreshing.
const {
	GENERIC_FAULT_KINDS,
	createFaults: createFaultQueue,
	genericFaultOutcome,
} = require('../common/faults');
const { GATEWAY_CODES, GATEWAY_MESSAGES } = require('./codes');
const { failure } = require('./envelope');

const FAULT_KINDS = /** @type {const} */ ([...GENERIC_FAULT_KINDS, 'tokenInvalid']);

/**
 * `match`: a method name (`xiaodian.trade.sold.get`), `token` or `authorize`; none matches anything.
 * @typedef {typeof FAULT_KINDS[number]} FaultKind
 * @typedef {{ match?: string, times?: number, kind: FaultKind, status?: number, body?: string, contentType?: string }} FaultSpec
 */

const createFaults = () => createFaultQueue({ kinds: FAULT_KINDS });

/**
 * @param {import('../common/clock').Clock} clock
 * @returns {(fault: import('../common/faults').FaultSpec, normal: () => import('../common/replies').Reply) => import('../common/faults').FaultOutcome}
 */
const faultOutcomes = (clock) => (fault, normal) => {
	if (fault.kind === 'tokenInvalid')
		return failure(GATEWAY_CODES.TOKEN_INVALID, GATEWAY_MESSAGES.TOKEN_INVALID, clock.now());
	const outcome = genericFaultOutcome(fault, normal, { server: 'nginx' });
	if (!outcome) throw new Error(`unhandled fault kind: ${fault.kind}`);
	return outcome;
};

module.exports = { FAULT_KINDS, createFaults, faultOutcomes };
