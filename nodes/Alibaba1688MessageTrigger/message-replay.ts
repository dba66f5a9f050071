/**
 * Replay protection for pushed messages. A signed message cannot be altered, only sent again, so a
 * message is admitted once: its id is remembered for as long as it is young enough to be admitted
 * and at least as long as 1688 redelivers it, and older messages are dropped outright. The
 * remembered ids live in the workflow's static data.
 */
export interface RememberedMessages {
	/**
	 * [msgId, epoch ms it was received], oldest first. The time of receipt, not gmtBorn: with the
	 * age check off a message can be born long ago and still be redelivered for days.
	 */
	seen?: Array<[string, number]>;
}

export type MessageVerdict = 'new' | 'duplicate' | 'tooOld' | 'undated';

/** Bounds the static data n8n saves after every message (about 40 bytes per id). */
export const MAX_REMEMBERED = 10_000;

/**
 * How long ids are kept at least. 1688's message-push manual (open.1688.com/doc/messageDoc.htm) says
 * a message that was not acknowledged is pushed again "N次（一般3次）" and then kept for the
 * compensation APIs (push.query.messageList), which the trigger does not use. It gives no interval;
 * three days is far longer than three retries take at any interval a push service uses.
 */
export const REDELIVERY_WINDOW_MS = 72 * 3_600_000;

export function admitMessage(
	state: RememberedMessages,
	message: { msgId: string; gmtBorn: unknown },
	now: number,
	maxAgeMs: number,
): MessageVerdict {
	const bornAt = typeof message.gmtBorn === 'number' ? message.gmtBorn : Number.NaN;
	const checksAge = maxAgeMs > 0;
	if (checksAge && !Number.isFinite(bornAt)) return 'undated';
	if (checksAge && now - bornAt > maxAgeMs) return 'tooOld';

	const keepMs = Math.max(maxAgeMs, REDELIVERY_WINDOW_MS);
	const seen = (state.seen ?? []).filter(([, receivedAt]) => now - receivedAt <= keepMs);
	if (message.msgId && seen.some(([id]) => id === message.msgId)) {
		state.seen = seen;
		return 'duplicate';
	}
	if (message.msgId) seen.push([message.msgId, now]);
	state.seen = seen.slice(-MAX_REMEMBERED);
	return 'new';
}
