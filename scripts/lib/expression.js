// The stand-ins for n8n resolve the expressions the package writes (`={{ … }}`) with the given
// bindings, such as `$now` or `$credentials`: a whole expression gives its value, a template with
// expressions inside gives text. Only the plain JavaScript the package uses is supported.

/** @param {unknown} value @param {Record<string, unknown>} bindings */
function resolveExpression(value, bindings) {
	if (typeof value !== 'string' || !value.startsWith('=')) return value;
	const run = (/** @type {string} */ code) =>
		new Function(...Object.keys(bindings), `return (${code});`)(...Object.values(bindings));
	const whole = /^=\{\{([\s\S]*)\}\}$/.exec(value);
	if (whole && !whole[1].includes('}}')) return run(whole[1]);
	return value.slice(1).replace(/\{\{([\s\S]*?)\}\}/g, (_, code) => String(run(code)));
}

module.exports = { resolveExpression };
