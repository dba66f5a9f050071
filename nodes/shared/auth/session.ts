/**
 * The value of a credential's expirable `session` field. n8n resolves stored credential values as
 * expressions and runs `preAuthentication` when the expirable field resolves to "", so this makes
 * the credential renew itself `marginMs` before the token expires (at most half its lifetime)
 * instead of after a failed call.
 */
export function sessionExpression(expiresAt: number, issuedAt: number, marginMs: number): string {
	const margin = Math.min(marginMs, Math.max(0, (expiresAt - issuedAt) / 2));
	return `={{ $now.toMillis() < ${Math.floor(expiresAt - margin)} ? "valid" : "" }}`;
}
