// @ts-check
'use strict';

// Gateway-level refusals, shaped like the real ones: HTTP 400 (401 for the user token) with
// error_code / error_message / exception / request_id. Business errors are not here: those are
// HTTP 200 bodies owned by each API handler.
const { randomBytes } = require('node:crypto');
const { json } = require('./replies');

const GATEWAY_ERRORS = /** @type {const} */ ({
	AppKeyMissing: 'AppKey is missing',
	AppKeyNotFound: 'AppKey not found',
	APIUnsupported: 'API is not supported',
	SignatureMissing: 'Request signature is missing',
	SignatureInvalid: 'Request signature is invalid',
	APIACLDecline: 'AppKey is not allowed(acl)',
	ParamMissing: 'Required argument',
	QosAppFrequencyLimit: 'App call frequency limit exceeded',
	NoUsageLeftError: 'SLA bill has no usage left',
});

/** @typedef {keyof typeof GATEWAY_ERRORS} GatewayErrorName */

const requestId = () => randomBytes(15).toString('hex');

/**
 * @param {GatewayErrorName} name
 * @param {string} [message] overrides the standard text
 */
function gatewayError(name, message = GATEWAY_ERRORS[name]) {
	return json(
		{
			error_code: `gw.${name}`,
			error_message: message,
			exception: message,
			request_id: requestId(),
		},
		400,
	);
}

const USER_NOT_AUTHORIZED = 'Request need user authorized';

function unauthorized() {
	return json(
		{
			error_code: '401',
			error_message: USER_NOT_AUTHORIZED,
			exception: USER_NOT_AUTHORIZED,
			request_id: requestId(),
		},
		401,
	);
}

/**
 * Token endpoint errors, OAuth-shaped.
 * @param {'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type'} error
 * @param {string} description
 */
function oauthError(error, description) {
	return json({ error, error_description: description }, error === 'invalid_client' ? 401 : 400);
}

module.exports = { GATEWAY_ERRORS, USER_NOT_AUTHORIZED, gatewayError, unauthorized, oauthError };
