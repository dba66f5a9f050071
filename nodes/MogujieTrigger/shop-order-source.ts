import type { IPollFunctions } from 'n8n-workflow';

import type { OrderChangeSource } from '../shared/triggers/poll-order-changes';
import { orderWithYuan } from '../Mogujie/helpers/amounts';
import { WINDOW_MS } from '../Mogujie/helpers/windows';
import { fetchShopOrderVersions } from '../Mogujie/transport/order-versions';

/** Where the Mogujie Trigger reads shop order changes from, and how it outputs them. */
export const shopOrderSource: OrderChangeSource = {
	windowMs: WINDOW_MS,
	fetchVersions: fetchShopOrderVersions,
	toJson(this: IPollFunctions, version, event) {
		const addYuan = this.getNodeParameter('addYuan', true) as boolean;
		return { event, ...(addYuan ? orderWithYuan(version.order) : version.order) };
	},
};
