import { parseCompactTime } from '../../shared/helpers/beijing-time';

/** A token reply from `system.oauth2/getToken` or `postponeToken`, normalised. */
export interface TokenGrant {
	accessToken?: string;
	/** Epoch ms. */
	accessTokenExpiresAt?: number;
	refreshToken?: string;
	/** Epoch ms, from `refresh_token_timeout`. */
	refreshTokenExpiresAt?: number;
	memberId?: string;
	aliId?: string;
	resourceOwner?: string;
}

/** 1688 documents access tokens as living 10 hours; used only when a reply omits `expires_in`. */
export const DEFAULT_ACCESS_TOKEN_SECONDS = 36_000;
/** A longer `expires_in` is junk (and one beyond what a date holds cannot even be stored). */
const MAX_ACCESS_TOKEN_SECONDS = 366 * 86_400;

const text = (value: unknown): string | undefined =>
	typeof value === 'string' && value !== ''
		? value
		: typeof value === 'number' && Number.isFinite(value)
			? String(value)
			: undefined;

/**
 * Reads a token reply: `expires_in` is a string of seconds, `aliId` may be a number, the login id is
 * `resource_owner` (or `resourceOwner` in older copies of the doc), and `refresh_token_timeout`
 * comes in the 14- or 17-digit date form.
 */
export function parseTokenResponse(body: Record<string, unknown>, issuedAt: number): TokenGrant {
	const { expires_in: expiresIn } = body;
	// only text or a number: Number() of an object calls its "toString", which a reply may set to anything
	const seconds =
		typeof expiresIn === 'string' || typeof expiresIn === 'number' ? Number(expiresIn) : Number.NaN;
	const lifetime =
		Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_ACCESS_TOKEN_SECONDS
			? seconds
			: DEFAULT_ACCESS_TOKEN_SECONDS;
	const accessToken = text(body.access_token);
	return {
		accessToken,
		accessTokenExpiresAt: accessToken ? issuedAt + lifetime * 1000 : undefined,
		refreshToken: text(body.refresh_token),
		refreshTokenExpiresAt: parseCompactTime(body.refresh_token_timeout),
		memberId: text(body.memberId),
		aliId: text(body.aliId),
		resourceOwner: text(body.resource_owner) ?? text(body.resourceOwner),
	};
}
