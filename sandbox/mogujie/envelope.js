// @ts-check
'use strict';

// The gateway's reply envelope (protocol §5.1): always HTTP 200; `success` only on success and
// `result` empty on errors, as in the real error sample.
const { json } = require('../common/replies');
const { GATEWAY_CODES, GATEWAY_MESSAGES } = require('./codes');

/** @param {unknown} data @param {number} st server time, epoch ms */
const success = (data, st) =>
	json({
		status: { code: GATEWAY_CODES.SUCCESS, msg: GATEWAY_MESSAGES.SUCCESS },
		result: { data },
		success: true,
		st,
	});

/** @param {string} code @param {string} msg @param {number} st */
const failure = (code, msg, st) => json({ status: { code, msg }, result: {}, st });

module.exports = { success, failure };
