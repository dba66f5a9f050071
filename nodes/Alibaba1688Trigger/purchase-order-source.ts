import type { IPollFunctions } from 'n8n-workflow';

import type { OrderChangeSource } from '../shared/triggers/poll-order-changes';
import { simplifyOrder } from '../Alibaba1688/helpers/simplify-order';
import { fetchPurchaseOrderVersions } from '../Alibaba1688/transport/order-versions';

const DAY_MS = 86_400_000;

/** Where the 1688 Trigger reads purchase order changes from, and how it outputs them. */
export const purchaseOrderSource: OrderChangeSource = {
	// ERPs that integrate 1688 read order changes one day at a time.
	windowMs: DAY_MS,
	fetchVersions: fetchPurchaseOrderVersions,
	toJson(this: IPollFunctions, version, event) {
		const simplify = this.getNodeParameter('simplify', true) as boolean;
		return { event, ...(simplify ? simplifyOrder(version.order, 'list') : version.order) };
	},
};
