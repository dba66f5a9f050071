import type { RememberedMessages } from '../../../nodes/Alibaba1688MessageTrigger/message-replay';
import {
	MAX_REMEMBERED,
	REDELIVERY_WINDOW_MS,
	admitMessage,
} from '../../../nodes/Alibaba1688MessageTrigger/message-replay';

const HOUR = 3_600_000;
const now = 1_800_000_000_000;

describe('admitMessage', () => {
	it('admits a fresh message once and refuses its replays', () => {
		const state: RememberedMessages = {};
		const message = { msgId: '123456', gmtBorn: now - 1000 };
		expect(admitMessage(state, message, now, 24 * HOUR)).toBe('new');
		expect(admitMessage(state, message, now + 5000, 24 * HOUR)).toBe('duplicate');
		expect(admitMessage(state, { ...message }, now + 23 * HOUR, 24 * HOUR)).toBe('duplicate');
	});

	it('refuses a message older than the maximum age, even one never seen', () => {
		const state: RememberedMessages = {};
		expect(admitMessage(state, { msgId: '1', gmtBorn: now - 25 * HOUR }, now, 24 * HOUR)).toBe(
			'tooOld',
		);
		expect(state.seen).toBeUndefined();
	});

	it('remembers ids for as long as 1688 redelivers, also when the maximum age is shorter', () => {
		const state: RememberedMessages = {};
		const message = { msgId: '7', gmtBorn: now };
		admitMessage(state, message, now, HOUR);
		admitMessage(state, { msgId: '8', gmtBorn: now + 2 * HOUR }, now + 2 * HOUR, HOUR);
		expect(state.seen?.map(([id]) => id)).toEqual(['7', '8']);
		// with the age check off, a redelivery inside the window is still a duplicate
		expect(admitMessage(state, message, now + 2 * HOUR, 0)).toBe('duplicate');
		const later = now + REDELIVERY_WINDOW_MS + 3 * HOUR;
		admitMessage(state, { msgId: '9', gmtBorn: later }, later, HOUR);
		expect(state.seen?.map(([id]) => id)).toEqual(['9']);
	});

	it('with the age check off, remembers a long-born message from when it arrived', () => {
		const state: RememberedMessages = {};
		const message = { msgId: '11', gmtBorn: now - 5 * 24 * HOUR };
		expect(admitMessage(state, message, now, 0)).toBe('new');
		admitMessage(state, { msgId: '12', gmtBorn: now }, now + HOUR, 0);
		expect(admitMessage(state, message, now + 2 * HOUR, 0)).toBe('duplicate');
	});

	it('keeps refusing a replay after its id has been forgotten, because it is then too old', () => {
		const state: RememberedMessages = {};
		const message = { msgId: '7', gmtBorn: now };
		admitMessage(state, message, now, HOUR);
		const later = now + REDELIVERY_WINDOW_MS + HOUR;
		admitMessage(state, { msgId: '8', gmtBorn: later }, later, HOUR);
		expect(state.seen?.map(([id]) => id)).toEqual(['8']);
		expect(admitMessage(state, message, later, HOUR)).toBe('tooOld');
	});

	it('refuses a message without gmtBorn when ages are checked, and dedupes by id when they are not', () => {
		expect(admitMessage({}, { msgId: '1', gmtBorn: undefined }, now, HOUR)).toBe('undated');
		expect(admitMessage({}, { msgId: '1', gmtBorn: '1700000000000' }, now, HOUR)).toBe('undated');
		const state: RememberedMessages = {};
		expect(admitMessage(state, { msgId: '1', gmtBorn: undefined }, now, 0)).toBe('new');
		expect(admitMessage(state, { msgId: '1', gmtBorn: now - 400 * 24 * HOUR }, now, 0)).toBe(
			'duplicate',
		);
	});

	it('admits a message stamped a little in the future (clocks differ)', () => {
		expect(admitMessage({}, { msgId: '1', gmtBorn: now + 5 * 60_000 }, now, HOUR)).toBe('new');
	});

	it('remembers a bounded number of ids', () => {
		const state: RememberedMessages = {};
		for (let i = 0; i < MAX_REMEMBERED + 50; i++) {
			admitMessage(state, { msgId: String(i), gmtBorn: now }, now, HOUR);
		}
		expect(state.seen).toHaveLength(MAX_REMEMBERED);
		expect(state.seen?.[0][0]).toBe('50');
	});
});
