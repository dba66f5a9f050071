// @ts-check
'use strict';

// Keeps running sandboxes alive the way a real account is: every interval a new order and a few
// status changes, so an activated trigger workflow has something to react to. On the 1688 sandbox
// each of them is raised as its push topic to the subscribePush subscriptions (a shipment as
// ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS), and its demo supplier sells too: every interval a buyer
// places a new sales order (simulateSales) and pays the one placed the interval before, so a
// trigger on the supplier's paid sales orders runs every interval. The seeded sales orders are left
// as they are: the examples that ship them find them as the sandbox started.
const DEFAULT_EVERY_MS = 60_000;

/**
 * @typedef {{ simulateActivity: (spec: { newOrders: number, changes: number }) => unknown,
 *   simulateSales?: (spec: { newOrders?: number, changes?: number }) => { created: string[] },
 *   changeOrder?: (orderId: string, spec: { status?: string }) => unknown,
 *   data?: { ordersById: Map<string, any> } }} ActiveSandbox
 */

/**
 * @param {ActiveSandbox[]} sandboxes
 * @param {number} [everyMs] 0 turns it off; default `SANDBOX_ACTIVITY_MS` or one minute
 * @returns {() => void} stops it
 */
function startSandboxActivity(
	sandboxes,
	everyMs = Number(process.env.SANDBOX_ACTIVITY_MS ?? DEFAULT_EVERY_MS),
) {
	if (!(everyMs > 0)) return () => undefined;
	const steps = sandboxes.map(activityOf);
	const timer = setInterval(() => {
		for (const step of steps) step();
	}, everyMs);
	timer.unref();
	return () => clearInterval(timer);
}

/**
 * One interval of a sandbox's activity.
 * @param {ActiveSandbox} sandbox
 * @returns {() => void}
 */
function activityOf(sandbox) {
	const buying = () => sandbox.simulateActivity({ newOrders: 1, changes: 2 });
	const { simulateSales, changeOrder, data } = sandbox;
	if (typeof simulateSales !== 'function' || typeof changeOrder !== 'function' || !data)
		return buying;
	/** @type {string | undefined} the sales order the last interval placed */
	let placed;
	let soldOut = false;
	return () => {
		buying();
		if (placed !== undefined && data.ordersById.get(placed)?.status === 'waitbuyerpay')
			changeOrder(placed, { status: 'waitsellersend' });
		placed = undefined;
		if (soldOut) return;
		try {
			placed = simulateSales({ newOrders: 1, changes: 0 }).created[0];
		} catch (error) {
			// the supplier sold all its stock (after days of `npm start`): no more sales orders
			if (!(error instanceof Error && /nothing left in stock/.test(error.message))) throw error;
			soldOut = true;
		}
	};
}

module.exports = { startSandboxActivity };
