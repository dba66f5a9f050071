// @ts-check
'use strict';

// Keeps running sandboxes alive the way a real account is: every interval a new order and a few
// status changes, so an activated trigger workflow has something to react to. On the 1688 sandbox
// each of them is raised as its push topic to the subscribePush subscriptions (a shipment as
// ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS).
const DEFAULT_EVERY_MS = 60_000;

/**
 * @param {Array<{ simulateActivity: (spec: { newOrders: number, changes: number }) => unknown }>} sandboxes
 * @param {number} [everyMs] 0 turns it off; default `SANDBOX_ACTIVITY_MS` or one minute
 * @returns {() => void} stops it
 */
function startSandboxActivity(
	sandboxes,
	everyMs = Number(process.env.SANDBOX_ACTIVITY_MS ?? DEFAULT_EVERY_MS),
) {
	if (!(everyMs > 0)) return () => undefined;
	const timer = setInterval(() => {
		for (const sandbox of sandboxes) sandbox.simulateActivity({ newOrders: 1, changes: 2 });
	}, everyMs);
	timer.unref();
	return () => clearInterval(timer);
}

module.exports = { startSandboxActivity };
