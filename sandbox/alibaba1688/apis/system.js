// @ts-check
'use strict';

/** @param {import('./index').ApiContext} ctx */
const currentTime = ({ clock }) => ({ result: clock.now() });

/** @type {import('./index').ApiDefinition[]} */
module.exports = [
	// the health check of §4.2: a signed call that needs no user token and no ACL entry
	{ namespace: 'system', name: 'currentTime', auth: false, aclExempt: true, handle: currentTime },
	{
		namespace: 'system',
		name: 'currentTimeMillis',
		auth: false,
		aclExempt: true,
		handle: currentTime,
	},
];
