// @ts-check
'use strict';

// The generic faults plus two 1688 gateway refusals, qos and noUsageLeft.
const {
	GENERIC_FAULT_KINDS,
	createFaults: createFaultQueue,
	genericFaultOutcome,
} = require('../common/faults');
const { gatewayError } = require('./errors');

const FAULT_KINDS = /** @type {const} */ ([...GENERIC_FAULT_KINDS, 'qos', 'noUsageLeft']);

/**
 * @typedef {typeof FAULT_KINDS[number]} FaultKind
 * @typedef {{ match?: string, times?: number, kind: FaultKind, status?: number, body?: string, contentType?: string }} FaultSpec
 */

/** Shorthands for the token endpoints; anything else is `namespace:apiName`. */
const ALIASES = {
	getToken: 'system.oauth2:getToken',
	postponeToken: 'system.oauth2:postponeToken',
};

const createFaults = () => createFaultQueue({ kinds: FAULT_KINDS, aliases: ALIASES });

/**
 * @param {import('../common/faults').FaultSpec} fault
 * @param {() => import('./replies').Reply} normal the reply the request would have had
 * @returns {import('../common/faults').FaultOutcome}
 */
function faultOutcome(fault, normal) {
	if (fault.kind === 'qos') return gatewayError('QosAppFrequencyLimit');
	if (fault.kind === 'noUsageLeft') return gatewayError('NoUsageLeftError');
	const outcome = genericFaultOutcome(fault, normal, { server: 'Tengine' });
	if (!outcome) throw new Error(`unhandled fault kind: ${fault.kind}`);
	return outcome;
}

module.exports = { FAULT_KINDS, createFaults, faultOutcome };
