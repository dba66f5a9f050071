/** What a user reads for each 1688 gateway code: a summary (the code is appended) and the next step. */
interface Explanation {
	summary: string;
	next: string;
}

const QOS: Explanation = {
	summary: '1688 is rate-limiting this app',
	next: 'Run fewer requests at once (fewer items or parallel workflows) or try again later.',
};

const GATEWAY: Record<string, (api: string) => Explanation> = {
	'gw.SignatureInvalid': () => ({
		summary: '1688 rejected the request signature',
		next: "Check that the credential's App Secret belongs to its App Key: copy both again from the 1688 open-platform console.",
	}),
	'gw.SignatureMissing': () => ({
		summary: '1688 received an unsigned request',
		next: 'Send the call through this node, or through the HTTP Request node with the "1688 OAuth2 API" predefined credential, so it is signed.',
	}),
	'gw.AppKeyMissing': () => ({
		summary: '1688 found no App Key in the request',
		next: "Check the credential's App Key.",
	}),
	'gw.AppKeyNotFound': () => ({
		summary: '1688 does not know this App Key',
		next: "Copy the credential's App Key again from the 1688 open-platform console.",
	}),
	'gw.APIUnsupported': (api) => ({
		summary: `1688 has no API ${api}`,
		next: 'Check the namespace, API name and version (for example com.alibaba.trade, alibaba.trade.getBuyerOrderList, 1).',
	}),
	'gw.APIACLDecline': (api) => ({
		summary: `The app has no permission to call ${api} (ACL)`,
		next: 'In the 1688 open-platform console, apply for this API (or the solution package that contains it) for your app, then run again.',
	}),
	'gw.ParamMissing': (api) => ({
		summary: `A required parameter of ${api} is missing`,
		next: "Add the parameter named in 1688's message.",
	}),
	'gw.QosAppFrequencyLimit': () => QOS,
	'gw.QosAPIFrequencyLimit': () => QOS,
	'gw.QosRequestLimit': () => QOS,
	'gw.NoUsageLeftError': (api) => ({
		summary: `The paid call quota for ${api} is used up`,
		next: 'Buy more calls for this API in the 1688 console (服务市场) or wait for the next billing period.',
	}),
	'401': () => ({
		summary: '1688 refused the access token even after renewing it',
		next: 'The authorization was probably cancelled or has lapsed: authorize the credential again (paste a new authorization code).',
	}),
};

const BUSINESS_HINTS: Record<string, string> = {
	'order.nopermission.buyer':
		'The order belongs to another buyer account: check the order id and which account authorized the credential.',
	'order.createtime.history': '1688 serves logistics only for orders created within the last year.',
	CLOSE_ORDER_TOO_FAST:
		'The order is less than 10 seconds old: wait a moment before cancelling it.',
	'404': 'Nothing was found with that id: check it.',
};

export function isRateLimitCode(code: string): boolean {
	return code.startsWith('gw.Qos');
}

export function explainGatewayCode(
	code: string,
	api: string,
	platformMessage: string,
): Explanation {
	// Own entries only: a reply's code may be any text, "constructor" and "__proto__" included.
	const known = Object.prototype.hasOwnProperty.call(GATEWAY, code)
		? GATEWAY[code](api)
		: undefined;
	if (known) return known;
	return {
		summary: `1688's gateway refused ${api}`,
		next: platformMessage
			? `1688 says: ${platformMessage}`
			: 'Check the parameters and the credential.',
	};
}

export function explainBusinessCode(code: string, api: string): Explanation {
	return {
		summary: `1688 returned an error for ${api}`,
		next: Object.prototype.hasOwnProperty.call(BUSINESS_HINTS, code)
			? BUSINESS_HINTS[code]
			: "See 1688's message in the details, and the API's error table in the 1688 docs.",
	};
}
